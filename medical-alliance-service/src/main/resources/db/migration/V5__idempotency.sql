-- DESIGN.md: "a POST with an Idempotency-Key is applied once". One row per (scope, key): the record the first
-- request created and a keyed fingerprint of its body (HMAC, since a referral body holds a national ID).
create table idempotency_record (
    scope       varchar(40)  not null,
    key         varchar(100) not null,
    fingerprint varchar(64)  not null,
    entity_id   bigint       not null,
    created_at  timestamptz  not null default now(),
    primary key (scope, key)
);
