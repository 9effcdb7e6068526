-- national scale (deploy/bench/scale.sh): a patient's history, GET /api/v1/referrals?patientRef=P&size=20 (the same
-- list, filtered by patient, in the queue order) and its count
\set pt random(1, 400000)
\set off 0
\set size 20
select r1_0.id,r1_0.accepted_at,r1_0.alliance_id,r1_0.appointment_at,r1_0.cancelled_at,r1_0.completed_at,r1_0.contracted,r1_0.direction,r1_0.discharge_summary_ref,r1_0.feedback,r1_0.from_institution_id,r1_0.out_of_alliance,r1_0.patient_ref,r1_0.performer_practitioner,r1_0.priority,r1_0.reason,r1_0.reason_code,r1_0.rejected_at,r1_0.requested_at,r1_0.requested_by,r1_0.requester_practitioner,r1_0.started_at,r1_0.status,r1_0.status_changed_at,r1_0.status_reason,r1_0.to_institution_id,r1_0.urgency,r1_0.version from medical_alliance.referral r1_0 where 1=1 and r1_0.patient_ref='P' || lpad(:pt::text, 8, '0') order by case r1_0.urgency when 'STAT' then 0 when 'ASAP' then 1 when 'URGENT' then 2 else 3 end,case when r1_0.priority='PRIORITY' then 0 else 1 end,r1_0.requested_at,r1_0.id offset :off rows fetch first :size rows only;
select count(*) from medical_alliance.referral r1_0 where 1=1 and r1_0.patient_ref='P' || lpad(:pt::text, 8, '0');
