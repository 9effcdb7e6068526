-- Tables of the 137号 assessment (scheme, annual rounds, on-site line scores, findings, 日常考核,
-- 整改), the 138号 pilot (units, areas, milestones, 标准目录) and the 20-working-day disclosure rule
-- (holiday calendar with 调休 working days, disclosure records), plus reminders and stored reports.
-- Scheme and pilot rows are loaded from src/main/resources/seed/*.csv by SeedImporter on first start.

create sequence scheme_seq start with 100 increment by 50;
create table scheme (
    id         bigint primary key,
    year       integer      not null,
    revision   integer      not null,
    title      varchar(200) not null,
    source     varchar(300),
    note       varchar(2000),
    created_at timestamptz  not null,
    version    bigint       not null default 0,
    unique (year, revision)
);
create table scheme_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    year integer, revision integer, title varchar(200), source varchar(300), note varchar(2000),
    created_at timestamptz, primary key (id, rev)
);

-- category: REGULAR (items 1-8, in the 100), BONUS (9 加分项), DEDUCTION (10 减分项), ZERO_OUT (11 直接归零项)
create sequence scheme_item_seq start with 100 increment by 50;
create table scheme_item (
    id         bigint primary key,
    scheme_id  bigint       not null references scheme (id),
    item_no    integer      not null,
    name       varchar(100) not null,
    category   varchar(20)  not null check (category in ('REGULAR', 'BONUS', 'DEDUCTION', 'ZERO_OUT')),
    applies_to varchar(30)  not null check (applies_to in ('ALL', 'PREFECTURE_GOVERNMENT', 'PROVINCIAL_DEPARTMENT')),
    remark     varchar(300),
    cap        numeric(6,1),
    version    bigint       not null default 0,
    unique (scheme_id, item_no)
);
create table scheme_item_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    scheme_id bigint, item_no integer, name varchar(100), category varchar(20), applies_to varchar(30),
    remark varchar(300), cap numeric(6,1), primary key (id, rev)
);

create sequence scheme_line_seq start with 100 increment by 50;
create table scheme_line (
    id          bigint primary key,
    scheme_id   bigint        not null references scheme (id),
    item_id     bigint        not null references scheme_item (id),
    line_no     integer       not null,
    sub_area    varchar(100),
    content     varchar(500)  not null,
    points      numeric(6,1)  not null,
    layout_note varchar(300),
    version     bigint        not null default 0,
    unique (item_id, line_no)
);
create table scheme_line_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    scheme_id bigint, item_id bigint, line_no integer, sub_area varchar(100), content varchar(500),
    points numeric(6,1), layout_note varchar(300), primary key (id, rev)
);

-- 137号 第十条: one annual round per year with its published plan (考核实施方案)
create sequence assessment_round_seq start with 100 increment by 50;
create table assessment_round (
    id           bigint primary key,
    year         integer      not null unique,
    scheme_id    bigint       not null references scheme (id),
    title        varchar(200) not null,
    published_on date         not null,
    status       varchar(20)  not null check (status in ('OPEN', 'CONCLUDED')),
    version      bigint       not null default 0
);
create table assessment_round_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    year integer, scheme_id bigint, title varchar(200), published_on date, status varchar(20),
    primary key (id, rev)
);

create sequence assessment_seq start with 100 increment by 50;
create table assessment (
    id                 bigint primary key,
    round_id           bigint       not null references assessment_round (id),
    subject_id         bigint       not null references assessment_subject (id),
    stage              varchar(30)  not null,
    self_inspection    varchar(10000),
    self_inspected_at  timestamptz,
    self_inspected_by  varchar(200),
    third_party_score  numeric(5,1),
    online_score       numeric(5,1),
    evaluation_note    varchar(2000),
    total              numeric(6,1),
    grade              varchar(20),
    ranking            integer,
    breakdown          text,
    concluded_at       timestamptz,
    version            bigint       not null default 0,
    unique (round_id, subject_id)
);
create table assessment_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    round_id bigint, subject_id bigint, stage varchar(30), self_inspection varchar(10000),
    self_inspected_at timestamptz, self_inspected_by varchar(200), third_party_score numeric(5,1),
    online_score numeric(5,1), evaluation_note varchar(2000), total numeric(6,1), grade varchar(20),
    ranking integer, breakdown text, concluded_at timestamptz, primary key (id, rev)
);

-- 现场考核: one score per content line, with the assessor's note
create sequence line_score_seq start with 100 increment by 50;
create table line_score (
    id            bigint primary key,
    assessment_id bigint        not null references assessment (id),
    line_id       bigint        not null references scheme_line (id),
    score         numeric(6,1)  not null,
    note          varchar(2000),
    assessor      varchar(200)  not null,
    scored_at     timestamptz   not null,
    version       bigint        not null default 0,
    unique (assessment_id, line_id)
);
create table line_score_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    assessment_id bigint, line_id bigint, score numeric(6,1), note varchar(2000), assessor varchar(200),
    scored_at timestamptz, primary key (id, rev)
);

-- 加分项 / 减分项 / 直接归零项 findings against one assessment
create sequence finding_seq start with 100 increment by 50;
create table finding (
    id            bigint primary key,
    assessment_id bigint        not null references assessment (id),
    line_id       bigint        not null references scheme_line (id),
    points        numeric(6,1)  not null,
    description   varchar(2000) not null,
    evidence      varchar(2000),
    recorded_by   varchar(200)  not null,
    recorded_at   timestamptz   not null,
    version       bigint        not null default 0
);
create table finding_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    assessment_id bigint, line_id bigint, points numeric(6,1), description varchar(2000),
    evidence varchar(2000), recorded_by varchar(200), recorded_at timestamptz, primary key (id, rev)
);

-- 137号 第九条 日常考核: problems (−) and achievements (+) recorded through the year
create sequence routine_record_seq start with 100 increment by 50;
create table routine_record (
    id          bigint primary key,
    subject_id  bigint        not null references assessment_subject (id),
    year        integer       not null,
    recorded_on date          not null,
    kind        varchar(20)   not null check (kind in ('PROBLEM', 'ACHIEVEMENT')),
    item_no     integer       not null check (item_no between 1 and 8),
    points      numeric(6,1)  not null,
    description varchar(2000) not null,
    evidence    varchar(2000),
    method      varchar(30)   not null check (method in ('DAILY_RECORD', 'RANDOM_CHECK', 'SPECIAL_INSPECTION')),
    recorder    varchar(200)  not null,
    version     bigint        not null default 0,
    check ((kind = 'PROBLEM' and points <= 0) or (kind = 'ACHIEVEMENT' and points >= 0))
);
create index routine_record_subject_year on routine_record (subject_id, year);
create table routine_record_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    subject_id bigint, year integer, recorded_on date, kind varchar(20), item_no integer,
    points numeric(6,1), description varchar(2000), evidence varchar(2000), method varchar(30),
    recorder varchar(200), primary key (id, rev)
);

-- 137号 第十二条 整改
create sequence rectification_seq start with 100 increment by 50;
create table rectification (
    id            bigint primary key,
    subject_id    bigint        not null references assessment_subject (id),
    assessment_id bigint references assessment (id),
    problem       varchar(2000) not null,
    plan          varchar(4000),
    owner         varchar(200)  not null,
    deadline      date          not null,
    status        varchar(20)   not null check (status in ('OPEN', 'IN_PROGRESS', 'DONE')),
    completed_on  date,
    version       bigint        not null default 0
);
create index rectification_open on rectification (deadline) where status <> 'DONE';
create table rectification_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    subject_id bigint, assessment_id bigint, problem varchar(2000), plan varchar(4000), owner varchar(200),
    deadline date, status varchar(20), completed_on date, primary key (id, rev)
);

-- Reminders written by the jobs; one per (job, period, reference)
create sequence reminder_seq start with 100 increment by 50;
create table reminder (
    id         bigint primary key,
    job        varchar(80)   not null,
    period     varchar(20)   not null,
    unit       varchar(100)  not null,
    ref_type   varchar(40)   not null,
    ref_id     bigint        not null,
    due_on     date,
    overdue    boolean       not null,
    message    varchar(1000) not null,
    created_at timestamptz   not null,
    unique (job, period, ref_type, ref_id)
);
create index reminder_unit on reminder (unit, created_at);

-- Stored bulletins and reports (kind ANNUAL_BULLETIN / ANNUAL_REPORT, period '2017')
create sequence stored_report_seq start with 100 increment by 50;
create table stored_report (
    id           bigint primary key,
    kind         varchar(40)  not null,
    period       varchar(20)  not null,
    generated_at timestamptz  not null,
    triggered_by varchar(200),
    content      text         not null,
    unique (kind, period)
);

-- 138号 pilot
create sequence pilot_unit_seq start with 100 increment by 50;
create table pilot_unit (
    id                 bigint primary key,
    seq                integer      not null,
    prefecture         varchar(20)  not null,
    name               varchar(50)  not null unique,
    catalogue_revision integer      not null default 0,
    version            bigint       not null default 0
);
create table pilot_unit_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    seq integer, prefecture varchar(20), name varchar(50), catalogue_revision integer, primary key (id, rev)
);

create sequence pilot_area_seq start with 100 increment by 50;
create table pilot_area (
    id      bigint primary key,
    unit_id bigint       not null references pilot_unit (id),
    seq     integer      not null,
    name    varchar(50)  not null,
    source  varchar(20)  not null check (source in ('ATTACHMENT', 'ADDED')),
    version bigint       not null default 0,
    unique (unit_id, name)
);
create table pilot_area_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    unit_id bigint, seq integer, name varchar(50), source varchar(20), primary key (id, rev)
);

-- 138号 五: PLAN_FILED 2017-08-31, PILOT_DONE 2018-08-31, ACCEPTANCE_REPORT 2018-09-30
create sequence pilot_milestone_seq start with 100 increment by 50;
create table pilot_milestone (
    id           bigint primary key,
    unit_id      bigint       not null references pilot_unit (id),
    code         varchar(30)  not null check (code in ('PLAN_FILED', 'PILOT_DONE', 'ACCEPTANCE_REPORT')),
    title        varchar(200) not null,
    due_on       date         not null,
    status       varchar(20)  not null check (status in ('PENDING', 'DONE')),
    completed_on date,
    note         varchar(2000),
    version      bigint       not null default 0,
    unique (unit_id, code)
);
create table pilot_milestone_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    unit_id bigint, code varchar(30), title varchar(200), due_on date, status varchar(20),
    completed_on date, note varchar(2000), primary key (id, rev)
);

-- 138号 四(二) 标准目录: 名称、依据、内容、主体、时限、方式、要求
create sequence catalogue_item_seq start with 100 increment by 50;
create table catalogue_item (
    id               bigint primary key,
    unit_id          bigint        not null references pilot_unit (id),
    area_id          bigint        not null references pilot_area (id),
    name             varchar(300)  not null,
    basis            varchar(2000) not null,
    content          varchar(4000) not null,
    responsible_body varchar(300)  not null,
    time_limit       varchar(300)  not null,
    method           varchar(500)  not null,
    requirement      varchar(2000) not null,
    revision         integer       not null,
    version          bigint        not null default 0,
    unique (unit_id, area_id, name)
);
create table catalogue_item_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    unit_id bigint, area_id bigint, name varchar(300), basis varchar(2000), content varchar(4000),
    responsible_body varchar(300), time_limit varchar(300), method varchar(500), requirement varchar(2000),
    revision integer, primary key (id, rev)
);

-- Holiday calendar: HOLIDAY (day off, even on a weekday) and MAKEUP_WORKDAY (调休: a weekend day worked)
create table calendar_day (
    day     date primary key,
    kind    varchar(20)  not null check (kind in ('HOLIDAY', 'MAKEUP_WORKDAY')),
    name    varchar(100) not null,
    source  varchar(200),
    version bigint       not null default 0
);
create table calendar_day_aud (
    day date not null, rev integer not null references revinfo (rev), revtype smallint,
    kind varchar(20), name varchar(100), source varchar(200), primary key (day, rev)
);

-- 137号 附件 item 4: 20 个工作日内主动公开
create sequence disclosure_record_seq start with 100 increment by 50;
create table disclosure_record (
    id           bigint primary key,
    subject_id   bigint        not null references assessment_subject (id),
    title        varchar(500)  not null,
    produced_on  date          not null,
    published_on date,
    deadline     date          not null,
    explanation  text          not null,
    version      bigint        not null default 0
);
create index disclosure_open on disclosure_record (deadline) where published_on is null;
create table disclosure_record_aud (
    id bigint not null, rev integer not null references revinfo (rev), revtype smallint,
    subject_id bigint, title varchar(500), produced_on date, published_on date, deadline date,
    explanation text, primary key (id, rev)
);

-- State Council arrangements: 国办发明电〔2016〕5号 (2017) and 国办发明电〔2017〕12号 (2018).
insert into calendar_day (day, kind, name, source)
select d::date, 'HOLIDAY', n, s from (values
    ('2017-01-01', '2017-01-02', '元旦', '国办发明电〔2016〕5号'),
    ('2017-01-27', '2017-02-02', '春节', '国办发明电〔2016〕5号'),
    ('2017-04-02', '2017-04-04', '清明节', '国办发明电〔2016〕5号'),
    ('2017-04-29', '2017-05-01', '劳动节', '国办发明电〔2016〕5号'),
    ('2017-05-28', '2017-05-30', '端午节', '国办发明电〔2016〕5号'),
    ('2017-10-01', '2017-10-08', '国庆节、中秋节', '国办发明电〔2016〕5号'),
    ('2017-12-30', '2018-01-01', '元旦', '国办发明电〔2017〕12号'),
    ('2018-02-15', '2018-02-21', '春节', '国办发明电〔2017〕12号'),
    ('2018-04-05', '2018-04-07', '清明节', '国办发明电〔2017〕12号'),
    ('2018-04-29', '2018-05-01', '劳动节', '国办发明电〔2017〕12号'),
    ('2018-06-16', '2018-06-18', '端午节', '国办发明电〔2017〕12号'),
    ('2018-09-22', '2018-09-24', '中秋节', '国办发明电〔2017〕12号'),
    ('2018-10-01', '2018-10-07', '国庆节', '国办发明电〔2017〕12号')
) as h(f, t, n, s), generate_series(h.f::date, h.t::date, interval '1 day') as d;
insert into calendar_day (day, kind, name, source) values
    ('2017-01-22', 'MAKEUP_WORKDAY', '春节调休上班', '国办发明电〔2016〕5号'),
    ('2017-02-04', 'MAKEUP_WORKDAY', '春节调休上班', '国办发明电〔2016〕5号'),
    ('2017-04-01', 'MAKEUP_WORKDAY', '清明节调休上班', '国办发明电〔2016〕5号'),
    ('2017-05-27', 'MAKEUP_WORKDAY', '端午节调休上班', '国办发明电〔2016〕5号'),
    ('2017-09-30', 'MAKEUP_WORKDAY', '国庆节、中秋节调休上班', '国办发明电〔2016〕5号'),
    ('2018-02-11', 'MAKEUP_WORKDAY', '春节调休上班', '国办发明电〔2017〕12号'),
    ('2018-02-24', 'MAKEUP_WORKDAY', '春节调休上班', '国办发明电〔2017〕12号'),
    ('2018-04-08', 'MAKEUP_WORKDAY', '清明节调休上班', '国办发明电〔2017〕12号'),
    ('2018-04-28', 'MAKEUP_WORKDAY', '劳动节调休上班', '国办发明电〔2017〕12号'),
    ('2018-09-29', 'MAKEUP_WORKDAY', '国庆节调休上班', '国办发明电〔2017〕12号'),
    ('2018-09-30', 'MAKEUP_WORKDAY', '国庆节调休上班', '国办发明电〔2017〕12号');
