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
psql_bench -c "insert into public.bench_meta values ('scale', '$SCALE'), ('seed', '$SEED') on conflict (k) do update set v = excluded.v" 2>/dev/null \
  || psql_bench -c "create table public.bench_meta (k text primary key, v text); insert into public.bench_meta values ('scale', '$SCALE'), ('seed', '$SEED')"
