/** Employability outcomes at exit and six months later, and the follow-up queue of the coordinators. */
package org.tremplin.outcome;
