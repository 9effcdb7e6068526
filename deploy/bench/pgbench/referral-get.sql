-- GET /api/v1/referrals/{id} on the generated referrals (ids 100000001..)
\set id random(100000001, 101000000)
select * from medical_alliance.referral where id = :id;
