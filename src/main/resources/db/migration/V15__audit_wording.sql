-- What an audit event says, as a bundle key with its values ("register|35|2"), so that the trail reads in each
-- user's language; the English detail stays beside it (API, CSV export). Covered by the event's hash when set.
ALTER TABLE audit_event ADD COLUMN wording VARCHAR(1000);
