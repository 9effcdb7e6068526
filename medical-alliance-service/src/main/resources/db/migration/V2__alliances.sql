-- Alliances of 青政办〔2017〕140号 三(一) and their members; the notice's numeric targets as data.
-- kind: PROVINCIAL_REGIONAL (省级区域医联体, 三(一)1), SPECIALTY (专科联盟, 三(一)2),
-- PREFECTURE_GROUP (市州医疗集团/医联体, 三(一)3), COUNTY_COMMUNITY (县域医疗共同体, 三(一)4),
-- TELEMEDICINE (远程医疗协作网, 三(一)5).
-- status: ESTABLISHED (已组建) or PLANNED (the notice orders it built). established_on null = formed before
-- the notice at a date the notice does not give. effective_since: when the 卫生计生委 assessed it as
-- "有明显成效" (二: every 市州 ≥ 1 in 2017). The charter_* columns are the 章程 contents of 三(二)1.
create sequence alliance_seq start with 1000 increment by 50;
create table alliance (
    id                      bigint primary key,
    name                    varchar(120) not null unique,
    kind                    varchar(30)  not null check (kind in
        ('PROVINCIAL_REGIONAL', 'SPECIALTY', 'PREFECTURE_GROUP', 'COUNTY_COMMUNITY', 'TELEMEDICINE')),
    specialty               varchar(40),
    lead_institution_id     bigint references institution (id),
    lead_basis              varchar(120),
    prefecture_id           bigint references prefecture (id),
    county_id               bigint references county (id),
    status                  varchar(20)  not null check (status in ('ESTABLISHED', 'PLANNED')),
    established_on          date,
    effective_since         date,
    county_pilot            boolean      not null default false,
    charter_nature          varchar(2000),
    charter_purpose         varchar(2000),
    charter_tasks           varchar(2000),
    charter_members         varchar(2000),
    charter_governance      varchar(2000),
    charter_responsibilities varchar(2000),
    charter_rules           varchar(2000),
    source                  varchar(40),
    quote                   varchar(400),
    version                 bigint       not null default 0
);
create index alliance_prefecture_idx on alliance (prefecture_id);
create table alliance_aud (
    id                      bigint  not null,
    rev                     integer not null references revinfo (rev),
    revtype                 smallint,
    name                    varchar(120),
    kind                    varchar(30),
    specialty               varchar(40),
    lead_institution_id     bigint,
    lead_basis              varchar(120),
    prefecture_id           bigint,
    county_id               bigint,
    status                  varchar(20),
    established_on          date,
    effective_since         date,
    county_pilot            boolean,
    charter_nature          varchar(2000),
    charter_purpose         varchar(2000),
    charter_tasks           varchar(2000),
    charter_members         varchar(2000),
    charter_governance      varchar(2000),
    charter_responsibilities varchar(2000),
    charter_rules           varchar(2000),
    source                  varchar(40),
    quote                   varchar(400),
    primary key (id, rev)
);

-- role: LEAD (牵头/核心单位), MEMBER (成员单位), ENTRUSTED (托管), ASSISTED (技术帮扶/对口支援).
-- joined_on null = member before the notice, date not given; left_on null = still a member.
create sequence alliance_member_seq start with 1000 increment by 50;
create table alliance_member (
    id             bigint primary key,
    alliance_id    bigint      not null references alliance (id),
    institution_id bigint      not null references institution (id),
    role           varchar(20) not null check (role in ('LEAD', 'MEMBER', 'ENTRUSTED', 'ASSISTED')),
    joined_on      date,
    left_on        date,
    version        bigint      not null default 0,
    constraint alliance_member_period_check check (left_on is null or joined_on is null or left_on >= joined_on)
);
create index alliance_member_institution_idx on alliance_member (institution_id);
create index alliance_member_alliance_idx on alliance_member (alliance_id);
create table alliance_member_aud (
    id             bigint  not null,
    rev            integer not null references revinfo (rev),
    revtype        smallint,
    alliance_id    bigint,
    institution_id bigint,
    role           varchar(20),
    joined_on      date,
    left_on        date,
    primary key (id, rev)
);

-- The notice's figures (seeded from src/main/resources/seed/notice_targets.csv by the importer).
create table notice_target (
    code   varchar(60) primary key,
    value  numeric(12, 2) not null,
    unit   varchar(60),
    year   integer,
    clause varchar(20) not null,
    quote  varchar(400) not null
);

-- 三(二)3 family-doctor contracting targets (seed/family_doctor_targets.csv); percentages, null when the
-- notice only says 全覆盖.
create table family_doctor_target (
    year               integer primary key,
    overall_pct        numeric(5, 2),
    key_population_pct numeric(5, 2),
    full_coverage      boolean      not null,
    clause             varchar(20)  not null,
    quote              varchar(400) not null
);
