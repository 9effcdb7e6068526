-- action plan, GET /api/v1/quarterly-reports/2017-Q4: the stored report (Hibernate log)
\set one 1
select qr1_0.id,qr1_0.as_of,qr1_0.content,qr1_0.generated_at,qr1_0.period from action_plan.quarterly_report qr1_0 where qr1_0.period='2017-Q4' fetch first :one rows only;
