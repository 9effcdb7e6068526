-- 137号 第五条 分级负责: besides the provincial round (office null: 省政务公开领导小组办公室 assesses the 市州 governments and
-- the provincial departments), each 市州's office runs its own round of its own departments and counties (office =
-- the 市州). One round a year per office: the year alone is no longer unique.
alter table assessment_round add column office varchar(20)
    check (office in ('西宁市', '海东市', '海西州', '海南州', '海北州', '黄南州', '果洛州', '玉树州'));
alter table assessment_round_aud add column office varchar(20);
alter table assessment_round drop constraint assessment_round_year_key;
create unique index assessment_round_year_office on assessment_round (year, coalesce(office, ''));
