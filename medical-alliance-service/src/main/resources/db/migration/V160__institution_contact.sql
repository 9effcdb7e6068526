-- Where an institution hears about the 双向转诊 it is part of (140号 三(二)4: the referring and the receiving side
-- each need to know when a referral is requested, accepted, rejected or completed): an e-mail address and/or a
-- webhook URL, maintained by admins and audited like every other institution field.
alter table institution add column contact_email varchar(254);
alter table institution add column contact_webhook varchar(500);
alter table institution_aud add column contact_email varchar(254);
alter table institution_aud add column contact_webhook varchar(500);
