-- Monthly progress reports (134号 五: every project reports by the 5th of each month) grow by one row per project and
-- month: at national scale (every province's fairs, >= 300,000 projects) 3.6 million rows a year. The table is
-- partitioned by its report month (period, '2017-08'), one partition per year, so the quarterly report and the rates
-- as of a date read only the years they ask for, old years can be detached and archived whole, and each partition's
-- indexes stay small (deploy/bench/RESULTS.md, "National scale").
-- PostgreSQL requires every unique constraint of a partitioned table to contain the partition key:
--   * the primary key becomes (id, period); ids still come from progress_report_seq and stay unique on their own;
--   * the one current report per project and month (progress_report_current_idx) already contains period;
--   * a resubmission supersedes the earlier report of the same project and month, so the self reference
--     superseded_by -> id becomes (superseded_by, period) -> (id, period): the same rows, the same check.
-- Years outside 2017-2030 go to the default partition (a later migration adds a year before it begins).
do $$
declare
    idx text[];
    fks text[];
    d text;
begin
    select coalesce(array_agg(pg_get_indexdef(i.indexrelid)), '{}') into idx
    from pg_index i
    where i.indrelid = 'progress_report'::regclass and not i.indisprimary;
    select coalesce(array_agg(format('alter table progress_report add constraint %I %s', c.conname, pg_get_constraintdef(c.oid))), '{}')
    into fks
    from pg_constraint c
    where c.conrelid = 'progress_report'::regclass and c.contype = 'f' and c.confrelid <> 'progress_report'::regclass;
    for d in select indexrelid::regclass::text from pg_index where indrelid = 'progress_report'::regclass and not indisprimary loop
        execute format('drop index %s', d);
    end loop;
    alter table progress_report rename to progress_report_unpartitioned;
    alter table progress_report_unpartitioned rename constraint progress_report_pkey to progress_report_unpartitioned_pkey;
    create table progress_report (like progress_report_unpartitioned including defaults including constraints including storage)
        partition by range (period);
    for y in 2017..2030 loop
        execute format('create table %I partition of progress_report for values from (%L) to (%L)',
                       'progress_report_' || y, y || '-01', (y + 1) || '-01');
    end loop;
    create table progress_report_default partition of progress_report default;
    insert into progress_report select * from progress_report_unpartitioned;
    drop table progress_report_unpartitioned;
    alter table progress_report add constraint progress_report_pkey primary key (id, period);
    foreach d in array idx loop
        execute d;
    end loop;
    foreach d in array fks loop
        execute d;
    end loop;
    alter table progress_report add constraint progress_report_superseded_by_fkey
        foreign key (superseded_by, period) references progress_report (id, period);
end
$$;
