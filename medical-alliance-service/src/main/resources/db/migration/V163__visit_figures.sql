-- 140号 四(四) puts "大型医疗机构与基层医疗卫生机构诊疗量占比" and "基层首诊和分级诊疗制度落实" among the indicators
-- of the 医联体 assessment. A 市州 health bureau reports each month's 诊疗人次: all institutions of the 市州 and those
-- at 基层医疗卫生机构 (乡镇卫生院, 社区卫生服务中心, 村卫生室); the share at 基层 is computed from them in SQL.
create sequence visit_figure_seq start with 1 increment by 50;
create table visit_figure (
    id             bigint      primary key,
    prefecture_id  bigint      not null references prefecture (id),
    period         varchar(7)  not null,
    total_visits   bigint      not null check (total_visits >= 1),
    primary_visits bigint      not null check (primary_visits >= 0 and primary_visits <= total_visits),
    reported_by    varchar(200),
    version        bigint      not null default 0,
    unique (prefecture_id, period)
);
create table visit_figure_aud (
    id             bigint  not null,
    rev            integer not null references revinfo (rev),
    revtype        smallint,
    prefecture_id  bigint,
    period         varchar(7),
    total_visits   bigint,
    primary_visits bigint,
    reported_by    varchar(200),
    primary key (id, rev)
);
