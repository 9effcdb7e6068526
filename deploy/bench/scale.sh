#!/usr/bin/env bash
# deploy/bench/scale.sh: the national scale. Generates BENCH_DB (default qinghai_bench_national) with generate.sh
# national (every province's fair: 310,000 projects x 12 monthly reports; a year of referrals for the country,
# NATIONAL_REFERRALS, default 5,000,000), starts project tracking and the medical alliance in the production setting
# and measures the period queries against the raw SQL of the same statements (pgbench, 1 client, prepared):
#   rates as of a date, the quarterly report (the job building it for every fair, and reading the stored one), the
#   receiver's referral queue, a patient's history;
# each with EXPLAIN (ANALYZE, BUFFERS) of its main statement in .out/scale-<query>.explain (partition pruning: the
# partitions a plan reads). Figures go to .out/scale.tsv (render.py puts them into RESULTS.md). Takes ~15 minutes on
# an idle 2-core machine at 5M referrals, most of it generating; again with the database there: ~3 minutes.
set -euo pipefail
export BENCH_DB="${BENCH_DB:-qinghai_bench_national}"
export BENCH_AOT_TRAIN="${BENCH_AOT_TRAIN:-off}"   # no AOT cache training here: it changes the start, not a query
source "$(dirname "$0")/common.sh"
SEED="${1:-42}"
SRES="$OUT/scale.tsv"
srec() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$SRES"; }
ensure_db
have=$(psql_bench -tAc "select string_agg(v, '/' order by k) from public.bench_meta" 2>/dev/null || true)
gen=$(grep -o '^GEN_VERSION=[0-9]*' "$BENCH_DIR/generate.sh" | cut -d= -f2)
gen_ms=""
if [ "$have" != "$gen/national/$SEED" ] || [ -n "${SCALE_REGENERATE:-}" ]; then
  t0=$(date +%s%3N); "$BENCH_DIR/generate.sh" national "$SEED"; gen_ms=$(( $(date +%s%3N) - t0 ))
fi
[ "${SCALE_JOB:-on}" = off ] && [ -f "$SRES" ] && grep -q '^scale:quarterly-job' "$SRES" && grep '^scale:quarterly-job' "$SRES" >"$SRES.job"
: >"$SRES"
[ -f "$SRES.job" ] && cat "$SRES.job" >>"$SRES" && rm -f "$SRES.job"
srec scale_db "$BENCH_DB" "generated in ${gen_ms:-(earlier)} ms; load at start $(cut -d' ' -f1-3 /proc/loadavg)"
srec scale_rows "$(psql_bench -tAc "select (select count(*) from project_tracking.project) || ' ' || (select count(*) from project_tracking.progress_report) || ' ' || (select count(*) from medical_alliance.institution) || ' ' || (select count(*) from medical_alliance.referral)")" \
  "projects, progress reports, institutions, referrals"
srec scale_size "$(psql_bench -tAc "select pg_size_pretty(pg_total_relation_size('project_tracking.progress_report')) || ' / ' || (select pg_size_pretty(sum(pg_total_relation_size(c.oid))) from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'project_tracking.progress_report'::regclass) || ' ; ' || (select pg_size_pretty(sum(pg_total_relation_size(c.oid))) from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent = 'medical_alliance.referral'::regclass) || ' ; db ' || pg_size_pretty(pg_database_size(current_database()))")" \
  "progress_report partitions with indexes; referral partitions with indexes; the whole database"
srec scale_partitions "$(psql_bench -tAc "select string_agg(c.relname || '=' || c.reltuples::bigint, ' ' order by c.relname) from pg_inherits i join pg_class c on c.oid = i.inhrelid where i.inhparent in ('project_tracking.progress_report'::regclass, 'medical_alliance.referral'::regclass) and c.reltuples > 0")" \
  "rows per partition (planner estimate)"

trap 'stop_all' EXIT
export BENCH_SETTING=production
start_service project-tracking-service "$PT_PORT"; start_service medical-alliance-service "$MA_PORT"
wait_ready "$PT_PORT" 300 >/dev/null; wait_ready "$MA_PORT" 300 >/dev/null
ADMIN=$(bash "$ROOT/deploy/token.sh" admin); SUPERVISOR=$(bash "$ROOT/deploy/token.sh" supervisor)
P=http://127.0.0.1:$PT_PORT; M=http://127.0.0.1:$MA_PORT

