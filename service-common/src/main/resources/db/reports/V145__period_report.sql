-- Stored period reports of every service (common.reports): each build of a report of a period (a quarter, a year) is a
-- version, 1..n; a regeneration adds the next version and the earlier ones stay readable. scope narrows a kind where a
-- service keeps one report per something (project tracking: one per fair, its id); '' where there is one per period.
create table period_report (
    id         bigint generated always as identity primary key,
    kind       varchar(40)   not null,
    period     varchar(20)   not null,
    scope      varchar(40)   not null default '',
    version    int           not null check (version >= 1),
    built_at   timestamptz   not null,
    -- the moment whose data the version was built from (the rows as they stood then)
    data_as_of timestamptz   not null,
    -- 'scheduler', or the user who ran the job or regenerated the period
    built_by   varchar(200)  not null,
    -- why an administrator regenerated the period; null for a scheduled build
    reason     varchar(2000),
    content    jsonb         not null,
    -- a report read a page of rows at a time: content without its row array, the rows in period_report_item
    summary    jsonb,
    constraint period_report_version unique (kind, period, scope, version)
);
create index period_report_period_idx on period_report (period desc, kind, scope);

-- The rows of a version read a page at a time (action plan: one per task, 2,000 tasks = 1.2 MB of content), each as
-- it is in content, in content's order; filtered by their own fields in SQL.
create table period_report_item (
    report_id bigint not null references period_report (id) on delete cascade,
    position  int    not null,
    content   jsonb  not null,
    primary key (report_id, position)
);
