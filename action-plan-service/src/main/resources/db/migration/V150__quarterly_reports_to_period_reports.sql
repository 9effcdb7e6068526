-- The stored quarterly reports move to the shared versioned store (period_report, service-common db/reports): each
-- becomes version 1 of kind 'quarterly', built when it was generated, from the data as they stood then, by whoever
-- ran the job for that quarter; its summary and task rows are derived as the store derives them for a new version.
insert into period_report (kind, period, scope, version, built_at, data_as_of, built_by, reason, content, summary)
select 'quarterly', q.period, '', 1, q.generated_at, q.generated_at, coalesce(j.triggered_by, 'scheduler'), null,
       cast(q.content as jsonb), cast(q.content as jsonb) - 'tasks'
from quarterly_report q
left join job_run j on j.job = 'quarterly-report' and j.period = q.period
order by q.period;

insert into period_report_item (report_id, position, content)
select r.id, t.pos, t.elem
from period_report r
cross join lateral jsonb_array_elements(r.content -> 'tasks') with ordinality as t (elem, pos)
where r.kind = 'quarterly' and r.version = 1;

-- Nothing reads the old tables any more; every row is copied above, in the same migration.
drop table quarterly_report_task;
drop table quarterly_report;
drop sequence quarterly_report_seq;
