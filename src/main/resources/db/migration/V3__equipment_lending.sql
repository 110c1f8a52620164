-- Equipment lending: the inventory, loans and the append-only history of each item.
-- One open loan per item is a database rule: an open loan carries its item's id in open_item_id,
-- which is unique (NULLs do not collide), and the column is cleared when the loan closes. A
-- partial unique index would say the same on PostgreSQL, but H2 has none; this form runs on both.
ALTER TABLE account ADD COLUMN email VARCHAR(254);

CREATE TABLE equipment (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    asset_tag VARCHAR(40) NOT NULL,
    type VARCHAR(16) NOT NULL,
    make VARCHAR(80),
    model VARCHAR(80),
    serial_number VARCHAR(80),
    site_id BIGINT NOT NULL REFERENCES site (id),
    status VARCHAR(16) NOT NULL,
    item_condition VARCHAR(16) NOT NULL,
    notes VARCHAR(500),
    CONSTRAINT equipment_tag_uk UNIQUE (asset_tag),
    CONSTRAINT equipment_serial_uk UNIQUE (serial_number),
    CONSTRAINT equipment_type_ck CHECK (type IN ('LAPTOP', 'TABLET', 'SMARTPHONE', 'ROUTER_4G', 'SIM')),
    CONSTRAINT equipment_status_ck CHECK (status IN ('AVAILABLE', 'ON_LOAN', 'IN_REPAIR', 'RETIRED', 'LOST')),
    CONSTRAINT equipment_condition_ck CHECK (item_condition IN ('NEW', 'GOOD', 'FAIR', 'DAMAGED'))
);
CREATE INDEX equipment_site_ix ON equipment (site_id, status);

CREATE TABLE loan (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    equipment_id BIGINT NOT NULL REFERENCES equipment (id),
    learner_id BIGINT NOT NULL REFERENCES learner (id),
    out_date DATE NOT NULL,
    out_by VARCHAR(40) NOT NULL,
    due_date DATE NOT NULL,
    agreement_signed BOOLEAN DEFAULT FALSE NOT NULL,
    condition_out VARCHAR(16) NOT NULL,
    accessories VARCHAR(500),
    closure VARCHAR(16),
    returned_date DATE,
    returned_by VARCHAR(40),
    condition_in VARCHAR(16),
    data_wiped BOOLEAN,
    damage_notes VARCHAR(1000),
    open_item_id BIGINT,
    CONSTRAINT loan_open_item_uk UNIQUE (open_item_id),
    CONSTRAINT loan_open_item_ck CHECK ((closure IS NULL AND open_item_id = equipment_id)
        OR (closure IS NOT NULL AND open_item_id IS NULL)),
    CONSTRAINT loan_closure_ck CHECK (closure IN ('RETURNED', 'LOST')),
    CONSTRAINT loan_return_ck CHECK ((returned_date IS NULL AND (closure IS NULL OR closure = 'LOST'))
        OR (returned_date IS NOT NULL AND closure = 'RETURNED' AND condition_in IS NOT NULL AND data_wiped IS NOT NULL)),
    CONSTRAINT loan_due_ck CHECK (due_date >= out_date),
    CONSTRAINT loan_returned_ck CHECK (returned_date IS NULL OR returned_date >= out_date),
    CONSTRAINT loan_condition_ck CHECK (condition_out IN ('NEW', 'GOOD', 'FAIR', 'DAMAGED')
        AND (condition_in IS NULL OR condition_in IN ('NEW', 'GOOD', 'FAIR', 'DAMAGED')))
);
CREATE INDEX loan_equipment_ix ON loan (equipment_id, out_date);
CREATE INDEX loan_learner_ix ON loan (learner_id, out_date);
CREATE INDEX loan_due_ix ON loan (closure, due_date);

CREATE TABLE equipment_event (
    id BIGINT PRIMARY KEY,
    version BIGINT NOT NULL,
    equipment_id BIGINT NOT NULL REFERENCES equipment (id),
    loan_id BIGINT REFERENCES loan (id),
    action VARCHAR(16) NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    done_by VARCHAR(40) NOT NULL,
    note VARCHAR(500),
    CONSTRAINT equipment_event_action_ck CHECK (action IN
        ('CREATED', 'LENT', 'RETURNED', 'TO_REPAIR', 'REPAIRED', 'LOST', 'FOUND', 'RETIRED'))
);
CREATE INDEX equipment_event_ix ON equipment_event (equipment_id, occurred_at);
