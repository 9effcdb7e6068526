-- GET /api/v1/projects/{id}: Hibernate issues the project, then its unit (lazy many-to-one)
\set id random(10000001, 10010000)
\set u random(1, 32)
select p1_0.id, p1_0.fair_id, p1_0.fund_provinces, p1_0.fund_sources, p1_0.name, p1_0.party_a, p1_0.party_b, p1_0.quality_flags, p1_0.responsible_leader, p1_0.responsible_persons, p1_0.seq, p1_0.source_line, p1_0.total_investment, p1_0.unit_id, p1_0.version from project_tracking.project p1_0 where p1_0.id = :id;
select ru1_0.id, ru1_0.contact_email, ru1_0.kind, ru1_0.name, ru1_0.park, ru1_0.prefecture, ru1_0.version from project_tracking.responsible_unit ru1_0 where ru1_0.id = :u;
