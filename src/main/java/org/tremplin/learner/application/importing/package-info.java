/** The learner CSV import: reading, checking line by line, all or nothing. */
package org.tremplin.learner.application.importing;
