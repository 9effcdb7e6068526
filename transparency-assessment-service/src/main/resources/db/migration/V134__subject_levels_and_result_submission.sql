-- 137号 第五条 分级负责: besides the 市州 governments and provincial departments the province assesses, the 市州
-- offices assess their own departments and the next level of government (县区, 含街道办事处), and 第十五条 puts the
-- public enterprises and institutions (教育、医疗卫生、供水、供电、公共交通 …) under the same rules. They are
-- subjects of their own kinds; the provincial round takes only the kinds the province assesses.
alter table assessment_subject drop constraint assessment_subject_kind_check;
alter table assessment_subject add constraint assessment_subject_kind_check check (kind in ('PREFECTURE_GOVERNMENT',
    'PROVINCIAL_DEPARTMENT', 'PREFECTURE_DEPARTMENT', 'COUNTY_GOVERNMENT', 'PUBLIC_ENTERPRISE'));

-- 137号 第十一条: 考核结果报省考核办 — sending a concluded round's result is a recorded step (when, reference, by whom).
alter table assessment_round add column submitted_to varchar(100);
alter table assessment_round add column submitted_on date;
alter table assessment_round add column submission_ref varchar(200);
alter table assessment_round add column submitted_by varchar(200);
alter table assessment_round_aud add column submitted_to varchar(100);
alter table assessment_round_aud add column submitted_on date;
alter table assessment_round_aud add column submission_ref varchar(200);
alter table assessment_round_aud add column submitted_by varchar(200);
