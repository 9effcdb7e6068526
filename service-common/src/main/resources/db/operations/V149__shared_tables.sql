-- The tables every service has, defined once here next to the outbox (db/outbox) and Quartz (db/quartz) tables:
-- job_run (common.jobs.JobRunLedger: a period claimed once), revinfo (Envers revisions, common.audit.AuditRevision)
-- and idempotency_record (common.idempotency.IdempotencyStore).
--
-- Baseline note: the four services created these tables in their own first migrations (V1 revinfo and job_run;
-- V10 or V27 idempotency_record, V27 its created_at index), which are applied and must not change (checksums). So this
-- migration creates only what is missing ("if not exists"): on every existing database and on a fresh one of the four
-- services it finds the tables already made and changes nothing, and Flyway's validation of the applied migrations
-- still passes. This text is the reference: service-common's SharedTablesTest applies each service's migrations and
-- this one alone to scratch schemas and fails if any defines these tables differently. job_run and
-- idempotency_record a new service takes from here; revinfo it must still create before version 25, because the
-- outbox's audit table (db/outbox V25) refers to it.
create sequence if not exists revinfo_seq start with 1 increment by 50;
create table if not exists revinfo (
    rev      integer primary key,
    revtstmp bigint  not null,
    username varchar(200)
);

create table if not exists job_run (
    job          varchar(80)  not null,
    period       varchar(20)  not null,
    started_at   timestamptz  not null,
    finished_at  timestamptz,
    triggered_by varchar(200),
    outcome      varchar(20)  not null,
    items        integer      not null default 0,
    primary key (job, period)
);

create table if not exists idempotency_record (
    caller       text         not null,
    idem_key     varchar(100) not null,
    fingerprint  char(64)     not null,
    target       text         not null,
    status       integer,
    content_type varchar(200),
    body         bytea,
    created_at   timestamptz  not null,
    primary key (caller, idem_key)
);
comment on table idempotency_record is 'Idempotency-Key per caller: the first 2xx answer of a creating POST, stored in the transaction of its write (service-common idempotency)';
comment on column idempotency_record.fingerprint is 'HMAC-SHA256 of method, path and body: another body under the same key gets 422';
comment on column idempotency_record.status is 'null only while the claiming transaction runs; a committed row always has its answer';
-- IdempotencyPurge deletes expired records in batches, oldest first.
create index if not exists idempotency_record_created_idx on idempotency_record (created_at);
