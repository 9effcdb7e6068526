-- 135号 任务32: 完成青海省国际贸易“单一窗口”项目建设 and 实现中欧班列运行常态化 are done/not-done targets (实现=1), as
-- 任务29's 跨省结算. A fresh database gets them from seed/indicators.csv (the task table is still empty here).
insert into indicator (id, task_id, code, name, unit, comparator, target, deadline, deadline_basis, source_phrase,
                       figure_rule, version)
select nextval('indicator_seq'), t.id, v.code, v.name, '实现=1', 'EQ', 1, date '2017-09-30',
       'not stated: end of the offensive (三季度) 2017-09-30', v.phrase, 'PROVINCE', 0
from task t
cross join (values ('32-single-window', '青海省国际贸易“单一窗口”项目建成', '完成青海省国际贸易“单一窗口”项目建设'),
                   ('32-china-europe-rail', '中欧班列运行常态化', '实现中欧班列运行常态化')) v (code, name, phrase)
where t.number = 32 and not exists (select 1 from indicator i where i.code = v.code);
