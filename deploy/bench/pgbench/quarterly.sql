-- GET /api/v1/quarterly-reports/2017-Q4?fairId=900: the stored report (Hibernate log)
\set fair 900
select content::text from project_tracking.quarterly_report where fair_id = :fair and quarter = '2017-Q4';
