-- DESIGN.md "a POST with an Idempotency-Key is applied once", issue 7: one mechanism for every creating POST
-- (service-common idempotency) replaces the key column of progress reports (134号 五 monthly reports).
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

drop index progress_report_idem_idx;
alter table progress_report drop column idempotency_key;
alter table progress_report_aud drop column idempotency_key;
