-- Undo and verification (青政办〔2017〕137号 第十条, 第十二条, 第十三条).
-- 1. A finding (加分/减分/直接归零) is corrected in place (audited) or withdrawn with a reason; a withdrawn finding
--    stays as history and no longer counts.
alter table finding add column withdrawn_at timestamptz;
alter table finding add column withdrawn_by varchar(200);
alter table finding add column withdrawal_reason varchar(2000);
alter table finding add column correction_reason varchar(2000);
alter table finding_aud add column withdrawn_at timestamptz;
alter table finding_aud add column withdrawn_by varchar(200);
alter table finding_aud add column withdrawal_reason varchar(2000);
alter table finding_aud add column correction_reason varchar(2000);

-- 2. An evaluated assessment is reopened (back to ON_SITE_SCORED) by the office with a reason, before the round's
--    result is published; the last reopening is kept on the row, every one in the audit.
alter table assessment add column reopened_at timestamptz;
alter table assessment add column reopened_by varchar(200);
alter table assessment add column reopen_reason varchar(2000);
alter table assessment_aud add column reopened_at timestamptz;
alter table assessment_aud add column reopened_by varchar(200);
alter table assessment_aud add column reopen_reason varchar(2000);

-- 3. 第十二条: the unit reports its rectification (REPORTED); the office verifies it and closes it (DONE) or sends it
--    back (IN_PROGRESS). A unit cannot close its own.
alter table rectification drop constraint rectification_status_check;
alter table rectification add constraint rectification_status_check
    check (status in ('OPEN', 'IN_PROGRESS', 'REPORTED', 'DONE'));
alter table rectification add column report varchar(4000);
alter table rectification add column reported_by varchar(200);
alter table rectification add column verified_by varchar(200);
alter table rectification add column verified_at timestamptz;
alter table rectification add column verification_note varchar(2000);
alter table rectification_aud add column report varchar(4000);
alter table rectification_aud add column reported_by varchar(200);
alter table rectification_aud add column verified_by varchar(200);
alter table rectification_aud add column verified_at timestamptz;
alter table rectification_aud add column verification_note varchar(2000);

-- 4. Subjects are deactivated (with a reason), not deleted: a deactivated subject keeps its history and is not taken
--    into a new round.
alter table assessment_subject add column active boolean not null default true;
alter table assessment_subject add column deactivation_reason varchar(2000);
alter table assessment_subject_aud add column active boolean;
alter table assessment_subject_aud add column deactivation_reason varchar(2000);
