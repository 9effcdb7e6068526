-- The outbox (service-common gov.qinghai.followup.common.outbox): messages written in the transaction of the
-- event they announce, delivered later by OutboxDispatcher with retries. The same file is in every service.
--
-- id: stable (a UUID derived from topic, event key and recipient when the event can be replayed), sent as the
-- Idempotency-Key header and in the body so the receiver can drop duplicates. sequence: 1, 2, 3 … per
-- (channel, recipient), assigned under the lock of the recipient's outbox_recipient row so that it follows
-- commit order; a recipient gets nothing newer while an older message of theirs is undelivered.
create table outbox_recipient (
    channel       varchar(10)  not null check (channel in ('EMAIL', 'WEBHOOK')),
    recipient     varchar(500) not null,
    last_sequence bigint       not null,
    primary key (channel, recipient)
);

create table outbox_message (
    id              uuid          primary key,
    topic           varchar(100)  not null,
    event_key       varchar(200)  not null,
    channel         varchar(10)   not null check (channel in ('EMAIL', 'WEBHOOK')),
    recipient       varchar(500)  not null,
    sequence        bigint        not null check (sequence > 0),
    subject         varchar(500)  not null,
    body            text          not null,
    data            jsonb         not null,
    -- SENT: delivered. FAILED: still retried (every notifications.max-retry-delay) but failed
    -- notifications.max-attempts times already: someone should look at the receiver.
    status          varchar(10)   not null default 'PENDING' check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts        integer       not null default 0,
    created_at      timestamptz   not null,
    next_attempt_at timestamptz   not null,
    last_error      varchar(1000),
    sent_at         timestamptz,
    constraint outbox_message_sequence_uq unique (channel, recipient, sequence)
);
-- The dispatcher's work: undelivered messages, by recipient and sequence (the head of each queue) and by due time.
create index outbox_message_undelivered_idx on outbox_message (channel, recipient, sequence) where status <> 'SENT';
create index outbox_message_due_idx on outbox_message (next_attempt_at) where status <> 'SENT';
create index outbox_message_event_idx on outbox_message (event_key);