# the quarterly report of 2017-Q4 built by the job for every fair of the country (ledger entry and stored versions
# forgotten first: the job builds only the fairs without a stored report); SCALE_JOB=off skips it
if [ "${SCALE_JOB:-on}" != off ]; then
psql_bench -c "delete from project_tracking.job_run where job = 'quarterly-report' and period = '2017-Q4'"
psql_bench -c "delete from project_tracking.period_report where kind = 'quarterly' and period = '2017-Q4'"
job=$(curl -s -o "$OUT/scale-job.out" -w '%{http_code} %{time_total}' -XPOST -H "Authorization: Bearer $ADMIN" "$P/api/v1/admin/jobs/quarterly-report/run?date=2018-01-06")
srec "scale:quarterly-job" "${job#* }" "s: HTTP ${job%% *}, POST /api/v1/admin/jobs/quarterly-report/run?date=2018-01-06 building 2017-Q4 for $(psql_bench -tAc 'select count(distinct fair_id) from project_tracking.project') fairs"
fi

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
api_ms() { # token url -> median ms of 7 requests after 3 unmeasured ones
  local i; for i in 1 2 3; do curl -s -o /dev/null -H "Authorization: Bearer $1" "$2"; done
  for i in 1 2 3 4 5 6 7; do curl -s -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $1" "$2"; done | awk '{ printf "%.2f\n", $1 * 1000 }' | median
}
sql_ms() { # pgbench file [-D var=value ...] -> average ms of one transaction, 1 client, prepared, 5 s
  local f=$1; shift
  { pgbench "${PGH[@]}" -n -M prepared -c 1 -T "${SCALE_SQL_SECONDS:-5}" "$@" -f "$f" "$BENCH_DB" 2>/dev/null || true; } | awk '/latency average/ { print $4 }'
}
explain() { # name sql
  psql_bench -c "explain (analyze, buffers, costs off, timing off) $2" >"$OUT/scale-$1.explain" 2>&1 || true
  local parts; parts=$(grep -oE '(progress_report|referral)_(20[0-9]{2}(q[1-4])?|default)' "$OUT/scale-$1.explain" | sort -u | tr '\n' ' ')
  echo "${parts:-none}"
}
measure() { # name token url pgbench-file explain-sql [pgbench -D ...]
  local name=$1 token=$2 url=$3 file=$4 sql=$5; shift 5
  local code api raw parts
  code=$(curl -s -o "$OUT/scale-$name.json" -w '%{http_code}' -H "Authorization: Bearer $token" "$url")
  api=$(api_ms "$token" "$url"); raw=$(sql_ms "$file" "$@"); parts=$(explain "$name" "$sql")
  srec "scale:$name" "$api $raw" "api_ms raw_sql_ms; HTTP $code; GET ${url#http://127.0.0.1:*/}; partitions read: $parts"
  log "scale $name: API $api ms (HTTP $code), raw SQL $raw ms, partitions: $parts"
}
Q="$OUT/scale-sql"; mkdir -p "$Q"
{ printf '\\set fair 900\n'; grep -v '^\\set fair' "$BENCH_DIR/pgbench/rates.sql"; } >"$Q/rates.sql"
measure rates "$ADMIN" "$P/api/v1/rates?asOf=2017-12-31&fairId=900&by=UNIT" "$Q/rates.sql" \
  "select p.id, l.* from project_tracking.project p left join lateral (select r.contract_performed, r.construction_started, r.funds_in_place from project_tracking.progress_report r where r.project_id = p.id and r.is_current and r.period <= '2017-12' order by r.period desc limit 1) l on true where p.fair_id = 900"
measure quarterly "$ADMIN" "$P/api/v1/period-reports/quarterly/2017-Q4?fairId=900" "$BENCH_DIR/pgbench/quarterly.sql" \
  "select count(*) filter (where r.contract_performed), count(*) from project_tracking.progress_report r where r.is_current and r.period between '2017-10' and '2017-12'"
T=$(psql_bench -tAc "select to_institution_id from medical_alliance.referral where status = 'REQUESTED' group by 1 order by count(*) desc limit 1")
sed "s/random(100000001, 100000200)/random($T, $T)/" "$BENCH_DIR/pgbench/referral-queue.sql" >"$Q/queue.sql"
measure queue "$SUPERVISOR" "$M/api/v1/referrals?toInstitutionId=$T&status=REQUESTED&page=0&size=20" "$Q/queue.sql" \
  "$(grep '^select r1_0' "$Q/queue.sql" | sed "s/:t/$T/; s/:off/0/; s/:size/20/; s/;\$//")"
PTN=$(psql_bench -tAc "select patient_ref from medical_alliance.referral where id = 100000042")
PN=$(( 10#${PTN#P} ))
sed "s/random(1, 400000)/random($PN, $PN)/" "$BENCH_DIR/pgbench/referral-patient.sql" >"$Q/patient.sql"
measure patient "$SUPERVISOR" "$M/api/v1/referrals?patientRef=$PTN&page=0&size=20" "$Q/patient.sql" \
  "$(grep '^select r1_0' "$Q/patient.sql" | sed "s/'P' || lpad(:pt::text, 8, '0')/'$PTN'/; s/:off/0/; s/:size/20/; s/;\$//")"
srec scale_patient "$PTN" "the patient of the history query ($(psql_bench -tAc "select count(*) from medical_alliance.referral where patient_ref = '$PTN'") referrals)"
log "national-scale figures in $SRES"
