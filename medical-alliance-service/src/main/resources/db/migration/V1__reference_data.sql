-- Reference data of 青政办〔2017〕140号: the eight 市州 the notice's targets are counted in
-- ("各市州至少建成一个有明显成效的医联体", "每个市(州)选择2个县") and their county-level divisions
-- as they stood in 2017 (public administrative-division knowledge, NOT from the notice: 湟中 was still
-- a 县, 同仁 a 县, and 海西州 had three 行政委员会 — 大柴旦、冷湖、茫崖 — before 茫崖市 was set up in 2018).
-- Plus the audit (Envers) and job-run tables every service carries, and the institutions registry.

create sequence revinfo_seq start with 1 increment by 50;
create table revinfo (
    rev      integer primary key,
    revtstmp bigint  not null,
    username varchar(200)
);

create table job_run (
    job          varchar(80)  not null,
    period       varchar(20)  not null,
    started_at   timestamptz  not null,
    finished_at  timestamptz,
    triggered_by varchar(200),
    outcome      varchar(20)  not null,
    items        integer      not null default 0,
    primary key (job, period)
);

-- kind: CITY (市) or AUTONOMOUS_PREFECTURE (自治州). health_bureau is the unit name a reporter token of
-- the 市州 health authority carries in its 'unit' claim (it reports family-doctor figures).
create table prefecture (
    id            bigint primary key,
    name          varchar(20)  not null unique,
    full_name     varchar(40)  not null,
    kind          varchar(30)  not null check (kind in ('CITY', 'AUTONOMOUS_PREFECTURE')),
    health_bureau varchar(60)  not null unique
);

-- kind: DISTRICT (区), COUNTY (县), AUTONOMOUS_COUNTY (自治县), COUNTY_CITY (县级市),
-- ADMIN_COMMITTEE (行政委员会, 海西州 only)
create table county (
    id            bigint primary key,
    prefecture_id bigint       not null references prefecture (id),
    name          varchar(40)  not null unique,
    kind          varchar(30)  not null check (kind in
        ('DISTRICT', 'COUNTY', 'AUTONOMOUS_COUNTY', 'COUNTY_CITY', 'ADMIN_COMMITTEE'))
);

insert into prefecture (id, name, full_name, kind, health_bureau) values
    (1, '西宁市', '西宁市',               'CITY',                  '西宁市卫生计生委'),
    (2, '海东市', '海东市',               'CITY',                  '海东市卫生计生委'),
    (3, '海西州', '海西蒙古族藏族自治州', 'AUTONOMOUS_PREFECTURE', '海西州卫生计生委'),
    (4, '海南州', '海南藏族自治州',       'AUTONOMOUS_PREFECTURE', '海南州卫生计生委'),
    (5, '海北州', '海北藏族自治州',       'AUTONOMOUS_PREFECTURE', '海北州卫生计生委'),
    (6, '黄南州', '黄南藏族自治州',       'AUTONOMOUS_PREFECTURE', '黄南州卫生计生委'),
    (7, '果洛州', '果洛藏族自治州',       'AUTONOMOUS_PREFECTURE', '果洛州卫生计生委'),
    (8, '玉树州', '玉树藏族自治州',       'AUTONOMOUS_PREFECTURE', '玉树州卫生计生委');

