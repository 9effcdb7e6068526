#!/usr/bin/env bash
# deploy/bench/generate.sh [SCALE] [SEED]: fills the dedicated database qinghai_bench (never qinghai or
# qinghai_test) with bulk rows, deterministic from SEED (setseed + random() inside one transaction per step).
# SCALE 1 = one bench fair with 10,000 projects x 12 monthly reports (2017-01..2017-12, is_current); 5,000
# institutions and 1M referrals; 2,000 action-plan tasks with 3 indicators each, monthly reports 2017-08..2018-07
# and their indicator actuals; 300 transparency subjects with 20 routine records each and a 2018 round scored line by
# line. Each service is first started once on the bench DB so Flyway creates its schema and seed data; at the end the
# action-plan and transparency services build their reports from the generated rows through their own API.
# SCALE national: every province's fair (31 fairs 900..930 of 10,000 projects each: 310,000 projects x 12 monthly
# reports), 50,000 institutions (2,000 tertiary) and a year of referrals for the whole country, 2018 (NATIONAL_REFERRALS,
# default 5,000,000 as far as this machine's disk and time go; the country's ~50,000,000 are extrapolated in
# RESULTS.md), the action plan and transparency at scale 1. deploy/bench/scale.sh generates it and measures the
# period queries on it.
set -euo pipefail
source "$(dirname "$0")/common.sh"
SCALE="${1:-1}"; SEED="${2:-42}"
if [ "$SCALE" = national ]; then
  N=1; NFAIRS=31; NINST=50000; NREF=${NATIONAL_REFERRALS:-5000000}; NPAT=$(( NREF / 10 ))
  REF_FROM="2018-01-01 00:00+08"; REF_DAYS=365
else
  N=$SCALE; NFAIRS=1; NINST=$(( 5000 * N )); NREF=$(( 1000000 * N )); NPAT=400000
  REF_FROM="2017-01-01 00:00+08"; REF_DAYS=900
fi
NPROJ=$(( 10000 * N ))   # per fair
FAIR_ID=900; LAST_FAIR=$(( FAIR_ID + NFAIRS - 1 ))
GEN_VERSION=4   # 1: projects; 2: + institutions and referrals; 3: + action-plan tasks, transparency subjects; 4: partitioned tables, national scale

