-- GET /api/v1/reports lists newest month first, then by id, usually for one month (?period=2018-03): with (period)
-- alone each page sorted the month's reports (1,800 at 2,000 tasks) to hand out 20. This index gives both orders
-- (one month by id; all months newest first) and serves the period ranges of the status and reports queries, so
-- the old one goes.
create index progress_report_list_idx on progress_report (period desc, id);
drop index progress_report_period_idx;
