-- The 50 tasks of 青政办〔2017〕135号 二、目标任务, their units, indicators and the 三、保障措施 text
-- (rows loaded on first start from seed/*.csv, written by scripts/parse_tasks.py), and the records
-- the offensive produces: monthly progress reports, 督查/约谈/问责, reminders and quarterly reports.

-- kind: PREFECTURE_GOVERNMENT (市州政府), PROVINCIAL_DEPARTMENT (省直部门), CENTRAL_AGENCY (中央驻青机构),
-- ENTERPRISE, MASS_ORGANISATION, COLLECTIVE (the notice's wording for a set of units, e.g. 各市州人民政府)
create sequence unit_seq start with 1000 increment by 50;
create table unit (
    id         bigint primary key,
    name       varchar(100) not null unique,
    kind       varchar(30)  not null,
    prefecture varchar(20),
    version    bigint       not null default 0,
    constraint unit_kind_check check (kind in ('PREFECTURE_GOVERNMENT', 'PROVINCIAL_DEPARTMENT', 'CENTRAL_AGENCY',
        'ENTERPRISE', 'MASS_ORGANISATION', 'COLLECTIVE'))
);
create table unit_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    name varchar(100), kind varchar(30), prefecture varchar(20),
    primary key (id, rev)
);

-- Who a collective reaches. basis says whether the notice names them all (各…) or the membership is an
-- assumption because the notice says 相关 (concerned) without naming them.
create table collective_member (
    collective_id bigint       not null references unit (id),
    member_id     bigint       not null references unit (id),
    basis         varchar(200) not null,
    primary key (collective_id, member_id)
);

create sequence task_seq start with 1000 increment by 50;
create table task (
    id                  bigint primary key,
    number              integer       not null unique,
    group_id            bigint        not null references task_group (id),
    text                varchar(2000) not null,
    lead_wording        varchar(500),
    responsible_wording varchar(500),
    version             bigint        not null default 0,
    constraint task_number_check check (number between 1 and 50)
);
create table task_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    number integer, group_id bigint, text varchar(2000), lead_wording varchar(500), responsible_wording varchar(500),
    primary key (id, rev)
);

create sequence task_unit_seq start with 1000 increment by 50;
create table task_unit (
    id              bigint primary key,
    task_id         bigint       not null references task (id),
    role            varchar(20)  not null,
    position        integer      not null,
    wording         varchar(100) not null,
    unit_id         bigint       not null references unit (id),
    followed_by_etc boolean      not null default false,
    version         bigint       not null default 0,
    unique (task_id, role, position),
    constraint task_unit_role_check check (role in ('LEAD', 'RESPONSIBLE'))
);
create index task_unit_unit_idx on task_unit (unit_id);
create table task_unit_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    task_id bigint, role varchar(20), position integer, wording varchar(100), unit_id bigint, followed_by_etc boolean,
    primary key (id, rev)
);

create sequence indicator_seq start with 1000 increment by 50;
create table indicator (
    id             bigint primary key,
    task_id        bigint         not null references task (id),
    code           varchar(60)    not null unique,
    name           varchar(200)   not null,
    unit           varchar(20)    not null,
    comparator     varchar(2)     not null,
    target         numeric(14, 4) not null,
    deadline       date           not null,
    deadline_basis varchar(300),
    source_phrase  varchar(500),
    linked_source  varchar(30),
    linked_key     varchar(60),
    version        bigint         not null default 0,
    constraint indicator_comparator_check check (comparator in ('GE', 'LE', 'EQ')),
    constraint indicator_linked_check check (linked_source in ('MEDICAL_ALLIANCE', 'PROJECT_TRACKING'))
);
create table indicator_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    task_id bigint, code varchar(60), name varchar(200), unit varchar(20), comparator varchar(2),
    target numeric(14, 4), deadline date, deadline_basis varchar(300), source_phrase varchar(500),
    linked_source varchar(30), linked_key varchar(60),
    primary key (id, rev)
);

create table safeguard (
    position integer      primary key,
    ordinal varchar(4)    not null unique,
    title   varchar(100)  not null,
    text    varchar(2000) not null
);

-- What the notice's own text gets wrong or leaves open (tasks without 牵头单位, 等等), served by the API.
create table seed_note (
    id          bigserial primary key,
    task_number integer      not null,
    kind        varchar(30)  not null,
    detail      varchar(500) not null
);

create sequence progress_report_seq start with 1000 increment by 50;
create table progress_report (
    id             bigint primary key,
    task_id        bigint        not null references task (id),
    unit_id        bigint        not null references unit (id),
    period         varchar(7)    not null,
    narrative      varchar(4000) not null,
    problems       varchar(4000),
    evidence_links varchar(4000),
    submitted_at   timestamptz   not null,
    submitted_by   varchar(200)  not null,
    version        bigint        not null default 0,
    constraint progress_report_once unique (task_id, unit_id, period),
    constraint progress_report_period_check check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$')
);
create index progress_report_period_idx on progress_report (period);
create table progress_report_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    task_id bigint, unit_id bigint, period varchar(7), narrative varchar(4000), problems varchar(4000),
    evidence_links varchar(4000), submitted_at timestamptz, submitted_by varchar(200),
    primary key (id, rev)
);

create sequence indicator_actual_seq start with 1000 increment by 50;
create table indicator_actual (
    id           bigint primary key,
    report_id    bigint         not null references progress_report (id),
    indicator_id bigint         not null references indicator (id),
    value        numeric(14, 4) not null,
    as_of        date           not null,
    version      bigint         not null default 0,
    unique (report_id, indicator_id)
);
create index indicator_actual_indicator_idx on indicator_actual (indicator_id, as_of);
create table indicator_actual_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    report_id bigint, indicator_id bigint, value numeric(14, 4), as_of date,
    primary key (id, rev)
);

-- 135号 三、(三): 定期督查 REGULAR, 专项督查 SPECIAL, 现场督查 ON_SITE, 明察暗访 UNANNOUNCED.
create sequence supervision_seq start with 1000 increment by 50;
create table supervision (
    id      bigint primary key,
    kind    varchar(20)  not null,
    held_on date         not null,
    title   varchar(300) not null,
    version bigint       not null default 0,
    constraint supervision_kind_check check (kind in ('REGULAR', 'SPECIAL', 'ON_SITE', 'UNANNOUNCED'))
);
create table supervision_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    kind varchar(20), held_on date, title varchar(300),
    primary key (id, rev)
);
create table supervision_task (
    supervision_id bigint  not null references supervision (id),
    task_number    integer not null,
    primary key (supervision_id, task_number)
);
create table supervision_task_aud (
    rev integer not null references revinfo (rev), revtype smallint,
    supervision_id bigint not null, task_number integer not null,
    primary key (rev, supervision_id, task_number)
);
create table supervision_unit (
    supervision_id bigint not null references supervision (id),
    unit_id        bigint not null references unit (id),
    primary key (supervision_id, unit_id)
);
create table supervision_unit_aud (
    rev integer not null references revinfo (rev), revtype smallint,
    supervision_id bigint not null, unit_id bigint not null,
    primary key (rev, supervision_id, unit_id)
);

create sequence finding_seq start with 1000 increment by 50;
create table finding (
    id             bigint primary key,
    supervision_id bigint        not null references supervision (id),
    unit_id        bigint        not null references unit (id),
    task_number    integer,
    text           varchar(2000) not null,
    version        bigint        not null default 0
);
create table finding_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    supervision_id bigint, unit_id bigint, task_number integer, text varchar(2000),
    primary key (id, rev)
);

-- 约谈 (admonition) and 问责 (accountability) of 135号 三、(三), each answering a finding.
create sequence admonition_seq start with 1000 increment by 50;
create table admonition (
    id           bigint primary key,
    finding_id   bigint        not null references finding (id),
    held_on      date          not null,
    conducted_by varchar(200)  not null,
    summary      varchar(2000) not null,
    version      bigint        not null default 0
);
create table admonition_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    finding_id bigint, held_on date, conducted_by varchar(200), summary varchar(2000),
    primary key (id, rev)
);
create sequence accountability_seq start with 1000 increment by 50;
create table accountability (
    id         bigint primary key,
    finding_id bigint        not null references finding (id),
    decided_on date          not null,
    measure    varchar(500)  not null,
    persons    varchar(500),
    version    bigint        not null default 0
);
create table accountability_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    finding_id bigint, decided_on date, measure varchar(500), persons varchar(500),
    primary key (id, rev)
);

-- One reminder per unit per reporting month, listing the tasks whose report it still owes.
create sequence reminder_seq start with 1000 increment by 50;
create table reminder (
    id           bigint primary key,
    period       varchar(7)    not null,
    unit_id      bigint        not null references unit (id),
    task_numbers varchar(300)  not null,
    created_at   timestamptz   not null,
    job_date     date          not null,
    unique (period, unit_id)
);

-- Indicators found past their deadline and not met, recorded once by the overdue scan.
create sequence overdue_event_seq start with 1000 increment by 50;
create table overdue_event (
    id           bigint primary key,
    indicator_id bigint      not null unique references indicator (id),
    detected_on  date        not null,
    detail       varchar(500) not null
);

create sequence quarterly_report_seq start with 1000 increment by 50;
create table quarterly_report (
    id           bigint primary key,
    period       varchar(7)  not null unique,
    as_of        date        not null,
    generated_at timestamptz not null,
    content      text        not null
);

-- Last value each linked indicator got from its peer service, answered with stale=true when the peer fails.
create table linked_value (
    source     varchar(30)  not null,
    key        varchar(60)  not null,
    scope      varchar(30)  not null,
    value      numeric(14, 4),
    fetched_at timestamptz  not null,
    primary key (source, key, scope)
);

-- Every unit a task reaches: a named unit itself, a collective through its members (via_collective_id).
create view task_unit_scope as
select tu.task_id,
       coalesce(cm.member_id, tu.unit_id)                           as unit_id,
       tu.role,
       case when cm.member_id is null then null else tu.unit_id end as via_collective_id
from task_unit tu
         left join collective_member cm on cm.collective_id = tu.unit_id;

-- Who owes the monthly progress report of a task: its 牵头单位; where the notice names none (tasks 13, 20,
-- 30, 42) its 责任单位. Collectives count through their members. See domain.ReportingCalendar.
create view reporting_duty as
select distinct s.task_id, s.unit_id
from task_unit_scope s
where s.role = 'LEAD'
   or not exists (select 1 from task_unit l where l.task_id = s.task_id and l.role = 'LEAD');
