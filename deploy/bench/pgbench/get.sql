-- GET /api/v1/projects/{id}: the project with its unit and fair in one statement (Hibernate log)
\set id random(10000001, 10010000)
\set one 1
select p1_0.id,p1_0.fair_id,f1_0.id,f1_0.edition,f1_0.held_from,f1_0.held_to,f1_0.name,f1_0.notice,f1_0.version,p1_0.fund_provinces,p1_0.fund_sources,p1_0.name,p1_0.party_a,p1_0.party_b,p1_0.quality_flags,p1_0.responsible_leader,p1_0.responsible_persons,p1_0.seq,p1_0.source_line,p1_0.total_investment,p1_0.unit_id,u1_0.id,u1_0.contact_email,u1_0.kind,u1_0.name,u1_0.park,u1_0.prefecture,u1_0.version,p1_0.version from project_tracking.project p1_0 join project_tracking.responsible_unit u1_0 on u1_0.id=p1_0.unit_id join project_tracking.fair f1_0 on f1_0.id=p1_0.fair_id where p1_0.id=:id fetch first :one rows only;
