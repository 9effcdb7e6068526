-- Rates as they stood at a moment (Rates, reportedBy): per project, its latest report for a month up to the date that
-- was submitted by that moment, superseded ones included; the partial index of current reports does not serve that.
create index progress_report_project_period_submitted_idx on progress_report (project_id, period, submitted_at);
