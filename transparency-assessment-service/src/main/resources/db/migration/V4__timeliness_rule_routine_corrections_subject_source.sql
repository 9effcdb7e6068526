-- 1. The 20-working-day rule of 137号 附件 第4项 as a rule of each year's scheme: which content line the per-subject
--    on-time rate feeds, and the rate that earns that line's full points (points = line points × min(rate, full) / full).
--    The notice sets no point values (第七条 动态调整): the default (item 4 line 1, full at 100 %) is this service's.
alter table scheme add column timeliness_line_id bigint references scheme_line (id);
alter table scheme add column timeliness_full_rate numeric(4,1) not null default 100.0
    check (timeliness_full_rate > 0 and timeliness_full_rate <= 100);
alter table scheme_aud add column timeliness_line_id bigint;
alter table scheme_aud add column timeliness_full_rate numeric(4,1);
-- an existing database already holds the 2017 scheme: point its rule at item 4 line 1 (a new one gets it from SeedImporter)
update scheme s set timeliness_line_id = (
    select l.id from scheme_line l join scheme_item i on i.id = l.item_id
    where l.scheme_id = s.id and i.item_no = 4 and l.line_no = 1)
where s.year = 2017 and s.revision = 1;

-- 2. 日常考核 records (第九条) are corrected in place (versioned, audited) or removed with a reason; a removed record
--    stays as history and no longer counts.
alter table routine_record add column removed_at timestamptz;
alter table routine_record add column removed_by varchar(200);
alter table routine_record add column removal_reason varchar(2000);
alter table routine_record_aud add column removed_at timestamptz;
alter table routine_record_aud add column removed_by varchar(200);
alter table routine_record_aud add column removal_reason varchar(2000);
create index routine_record_active on routine_record (subject_id, year) where removed_at is null;

-- 3. Where a subject comes from (gazette notice and line for the seeded ones).
alter table assessment_subject add column source varchar(300);
alter table assessment_subject_aud add column source varchar(300);

-- The rule reads one subject's records of one year.
create index disclosure_record_subject_produced on disclosure_record (subject_id, produced_on);
