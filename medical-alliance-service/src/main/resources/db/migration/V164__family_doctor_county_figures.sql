-- 家庭医生签约 figures by county and population group (140号 三(二)3 sets its targets for all residents and for
-- 重点人群; a 卫生计生委 follows them down to the county and to each group of the 重点人群). One row per county,
-- month and group: RESIDENTS (常住人口, all residents) or a 重点人群 group.
create sequence county_contract_figure_seq start with 1 increment by 50;
create table county_contract_figure (
    id          bigint      primary key,
    county_id   bigint      not null references county (id),
    period      varchar(7)  not null,
    population_group varchar(20) not null check (population_group in
        ('RESIDENTS', 'ELDERLY', 'MATERNAL', 'CHILDREN', 'DISABLED', 'CHRONIC', 'POOR')),
    population  bigint      not null check (population >= 1),
    contracted  bigint      not null check (contracted >= 0 and contracted <= population),
    reported_by varchar(200),
    version     bigint      not null default 0,
    unique (county_id, period, population_group)
);
create table county_contract_figure_aud (
    id          bigint  not null,
    rev         integer not null references revinfo (rev),
    revtype     smallint,
    county_id   bigint,
    period      varchar(7),
    population_group varchar(20),
    population  bigint,
    contracted  bigint,
    reported_by varchar(200),
    primary key (id, rev)
);
