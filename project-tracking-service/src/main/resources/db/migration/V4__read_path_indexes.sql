-- Indexes the benchmarks (deploy/bench) showed missing: the paged project list filtered by fair and unit in 序号
-- order, and the foreign key of superseded reports (deleting or updating reports otherwise scans the table).
create index project_fair_unit_seq_idx on project (fair_id, unit_id, seq);
create index progress_report_superseded_by_idx on progress_report (superseded_by);
