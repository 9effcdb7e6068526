-- A replayed create answers what the first answered, its Location header included (RFC 9110 §15.3.2: a 201 names
-- the created resource; a client that retried after a lost answer must learn the same URI). The four services' tables
-- predate this column, so it is added where it is missing.
alter table idempotency_record add column if not exists location text;
comment on column idempotency_record.location is 'the Location header of the stored answer (a 201), null when it had none';
