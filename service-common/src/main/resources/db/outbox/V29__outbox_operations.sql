-- Operating the outbox (GET /api/v1/admin/outbox, POST …/{id}/retry, POST …/{id}/cancel; service-common
-- OutboxOperations). Before this, a message its receiver always refuses (HTTP 400, a bad e-mail address) blocked
-- that recipient's newer messages for ever and nobody could act on it.
--
-- CANCELLED: an admin gave up on the message (who, when, why below; Envers revision in outbox_message_aud). It is
-- never sent, and it no longer holds back the recipient's newer messages: the dispatcher reads only PENDING and
-- FAILED ("undelivered") rows.
alter table outbox_message drop constraint outbox_message_status_check;
alter table outbox_message add constraint outbox_message_status_check
    check (status in ('PENDING', 'SENT', 'FAILED', 'CANCELLED'));

-- backoff_failures: failed attempts the back-off (and FAILED at notifications.max-attempts) counts from; an admin's
-- retry sets it back to 0. attempts stays the number of every delivery attempt ever made.
alter table outbox_message
    add column backoff_failures integer       not null default 0,
    add column retried_at       timestamptz,
    add column retried_by       varchar(200),
    add column cancelled_at     timestamptz,
    add column cancelled_by     varchar(200),
    add column cancel_reason    varchar(1000);
update outbox_message set backoff_failures = attempts where status <> 'SENT';
alter table outbox_message add constraint outbox_message_cancelled_ck
    check ((status = 'CANCELLED') = (cancelled_at is not null and cancelled_by is not null and cancel_reason is not null));

-- The dispatcher's indexes, now over the undelivered rows only (a cancelled message is no longer work).
drop index outbox_message_undelivered_idx;
create index outbox_message_undelivered_idx on outbox_message (channel, recipient, sequence)
    where status in ('PENDING', 'FAILED');
drop index outbox_message_due_idx;
create index outbox_message_due_idx on outbox_message (next_attempt_at) where status in ('PENDING', 'FAILED');
-- The admin list: newest first.
create index outbox_message_created_idx on outbox_message (created_at desc, id);

-- Envers audit of the operators' fields only (no subject, body or data: nothing personal is copied here).
create table outbox_message_aud (
    id            uuid     not null,
    rev           integer  not null references revinfo (rev),
    revtype       smallint,
    retried_at    timestamptz,
    retried_by    varchar(200),
    cancelled_at  timestamptz,
    cancelled_by  varchar(200),
    cancel_reason varchar(1000),
    primary key (id, rev)
);
