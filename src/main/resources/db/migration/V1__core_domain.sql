-- Core domain: programmes, sites, cohorts, learners, enrolments, accounts.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
CREATE SEQUENCE tremplin_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE programme (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    name VARCHAR(120) NOT NULL,
    funder VARCHAR(120) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    min_attendance_days INTEGER DEFAULT 2 NOT NULL,
    CONSTRAINT programme_name_uk UNIQUE (name),
    CONSTRAINT programme_period_ck CHECK (end_date >= start_date),
    CONSTRAINT programme_rule_ck CHECK (min_attendance_days BETWEEN 1 AND 365)
);

CREATE TABLE site (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    name VARCHAR(120) NOT NULL,
    commune VARCHAR(120) NOT NULL,
    CONSTRAINT site_name_uk UNIQUE (name)
);

CREATE TABLE cohort (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    programme_id BIGINT NOT NULL REFERENCES programme (id),
    site_id BIGINT NOT NULL REFERENCES site (id),
    name VARCHAR(120) NOT NULL,
    start_date DATE NOT NULL,
    end_date DATE NOT NULL,
    planned_hours INTEGER DEFAULT 0 NOT NULL,
    CONSTRAINT cohort_name_uk UNIQUE (programme_id, name),
    CONSTRAINT cohort_period_ck CHECK (end_date >= start_date),
    CONSTRAINT cohort_hours_ck CHECK (planned_hours >= 0)
);
CREATE INDEX cohort_site_ix ON cohort (site_id);

CREATE TABLE learner (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    first_name VARCHAR(100) NOT NULL,
    last_name VARCHAR(100) NOT NULL,
    birth_date DATE,
    gender VARCHAR(16),
    email VARCHAR(254),
    phone VARCHAR(20),
    postcode VARCHAR(5),
    commune VARCHAR(120),
    site_id BIGINT NOT NULL REFERENCES site (id),
    labour_status VARCHAR(16),
    unemployed_since DATE,
    isced_level INTEGER,
    disability BOOLEAN DEFAULT FALSE NOT NULL,
    third_country_national BOOLEAN DEFAULT FALSE NOT NULL,
    foreign_background BOOLEAN DEFAULT FALSE NOT NULL,
    minority BOOLEAN DEFAULT FALSE NOT NULL,
    homeless BOOLEAN DEFAULT FALSE NOT NULL,
    rural_area BOOLEAN DEFAULT FALSE NOT NULL,
    priority_neighbourhood BOOLEAN DEFAULT FALSE NOT NULL,
    search_key VARCHAR(420) NOT NULL,
    CONSTRAINT learner_gender_ck CHECK (gender IN ('WOMAN', 'MAN', 'NON_BINARY')),
    CONSTRAINT learner_labour_ck CHECK (labour_status IN ('EMPLOYED', 'UNEMPLOYED', 'INACTIVE')),
    CONSTRAINT learner_isced_ck CHECK (isced_level BETWEEN 0 AND 8)
);
CREATE INDEX learner_site_name_ix ON learner (site_id, last_name, first_name, id);
CREATE INDEX learner_name_ix ON learner (last_name, first_name, id);

CREATE TABLE enrolment (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    learner_id BIGINT NOT NULL REFERENCES learner (id),
    cohort_id BIGINT NOT NULL REFERENCES cohort (id),
    entry_date DATE NOT NULL,
    exit_date DATE,
    exit_reason VARCHAR(20),
    status VARCHAR(16) NOT NULL,
    CONSTRAINT enrolment_status_ck CHECK (status IN ('ENROLLED', 'ACTIVE', 'COMPLETED', 'DROPPED_OUT')),
    CONSTRAINT enrolment_exit_ck CHECK (exit_date IS NULL OR exit_date >= entry_date),
    CONSTRAINT enrolment_closed_ck CHECK ((status IN ('ENROLLED', 'ACTIVE')) = (exit_date IS NULL))
);
CREATE INDEX enrolment_learner_ix ON enrolment (learner_id);
CREATE INDEX enrolment_cohort_ix ON enrolment (cohort_id, status);

CREATE TABLE account (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    username VARCHAR(40) NOT NULL,
    display_name VARCHAR(120) NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    role VARCHAR(16) NOT NULL,
    enabled BOOLEAN DEFAULT TRUE NOT NULL,
    CONSTRAINT account_username_uk UNIQUE (username),
    CONSTRAINT account_role_ck CHECK (role IN ('ADMIN', 'COORDINATOR', 'TRAINER', 'FUNDER'))
);

CREATE TABLE account_site (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    site_id BIGINT NOT NULL REFERENCES site (id),
    PRIMARY KEY (account_id, site_id)
);

CREATE TABLE account_programme (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    programme_id BIGINT NOT NULL REFERENCES programme (id),
    PRIMARY KEY (account_id, programme_id)
);
