/** Training, infrastructure layer: repositories and adapters: queries, paging and bulk statements in the database, files, mail. */
package org.tremplin.training.infrastructure;
