-- Signed projects of a fair (附件 第十八届青洽会签约项目责任分工表), the declared per-unit figures of the
-- table, monthly progress reports (134号 五: by the 5th of each month) and the milestone targets (134号 二).

create sequence project_seq start with 1000 increment by 50;
create table project (
    id                  bigint primary key,
    fair_id             bigint        not null references fair (id),
    seq                 integer       not null,
    unit_id             bigint        not null references responsible_unit (id),
    name                varchar(300)  not null,
    party_a             varchar(300),
    party_b             varchar(500),
    total_investment    numeric(12, 2) check (total_investment >= 0),
    fund_sources        varchar(200),
    fund_provinces      varchar(100)[]        not null default '{}',
    responsible_leader  varchar(100),
    responsible_persons varchar(100)[]        not null default '{}',
    source_line         integer,
    quality_flags       varchar(100)[]        not null default '{}',
    version             bigint        not null default 0,
    constraint project_fair_seq_unique unique (fair_id, seq)
);
create index project_unit_idx on project (unit_id);
create index project_flags_idx on project using gin (quality_flags);
create table project_aud (
    id                  bigint  not null,
    rev                 integer not null references revinfo (rev),
    revtype             smallint,
    fair_id             bigint,
    seq                 integer,
    unit_id             bigint,
    name                varchar(300),
    party_a             varchar(300),
    party_b             varchar(500),
    total_investment    numeric(12, 2),
    fund_sources        varchar(200),
    fund_provinces      varchar(100)[],
    responsible_leader  varchar(100),
    responsible_persons varchar(100)[],
    source_line         integer,
    quality_flags       varchar(100)[],
    primary key (id, rev)
);

-- What each '责任单位' line of the table declares: 'N项' and, on some, a subtotal (labelled on the group
-- line, or on a later line without a label).
create sequence unit_declaration_seq start with 1 increment by 50;
create table unit_declaration (
    id                bigint primary key,
    fair_id           bigint  not null references fair (id),
    unit_id           bigint  not null references responsible_unit (id),
    declared_count    integer not null,
    declared_subtotal numeric(12, 2),
    subtotal_labelled boolean,
    source_line       integer,
    constraint unit_declaration_unique unique (fair_id, unit_id)
);

create sequence milestone_target_seq start with 100 increment by 50;
create table milestone_target (
    id                         bigint primary key,
    fair_id                    bigint        not null references fair (id),
    due_date                   date          not null,
    contract_fulfilment_rate   numeric(5, 2) not null,
    construction_start_rate    numeric(5, 2) not null,
    funds_in_place_rate        numeric(5, 2) not null,
    source                     varchar(200)  not null,
    version                    bigint        not null default 0,
    constraint milestone_target_unique unique (fair_id, due_date)
);
insert into milestone_target (id, fair_id, due_date, contract_fulfilment_rate, construction_start_rate,
                              funds_in_place_rate, source) values
    (1, 1, '2017-12-31', 70, 50, 15, '青政办〔2017〕134号 二: 到2017年底 … 分别达到70%、50%和15%以上'),
    (2, 1, '2018-05-31', 90, 80, 30, '青政办〔2017〕134号 二: 到2018年5月底，分别达到90%、80%和30%以上');

create sequence progress_report_seq start with 1 increment by 50;
create table progress_report (
    id                   bigint primary key,
    project_id           bigint        not null references project (id),
    period               varchar(7)       not null check (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
    contract_performed   boolean       not null,
    construction_started boolean       not null,
    completed            boolean       not null,
    funds_in_place       numeric(12, 2) not null check (funds_in_place >= 0),
    over_total_reason    varchar(1000),
    progress             varchar(4000),
    problems             varchar(4000),
    submitted_at         timestamptz   not null,
    submitted_by         varchar(200)  not null,
    late                 boolean       not null,
    is_current           boolean       not null,
    superseded_by        bigint references progress_report (id),
    idempotency_key      varchar(100),
    version              bigint        not null default 0
);
create unique index progress_report_current_idx on progress_report (project_id, period) where is_current;
create index progress_report_period_idx on progress_report (period) where is_current;
create unique index progress_report_idem_idx on progress_report (idempotency_key) where idempotency_key is not null;
create table progress_report_aud (
    id                   bigint  not null,
    rev                  integer not null references revinfo (rev),
    revtype              smallint,
    project_id           bigint,
    period               varchar(7),
    contract_performed   boolean,
    construction_started boolean,
    completed            boolean,
    funds_in_place       numeric(12, 2),
    over_total_reason    varchar(1000),
    progress             varchar(4000),
    problems             varchar(4000),
    submitted_at         timestamptz,
    submitted_by         varchar(200),
    late                 boolean,
    is_current           boolean,
    superseded_by        bigint,
    idempotency_key      varchar(100),
    primary key (id, rev)
);
