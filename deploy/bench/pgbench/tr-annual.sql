-- transparency, GET /api/v1/period-reports/annual/2018: the latest stored version (common.reports.PeriodReportStore)
select r.id, r.version, r.content::text from transparency_assessment.period_report r where r.kind = 'annual' and r.period = '2018' order by r.version desc limit 1;
