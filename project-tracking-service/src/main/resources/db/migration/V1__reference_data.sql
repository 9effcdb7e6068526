-- Reference data of 青政办〔2017〕134号: the fair and the 32 responsible units of the attachment
-- 第十八届青洽会签约项目责任分工表, with the kind and 市州 each unit belongs to (so statistics by
-- region and by park work), plus the audit (Envers) and job-run tables every service carries.

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

create sequence fair_seq start with 100 increment by 50;
create table fair (
    id          bigint primary key,
    edition     integer      not null unique,
    name        varchar(200) not null,
    held_from   date,
    held_to     date,
    notice      varchar(100),
    version     bigint       not null default 0
);
create table fair_aud (
    id        bigint  not null,
    rev       integer not null references revinfo (rev),
    revtype   smallint,
    edition   integer,
    name      varchar(200),
    held_from date,
    held_to   date,
    notice    varchar(100),
    primary key (id, rev)
);

-- kind: PREFECTURE_GOVERNMENT (市州政府), PARK_COMMITTEE (园区管委会), PROVINCIAL_DEPARTMENT (省直部门及
-- 省级机构), STATE_ENTERPRISE (省属国有企业), BANK (银行)
create sequence responsible_unit_seq start with 100 increment by 50;
create table responsible_unit (
    id         bigint primary key,
    name       varchar(100) not null unique,
    kind       varchar(30)  not null,
    prefecture varchar(20),
    park       varchar(100),
    contact_email varchar(200),
    version    bigint       not null default 0,
    constraint responsible_unit_kind_check check (kind in
        ('PREFECTURE_GOVERNMENT', 'PARK_COMMITTEE', 'PROVINCIAL_DEPARTMENT', 'STATE_ENTERPRISE', 'BANK')),
    constraint responsible_unit_prefecture_check check (prefecture in
        ('西宁市', '海东市', '海西州', '海南州', '海北州', '黄南州', '果洛州', '玉树州'))
);
create table responsible_unit_aud (
    id         bigint  not null,
    rev        integer not null references revinfo (rev),
    revtype    smallint,
    name       varchar(100),
    kind       varchar(30),
    prefecture varchar(20),
    park       varchar(100),
    contact_email varchar(200),
    primary key (id, rev)
);

insert into fair (id, edition, name, held_from, held_to, notice) values
    (1, 18, '第十八届中国·青海绿色发展投资贸易洽谈会', null, null, '青政办〔2017〕134号');

-- Names exactly as the '责任单位' group lines of the attachment write them.
insert into responsible_unit (id, name, kind, prefecture, park) values
    (1,  '西宁市政府',                 'PREFECTURE_GOVERNMENT', '西宁市', null),
    (2,  '西宁经济技术开发区管委会',     'PARK_COMMITTEE',        '西宁市', '西宁经济技术开发区'),
    (3,  '海东市政府',                 'PREFECTURE_GOVERNMENT', '海东市', null),
    (4,  '海东工业园区管委会',          'PARK_COMMITTEE',        '海东市', '海东工业园'),
    (5,  '海西州政府',                 'PREFECTURE_GOVERNMENT', '海西州', null),
    (6,  '柴达木循环经济试验区管委会',   'PARK_COMMITTEE',        '海西州', '柴达木循环经济试验区'),
    (7,  '海南州政府',                 'PREFECTURE_GOVERNMENT', '海南州', null),
    (8,  '海北州政府',                 'PREFECTURE_GOVERNMENT', '海北州', null),
    (9,  '省发展改革委',               'PROVINCIAL_DEPARTMENT', null, null),
    (10, '省经济和信息化委',           'PROVINCIAL_DEPARTMENT', null, null),
    (11, '省科技厅',                   'PROVINCIAL_DEPARTMENT', null, null),
    (12, '省财政厅',                   'PROVINCIAL_DEPARTMENT', null, null),
    (13, '省国土资源厅',               'PROVINCIAL_DEPARTMENT', null, null),
    (14, '省环境保护厅',               'PROVINCIAL_DEPARTMENT', null, null),
    (15, '省住房城乡建设厅',           'PROVINCIAL_DEPARTMENT', null, null),
    (16, '省交通运输厅',               'PROVINCIAL_DEPARTMENT', null, null),
    (17, '省水利厅',                   'PROVINCIAL_DEPARTMENT', null, null),
    (18, '省农牧厅',                   'PROVINCIAL_DEPARTMENT', null, null),
    (19, '省商务厅',                   'PROVINCIAL_DEPARTMENT', null, null),
    (20, '省文化新闻出版厅',           'PROVINCIAL_DEPARTMENT', null, null),
    (21, '省卫生计生委',               'PROVINCIAL_DEPARTMENT', null, null),
    (22, '省旅游发展委',               'PROVINCIAL_DEPARTMENT', null, null),
    (23, '省工商局',                   'PROVINCIAL_DEPARTMENT', null, null),
    (24, '省广电局',                   'PROVINCIAL_DEPARTMENT', null, null),
    (25, '省工商联',                   'PROVINCIAL_DEPARTMENT', null, null),
    (26, '青海湖景区管理局',           'PROVINCIAL_DEPARTMENT', null, null),
    (27, '省贸促会',                   'PROVINCIAL_DEPARTMENT', null, null),
    (28, '西部矿业集团有限公司',        'STATE_ENTERPRISE',      null, null),
    (29, '省水利水电(集团)有限责任公司', 'STATE_ENTERPRISE',      null, null),
    (30, '省三江集团有限责任公司',      'STATE_ENTERPRISE',      null, null),
    (31, '青海机电国有控股有限公司',    'STATE_ENTERPRISE',      null, null),
    (32, '青海银行',                   'BANK',                  null, null);
