-- transparency, GET /api/v1/routine-records?subjectId=S&year=2018&page=0&size=20: the page and its count (Hibernate log)
\set s random(100000001, 100000300)
\set y 2018
\set off 0
\set size 20
select rr1_0.id,rr1_0.description,rr1_0.evidence,rr1_0.item_no,rr1_0.kind,rr1_0.method,rr1_0.points,rr1_0.recorded_on,rr1_0.recorder,rr1_0.subject_id,rr1_0.version,rr1_0.year from transparency_assessment.routine_record rr1_0 where 1=1 and rr1_0.subject_id=:s and rr1_0.year=:y order by rr1_0.recorded_on desc,rr1_0.id desc offset :off rows fetch first :size rows only;
select count(*) from transparency_assessment.routine_record rr1_0 where 1=1 and rr1_0.subject_id=:s and rr1_0.year=:y;
