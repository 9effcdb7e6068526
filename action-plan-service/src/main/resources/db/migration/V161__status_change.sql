-- A late report, or a correction of a report after its month was judged, that changes the task's status as judged on
-- that month's report day (135号 二: monthly reports; the 5th of the next month, domain.ReportingCalendar). Kept so a
-- status read earlier can be explained: "changed by a late report of 2017-11 on 2017-12-20".
create sequence status_change_seq start with 1000 increment by 50;
create table status_change (
    id            bigint primary key,
    task_id       bigint       not null references task (id),
    judged_on     date         not null,
    status_before varchar(20)  not null,
    status_after  varchar(20)  not null,
    cause         varchar(20)  not null,
    report_id     bigint       not null references progress_report (id),
    report_period varchar(7)   not null,
    unit_id       bigint       not null references unit (id),
    recorded_on   date         not null,
    recorded_at   timestamptz  not null,
    recorded_by   varchar(200),
    constraint status_change_cause_check check (cause in ('LATE_REPORT', 'CORRECTION'))
);
create index status_change_task_idx on status_change (task_id, recorded_at);
