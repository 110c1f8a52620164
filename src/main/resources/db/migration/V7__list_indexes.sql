-- Learner lists at regional scale (docs/benchmarks.md).
-- The count of a list reads only this index (index-only scan) rather than every learner row.
CREATE INDEX learner_scope_ix ON learner (site_id, restricted_on);
-- A page of the list sorted by name finds its ids in this index alone, however deep the page
-- (LearnerRepository.page); it supersedes learner_name_ix, its prefix.
CREATE INDEX learner_list_ix ON learner (last_name, first_name, id, site_id, restricted_on);
DROP INDEX learner_name_ix;
