-- Referrals (双向转诊) grow with every patient sent up or down: a year of referrals for the whole country is of the
-- order of 50 million rows. The table is partitioned by the quarter it was requested in (requested_at, Beijing time;
-- quarters as the reports count them), so a quarter's figures and the queue of recent referrals read only their
-- quarters, old quarters can be detached and archived whole, and each partition's indexes stay small
-- (deploy/bench/RESULTS.md, "National scale"). Nothing references referral by foreign key; its only unique
-- constraint, the primary key, becomes (id, requested_at) because PostgreSQL requires the partition key in every
-- unique constraint of a partitioned table (ids still come from referral_seq and stay unique on their own).
-- Quarters outside 2017-2020 go to the default partition (a later migration adds quarters before they begin).
do $$
declare
    idx text[];
    fks text[];
    d text;
    q date;
begin
    select coalesce(array_agg(pg_get_indexdef(i.indexrelid)), '{}') into idx
    from pg_index i
    where i.indrelid = 'referral'::regclass and not i.indisprimary;
    select coalesce(array_agg(format('alter table referral add constraint %I %s', c.conname, pg_get_constraintdef(c.oid))), '{}')
    into fks
    from pg_constraint c
    where c.conrelid = 'referral'::regclass and c.contype = 'f';
    for d in select indexrelid::regclass::text from pg_index where indrelid = 'referral'::regclass and not indisprimary loop
        execute format('drop index %s', d);
    end loop;
    alter table referral rename to referral_unpartitioned;
    alter table referral_unpartitioned rename constraint referral_pkey to referral_unpartitioned_pkey;
    create table referral (like referral_unpartitioned including defaults including constraints including storage)
        partition by range (requested_at);
    for q in select generate_series(date '2017-01-01', date '2020-10-01', interval '3 months')::date loop
        execute format('create table %I partition of referral for values from (%L) to (%L)',
                       'referral_' || extract(year from q) || 'q' || extract(quarter from q),
                       q::text || ' 00:00:00+08', (q + interval '3 months')::date::text || ' 00:00:00+08');
    end loop;
    create table referral_default partition of referral default;
    insert into referral select * from referral_unpartitioned;
    drop table referral_unpartitioned;
    alter table referral add constraint referral_pkey primary key (id, requested_at);
    foreach d in array idx loop
        execute d;
    end loop;
    foreach d in array fks loop
        execute d;
    end loop;
end
$$;
