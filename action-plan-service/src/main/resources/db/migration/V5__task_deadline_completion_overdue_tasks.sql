-- 135号 二: a task's own deadline where its text states one (任务3 三季度, 任务21 9月前, 任务29 年底前 …), else the
-- offensive's end (省政府决定三季度…开展, 2017-09-30). Filled from seed/tasks.csv on start (SeedImporter), so a
-- database seeded before this migration gets the same values as a new one.
-- A task without indicators is met once the 督查室 confirms its completion (135号 三、(三)), never on a unit's word.
alter table task add column deadline date;
alter table task add column deadline_basis varchar(300);
alter table task add column completed_on date;
alter table task add column completion_basis varchar(1000);
alter table task add column completion_confirmed_by varchar(200);
alter table task_aud add column deadline date;
alter table task_aud add column deadline_basis varchar(300);
alter table task_aud add column completed_on date;
alter table task_aud add column completion_basis varchar(1000);
alter table task_aud add column completion_confirmed_by varchar(200);

-- The overdue scan records tasks without indicators as well: one row per overdue indicator (as before) and one per
-- overdue task without indicators; each row names its task.
alter table overdue_event alter column indicator_id drop not null;
alter table overdue_event add column task_id bigint references task (id);
update overdue_event e set task_id = i.task_id from indicator i where i.id = e.indicator_id;
alter table overdue_event alter column task_id set not null;
create unique index overdue_event_task_once on overdue_event (task_id) where indicator_id is null;
create index overdue_event_detected_idx on overdue_event (detected_on);