ensure_db; ensure_jars
if ! psql_bench -tAc "select to_regclass('project_tracking.project') is not null and to_regclass('medical_alliance.institution') is not null
                       and to_regclass('action_plan.task') is not null and to_regclass('transparency_assessment.scheme') is not null" | grep -q t; then
  log "starting each service once on $BENCH_DB so Flyway creates the schemas and seeds"
  for s in "${SERVICES[@]}"; do start_service "${s%%:*}" "${s##*:}"; done
  for s in "${SERVICES[@]}"; do log "${s%%:*} ready after $(wait_ready "${s##*:}" 300) ms"; done
  stop_all
fi

seed_frac=$(awk -v s="$SEED" 'BEGIN { printf "%.6f", (s % 1000003) / 1000003 }')
# gen_sql SCHEMA <<SQL: the SQL in SCHEMA after "begin", with random() seeded from SEED and the row-by-row FK checks
# skipped for the transaction (superuser): only bench rows are deleted and inserted; the SQL commits.
gen_sql() {
  { printf 'set search_path = %s;\nbegin;\n\\o /dev/null\nselect setseed(%s);\n\\o\nset local session_replication_role = replica;\n' \
      "$1" "$seed_frac"; cat; } | psql_bench
}

t0=$(date +%s%3N)
log "project_tracking: fairs $FAIR_ID..$LAST_FAIR with $NPROJ projects each x 12 monthly reports (seed $SEED)"
# progress_report.superseded_by has no index: with row-by-row FK checks this delete would be quadratic
gen_sql project_tracking <<SQL
delete from period_report where kind = 'quarterly' and scope in (select id::text from fair where id between 900 and 999);
delete from progress_report where project_id in (select id from project where fair_id between 900 and 999);
delete from project where fair_id between 900 and 999;
delete from milestone_target where fair_id between 900 and 999;
delete from fair where id between 900 and 999;
insert into fair (id, edition, name, held_from, held_to, notice, reporting_from)
  select f, f, 'bench fair ' || (f - $FAIR_ID + 1) || ' (generated, scale $SCALE, seed $SEED)', '2017-06-01', '2017-06-05', 'bench', '2017-01'
  from generate_series($FAIR_ID, $LAST_FAIR) f;
insert into milestone_target (id, fair_id, due_date, contract_fulfilment_rate, construction_start_rate, funds_in_place_rate, source)
  select 900001 + (f - $FAIR_ID) * 2 + k, f, (array[date '2017-12-31', date '2018-05-31'])[k + 1], (array[70, 90])[k + 1],
         (array[50, 80])[k + 1], (array[15, 30])[k + 1], 'bench'
  from generate_series($FAIR_ID, $LAST_FAIR) f cross join generate_series(0, 1) k;
create temp table u as select row_number() over (order by id) - 1 as i, id from responsible_unit;
insert into project (id, fair_id, seq, unit_id, name, party_a, party_b, total_investment, fund_sources,
                     fund_provinces, responsible_leader, responsible_persons, source_line, quality_flags)
select 10000000 + g, $FAIR_ID + (g - 1) / $NPROJ, 1 + (g - 1) % $NPROJ, u.id, 'bench project ' || g, '甲方' || (g % 97), '乙方公司' || (g % 1013),
       case when random() < 0.95 then round((random() * 50)::numeric, 2) end, '省外',
       array[(array['北京','上海','广东','江苏','浙江','山东','四川'])[1 + (g % 7)]], '负责人' || (g % 50),
       array['联系人' || (g % 300)], null, '{}'
from generate_series(1, $NPROJ * $NFAIRS) g join u on u.i = g % (select count(*) from u);
\echo '  projects inserted'
-- per project, the month from which the contract is performed / construction started (13 = not in 2017)
create temp table pm as select id, total_investment, 1 + floor(random() * 13)::int as c, 1 + floor(random() * 14)::int as s,
       random() as f from project where fair_id between $FAIR_ID and $LAST_FAIR;
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
vacuum analyze project; vacuum analyze progress_report;
SQL
log "project_tracking done in $(( $(date +%s%3N) - t0 )) ms: $(psql_bench -tAc "select count(*) from project_tracking.project") projects, $(psql_bench -tAc "select count(*) from project_tracking.progress_report") reports"

t0=$(date +%s%3N)
NTOP=$(( NINST / 25 ))
log "medical_alliance: $NINST institutions ($NTOP tertiary), $NREF referrals (seed $SEED)"
gen_sql medical_alliance <<SQL
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
       case when up then 'UP' else 'DOWN' end, true, 'P' || lpad((g % $NPAT)::text, 8, '0'), c, case when c then 'PRIORITY' else 'ROUTINE' end,
       'bench referral', st, at, case when st in ('ACCEPTED','IN_PROGRESS','COMPLETED') then at + interval '1 hour' end,
       case when st in ('IN_PROGRESS','COMPLETED') then at + interval '1 day' end,
       case when st = 'COMPLETED' then at + interval '5 days' end, case when st = 'REJECTED' then at + interval '2 hours' end,
       case when st = 'CANCELLED' then at + interval '3 hours' end, 'bench'
from (select g, random() < 0.7 as up, 100000001 + floor(random() * $NTOP)::bigint as top,
             100000001 + $NTOP + floor(random() * ($NINST - $NTOP))::bigint as low, random() < 0.3 as c,
             (array['COMPLETED','COMPLETED','COMPLETED','COMPLETED','COMPLETED','COMPLETED','REQUESTED','REQUESTED',
                    'ACCEPTED','IN_PROGRESS','REJECTED','CANCELLED'])[1 + floor(random() * 12)::int] as st,
             timestamptz '$REF_FROM' + random() * interval '$REF_DAYS days' as at
      from generate_series(1, $NREF) g) x;
\\echo '  referrals inserted'
select setval('institution_seq', (select max(id) from institution) + 50);
select setval('referral_seq', (select max(id) from referral) + 50);
commit;
vacuum analyze institution; vacuum analyze referral;
SQL
log "medical_alliance done in $(( $(date +%s%3N) - t0 )) ms: $(psql_bench -tAc "select count(*) from medical_alliance.institution") institutions, $(psql_bench -tAc "select count(*) from medical_alliance.referral") referrals"
t0=$(date +%s%3N)
NTASK=$(( 2000 * N ))
log "action_plan: $NTASK tasks (numbers 1001..), 3 units and 3 indicators each, monthly reports 2017-08..2018-07 with actuals (seed $SEED)"
gen_sql action_plan <<SQL
delete from indicator_actual where id >= 100000000;
delete from progress_report where id >= 100000000;
delete from overdue_event where indicator_id >= 100000000;
delete from indicator where id >= 100000000;
delete from task_unit where id >= 100000000;
delete from task where id >= 100000000;
delete from period_report where kind = 'quarterly';
delete from job_run where job = 'quarterly-report';
-- bench only: 135号 has 50 tasks (task_number_check); the bench holds every task of many plans at once
alter table task drop constraint if exists task_number_check;
create temp table u as select row_number() over (order by id) - 1 as i, id, name from unit where kind <> 'COLLECTIVE';
insert into task (id, number, group_id, text, lead_wording, responsible_wording)
select 100000000 + g, 1000 + g, 1 + g % 4, 'bench task ' || g || '：夏秋季攻势 generated at scale', 'bench lead', 'bench units'
from generate_series(1, $NTASK) g;
insert into task_unit (id, task_id, role, position, wording, unit_id)
select 100000000 + g * 3 + k, 100000000 + g, case when k = 0 then 'LEAD' else 'RESPONSIBLE' end, greatest(k, 1), u.name, u.id
from generate_series(1, $NTASK) g cross join generate_series(0, 2) k
join u on u.i = (g * 7 + k * 11) % (select count(*) from u);
insert into indicator (id, task_id, code, name, unit, comparator, target, deadline, deadline_basis, source_phrase)
select 100000000 + g * 3 + k, 100000000 + g, 'bench-' || g || '-' || k, 'bench indicator ' || k, '%', 'GE',
       10 + floor(random() * 90), date '2017-09-30' + k * 91 + (g % 3) * 30, 'bench', 'bench'
from generate_series(1, $NTASK) g cross join generate_series(0, 2) k;
\\echo '  tasks, units and indicators inserted'
-- the lead unit reports 9 months in 10, from 2017-08 (the offensive's first month) to 2018-07
insert into progress_report (id, task_id, unit_id, period, narrative, submitted_at, submitted_by)
select 100000000 + (g - 1) * 12 + m, tu.task_id, tu.unit_id, to_char(date '2017-08-01' + m * interval '1 month', 'YYYY-MM'),
       'bench 月报 ' || m, date '2017-09-03' + m * interval '1 month', 'bench'
from generate_series(1, $NTASK) g cross join generate_series(0, 11) m
join task_unit tu on tu.task_id = 100000000 + g and tu.role = 'LEAD'
where random() < 0.9;
insert into indicator_actual (id, report_id, indicator_id, value, as_of)
select 100000000 + (r.id - 100000000) * 3 + i.k, r.id, i.id,
       round((i.target * (1 + (r.id - 100000000) % 12) / 12 * (0.6 + random() * 0.6))::numeric, 4),
       (r.period || '-01')::date + interval '1 month - 1 day'
from progress_report r join (select id, task_id, target, (id - 100000000) % 3 as k from indicator where id >= 100000000) i
  on i.task_id = r.task_id
where r.id >= 100000000;
\\echo '  reports and indicator actuals inserted'
select setval('task_seq', (select max(id) from task) + 50);
select setval('task_unit_seq', (select max(id) from task_unit) + 50);
select setval('indicator_seq', (select max(id) from indicator) + 50);
select setval('progress_report_seq', (select max(id) from progress_report) + 50);
select setval('indicator_actual_seq', (select max(id) from indicator_actual) + 50);
commit;
vacuum analyze task, task_unit, indicator, progress_report, indicator_actual;
SQL
log "action_plan done in $(( $(date +%s%3N) - t0 )) ms: $(psql_bench -tAc "select count(*) from action_plan.task") tasks, $(psql_bench -tAc "select count(*) from action_plan.indicator") indicators, $(psql_bench -tAc "select count(*) from action_plan.progress_report") reports, $(psql_bench -tAc "select count(*) from action_plan.indicator_actual") actuals"

t0=$(date +%s%3N)
NSUB=$(( 300 * N )); TYEAR=2018
log "transparency_assessment: $NSUB subjects with 20 routine records each in $TYEAR, a $TYEAR round scored line by line (seed $SEED)"
gen_sql transparency_assessment <<SQL
delete from period_report where period = '$TYEAR';
delete from job_run where period = '$TYEAR';
delete from line_score where assessment_id in (select a.id from assessment a join assessment_round r on r.id = a.round_id where r.year = $TYEAR);
delete from finding where assessment_id in (select a.id from assessment a join assessment_round r on r.id = a.round_id where r.year = $TYEAR);
delete from assessment where round_id in (select id from assessment_round where year = $TYEAR);
delete from assessment_round where year = $TYEAR;
delete from routine_record where id >= 100000000;
delete from assessment_subject where id >= 100000000;
insert into assessment_subject (id, name, kind, prefecture)
select 100000000 + g, 'bench 考核对象 ' || g, case when g % 3 = 0 then 'PREFECTURE_GOVERNMENT' else 'PROVINCIAL_DEPARTMENT' end,
       case when g % 3 = 0 then (array['西宁市','海东市','海西州','海南州','海北州','黄南州','果洛州','玉树州'])[1 + g % 8] end
from generate_series(1, $NSUB) g;
-- 137号 第九条 日常考核: 7 problems in 10, the rest achievements, over the year
insert into routine_record (id, subject_id, year, recorded_on, kind, item_no, points, description, method, recorder)
select 100000000 + (s - 1) * 20 + k, 100000000 + s, $TYEAR, date '$TYEAR-01-01' + floor(x * 360)::int,
       case when x < 0.7 then 'PROBLEM' else 'ACHIEVEMENT' end, 1 + (s + k) % 8,
       case when x < 0.7 then -round((y * 2)::numeric, 1) else round(y::numeric, 1) end, 'bench 日常考核记录 ' || k,
       (array['DAILY_RECORD','RANDOM_CHECK','SPECIAL_INSPECTION'])[1 + k % 3], 'bench'
from (select s, k, random() as x, random() as y from generate_series(1, $NSUB) s cross join generate_series(1, 20) k) t;
\\echo '  subjects and routine records inserted'
insert into assessment_round (id, year, scheme_id, title, published_on, status, assessed_on)
select 100000001, $TYEAR, id, 'bench $TYEAR 年度政务公开考核', date '$TYEAR-03-01', 'OPEN', date '$TYEAR-12-31'
from scheme order by year, revision limit 1;
-- every subject (the 8 市州 of the seed too) through 自查, 现场考核 and the evaluation inputs
insert into assessment (id, round_id, subject_id, stage, self_inspection, self_inspected_at, self_inspected_by,
                        third_party_score, online_score)
select 100000000 + row_number() over (order by id), 100000001, id, 'EVALUATED', 'bench 自查报告',
       timestamptz '$TYEAR-10-15 10:00+08', 'bench', round((60 + random() * 40)::numeric, 1), round((60 + random() * 40)::numeric, 1)
from assessment_subject;
insert into line_score (id, assessment_id, line_id, score, note, assessor, scored_at)
select 100000000 + row_number() over (order by a.id, l.id), a.id, l.id, round((l.points * (0.5 + random() * 0.5))::numeric, 1),
       'bench', 'bench', timestamptz '$TYEAR-11-20 10:00+08'
from assessment a join assessment_subject s on s.id = a.subject_id
join assessment_round r on r.id = a.round_id join scheme_line l on l.scheme_id = r.scheme_id
join scheme_item i on i.id = l.item_id
where r.year = $TYEAR and i.category = 'REGULAR' and (i.applies_to = 'ALL' or i.applies_to = s.kind);
-- 加分项 / 减分项 for one subject in ten each
insert into finding (id, assessment_id, line_id, points, description, recorded_by, recorded_at)
select 100000000 + row_number() over (order by a.id, l.id), a.id, l.id, l.points, 'bench finding', 'bench',
       timestamptz '$TYEAR-11-25 10:00+08'
from assessment a join assessment_round r on r.id = a.round_id
join lateral (select l.id, l.points from scheme_line l join scheme_item i on i.id = l.item_id
              where l.scheme_id = r.scheme_id and i.category = case when a.id % 2 = 0 then 'BONUS' else 'DEDUCTION' end
              order by l.id limit 1) l on true
where r.year = $TYEAR and a.id % 10 < 2;
select setval('assessment_subject_seq', (select max(id) from assessment_subject) + 50);
select setval('routine_record_seq', (select max(id) from routine_record) + 50);
select setval('assessment_round_seq', greatest((select max(id) from assessment_round) + 50, (select last_value from assessment_round_seq)));
select setval('assessment_seq', (select max(id) from assessment) + 50);
select setval('line_score_seq', (select max(id) from line_score) + 50);
select setval('finding_seq', greatest((select max(id) from finding) + 50, (select last_value from finding_seq)));
commit;
vacuum analyze assessment_subject, routine_record, assessment, line_score, finding;
SQL
log "transparency_assessment rows done in $(( $(date +%s%3N) - t0 )) ms: $(psql_bench -tAc "select count(*) from transparency_assessment.assessment_subject") subjects, $(psql_bench -tAc "select count(*) from transparency_assessment.routine_record") routine records, $(psql_bench -tAc "select count(*) from transparency_assessment.line_score") line scores"

# The reports are built by the services themselves: the 2018 result (scores, grades, ranking: 137号 第十条(四)),
# its annual report and bulletin, and the action plan's 2017-Q4 report.
log "building the reports through the services' API"
ADMIN=$(bash "$ROOT/deploy/token.sh" admin)
start_service transparency-assessment-service $TR_PORT; start_service action-plan-service $AP_PORT
wait_ready $TR_PORT 300 >/dev/null; wait_ready $AP_PORT 300 >/dev/null
T=http://127.0.0.1:$TR_PORT; A=http://127.0.0.1:$AP_PORT
api() { curl -s -o "$OUT/gen-api.out" -w '%{http_code} %{time_total}' -XPOST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' "$@"; }
log "  transparency: result of the $TYEAR round: $(api -d '{"version":0}' "$T/api/v1/rounds/100000001/result") (HTTP, s)"
log "  transparency: annual report $TYEAR: $(api "$T/api/v1/admin/jobs/annual-report/run?date=$(( TYEAR + 1 ))-01-10")"
log "  transparency: annual bulletin $TYEAR: $(api "$T/api/v1/admin/jobs/annual-bulletin/run?date=$(( TYEAR + 1 ))-01-10")"
log "  action plan: quarterly report 2017-Q4: $(api "$A/api/v1/admin/jobs/quarterly-report/run?date=2018-01-02")"
stop_service transparency-assessment-service; stop_service action-plan-service

# what is generated (bench.sh regenerates when GEN_VERSION, scale or seed differ)
psql_bench -c "create table if not exists public.bench_meta (k text primary key, v text)" \
  -c "insert into public.bench_meta values ('gen', '$GEN_VERSION'), ('scale', '$SCALE'), ('seed', '$SEED') on conflict (k) do update set v = excluded.v"
