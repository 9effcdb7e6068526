-- How the figures of several units (or a peer's 市州) combine into the one an indicator is judged by
-- (domain.FigureRule): PROVINCE, the figure of the unit answering for the task (its 牵头单位) or a peer's 全省
-- figure; SUM, the units' figures add up; WEAKEST, every unit or 市州 must reach the target. figure_rule_basis says
-- why. A fresh database gets them from seed/indicators.csv.
alter table indicator add column figure_rule varchar(10) not null default 'PROVINCE';
alter table indicator add column figure_rule_basis varchar(300);
alter table indicator add constraint indicator_figure_rule_check check (figure_rule in ('PROVINCE', 'SUM', 'WEAKEST'));
alter table indicator_aud add column figure_rule varchar(10);
alter table indicator_aud add column figure_rule_basis varchar(300);
update indicator set figure_rule = 'WEAKEST',
    figure_rule_basis = '各市（州）年底前至少建成一个: every 市州 must reach it, the weakest counts'
where code = '29-alliances';
update indicator set figure_rule_basis = '140号: 30% for 全省 in 2017, judged by the province''s figure; 市州 beside it'
where code = '29-family-doctor';
