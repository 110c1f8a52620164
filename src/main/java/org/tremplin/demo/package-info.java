/** Demo data (TREMPLIN_DEMO=true): programmes, sites, learners and their records, seeded once at start-up. */
package org.tremplin.demo;
