-- GET /api/v1/referrals?toInstitutionId=T&status=REQUESTED&size=20: the receiving institution's queue and its count
\set t random(100000001, 100000200)
select * from medical_alliance.referral r where r.to_institution_id = :t and r.status = 'REQUESTED' order by case when r.priority = 'PRIORITY' then 0 else 1 end, r.requested_at, r.id offset 0 rows fetch first 20 rows only;
select count(*) from medical_alliance.referral r where r.to_institution_id = :t and r.status = 'REQUESTED';
