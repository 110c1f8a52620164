/** Learners with their ESF+ situation at entry and consents, enrolments in cohorts, the CSV import. */
package org.tremplin.learner;
