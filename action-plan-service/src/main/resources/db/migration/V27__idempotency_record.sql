-- DESIGN.md "a POST with an Idempotency-Key is applied once", issue 7: the creating POSTs of action plan move to
-- the shared mechanism of the other services (service-common idempotency): per caller and key the first 2xx
-- answer, stored in the transaction of its write, replayed with Idempotent-Replayed: true; another body 422.
-- Same table as V10__idempotency_record.sql of the other services (and needed by service-common's
-- IdempotencyPurge, which runs in every service). It replaces the per-row keys of V3
-- (progress_report.idempotency_key, supervision.idempotency_key) for new requests.
create table idempotency_record (
    caller       text        not null,
    idem_key     varchar(100) not null,
    fingerprint  char(64)    not null,
    target       text        not null,
    status       integer,
    content_type varchar(200),
    body         bytea,
    created_at   timestamptz not null,
    primary key (caller, idem_key)
);
comment on table idempotency_record is 'Idempotency-Key per caller: the first 2xx answer of a creating POST, stored in the transaction of its write (service-common idempotency)';
comment on column idempotency_record.fingerprint is 'HMAC-SHA256 of method, path and body: another body under the same key gets 422';
comment on column idempotency_record.status is 'null only while the claiming transaction runs; a committed row always has its answer';
-- Records expire after idempotency.retention (default 24 h): IdempotencyPurge deletes them oldest first.
create index idempotency_record_created_idx on idempotency_record (created_at);
