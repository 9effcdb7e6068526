-- Tracked operations (service-common common.operations): long work (a fair's table import of up to 200,000 rows, a
-- job replay asked to run in the background) answers 202 Accepted with Location /api/v1/operations/{id}; this row is
-- what that resource shows while the work runs on the service's operations executor, and after.
--
-- state: queued (accepted, waiting for a thread), running, succeeded, failed. A replica that stops while an operation
-- runs leaves no thread to finish it: OperationSweeper marks such a row failed with the problem "interrupted" once its
-- heartbeat (written every operations.heartbeat by the replica running it) is older than operations.stale-after, and at
-- start-up the rows of the restarted replica itself (runner), so no row stays "running" for ever.
create table operation (
    id            uuid         primary key,
    kind          varchar(80)  not null,
    state         varchar(20)  not null,
    progress_unit varchar(10)  not null,
    done          bigint       not null default 0,
    total         bigint,
    started_by    varchar(200) not null,
    created_at    timestamptz  not null,
    started_at    timestamptz,
    finished_at   timestamptz,
    heartbeat_at  timestamptz  not null,
    runner        varchar(200) not null,
    result_location text,
    summary       text,
    problem       text,
    constraint operation_state_ck check (state in ('queued', 'running', 'succeeded', 'failed')),
    constraint operation_unit_ck check (progress_unit in ('rows', 'steps')),
    constraint operation_progress_ck check (done >= 0 and (total is null or total >= 0)),
    constraint operation_finished_ck check ((state in ('succeeded', 'failed')) = (finished_at is not null)),
    constraint operation_problem_ck check ((state = 'failed') = (problem is not null))
);
comment on table operation is 'Long work run in the background: 202 Accepted + Location /api/v1/operations/{id} (service-common operations)';
comment on column operation.summary is 'JSON of the outcome of a succeeded operation (e.g. the import result)';
comment on column operation.problem is 'problem+json body of a failed operation (e.g. 422 with every row error, or interrupted)';
-- The sweeper's scan: unfinished rows only.
create index operation_unfinished_idx on operation (heartbeat_at) where state in ('queued', 'running');
create index operation_started_by_idx on operation (started_by, created_at);
