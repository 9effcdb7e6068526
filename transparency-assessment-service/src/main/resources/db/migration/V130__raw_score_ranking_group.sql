-- 青政办〔2017〕137号 第十一条.
-- A result keeps the raw score out of the applicable maximum beside the scaled total (a provincial department is
--    on different item sets and are ranked separately.
alter table assessment add column raw_score numeric(6,1);
alter table assessment add column raw_max numeric(6,1);
alter table assessment add column ranking_group varchar(30);
alter table assessment_aud add column raw_score numeric(6,1);
alter table assessment_aud add column raw_max numeric(6,1);
alter table assessment_aud add column ranking_group varchar(30);
