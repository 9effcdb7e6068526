-- The stored bulletins and annual reports move to the shared versioned store (period_report, service-common
-- db/reports): each becomes version 1 of kind 'bulletin' or 'annual', built when it was generated, from the records as
-- they stood then, by whoever ran the job.
insert into period_report (kind, period, scope, version, built_at, data_as_of, built_by, reason, content)
select case kind when 'ANNUAL_BULLETIN' then 'bulletin' when 'ANNUAL_REPORT' then 'annual' else lower(kind) end,
       period, '', 1, generated_at, generated_at, coalesce(triggered_by, 'scheduler'), null, cast(content as jsonb)
from stored_report
order by period, kind;

-- Nothing reads the old table any more; every row is copied above, in the same migration.
drop table stored_report;
drop sequence stored_report_seq;
