-- Issue 7: Idempotency-Key records expire after idempotency.retention (default 24 h). service-common
-- IdempotencyPurge deletes them in batches, oldest first: "created_at < cutoff order by created_at limit n".
create index idempotency_record_created_idx on idempotency_record (created_at);
