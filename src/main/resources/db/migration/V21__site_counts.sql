-- Kept tables (issue 20): the home page's counts per site, so that a login lands on figures read from a few rows
-- instead of counting every learner and enrolment of the caller's sites (at scale 10, a coordinator of the twelve
-- sites: 90 ms for the learners and their incomplete records, 106 ms for the programmes' people, on PostgreSQL).
-- report.infrastructure.SiteLearnerCounts and SiteEnrolmentCounts keep them (the sites of each learner, enrolment
-- or cohort written, in the transaction that writes it; every site when one moved) and fill them at a start that
-- finds them empty while learners or enrolments exist (the first start after this migration).

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

-- the people enrolled at more than one site of a programme (their person row has no site): counted once over a
-- scope of several sites
CREATE INDEX programme_person_multi_site_ix ON programme_person (site_id, programme_id, learner_id);
