-- Foundation of the 政务公开 assessment service (青政办〔2017〕137号, 138号): audit (Envers) and
-- job-run tables, the four grade bands of 137号 第十一条 as reference data, and the 考核对象
-- (assessment subjects, 第二条/第五条): the eight 市州 governments seeded, provincial departments added by admins.

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

-- 137号 第十一条: 百分制; 90分以上优秀, 80—89分良好, 60—79分合格, 不足60分不合格.
-- Bands are half-open on the score rounded to one decimal: [min_score, upper_bound).
create table grade_band (
    code        varchar(20)  primary key,
    name        varchar(20)  not null unique,
    min_score   numeric(5,1) not null,
    upper_bound numeric(5,1),
    gazette_wording varchar(100) not null,
    clause      varchar(60)  not null,
    sort_order  integer      not null
);
insert into grade_band (code, name, min_score, upper_bound, gazette_wording, clause, sort_order) values
    ('EXCELLENT', '优秀', 90.0, null, '90分以上为优秀',   '青政办〔2017〕137号 第十一条', 1),
    ('GOOD',      '良好', 80.0, 90.0, '80—89分为良好',   '青政办〔2017〕137号 第十一条', 2),
    ('PASS',      '合格', 60.0, 80.0, '60—79分为合格',   '青政办〔2017〕137号 第十一条', 3),
    ('FAIL',      '不合格', 0.0, 60.0, '不足60分为不合格', '青政办〔2017〕137号 第十一条', 4);

-- kind: PREFECTURE_GOVERNMENT (市州政府, item 8 applies) or PROVINCIAL_DEPARTMENT (省政府各部门, item 8 not applicable)
create sequence assessment_subject_seq start with 100 increment by 50;
create table assessment_subject (
    id            bigint primary key,
    name          varchar(100) not null unique,
    kind          varchar(30)  not null,
    prefecture    varchar(20),
    contact_email varchar(200),
    version       bigint       not null default 0,
    constraint assessment_subject_kind_check check (kind in ('PREFECTURE_GOVERNMENT', 'PROVINCIAL_DEPARTMENT')),
    constraint assessment_subject_prefecture_check check (prefecture in
        ('西宁市', '海东市', '海西州', '海南州', '海北州', '黄南州', '果洛州', '玉树州'))
);
create table assessment_subject_aud (
    id            bigint  not null,
    rev           integer not null references revinfo (rev),
    revtype       smallint,
    name          varchar(100),
    kind          varchar(30),
    prefecture    varchar(20),
    contact_email varchar(200),
    primary key (id, rev)
);
-- 137号 第五条: 省政务公开领导小组办公室 ... 对各市、州和省政府各部门进行考核.
insert into assessment_subject (id, name, kind, prefecture) values
    (1, '西宁市政府', 'PREFECTURE_GOVERNMENT', '西宁市'),
    (2, '海东市政府', 'PREFECTURE_GOVERNMENT', '海东市'),
    (3, '海西州政府', 'PREFECTURE_GOVERNMENT', '海西州'),
    (4, '海南州政府', 'PREFECTURE_GOVERNMENT', '海南州'),
    (5, '海北州政府', 'PREFECTURE_GOVERNMENT', '海北州'),
    (6, '黄南州政府', 'PREFECTURE_GOVERNMENT', '黄南州'),
    (7, '果洛州政府', 'PREFECTURE_GOVERNMENT', '果洛州'),
    (8, '玉树州政府', 'PREFECTURE_GOVERNMENT', '玉树州');
