-- transparency, GET /api/v1/assessments/{id} (Hibernate log): the assessment, its round, its subject (id from the
-- first row, \gset) and the subject's on-time disclosure rate in the round's year
\set id random(100000001, 100000308)
select a1_0.id,a1_0.breakdown,a1_0.concluded_at,a1_0.evaluation_note,a1_0.grade,a1_0.online_score,a1_0.ranking,a1_0.round_id,a1_0.self_inspected_at,a1_0.self_inspected_by,a1_0.self_inspection,a1_0.stage,a1_0.subject_id as subject,a1_0.third_party_score,a1_0.total,a1_0.version from transparency_assessment.assessment a1_0 where a1_0.id=:id \gset a_
select ar1_0.id,ar1_0.published_on,ar1_0.scheme_id,ar1_0.status,ar1_0.title,ar1_0.version,ar1_0.year from transparency_assessment.assessment_round ar1_0 where ar1_0.id=:a_round_id;
select as1_0.id,as1_0.contact_email,as1_0.kind,as1_0.name,as1_0.prefecture,as1_0.version from transparency_assessment.assessment_subject as1_0 where as1_0.id=:a_subject;
select subject_id, round(100.0 * count(*) filter (where published_on <= deadline) / nullif(count(*) filter (where published_on is not null), 0), 1) from transparency_assessment.disclosure_record where subject_id in (:a_subject) and extract(year from produced_on) = 2018 group by subject_id;
