-- transparency, GET /api/v1/reports/annual/2018: the stored report (Hibernate log)
\set one 1
select sr1_0.id,sr1_0.content,sr1_0.generated_at,sr1_0.kind,sr1_0.period,sr1_0.triggered_by from transparency_assessment.stored_report sr1_0 where sr1_0.kind='ANNUAL_REPORT' and sr1_0.period='2018' fetch first :one rows only;
