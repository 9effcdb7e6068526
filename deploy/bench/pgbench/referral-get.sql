-- GET /api/v1/referrals/{id} on the generated referrals (ids 100000001..), Hibernate log
\set id random(100000001, 101000000)
select r1_0.id,r1_0.accepted_at,r1_0.alliance_id,r1_0.cancelled_at,r1_0.completed_at,r1_0.contracted,r1_0.direction,r1_0.discharge_summary_ref,r1_0.feedback,r1_0.from_institution_id,r1_0.out_of_alliance,r1_0.patient_ref,r1_0.priority,r1_0.reason,r1_0.rejected_at,r1_0.requested_at,r1_0.requested_by,r1_0.started_at,r1_0.status,r1_0.status_reason,r1_0.to_institution_id,r1_0.version from medical_alliance.referral r1_0 where r1_0.id=:id;
