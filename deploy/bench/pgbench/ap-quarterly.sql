-- action plan, GET /api/v1/period-reports/quarterly/2017-Q4?page={p}&size=20 (common.reports.PeriodReportStore): the
-- latest version's summary, the count of its task rows and one page of them (2,050 tasks at scale 1: pages 0..102)
\set p random(0, 102)
\set off :p * 20
select id, summary::text from action_plan.period_report where kind = 'quarterly' and period = '2017-Q4' order by version desc limit 1 \gset
select count(*) from action_plan.period_report_item where report_id = :id;
select content::text from action_plan.period_report_item where report_id = :id order by position offset :off limit 20;
