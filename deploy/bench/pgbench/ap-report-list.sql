-- action plan, GET /api/v1/reports?period=2018-0M&page=P&size=20 (Hibernate log): the page, then its units, tasks
-- and actuals with their indicators by batch (Hibernate's batch size 16: tasks and actuals in 16 + 4), and the count.
-- The page's ids are taken with \gset (the page query wrapped in array_agg) to feed the batch queries as the app does.
\set m random(1, 6)
\set off random(0, 49) * 20
\set size 20
select array_agg(id order by n) as reports, array_agg(task_id order by n) as tasks, array_agg(distinct unit_id) as units from (select row_number() over () as n, pr1_0.id,pr1_0.evidence_links,pr1_0.idempotency_key,pr1_0.narrative,pr1_0.period,pr1_0.problems,pr1_0.submitted_at,pr1_0.submitted_by,pr1_0.task_id,pr1_0.unit_id,pr1_0.version from action_plan.progress_report pr1_0 where 1=1 and pr1_0.period='2018-0' || :m order by pr1_0.period desc,pr1_0.id offset :off rows fetch first :size rows only) page \gset
select u1_0.id,u1_0.kind,u1_0.name,u1_0.prefecture,u1_0.version from action_plan.unit u1_0 where u1_0.id = any (:units::bigint[]);
select t1_0.id,t1_0.group_id,t1_0.lead_wording,t1_0.number,t1_0.responsible_wording,t1_0.text,t1_0.version from action_plan.task t1_0 where t1_0.id = any ((:tasks::bigint[])[1:16]);
select a1_0.report_id,a1_0.id,a1_0.as_of,i1_0.id,i1_0.code,i1_0.comparator,i1_0.deadline,i1_0.deadline_basis,i1_0.linked_key,i1_0.linked_source,i1_0.name,i1_0.source_phrase,i1_0.target,i1_0.task_id,i1_0.unit,i1_0.version,a1_0.value,a1_0.version from action_plan.indicator_actual a1_0 left join action_plan.indicator i1_0 on i1_0.id=a1_0.indicator_id where a1_0.report_id = any ((:reports::bigint[])[1:16]);
select t1_0.id,t1_0.group_id,t1_0.lead_wording,t1_0.number,t1_0.responsible_wording,t1_0.text,t1_0.version from action_plan.task t1_0 where t1_0.id = any ((:tasks::bigint[])[17:20]);
select a1_0.report_id,a1_0.id,a1_0.as_of,i1_0.id,i1_0.code,i1_0.comparator,i1_0.deadline,i1_0.deadline_basis,i1_0.linked_key,i1_0.linked_source,i1_0.name,i1_0.source_phrase,i1_0.target,i1_0.task_id,i1_0.unit,i1_0.version,a1_0.value,a1_0.version from action_plan.indicator_actual a1_0 left join action_plan.indicator i1_0 on i1_0.id=a1_0.indicator_id where a1_0.report_id = any ((:reports::bigint[])[17:20]);
select count(*) from action_plan.progress_report pr1_0 where 1=1 and pr1_0.period='2018-0' || :m;
