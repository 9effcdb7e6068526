-- What a FHIR ServiceRequest/Task of a 双向转诊 carries besides the free-text reason: the diagnosis as an ICD-10 code
-- (http://hl7.org/fhir/sid/icd-10), the requesting and the performing practitioner (names as written on the 转诊单),
-- and the appointment the receiving side booked (140号 三(二)4 "确保预约转诊优先诊疗、住院").
alter table referral add column reason_code varchar(10);
alter table referral add column requester_practitioner varchar(60);
alter table referral add column performer_practitioner varchar(60);
alter table referral add column appointment_at timestamptz;
alter table referral_aud add column reason_code varchar(10);
alter table referral_aud add column requester_practitioner varchar(60);
alter table referral_aud add column performer_practitioner varchar(60);
alter table referral_aud add column appointment_at timestamptz;
