-- The receiving institution's queue (GET /api/v1/referrals?toInstitutionId=…&status=REQUESTED): PRIORITY (签约
-- patients, 140号 双向转诊 优先) first, then oldest request first. With (to_institution_id, status) alone every
-- matching row was read and sorted for a page of 20 (≈580 rows per tertiary hospital at 1M referrals); this index
-- hands them out in the list's own order (the ORDER BY expression of ReferralResource.list) and still serves the
-- count, so the old index is dropped.
create index referral_queue_idx on referral (to_institution_id, status,
    (case when priority = 'PRIORITY' then 0 else 1 end), requested_at, id);
drop index referral_to_status_idx;
