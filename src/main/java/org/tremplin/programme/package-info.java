/** Programmes, sites and cohorts: the frame every learner record sits in; indicator targets. */
package org.tremplin.programme;
