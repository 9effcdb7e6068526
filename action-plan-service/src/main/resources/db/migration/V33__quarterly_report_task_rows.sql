-- Issue 8: a stored quarterly report is read a page of task rows at a time. quarterly_report.content stays the report
-- as it was stored (the record, and what the CSV/XLSX exports read); beside it, derived from it in the same transaction
-- (report.QuarterlyReportStore): its summary (everything but the task rows) and one row per task, in the report's
-- order, holding that task's JSON exactly as it is written in content.
alter table quarterly_report add column summary text;

create table quarterly_report_task (
    report_id  bigint      not null references quarterly_report (id) on delete cascade,
    position   int         not null,
    number     int         not null,
    task_group varchar(10) not null,
    status     varchar(20) not null,
    content    text        not null,
    primary key (report_id, position)
);

-- the reports stored before this migration, derived the same way
insert into quarterly_report_task (report_id, position, number, task_group, status, content)
select r.id, t.pos, (t.elem ->> 'number')::int, t.elem ->> 'group', t.elem ->> 'status', t.elem::text
from quarterly_report r
cross join lateral json_array_elements(r.content::json -> 'tasks') with ordinality as t (elem, pos);
update quarterly_report set summary = (content::jsonb - 'tasks')::text;
