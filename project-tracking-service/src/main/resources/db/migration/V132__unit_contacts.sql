-- A unit's contact for reminders (134号 五): an e-mail address and/or a webhook, both maintained by admins; reminders
-- reach each through the outbox.
alter table responsible_unit add column contact_webhook varchar(500);
alter table responsible_unit_aud add column contact_webhook varchar(500);
