-- Every change of a task's status the service records, in one table: besides a late report or a correction that
-- changes a judged month (V161), the daily overdue scan's finding that a task became OVERDUE (135号 三: 督查 of the
-- tasks past their deadline; it names the indicators it found newly overdue) and the 督查室's confirmation that a
-- task without indicators is done (COMPLETION, the status of the day it was confirmed). Those two have no report and
-- no reporting unit. Each row is announced as task.status-changed in the transaction that writes it
-- (service.StatusChanges).
alter table status_change alter column report_id drop not null;
alter table status_change alter column report_period drop not null;
alter table status_change alter column unit_id drop not null;
alter table status_change add column indicators varchar(4000);
alter table status_change drop constraint status_change_cause_check;
alter table status_change add constraint status_change_cause_check
    check (cause in ('LATE_REPORT', 'CORRECTION', 'OVERDUE_SCAN', 'COMPLETION'));
alter table status_change add constraint status_change_source_check
    check ((cause in ('OVERDUE_SCAN', 'COMPLETION')) = (report_id is null and unit_id is null and report_period is null));
