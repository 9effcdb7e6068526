-- Clinical urgency of a referral (FHIR Task.priority / ServiceRequest.priority: routine | urgent | asap | stat).
-- The receiving institution's queue orders by it first and by 签约 (140号 三(二)3 优先) second. Existing rows were
-- recorded without one; FHIR reads a missing priority as normal (routine), which is what they get.
alter table referral add column urgency varchar(10) not null default 'ROUTINE';
alter table referral_aud add column urgency varchar(10);
create index referral_queue_urgency_idx on referral (to_institution_id, status,
    (case urgency when 'STAT' then 0 when 'ASAP' then 1 when 'URGENT' then 2 else 3 end),
    (case when priority = 'PRIORITY' then 0 else 1 end), requested_at, id);
drop index referral_queue_idx;
