-- The linked keys as medical-alliance-service serves them (coveragePct on /api/v1/family-doctor/coverage,
-- effectiveAlliances on /api/v1/coverage/prefectures). A fresh database gets them from seed/indicators.csv.
update indicator set linked_key = 'coveragePct' where code = '29-family-doctor';
update indicator set linked_key = 'effectiveAlliances' where code = '29-alliances';

-- A POST carrying an Idempotency-Key is applied once: a retry answers the first result.
alter table progress_report add column idempotency_key varchar(100);
create unique index progress_report_idem_idx on progress_report (idempotency_key) where idempotency_key is not null;
alter table supervision add column idempotency_key varchar(100);
create unique index supervision_idem_idx on supervision (idempotency_key) where idempotency_key is not null;
