-- 135号 三、(三): records of 督查, findings, 约谈 and 问责 are corrected (optimistic version) or withdrawn with a
-- reason; a withdrawn record is kept (and audited) but no longer counts.
alter table supervision add column withdrawn_at timestamptz, add column withdrawn_by varchar(200),
    add column withdrawal_reason varchar(500);
alter table supervision_aud add column withdrawn_at timestamptz, add column withdrawn_by varchar(200),
    add column withdrawal_reason varchar(500);
alter table finding add column withdrawn_at timestamptz, add column withdrawn_by varchar(200),
    add column withdrawal_reason varchar(500);
alter table finding_aud add column withdrawn_at timestamptz, add column withdrawn_by varchar(200),
    add column withdrawal_reason varchar(500);
alter table admonition add column withdrawn_at timestamptz, add column withdrawn_by varchar(200),
    add column withdrawal_reason varchar(500);
alter table admonition_aud add column withdrawn_at timestamptz, add column withdrawn_by varchar(200),
    add column withdrawal_reason varchar(500);
alter table accountability add column withdrawn_at timestamptz, add column withdrawn_by varchar(200),
    add column withdrawal_reason varchar(500);
alter table accountability_aud add column withdrawn_at timestamptz, add column withdrawn_by varchar(200),
    add column withdrawal_reason varchar(500);

-- 整改 of a finding (135号 三、(三): 整改不到位的，及时约谈): a deadline set by the supervisor, reported by the unit,
-- verified (closed) or rejected by the supervisor. One per finding, so kept on the finding's row.
alter table finding add column rectification_deadline date, add column rectification_state varchar(20),
    add column rectification_reported_on date, add column rectification_report varchar(2000),
    add column rectification_verified_on date, add column rectification_verified_by varchar(200),
    add column rectification_note varchar(2000),
    add constraint finding_rectification_state_check
        check (rectification_state in ('OPEN', 'REPORTED', 'VERIFIED', 'REJECTED')),
    add constraint finding_rectification_complete_check
        check ((rectification_deadline is null) = (rectification_state is null));
alter table finding_aud add column rectification_deadline date, add column rectification_state varchar(20),
    add column rectification_reported_on date, add column rectification_report varchar(2000),
    add column rectification_verified_on date, add column rectification_verified_by varchar(200),
    add column rectification_note varchar(2000);
create index finding_rectification_open_idx on finding (rectification_deadline)
    where rectification_state in ('OPEN', 'REJECTED', 'REPORTED') and withdrawn_at is null;

-- The monthly reminder also names the findings whose 整改 is overdue (ids, comma separated); a unit may owe only
-- those, so its task list may be empty.
alter table reminder add column rectification_findings varchar(500);
