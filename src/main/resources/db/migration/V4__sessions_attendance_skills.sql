-- Training sessions, attendance and DigComp 2.2 assessments.
-- Attendance has no surrogate id: (session, learner) is the key, and a register is saved by
-- replacing the session's rows in two statements whatever the group size.

CREATE TABLE competence (
    code VARCHAR(5) PRIMARY KEY,
    area_code INTEGER NOT NULL,
    area_en VARCHAR(80) NOT NULL,
    area_fr VARCHAR(80) NOT NULL,
    name_en VARCHAR(160) NOT NULL,
    name_fr VARCHAR(160) NOT NULL
);

-- DigComp 2.2 (shared/data/digcomp-2.2.csv): 5 areas, 21 competences.
INSERT INTO competence (code, area_code, area_en, area_fr, name_en, name_fr) VALUES
    ('1.1', 1, 'Information and data literacy', 'Information et données', 'Browsing, searching and filtering data, information and digital content', 'Naviguer, rechercher et filtrer des données, informations et contenus numériques'),
    ('1.2', 1, 'Information and data literacy', 'Information et données', 'Evaluating data, information and digital content', 'Évaluer des données, informations et contenus numériques'),
    ('1.3', 1, 'Information and data literacy', 'Information et données', 'Managing data, information and digital content', 'Gérer des données, informations et contenus numériques'),
    ('2.1', 2, 'Communication and collaboration', 'Communication et collaboration', 'Interacting through digital technologies', 'Interagir par le numérique'),
    ('2.2', 2, 'Communication and collaboration', 'Communication et collaboration', 'Sharing through digital technologies', 'Partager par le numérique'),
    ('2.3', 2, 'Communication and collaboration', 'Communication et collaboration', 'Engaging in citizenship through digital technologies', 'Exercer sa citoyenneté par le numérique'),
    ('2.4', 2, 'Communication and collaboration', 'Communication et collaboration', 'Collaborating through digital technologies', 'Collaborer par le numérique'),
    ('2.5', 2, 'Communication and collaboration', 'Communication et collaboration', 'Netiquette', 'Nétiquette'),
    ('2.6', 2, 'Communication and collaboration', 'Communication et collaboration', 'Managing digital identity', 'Gérer son identité numérique'),
    ('3.1', 3, 'Digital content creation', 'Création de contenus numériques', 'Developing digital content', 'Développer des contenus numériques'),
    ('3.2', 3, 'Digital content creation', 'Création de contenus numériques', 'Integrating and re-elaborating digital content', 'Intégrer et retravailler des contenus numériques'),
    ('3.3', 3, 'Digital content creation', 'Création de contenus numériques', 'Copyright and licences', 'Droits d''auteur et licences'),
    ('3.4', 3, 'Digital content creation', 'Création de contenus numériques', 'Programming', 'Programmer'),
    ('4.1', 4, 'Safety', 'Sécurité', 'Protecting devices', 'Protéger les équipements'),
    ('4.2', 4, 'Safety', 'Sécurité', 'Protecting personal data and privacy', 'Protéger les données personnelles et la vie privée'),
    ('4.3', 4, 'Safety', 'Sécurité', 'Protecting health and well-being', 'Protéger la santé et le bien-être'),
    ('4.4', 4, 'Safety', 'Sécurité', 'Protecting the environment', 'Protéger l''environnement'),
    ('5.1', 5, 'Problem solving', 'Résolution de problèmes', 'Solving technical problems', 'Résoudre des problèmes techniques'),
    ('5.2', 5, 'Problem solving', 'Résolution de problèmes', 'Identifying needs and technological responses', 'Identifier des besoins et des réponses technologiques'),
    ('5.3', 5, 'Problem solving', 'Résolution de problèmes', 'Creatively using digital technologies', 'Utiliser le numérique de façon créative'),
    ('5.4', 5, 'Problem solving', 'Résolution de problèmes', 'Identifying digital competence gaps', 'Repérer ses lacunes en compétences numériques');

CREATE TABLE training_session (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    cohort_id BIGINT NOT NULL REFERENCES cohort (id),
    session_date DATE NOT NULL,
    start_time TIME NOT NULL,
    end_time TIME NOT NULL,
    minutes INTEGER NOT NULL,
    trainer VARCHAR(40) NOT NULL,
    place VARCHAR(120),
    topic VARCHAR(200) NOT NULL,
    series_id BIGINT,
    cancelled_at TIMESTAMP,
    sheet_on_file BOOLEAN DEFAULT FALSE NOT NULL,
    attendance_taken_at TIMESTAMP,
    attendance_taken_by VARCHAR(40),
    CONSTRAINT session_time_ck CHECK (end_time > start_time),
    CONSTRAINT session_minutes_ck CHECK (minutes > 0)
);
CREATE INDEX session_cohort_ix ON training_session (cohort_id, session_date);
CREATE INDEX session_trainer_ix ON training_session (trainer, session_date);
CREATE INDEX session_date_ix ON training_session (session_date);

CREATE TABLE session_competence (
    session_id BIGINT NOT NULL REFERENCES training_session (id) ON DELETE CASCADE,
    competence_code VARCHAR(5) NOT NULL REFERENCES competence (code),
    PRIMARY KEY (session_id, competence_code)
);

CREATE TABLE attendance (
    session_id BIGINT NOT NULL REFERENCES training_session (id),
    learner_id BIGINT NOT NULL REFERENCES learner (id),
    status VARCHAR(10) NOT NULL,
    minutes INTEGER NOT NULL,
    PRIMARY KEY (session_id, learner_id),
    CONSTRAINT attendance_status_ck CHECK (status IN ('PRESENT', 'LATE', 'EXCUSED', 'ABSENT')),
    CONSTRAINT attendance_minutes_ck CHECK (minutes >= 0)
);
CREATE INDEX attendance_learner_ix ON attendance (learner_id, session_id);

-- Changes to a register after the session's day: who changed what, when (append-only; written
-- in one multi-row statement per save, hence no surrogate key).
CREATE TABLE attendance_change (
    session_id BIGINT NOT NULL REFERENCES training_session (id),
    learner_id BIGINT NOT NULL REFERENCES learner (id),
    old_status VARCHAR(10),
    new_status VARCHAR(10) NOT NULL,
    changed_by VARCHAR(40) NOT NULL,
    changed_at TIMESTAMP NOT NULL
);
CREATE INDEX attendance_change_ix ON attendance_change (session_id, changed_at);

CREATE TABLE assessment (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    learner_id BIGINT NOT NULL REFERENCES learner (id),
    assessed_on DATE NOT NULL,
    kind VARCHAR(12) NOT NULL,
    method VARCHAR(8) NOT NULL,
    assessor VARCHAR(40) NOT NULL,
    note VARCHAR(500),
    CONSTRAINT assessment_kind_ck CHECK (kind IN ('ENTRY', 'INTERMEDIATE', 'EXIT')),
    CONSTRAINT assessment_method_ck CHECK (method IN ('SELF', 'TRAINER', 'PIX'))
);
CREATE INDEX assessment_learner_ix ON assessment (learner_id, assessed_on);

CREATE TABLE assessment_level (
    assessment_id BIGINT NOT NULL REFERENCES assessment (id) ON DELETE CASCADE,
    competence_code VARCHAR(5) NOT NULL REFERENCES competence (code),
    level INTEGER NOT NULL,
    PRIMARY KEY (assessment_id, competence_code),
    CONSTRAINT assessment_level_ck CHECK (level BETWEEN 1 AND 8)
);
