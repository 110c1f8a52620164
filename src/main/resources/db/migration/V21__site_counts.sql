-- Kept tables (issue 20): the home page's counts per site, so that a login lands on figures read from a few rows
-- instead of counting every learner and enrolment of the caller's sites (at scale 10, a coordinator of the twelve
-- sites: 90 ms for the learners and their incomplete records, 106 ms for the programmes' people, on PostgreSQL).
-- report.infrastructure.SiteLearnerCounts, SiteEnrolmentCounts and MultiSitePersons keep them (the sites of each
-- learner, enrolment or cohort written, every site when one moved; the people of each enrolment or cohort written),
-- in the transaction that writes, and fill them at a start that finds them empty while learners or enrolments exist
-- (the first start after this migration).

-- per site: its learners, and those whose ESF+ participant sheet is incomplete (learner.domain.EsfRules)
CREATE TABLE site_learner_count (
    site_id BIGINT NOT NULL PRIMARY KEY REFERENCES site (id),
    learners BIGINT NOT NULL,
    incomplete BIGINT NOT NULL
);

-- per site and programme: the people enrolled in its cohorts (each once), their enrolments open and closed
CREATE TABLE site_enrolment_count (
    site_id BIGINT NOT NULL REFERENCES site (id),
    programme_id BIGINT NOT NULL REFERENCES programme (id),
    participants BIGINT NOT NULL,
    active BIGINT NOT NULL,
    exited BIGINT NOT NULL,
    PRIMARY KEY (site_id, programme_id)
);

-- the sites of each person enrolled at more than one site of a programme, one row per site: over a scope of
-- several sites, such a person is in the counts of each, and counted once by taking off the extra rows
CREATE TABLE multi_site_person (
    programme_id BIGINT NOT NULL REFERENCES programme (id),
    learner_id BIGINT NOT NULL REFERENCES learner (id),
    site_id BIGINT NOT NULL REFERENCES site (id),
    PRIMARY KEY (programme_id, learner_id, site_id)
);
CREATE INDEX multi_site_person_scope_ix ON multi_site_person (site_id, programme_id, learner_id);
