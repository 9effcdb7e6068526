-- Business events (service-common gov.qinghai.followup.common.events): CloudEvents 1.0 written in the transaction
-- of the change they announce, replayable through GET /api/v1/events and delivered to subscriptions through the
-- outbox. The same file is in every service (shared location db/events). See docs/events.md.
--
-- event_log.seq is the insert order (a bigserial: numbers are taken when a transaction inserts, not when it
-- commits, so a transaction that commits later may hold a smaller one). It is never a cursor. position is the
-- cursor: assigned after commit by EventSequencer, which numbers the committed rows that have none, one pass at a
-- time under the lock of the event_sequencer row. A pass only sees committed rows, and a later pass only gives
-- larger numbers, so a reader that has seen position p never finds a new row at or below p.
create table event_log (
    id         uuid         primary key,
    seq        bigserial    not null,
    position   bigint       unique,
    type       varchar(200) not null,
    subject    varchar(300) not null,
    time       timestamptz  not null,
    -- the subscription filters: the unit (责任单位, institution, assessed unit) and its 市州, when the event has them
    unit       varchar(200),
    prefecture varchar(20),
    -- the roles that may read the event's subject (the feed shows an event only to them), comma separated
    readers    varchar(100) not null,
    event      jsonb        not null
);
create index event_log_unsequenced_idx on event_log (seq) where position is null;
create index event_log_time_idx on event_log (time);

-- One row: the last position given, and the last position deleted by the retention purge (a cursor below it may
-- have missed events: the feed answers 410 instead of silently skipping them).
create table event_sequencer (
    id             integer primary key check (id = 1),
    last_position  bigint  not null,
    purged_through bigint  not null
);
insert into event_sequencer (id, last_position, purged_through) values (1, 0, 0);

-- Receivers registered by admins (POST /api/v1/subscriptions). The secret signs deliveries (Standard Webhooks,
-- HMAC-SHA256); it is shown once at creation or rotation and never by the API again. After a rotation the previous
-- secret still signs deliveries (a second signature) until previous_secret_until.
create table event_subscription (
    id                    uuid          primary key,
    url                   varchar(500)  not null,
    event_types           varchar(4000) not null,
    unit                  varchar(200),
    prefecture            varchar(20),
    description           varchar(500),
    secret                varchar(100)  not null,
    previous_secret       varchar(100),
    previous_secret_until timestamptz,
    -- PAUSED: by an admin (paused_reason ADMIN) or after qinghai.events.pause-after-failures failed deliveries in a
    -- row (FAILURES). Events still queue for a paused subscription; resume delivers them in order.
    state                 varchar(10)   not null check (state in ('ACTIVE', 'PAUSED')),
    paused_reason         varchar(10)   check (paused_reason in ('ADMIN', 'FAILURES')),
    paused_at             timestamptz,
    consecutive_failures  integer       not null default 0,
    last_error            varchar(1000),
    last_failure_at       timestamptz,
    last_delivered_at     timestamptz,
    created_at            timestamptz   not null,
    created_by            varchar(200)  not null,
    secret_rotated_at     timestamptz,
    constraint event_subscription_paused_ck check ((state = 'PAUSED') = (paused_reason is not null and paused_at is not null))
);
create index event_subscription_created_idx on event_subscription (created_at desc, id);

-- The outbox delivers events to a subscription on its own channel: recipient 'subscription/<id>', so each
-- subscription is its own ordered queue (two subscriptions to one URL do not hold each other back), and the
-- sender finds the URL and the secrets at the moment of sending (a rotated secret signs queued messages too).
alter table outbox_recipient drop constraint outbox_recipient_channel_check;
alter table outbox_recipient add constraint outbox_recipient_channel_check check (channel in ('EMAIL', 'WEBHOOK', 'EVENT'));
alter table outbox_message drop constraint outbox_message_channel_check;
alter table outbox_message add constraint outbox_message_channel_check check (channel in ('EMAIL', 'WEBHOOK', 'EVENT'));
-- A paused recipient's messages are kept and not tried until it is resumed.
alter table outbox_recipient add column paused boolean not null default false;
