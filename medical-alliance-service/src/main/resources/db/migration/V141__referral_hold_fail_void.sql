-- FHIR Task statuses on-hold, failed (the patient never arrived) and entered-in-error (a wrong referral, voided but
-- kept with its history), and the time of the latest status change, which a later step may not precede.
alter table referral drop constraint referral_status_check;
alter table referral add constraint referral_status_check check (status in
    ('REQUESTED', 'ACCEPTED', 'REJECTED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED', 'ON_HOLD', 'FAILED',
     'ENTERED_IN_ERROR'));
alter table referral add column status_changed_at timestamptz;
alter table referral_aud add column status_changed_at timestamptz;
