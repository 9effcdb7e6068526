-- GET /api/v1/projects?fairId=900&unitId=U&page=P&size=20: the page and its count (Hibernate log)
\set u random(1, 32)
\set off random(0, 14) * 20
\set fair 900
\set size 20
select p1_0.id,p1_0.fair_id,f1_0.id,f1_0.edition,f1_0.held_from,f1_0.held_to,f1_0.name,f1_0.notice,f1_0.version,p1_0.fund_provinces,p1_0.fund_sources,p1_0.name,p1_0.party_a,p1_0.party_b,p1_0.quality_flags,p1_0.responsible_leader,p1_0.responsible_persons,p1_0.seq,p1_0.source_line,p1_0.total_investment,p1_0.unit_id,u1_0.id,u1_0.contact_email,u1_0.kind,u1_0.name,u1_0.park,u1_0.prefecture,u1_0.version,p1_0.version from project_tracking.project p1_0 join project_tracking.responsible_unit u1_0 on u1_0.id=p1_0.unit_id join project_tracking.fair f1_0 on f1_0.id=p1_0.fair_id where f1_0.id=:fair and u1_0.id=:u order by p1_0.seq offset :off rows fetch first :size rows only;
select count(*) from project_tracking.project p1_0 where p1_0.fair_id=:fair and p1_0.unit_id=:u;
