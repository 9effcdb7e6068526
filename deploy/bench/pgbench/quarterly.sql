-- GET /api/v1/quarterly-reports/2017-Q4?fairId=900: the stored report
select content::text from project_tracking.quarterly_report where fair_id = 900 and quarter = '2017-Q4';
