-- action plan, GET /api/v1/quarterly-reports/2017-Q4?page={p}&size=20 (report.QuarterlyReportStore, native SQL): the
-- report's summary, the count of its task rows and one page of them (2,050 tasks at scale 1: pages 0..102)
\set p random(0, 102)
\set off :p * 20
select id, summary from action_plan.quarterly_report where period = '2017-Q4' \gset
select count(*) from action_plan.quarterly_report_task where report_id = :id;
select content from action_plan.quarterly_report_task where report_id = :id order by position offset :off limit 20;
