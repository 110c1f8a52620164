-- A remark per learner on the register, and who wrote each line when: the offline register sends each mark
-- with its own id (a resend is recognised) and the time it read the register (a line changed since is a conflict).
ALTER TABLE attendance ADD COLUMN remark VARCHAR(200);
ALTER TABLE attendance ADD COLUMN client_id VARCHAR(64);
ALTER TABLE attendance ADD COLUMN marked_by VARCHAR(40);
ALTER TABLE attendance ADD COLUMN marked_at TIMESTAMP;
