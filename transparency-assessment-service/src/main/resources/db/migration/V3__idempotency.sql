-- DESIGN.md: a POST with an Idempotency-Key is applied once. The first 2xx answer is kept per caller and key
-- and replayed for a repeat of the same POST; the same key on another path is refused (422).
create table idempotency_record (
    username     varchar(200)  not null,
    idem_key     varchar(200)  not null,
    method       varchar(10)   not null,
    path         varchar(1000) not null,
    status       integer       not null,
    content_type varchar(200),
    body         bytea,
    created_at   timestamptz   not null,
    primary key (username, idem_key)
);
