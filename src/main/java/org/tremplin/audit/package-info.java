/** The audit trail: who did what to which record, hash-chained so that a change made behind the app shows. */
package org.tremplin.audit;
