-- Where a pilot unit's reminders (138号 五 milestones, jobs/JobService) are e-mailed through the outbox, like
-- assessment_subject.contact_email for the subjects' reminders. Unset: the reminders go only to the webhook.
alter table pilot_unit add column contact_email varchar(200);
alter table pilot_unit_aud add column contact_email varchar(200);
