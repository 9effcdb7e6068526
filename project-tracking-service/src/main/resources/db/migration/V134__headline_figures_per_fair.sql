-- The headline figures a fair's notice states (青政办〔2017〕134号's opening paragraph for the 18th fair) are data of
-- that fair, entered by an admin with their text and source; a fair without them has no headline section in its
-- reconciliation. measure says what the table computes for the figure; scope names the 市州 (REGIONS_*) or parks
-- (PARKS_*); a *_SHARE figure is the share of the *_SUM figure with the same scope in the total.
create sequence headline_figure_seq start with 100 increment by 50;
create table headline_figure (
    id          bigint primary key,
    fair_id     bigint         not null references fair (id),
    key         varchar(40)    not null,
    measure     varchar(20)    not null check (measure in ('PROJECT_COUNT', 'TOTAL_INVESTMENT', 'REGIONS_SUM',
                                                           'REGIONS_SHARE', 'PARKS_SUM', 'PARKS_SHARE')),
    scope       varchar(100)[] not null default '{}',
    comparison  varchar(20)    not null check (comparison in ('MORE_THAN_ROUND', 'MORE_THAN', 'ROUNDED')),
    stated      numeric(14, 2) not null,
    notice_text varchar(500)   not null,
    source      varchar(200)   not null,
    version     bigint         not null default 0,
    constraint headline_figure_unique unique (fair_id, key)
);
create table headline_figure_aud (
    id          bigint  not null,
    rev         integer not null references revinfo (rev),
    revtype     smallint,
    fair_id     bigint,
    key         varchar(40),
    measure     varchar(20),
    scope       varchar(100)[],
    comparison  varchar(20),
    stated      numeric(14, 2),
    notice_text varchar(500),
    source      varchar(200),
    primary key (id, rev)
);

insert into headline_figure (id, fair_id, key, measure, scope, comparison, stated, notice_text, source) values
    (1, 1, 'projects', 'PROJECT_COUNT', '{}', 'MORE_THAN_ROUND', 300, '共签约各类合作项目300余项',
     '青政办〔2017〕134号 开头'),
    (2, 1, 'totalInvestment', 'TOTAL_INVESTMENT', '{}', 'MORE_THAN', 1800, '签约金额超过1800亿元',
     '青政办〔2017〕134号 开头'),
    (3, 1, 'fiveRegions', 'REGIONS_SUM', '{西宁市,海东市,海西州,海南州,海北州}', 'ROUNDED', 597,
     '西宁、海东、海西、海南和海北五个重点地区签约金额共计597亿元', '青政办〔2017〕134号 开头'),
    (4, 1, 'fiveRegionsShare', 'REGIONS_SHARE', '{西宁市,海东市,海西州,海南州,海北州}', 'ROUNDED', 40,
     '(五个重点地区)占总签约金额的40%', '青政办〔2017〕134号 开头'),
    (5, 1, 'threeParks', 'PARKS_SUM', '{西宁经济技术开发区,柴达木循环经济试验区,海东工业园}', 'ROUNDED', 683,
     '西宁经济技术开发区、柴达木循环经济试验区、海东工业园签约金额共计683亿元', '青政办〔2017〕134号 开头'),
    (6, 1, 'threeParksShare', 'PARKS_SHARE', '{西宁经济技术开发区,柴达木循环经济试验区,海东工业园}', 'ROUNDED', 46,
     '(三个园区)占总签约金额的46%', '青政办〔2017〕134号 开头');
