-- Reminders of the monthly and overdue jobs (134号 五: reports due by the 5th), their deliveries by e-mail
-- and webhook with retries, and the stored quarterly reports (按季度报送省政府).

create sequence reminder_seq start with 1 increment by 50;
create table reminder (
    id          bigint primary key,
    kind        varchar(20)  not null check (kind in ('REMINDER', 'OVERDUE')),
    period      varchar(7)   not null,
    unit_id     bigint       not null references responsible_unit (id),
    due_at      timestamptz  not null,
    project_ids bigint[]     not null,
    message     varchar(4000) not null,
    created_at  timestamptz  not null,
    constraint reminder_unique unique (kind, period, unit_id)
);

create sequence notification_delivery_seq start with 1 increment by 50;
create table notification_delivery (
    id              bigint primary key,
    reminder_id     bigint       not null references reminder (id),
    channel         varchar(10)  not null check (channel in ('EMAIL', 'WEBHOOK')),
    target          varchar(500) not null,
    status          varchar(10)  not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer      not null default 0,
    next_attempt_at timestamptz  not null,
    last_error      varchar(1000),
    sent_at         timestamptz
);
create index notification_delivery_due_idx on notification_delivery (next_attempt_at) where status = 'PENDING';

create sequence quarterly_report_seq start with 1 increment by 50;
create table quarterly_report (
    id           bigint primary key,
    fair_id      bigint      not null references fair (id),
    quarter      varchar(7)  not null,
    generated_at timestamptz not null,
    content      jsonb       not null,
    constraint quarterly_report_unique unique (fair_id, quarter)
);
