/** Learner, infrastructure layer: repositories and adapters: queries, paging and bulk statements in the database, files, mail. */
package org.tremplin.learner.infrastructure;
