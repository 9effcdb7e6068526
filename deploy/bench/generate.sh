#!/usr/bin/env bash
# deploy/bench/generate.sh [SCALE] [SEED]: fills the dedicated database qinghai_bench (never qinghai or
# qinghai_test) with bulk rows, deterministic from SEED (setseed + random() inside one transaction per step).
# SCALE 1 = one bench fair with 10,000 projects x 12 monthly reports (2017-01..2017-12, is_current).
# Each service is first started once on the bench DB so Flyway creates its schema and seed data.
set -euo pipefail
source "$(dirname "$0")/common.sh"
SCALE="${1:-1}"; SEED="${2:-42}"
NPROJ=$(( 10000 * SCALE ))
FAIR_ID=900
GEN_VERSION=2   # 1: projects; 2: + institutions and referrals

ensure_db; ensure_jars
if ! psql_bench -tAc "select to_regclass('project_tracking.project') is not null and to_regclass('medical_alliance.institution') is not null
                       and to_regclass('action_plan.task') is not null and to_regclass('transparency_assessment.scheme') is not null" | grep -q t; then
  log "starting each service once on $BENCH_DB so Flyway creates the schemas and seeds"
  for s in "${SERVICES[@]}"; do start_service "${s%%:*}" "${s##*:}"; done
  for s in "${SERVICES[@]}"; do log "${s%%:*} ready after $(wait_ready "${s##*:}" 300) ms"; done
  stop_all
fi

seed_frac=$(awk -v s="$SEED" 'BEGIN { printf "%.6f", (s % 1000003) / 1000003 }')

t0=$(date +%s%3N)
log "project_tracking: fair $FAIR_ID with $NPROJ projects x 12 monthly reports (seed $SEED)"
psql_bench <<SQL
set search_path = project_tracking;
begin;
select setseed($seed_frac);
-- progress_report.superseded_by has no index: row-by-row FK checks would make this delete quadratic; the whole
-- bench fair goes, so the checks are skipped for this transaction (superuser).
set local session_replication_role = replica;
delete from quarterly_report where fair_id = $FAIR_ID;
delete from progress_report where project_id in (select id from project where fair_id = $FAIR_ID);
delete from project where fair_id = $FAIR_ID;
delete from milestone_target where fair_id = $FAIR_ID;
delete from fair where id = $FAIR_ID;
insert into fair (id, edition, name, held_from, held_to, notice)
  values ($FAIR_ID, $FAIR_ID, 'bench fair (generated, scale $SCALE, seed $SEED)', '2017-06-01', '2017-06-05', 'bench');
insert into milestone_target (id, fair_id, due_date, contract_fulfilment_rate, construction_start_rate, funds_in_place_rate, source)
  values (900001, $FAIR_ID, '2017-12-31', 70, 50, 15, 'bench'), (900002, $FAIR_ID, '2018-05-31', 90, 80, 30, 'bench');
create temp table u as select row_number() over (order by id) - 1 as i, id from responsible_unit;
insert into project (id, fair_id, seq, unit_id, name, party_a, party_b, total_investment, fund_sources,
                     fund_provinces, responsible_leader, responsible_persons, source_line, quality_flags)
select 10000000 + g, $FAIR_ID, g, u.id, 'bench project ' || g, '甲方' || (g % 97), '乙方公司' || (g % 1013),
       case when random() < 0.95 then round((random() * 50)::numeric, 2) end, '省外',
       array[(array['北京','上海','广东','江苏','浙江','山东','四川'])[1 + (g % 7)]], '负责人' || (g % 50),
       array['联系人' || (g % 300)], null, '{}'
from generate_series(1, $NPROJ) g join u on u.i = g % (select count(*) from u);
\echo '  projects inserted'
-- per project, the month from which the contract is performed / construction started (13 = not in 2017)
create temp table pm as select id, total_investment, 1 + floor(random() * 13)::int as c, 1 + floor(random() * 14)::int as s,
       random() as f from project where fair_id = $FAIR_ID;
insert into progress_report (id, project_id, period, contract_performed, construction_started, completed, funds_in_place,
                             progress, submitted_at, submitted_by, late, is_current, version)
select 100000000 + (pm.id - 10000000) * 12 + m, pm.id, '2017-' || lpad(m::text, 2, '0'), m >= pm.c, m >= pm.s, false,
       round((coalesce(pm.total_investment, 10) * pm.f * m / 12 * 0.3)::numeric, 2), 'bench progress ' || m,
       make_timestamptz(2017, m, 1, 0, 0, 0, 'Asia/Shanghai') + interval '1 month 3 days', 'bench', false, true, 0
from pm cross join generate_series(1, 12) m;
\echo '  progress reports inserted'
select setval('project_seq', (select max(id) from project) + 50);
select setval('progress_report_seq', (select max(id) from progress_report) + 50);
select setval('fair_seq', greatest((select max(id) from fair) + 50, (select last_value from fair_seq)));
select setval('milestone_target_seq', (select max(id) from milestone_target) + 50);
commit;
analyze project; analyze progress_report;
SQL
log "project_tracking done in $(( $(date +%s%3N) - t0 )) ms: $(psql_bench -tAc "select count(*) from project_tracking.project") projects, $(psql_bench -tAc "select count(*) from project_tracking.progress_report") reports"

t0=$(date +%s%3N)
NINST=$(( 5000 * SCALE )); NREF=$(( 1000000 * SCALE )); NTOP=$(( NINST / 25 ))
log "medical_alliance: $NINST institutions ($NTOP tertiary), $NREF referrals (seed $SEED)"
psql_bench <<SQL
set search_path = medical_alliance;
begin;
select setseed($seed_frac);
set local session_replication_role = replica;   -- only bench rows go; skip the row-by-row FK checks
delete from referral where id >= 100000000;
delete from institution where id >= 100000000;
create temp table pf as select row_number() over (order by id) - 1 as i, id from prefecture;
insert into institution (id, name, level, ownership, kind, tier, prefecture_id, source)
select 100000000 + g, 'bench institution ' || g,
       case when g <= $NTOP then 'TERTIARY' else 'PRIMARY' end, case when g % 5 = 0 then 'PRIVATE' else 'PUBLIC' end,
       case when g <= $NTOP then 'HOSPITAL' else 'TOWNSHIP_HEALTH_CENTRE' end,
       case when g <= $NTOP then 'PREFECTURE' else 'TOWNSHIP' end, pf.id, 'bench'
from generate_series(1, $NINST) g join pf on pf.i = g % (select count(*) from pf);
\\echo '  institutions inserted'
-- 70 % up (township -> tertiary), 30 % down; status mix of a working system
insert into referral (id, from_institution_id, to_institution_id, direction, out_of_alliance, patient_ref, contracted,
                      priority, reason, status, requested_at, accepted_at, started_at, completed_at, rejected_at,
                      cancelled_at, requested_by)
select 100000000 + g, case when up then low else top end, case when up then top else low end,
       case when up then 'UP' else 'DOWN' end, true, 'P' || lpad((g % 400000)::text, 8, '0'), c, case when c then 'PRIORITY' else 'ROUTINE' end,
       'bench referral', st, at, case when st in ('ACCEPTED','IN_PROGRESS','COMPLETED') then at + interval '1 hour' end,
       case when st in ('IN_PROGRESS','COMPLETED') then at + interval '1 day' end,
       case when st = 'COMPLETED' then at + interval '5 days' end, case when st = 'REJECTED' then at + interval '2 hours' end,
       case when st = 'CANCELLED' then at + interval '3 hours' end, 'bench'
from (select g, random() < 0.7 as up, 100000001 + floor(random() * $NTOP)::bigint as top,
             100000001 + $NTOP + floor(random() * ($NINST - $NTOP))::bigint as low, random() < 0.3 as c,
             (array['COMPLETED','COMPLETED','COMPLETED','COMPLETED','COMPLETED','COMPLETED','REQUESTED','REQUESTED',
                    'ACCEPTED','IN_PROGRESS','REJECTED','CANCELLED'])[1 + floor(random() * 12)::int] as st,
             timestamptz '2017-01-01 00:00+08' + random() * interval '900 days' as at
      from generate_series(1, $NREF) g) x;
\\echo '  referrals inserted'
select setval('institution_seq', (select max(id) from institution) + 50);
select setval('referral_seq', (select max(id) from referral) + 50);
commit;
analyze institution; analyze referral;
SQL
log "medical_alliance done in $(( $(date +%s%3N) - t0 )) ms: $(psql_bench -tAc "select count(*) from medical_alliance.institution") institutions, $(psql_bench -tAc "select count(*) from medical_alliance.referral") referrals"
# what is generated (bench.sh regenerates when GEN_VERSION, scale or seed differ)
psql_bench -c "create table if not exists public.bench_meta (k text primary key, v text)" \
  -c "insert into public.bench_meta values ('gen', '$GEN_VERSION'), ('scale', '$SCALE'), ('seed', '$SEED') on conflict (k) do update set v = excluded.v"
