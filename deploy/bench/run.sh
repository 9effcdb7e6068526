#!/usr/bin/env bash
# deploy/bench/run.sh: on qinghai_bench (fill it first with generate.sh) measures startup and RSS of the four
# runner jars, seed import and a 100k-row CSV import (on a scratch database qinghai_bench_seed, dropped after),
# wrk at 1/8/32 connections on the project-tracking read and write paths, and the pgbench ceiling of the same
# SQL. Raw figures go to deploy/bench/.out/results.tsv; bench.sh turns them into RESULTS.md.
set -euo pipefail
source "$(dirname "$0")/common.sh"
DURATION="${BENCH_DURATION:-10}"
CONNS=(${BENCH_CONNS:-1 8 32})
RES="$OUT/results.tsv"; : >"$RES"
rec() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$RES"; }   # key, value, note
rec load_at_start "$(cut -d' ' -f1-3 /proc/loadavg)" "other work on the machine competes for the 2 cores"

command -v wrk >/dev/null || { log "installing wrk"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
command -v pgbench >/dev/null || { log "installing pgbench"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-contrib >/dev/null || true; }
ensure_jars
trap 'stop_all; stop_service seed-project-tracking 2>/dev/null || true' EXIT

# --- seed import and 100k CSV import on a scratch database --------------------------------------------------
SEED_DB=qinghai_bench_seed
psql "${PGH[@]}" -d postgres -qc "drop database if exists $SEED_DB" -c "create database $SEED_DB"
log "project-tracking on a fresh $SEED_DB: seed import"
( cd "$ROOT/project-tracking-service" && DB_URL="jdbc:postgresql://127.0.0.1:5432/$SEED_DB" HTTP_PORT=18091 ALLOW_DEV_JWT_KEY=true \
    WRITE_RATE_LIMIT=0 MAX_BODY_SIZE=64M exec java ${BENCH_JAVA_OPTS:-} -jar target/quarkus-app/quarkus-run.jar ) >"$OUT/seed-project-tracking.log" 2>&1 &
echo $! >"$OUT/seed-project-tracking.pid"
wait_ready 18091 300 >/dev/null
seed_ms=$(grep -o 'seeded 346 projects.* in [0-9]* ms' "$OUT/seed-project-tracking.log" | grep -o '[0-9]* ms' | tail -1 | cut -d' ' -f1)
rec seed_import_ms "${seed_ms:--1}" "log line: $(grep -o 'seeded 346 projects.*' "$OUT/seed-project-tracking.log" | head -1)"
ADMIN=$(bash "$ROOT/deploy/token.sh" admin)
fair=$(curl -s -XPOST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d '{"edition":19,"name":"bench CSV import fair","heldFrom":"2018-06-15","heldTo":"2018-06-18"}' \
  http://127.0.0.1:18091/api/v1/fairs | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
psql "${PGH[@]}" -d $SEED_DB -tAc "select name from project_tracking.responsible_unit order by id" >"$OUT/units.txt"
awk 'NR==FNR { u[n++] = $0; next } END {
       print "seq,unit,name,party_a,party_b,total_investment,fund_sources,responsible_leader,responsible_persons"
       for (i = 1; i <= 100000; i++) printf "%d,%s,导入项目%d,甲方%d,乙方公司%d,%.2f,江苏,负责人%d,联系人%d\n", i, u[i % n], i, i % 97, i % 1013, (i % 5000) / 100, i % 50, i % 300
     }' "$OUT/units.txt" /dev/null >"$OUT/import100k.csv"
log "importing a 100k-row CSV into fair $fair"
read -r code secs < <(curl -s -o "$OUT/import100k.out" -w '%{http_code} %{time_total}\n' -XPOST -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: text/csv' --data-binary @"$OUT/import100k.csv" "http://127.0.0.1:18091/api/v1/fairs/$fair/projects")
rec csv_import_100k_s "$secs" "HTTP $code, $(stat -c %s "$OUT/import100k.csv") bytes (MAX_BODY_SIZE=64M: the default 10M answers 413); $(head -c 160 "$OUT/import100k.out" | tr '\t\n' '  ')"
rec csv_import_progress_lines "$(grep -ci 'import' "$OUT/seed-project-tracking.log" || true)" "log lines mentioning import during the run"
stop_service seed-project-tracking
psql "${PGH[@]}" -d postgres -qc "drop database if exists $SEED_DB"

# --- startup and RSS, one service at a time on the bench DB ---------------------------------------------------
for s in "${SERVICES[@]}"; do
  name=${s%%:*}; port=${s##*:}
  start_service "$name" "$port"
  wall=$(wait_ready "$port" 300)
  sleep 1
  started=$(grep -o 'started in [0-9.]*s' "$OUT/$name.log" | tail -1 | grep -o '[0-9.]*')
  rss=$(ps -o rss= -p "$(cat "$OUT/$name.pid")" | tr -d ' ')
  rec "startup_s:$name" "${started:--1}" "wall until ready ${wall} ms"
  rec "wall_ready_ms:$name" "$wall" ""
  rec "rss_mb:$name" "$(( rss / 1024 ))" ""
  log "$name: started in ${started}s, ready after ${wall} ms, RSS $(( rss / 1024 )) MB"
done

# --- startup experiment (project tracking): AppCDS archive + C1 only + Serial GC + small heap --------------------
JSA="$OUT/project-tracking.jsa"; rm -f "$JSA"
stop_service project-tracking-service
start_service project-tracking-service 18081 -XX:ArchiveClassesAtExit="$JSA"
wait_ready 18081 300 >/dev/null; stop_service project-tracking-service
TUNED="-XX:SharedArchiveFile=$JSA -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m -Xss512k -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=128m"
[ -s "$JSA" ] || TUNED="${TUNED#* }"
start_service project-tracking-service 18081 $TUNED
wall=$(wait_ready 18081 300); sleep 1
started=$(grep -o 'started in [0-9.]*s' "$OUT/project-tracking-service.log" | tail -1 | grep -o '[0-9.]*')
rss=$(ps -o rss= -p "$(cat "$OUT/project-tracking-service.pid")" | tr -d ' ')
rec "tuned_startup_s" "${started:--1}" "wall until ready ${wall} ms; flags: $TUNED"
rec "tuned_rss_mb" "$(( rss / 1024 ))" "same start"
log "project-tracking tuned: started in ${started}s, ready after ${wall} ms, RSS $(( rss / 1024 )) MB ($TUNED)"
stop_service project-tracking-service
start_service project-tracking-service 18081
wait_ready 18081 300 >/dev/null

# --- wrk -------------------------------------------------------------------------------------------------------
export BENCH_DIR BENCH_TOKEN
VIEWER=$(bash "$ROOT/deploy/token.sh" viewer)
P=http://127.0.0.1:18081
curl -s -XPOST -H "Authorization: Bearer $ADMIN" "$P/api/v1/admin/jobs/quarterly-report/run?date=2018-01-06" >/dev/null
# the job's own time at this scale: forget the ledger entry so it rebuilds 2017-Q4 for every fair (3 runs, last kept)
for i in 1 2 3; do
  psql_bench -c "delete from project_tracking.job_run where job = 'quarterly-report' and period = '2017-Q4'"
  job_s=$(curl -s -o /dev/null -w '%{time_total}' -XPOST -H "Authorization: Bearer $ADMIN" "$P/api/v1/admin/jobs/quarterly-report/run?date=2018-01-06")
done
rec quarterly_job_s "$job_s" "POST /api/v1/admin/jobs/quarterly-report/run?date=2018-01-06 rebuilding 2017-Q4 for $(psql_bench -tAc 'select count(distinct fair_id) from project_tracking.project') fairs"
to_ms() { awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f", v }'; }
wrk_run() { # label lua conns [env...]
  local label=$1 lua=$2 c=$3 out="$OUT/wrk-$1-$3.txt" t=2; shift 3
  [ "$c" -lt 2 ] && t=1
  env "$@" wrk -t$t -c$c -d${DURATION}s --timeout 10s --latency -s "$BENCH_DIR/wrk/$lua" "$P" >"$out" 2>&1 || true
  local rps p50 p99 errs
  rps=$(awk '/Requests\/sec/ { print $2 }' "$out")
  p50=$(awk '$1 == "50%" { print $2 }' "$out" | to_ms)
  p99=$(awk '$1 == "99%" { print $2 }' "$out" | to_ms)
  errs=$(awk '/Non-2xx/ { print $NF }' "$out"); errs=${errs:-0}
  rec "wrk:$label:$c" "$rps $p50 $p99 $errs" "rps p50ms p99ms non2xx"
  log "wrk $label c=$c: $rps req/s, p50 $p50 ms, p99 $p99 ms, non-2xx $errs"
}
# warm-up (not recorded): let the JIT compile the paths before measuring
log "warm-up, 3 s per path"
for lua in get.lua list.lua; do BENCH_TOKEN=$VIEWER wrk -t2 -c8 -d3s -s "$BENCH_DIR/wrk/$lua" "$P" >/dev/null 2>&1 || true; done
BENCH_TOKEN=$VIEWER BENCH_PATH="/api/v1/quarterly-reports/2017-Q4?fairId=900" wrk -t2 -c8 -d3s -s "$BENCH_DIR/wrk/path.lua" "$P" >/dev/null 2>&1 || true
BENCH_TOKEN=$ADMIN BENCH_RUN=3 wrk -t2 -c8 -d3s -s "$BENCH_DIR/wrk/report.lua" "$P" >/dev/null 2>&1 || true
run=0
for c in "${CONNS[@]}"; do
  BENCH_TOKEN=$VIEWER wrk_run get get.lua "$c"
  BENCH_TOKEN=$VIEWER wrk_run list list.lua "$c"
  BENCH_TOKEN=$VIEWER wrk_run rates path.lua "$c" BENCH_PATH="/api/v1/rates?asOf=2017-12-31&fairId=900&by=UNIT"
  BENCH_TOKEN=$VIEWER wrk_run quarterly path.lua "$c" BENCH_PATH="/api/v1/quarterly-reports/2017-Q4?fairId=900"
  BENCH_TOKEN=$ADMIN wrk_run report-write report.lua "$c" BENCH_RUN=$run
  run=$((run + 1))
done
# medical alliance: get a referral and a receiving institution's queue, when the referrals are generated
M=http://127.0.0.1:18084
if [ "$(psql_bench -tAc "select count(*) from medical_alliance.referral where id > 100000000")" -gt 0 ]; then
  for lua in get-referral.lua referral-queue.lua; do BENCH_TOKEN=$VIEWER wrk -t2 -c8 -d3s -s "$BENCH_DIR/wrk/$lua" "$M" >/dev/null 2>&1 || true; done
  for c in "${CONNS[@]}"; do
    P=$M BENCH_TOKEN=$VIEWER wrk_run referral-get get-referral.lua "$c"
    P=$M BENCH_TOKEN=$VIEWER wrk_run referral-queue referral-queue.lua "$c"
  done
fi

# --- pgbench ceiling of the same SQL (prepared statements, as the JDBC driver does after a few executions) -----
MED=""; [ "$(psql_bench -tAc "select count(*) from medical_alliance.referral where id > 100000000")" -gt 0 ] && MED="referral-get referral-queue"
for f in get list rates quarterly $MED; do
  for c in "${CONNS[@]}"; do
    out="$OUT/pgbench-$f-$c.txt"
    T=$DURATION; [ "$f" = rates ] && [ "$c" -gt 1 ] && T=$DURATION
    pgbench "${PGH[@]}" -n -M prepared -f "$BENCH_DIR/pgbench/$f.sql" -c "$c" -j 2 -T "$T" "$BENCH_DB" >"$out" 2>&1 || true
    tps=$(awk '/^tps/ { print $3 }' "$out"); lat=$(awk '/latency average/ { print $4 }' "$out")
    rec "pgbench:$f:$c" "$tps $lat" "tps latency_avg_ms"
    log "pgbench $f c=$c: $tps tps, $lat ms"
  done
done
out="$OUT/pgbench-rates-lateral-1.txt"
pgbench "${PGH[@]}" -n -M prepared -f "$BENCH_DIR/pgbench/rates-lateral.sql" -c 1 -j 1 -T "$DURATION" "$BENCH_DB" >"$out" 2>&1 || true
rec "pgbench:rates-lateral:1" "$(awk '/^tps/ { print $3 }' "$out") $(awk '/latency average/ { print $4 }' "$out")" "suggested rewrite"
stop_all
log "raw figures in $RES"