insert into county (id, prefecture_id, name, kind) values
    (101, 1, '城东区', 'DISTRICT'),
    (102, 1, '城中区', 'DISTRICT'),
    (103, 1, '城西区', 'DISTRICT'),
    (104, 1, '城北区', 'DISTRICT'),
    (105, 1, '大通回族土族自治县', 'AUTONOMOUS_COUNTY'),
    (106, 1, '湟中县', 'COUNTY'),
    (107, 1, '湟源县', 'COUNTY'),
    (201, 2, '乐都区', 'DISTRICT'),
    (202, 2, '平安区', 'DISTRICT'),
    (203, 2, '民和回族土族自治县', 'AUTONOMOUS_COUNTY'),
    (204, 2, '互助土族自治县', 'AUTONOMOUS_COUNTY'),
    (205, 2, '化隆回族自治县', 'AUTONOMOUS_COUNTY'),
    (206, 2, '循化撒拉族自治县', 'AUTONOMOUS_COUNTY'),
    (301, 3, '德令哈市', 'COUNTY_CITY'),
    (302, 3, '格尔木市', 'COUNTY_CITY'),
    (303, 3, '乌兰县', 'COUNTY'),
    (304, 3, '都兰县', 'COUNTY'),
    (305, 3, '天峻县', 'COUNTY'),
    (306, 3, '大柴旦行政委员会', 'ADMIN_COMMITTEE'),
    (307, 3, '冷湖行政委员会', 'ADMIN_COMMITTEE'),
    (308, 3, '茫崖行政委员会', 'ADMIN_COMMITTEE'),
    (401, 4, '共和县', 'COUNTY'),
    (402, 4, '同德县', 'COUNTY'),
    (403, 4, '贵德县', 'COUNTY'),
    (404, 4, '兴海县', 'COUNTY'),
    (405, 4, '贵南县', 'COUNTY'),
    (501, 5, '门源回族自治县', 'AUTONOMOUS_COUNTY'),
    (502, 5, '祁连县', 'COUNTY'),
    (503, 5, '海晏县', 'COUNTY'),
    (504, 5, '刚察县', 'COUNTY'),
    (601, 6, '同仁县', 'COUNTY'),
    (602, 6, '尖扎县', 'COUNTY'),
    (603, 6, '泽库县', 'COUNTY'),
    (604, 6, '河南蒙古族自治县', 'AUTONOMOUS_COUNTY'),
    (701, 7, '玛沁县', 'COUNTY'),
    (702, 7, '班玛县', 'COUNTY'),
    (703, 7, '甘德县', 'COUNTY'),
    (704, 7, '达日县', 'COUNTY'),
    (705, 7, '久治县', 'COUNTY'),
    (706, 7, '玛多县', 'COUNTY'),
    (801, 8, '玉树市', 'COUNTY_CITY'),
    (802, 8, '杂多县', 'COUNTY'),
    (803, 8, '称多县', 'COUNTY'),
    (804, 8, '治多县', 'COUNTY'),
    (805, 8, '囊谦县', 'COUNTY'),
    (806, 8, '曲麻莱县', 'COUNTY');

-- Medical institutions. level: TERTIARY (三级), SECONDARY (二级), PRIMARY (一级/基层);
-- ownership: PUBLIC (公立/政府办), PRIVATE (社会办); tier: the government level that runs it
-- (PROVINCE, PREFECTURE, COUNTY, TOWNSHIP, VILLAGE) — "县级医疗机构" of the telemedicine target are tier COUNTY.
create sequence institution_seq start with 1000 increment by 50;
create table institution (
    id            bigint primary key,
    name          varchar(100) not null unique,
    level         varchar(20)  not null check (level in ('TERTIARY', 'SECONDARY', 'PRIMARY')),
    ownership     varchar(20)  not null check (ownership in ('PUBLIC', 'PRIVATE')),
    kind          varchar(40)  not null check (kind in ('HOSPITAL', 'MATERNAL_CHILD_HEALTH', 'SPECIALTY_HOSPITAL',
        'TOWNSHIP_HEALTH_CENTRE', 'COMMUNITY_HEALTH_CENTRE', 'VILLAGE_CLINIC', 'ETHNIC_MEDICINE_HOSPITAL',
        'TELEMEDICINE_CENTRE')),
    tier          varchar(20)  not null check (tier in ('PROVINCE', 'PREFECTURE', 'COUNTY', 'TOWNSHIP', 'VILLAGE')),
    prefecture_id bigint       references prefecture (id),
    county_id     bigint       references county (id),
    source        varchar(200),
    version       bigint       not null default 0
);
create index institution_prefecture_idx on institution (prefecture_id);
create table institution_aud (
    id            bigint  not null,
    rev           integer not null references revinfo (rev),
    revtype       smallint,
    name          varchar(100),
    level         varchar(20),
    ownership     varchar(20),
    kind          varchar(40),
    tier          varchar(20),
    prefecture_id bigint,
    county_id     bigint,
    source        varchar(200),
    primary key (id, rev)
);
