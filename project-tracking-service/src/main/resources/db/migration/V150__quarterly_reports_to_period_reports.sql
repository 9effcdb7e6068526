-- The stored quarterly reports move to the shared versioned store (period_report, service-common db/reports): each
-- becomes version 1 of kind 'quarterly', scope = its fair id, built when it was generated and from the data as they
-- stood then (its rates are "as they stood at generatedAt"), by whoever ran the job for that quarter.
insert into period_report (kind, period, scope, version, built_at, data_as_of, built_by, reason, content)
select 'quarterly', q.quarter, q.fair_id::text, 1, q.generated_at, q.generated_at,
       coalesce(j.triggered_by, 'scheduler'), null, q.content
from quarterly_report q
left join job_run j on j.job = 'quarterly-report' and j.period = q.quarter
order by q.quarter, q.fair_id;

-- Nothing reads the old table any more; every row is copied above, in the same migration.
drop table quarterly_report;
drop sequence quarterly_report_seq;
