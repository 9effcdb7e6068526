-- A reminder's message may not fail the job however many projects a unit has unreported (134号 五): with the
-- 序号 of every project written out, varchar(4000) overflowed at about 700 projects and the monthly job failed.
-- The message now names the count and the first ReminderMessage.LISTED 序号 (the full list is project_ids, served
-- paged at GET /api/v1/reminders/{id}/projects and sent whole in the webhook's data.projectIds); text keeps the
-- column from ever being the limit. Messages written before keep their text.
alter table reminder alter column message type text;
