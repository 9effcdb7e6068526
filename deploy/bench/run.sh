#!/usr/bin/env bash
# deploy/bench/run.sh: on qinghai_bench (fill it first with generate.sh) measures startup and RSS of the four
# runner jars (medians of interleaved rounds: as deploy/run.sh starts them, which with a JDK 25 is the AOT cache, and
# then also the Java 17 way; and without any JVM flags), seed import and a 100k-row
# CSV import (on a scratch database qinghai_bench_seed, dropped after), wrk at 1/8/32 connections on the
# project-tracking read and write paths and on the read paths of the other three services, and the pgbench ceiling of
# the same SQL (pgbench/*.sql, copied from the Hibernate log); with a JDK 25 also C1 only against full tiered (startup
# and steady-state req/s). Raw figures go to deploy/bench/.out/results.tsv; bench.sh turns them into RESULTS.md.
# Two settings (deploy/lib.sh; BENCH_SETTINGS, default "production laptop"): production = the images' and pods' flags
# (full tiered, Serial GC, 384 MB heap, its own AOT cache), whose figures the targets judge (keys wrk:, startup_s:<svc>);
# laptop = deploy/run.sh's C1 only (keys wrk@laptop:, startup_s:laptop:<svc>), at BENCH_LAPTOP_CONNS (default the top
# connection count). The floor part runs every read path on the framework floor (deploy/bench/floor, keys floor:).
# BENCH_PARTS (default "import startup wrk floor profile pgbench"; also "jit") runs only some parts.
# BENCH_READY_TIMEOUT (default 300 s): how long a start may take (on a machine loaded far above its 2 cores, more).
set -euo pipefail
source "$(dirname "$0")/common.sh"
DURATION="${BENCH_DURATION:-10}"
CONNS=(${BENCH_CONNS:-1 8 32})
TOPC=${CONNS[${#CONNS[@]}-1]}
PG_CONNS=(${BENCH_PGBENCH_CONNS:-1 $TOPC})
SETTINGS=(${BENCH_SETTINGS:-production laptop})
WRK_KEY=wrk
# BENCH_APPEND=1 adds to the last run's figures instead (render.py takes a key's last value): re-measuring one part
if [ -z "${BENCH_APPEND:-}" ]; then
  : >"$RES"
  rec load_at_start "$(cut -d' ' -f1-3 /proc/loadavg)" "other work on the machine competes for the 2 cores"
else
  rec "load_at_start:$(date +%s)" "$(cut -d' ' -f1-3 /proc/loadavg)" "load when BENCH_PARTS='${BENCH_PARTS:-}' was run again"
fi

command -v wrk >/dev/null || { log "installing wrk"; apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
command -v pgbench >/dev/null || { log "installing pgbench"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-contrib >/dev/null || true; }
ensure_jars
trap 'stop_all; stop_service seed-project-tracking 2>/dev/null || true' EXIT
part() { [[ " ${BENCH_PARTS:-import startup wrk floor profile pgbench} " == *" $1 "* ]]; }
ADMIN=$(bash "$ROOT/deploy/token.sh" admin)
VIEWER=$(bash "$ROOT/deploy/token.sh" viewer)
SUPERVISOR=$(bash "$ROOT/deploy/token.sh" supervisor)   # patient-level rows (referrals): a viewer gets 403
P=http://127.0.0.1:$PT_PORT
export BENCH_DIR BENCH_TOKEN
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
  rec "$WRK_KEY:$label:$c" "$rps $p50 $p99 $errs" "rps p50ms p99ms non2xx"
  log "$WRK_KEY $label c=$c: $rps req/s, p50 $p50 ms, p99 $p99 ms, non-2xx $errs"
}
# the other services' read paths, each where its rows are generated: label, base URL, lua script and its settings
# (pick.lua: BENCH_PATH with {n} a random id in BENCH_MIN..BENCH_MAX and {p} a page; deploy/bench/wrk/pick.lua)
has() { [ "$(psql_bench -tAc "select count(*) from $1 where id > 100000000")" -gt 0 ]; }
OTHER=()
if has medical_alliance.referral; then
  OTHER+=("referral-get|http://127.0.0.1:$MA_PORT|get-referral.lua|BENCH_TOKEN=$SUPERVISOR" "referral-queue|http://127.0.0.1:$MA_PORT|referral-queue.lua|BENCH_TOKEN=$SUPERVISOR")
fi
if has action_plan.task; then
  NT=$(psql_bench -tAc "select count(*) from action_plan.task where id > 100000000")
  NTA=$(psql_bench -tAc "select count(*) from action_plan.task")   # with the 50 of 135号: the report's task rows
  OTHER+=("ap-task-get|http://127.0.0.1:$AP_PORT|pick.lua|BENCH_PATH=/api/v1/tasks/{n} BENCH_MIN=1001 BENCH_MAX=$((1000 + NT))"
          "ap-report-list|http://127.0.0.1:$AP_PORT|pick.lua|BENCH_PATH=/api/v1/reports?period=2018-0{n}&page={p}&size=20 BENCH_MIN=1 BENCH_MAX=6 BENCH_PAGES=50"
          "ap-quarterly|http://127.0.0.1:$AP_PORT|pick.lua|BENCH_PATH=/api/v1/period-reports/quarterly/2017-Q4?page={p}&size=20 BENCH_PAGES=$(( (NTA + 19) / 20 ))")
fi
if has transparency_assessment.assessment_subject; then
  NS=$(psql_bench -tAc "select count(*) from transparency_assessment.assessment_subject where id > 100000000")
  OTHER+=("tr-assessment-get|http://127.0.0.1:$TR_PORT|pick.lua|BENCH_PATH=/api/v1/assessments/{n} BENCH_MIN=100000001 BENCH_MAX=$((100000000 + NS))"
          "tr-routine-list|http://127.0.0.1:$TR_PORT|pick.lua|BENCH_PATH=/api/v1/routine-records?subjectId={n}&year=2018&page=0&size=20 BENCH_MIN=100000001 BENCH_MAX=$((100000000 + NS))"
          "tr-ranking|http://127.0.0.1:$TR_PORT|pick.lua|BENCH_PATH=/api/v1/rounds/100000001/assessments?page={p}&size=20 BENCH_PAGES=$(( (NS + 8) / 20 ))"
          "tr-annual|http://127.0.0.1:$TR_PORT|path.lua|BENCH_PATH=/api/v1/period-reports/annual/2018")
fi

# --- seed import and 100k CSV import on a scratch database --------------------------------------------------
if part import; then
SEED_DB=${BENCH_DB}_seed
psql "${PGH[@]}" -d postgres -qc "drop database if exists $SEED_DB" -c "create database $SEED_DB"
log "project-tracking on a fresh $SEED_DB: seed import"
SERVICE_DB_URL="jdbc:postgresql://127.0.0.1:5432/$SEED_DB" start_service project-tracking-service $SEED_PORT
mv "$OUT/project-tracking-service.pid" "$OUT/seed-project-tracking.pid"
wait_ready $SEED_PORT 300 >/dev/null
cp "$OUT/project-tracking-service.log" "$OUT/seed-project-tracking.log"
seed_ms=$(grep -o 'seeded 346 projects.* in [0-9]* ms' "$OUT/seed-project-tracking.log" | grep -o ' in [0-9]* ms' | tail -1 | grep -o '[0-9]*')
rec seed_import_ms "${seed_ms:--1}" "log line: $(grep -o 'seeded 346 projects.*' "$OUT/seed-project-tracking.log" | head -1)"
fair=$(curl -s -XPOST -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
  -d '{"edition":19,"name":"bench CSV import fair","heldFrom":"2018-06-15","heldTo":"2018-06-18"}' \
  http://127.0.0.1:$SEED_PORT/api/v1/fairs | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
psql "${PGH[@]}" -d $SEED_DB -tAc "select name from project_tracking.responsible_unit order by id" >"$OUT/units.txt"
awk 'NR==FNR { u[n++] = $0; next } END {
       print "seq,unit,name,party_a,party_b,total_investment,fund_sources,responsible_leader,responsible_persons"
       for (i = 1; i <= 100000; i++) printf "%d,%s,导入项目%d,甲方%d,乙方公司%d,%.2f,江苏,负责人%d,联系人%d\n", i, u[i % n], i, i % 97, i % 1013, (i % 5000) / 100, i % 50, i % 300
     }' "$OUT/units.txt" /dev/null >"$OUT/import100k.csv"
log "importing a 100k-row CSV into fair $fair"
# The import is a tracked operation (202 Accepted + Location): the time is from the POST until the operation has ended,
# polled every 200 ms; each poll's progress ("done of total rows") is kept as the progress a caller sees.
t0=$(date +%s%3N)
code=$(curl -s -o "$OUT/import100k.out" -D "$OUT/import100k.headers" -w '%{http_code}' -XPOST -H "Authorization: Bearer $ADMIN" \
  -H 'Content-Type: text/csv' --data-binary @"$OUT/import100k.csv" "http://127.0.0.1:$SEED_PORT/api/v1/fairs/$fair/projects")
op=$(awk 'tolower($1) == "location:" { print $2 }' "$OUT/import100k.headers" | tr -d '\r')
state=""; : >"$OUT/import100k.progress"
if [ "$code" = 202 ] && [ -n "$op" ]; then
  case "$op" in http*) ;; *) op="http://127.0.0.1:$SEED_PORT$op" ;; esac
  until [[ "$state" == succeeded || "$state" == failed ]] || [ $(( $(date +%s%3N) - t0 )) -gt 300000 ]; do
    sleep 0.2
    body=$(curl -s -H "Authorization: Bearer $ADMIN" "$op")
    state=$(grep -o '"state":"[a-z]*"' <<<"$body" | head -1 | cut -d'"' -f4)
    grep -o '"progress":{[^}]*}' <<<"$body" | head -1 >>"$OUT/import100k.progress"
  done
fi
secs=$(awk -v ms=$(( $(date +%s%3N) - t0 )) 'BEGIN { printf "%.3f", ms / 1000 }')
cp "$OUT/project-tracking-service.log" "$OUT/seed-project-tracking.log"
rows=$(psql "${PGH[@]}" -d $SEED_DB -tAc "select count(*) from project_tracking.project where fair_id = $fair")
rec csv_import_100k_s "$secs" "HTTP $code, operation $state, $rows rows stored, $(stat -c %s "$OUT/import100k.csv") bytes (over MAX_BODY_SIZE 10M: the import path has IMPORT_MAX_BODY_SIZE, 100M); POST until the operation ended"
rec csv_import_log "$(sort -u "$OUT/import100k.progress" | grep -c done || true)" "distinct progress states seen while polling (e.g. $(sort -u "$OUT/import100k.progress" | sed -n 2p))"
stop_service seed-project-tracking
psql "${PGH[@]}" -d postgres -qc "drop database if exists $SEED_DB"
fi

# --- startup and RSS: each service as deploy/run.sh starts it (BENCH_JVM=aot: JDK 25 and its AOT cache; jdk17: its
# JVM flags and AppCDS archive), with a JDK 25 also the Java 17 way (label jdk17:<service>), and project tracking
# without flags or archive (baseline); rounds interleaved so a busy machine slows every variant alike; medians of
# "started in", wall time until ready, CPU time until ready (user + system, barely changed by other work) and RSS --
if part startup; then
ROUNDS="${BENCH_STARTUP_ROUNDS:-3}"
: >"$OUT/startup.tsv"
one_start() { # label name port starter
  local label=$1 name=$2 port=$3 starter=$4 wall started rss cpu
  $starter "$name" "$port"
  wall=$(wait_ready "$port" 300); cpu=$(cpu_ms "$(cat "$OUT/$name.pid")"); sleep 1
  started=$(grep -o 'started in [0-9.]*s' "$OUT/$name.log" | tail -1 | grep -o '[0-9.]*' || echo -1)
  rss=$(( $(ps -o rss= -p "$(cat "$OUT/$name.pid")" | tr -d ' ') / 1024 ))
  stop_service "$name"
  printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$started" "$wall" "$rss" "$cpu" "$(cut -d' ' -f1 /proc/loadavg)" >>"$OUT/startup.tsv"
  log "$label: started in ${started}s, ready after $wall ms, CPU $cpu ms, RSS $rss MB"
}
start_laptop() { BENCH_SETTING=laptop start_service "$@"; }
start_production() { BENCH_SETTING=production start_service "$@"; }
# the production caches are trained before the first round (a build does that once, not at each start)
if [ "$BENCH_JVM" = aot ]; then
  for s in "${SERVICES[@]}"; do ensure_aot_cache "$ROOT/${s%%:*}/target/$AOT_LAYOUT" "$IMAGE_JAVA_OPTS" || true; done
fi
for r in $(seq 1 "$ROUNDS"); do
  for s in "${SERVICES[@]}"; do
    one_start "${s%%:*}" "${s%%:*}" "${s##*:}" start_production
    one_start "laptop:${s%%:*}" "${s%%:*}" "${s##*:}" start_laptop
    [ "$BENCH_JVM" = aot ] && [ -n "${BENCH_STARTUP_JDK17:-}" ] && one_start "jdk17:${s%%:*}" "${s%%:*}" "${s##*:}" start_jdk17
  done
  [ -n "${BENCH_STARTUP_JDK17:-}" ] && one_start baseline:project-tracking-service project-tracking-service $PT_PORT start_plain
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
for label in $(cut -f1 "$OUT/startup.tsv" | sort -u); do
  rows=$(awk -F'\t' -v l="$label" '$1 == l' "$OUT/startup.tsv")
  rec "startup_s:$label" "$(cut -f2 <<<"$rows" | median)" "median of $ROUNDS; all: $(cut -f2 <<<"$rows" | tr '\n' ' ')"
  rec "wall_ready_ms:$label" "$(cut -f3 <<<"$rows" | median)" "all: $(cut -f3 <<<"$rows" | tr '\n' ' ')"
  rec "rss_mb:$label" "$(cut -f4 <<<"$rows" | median)" "all: $(cut -f4 <<<"$rows" | tr '\n' ' ')"
  rec "cpu_ms:$label" "$(cut -f5 <<<"$rows" | median)" "all: $(cut -f5 <<<"$rows" | tr '\n' ' ')"
  rec "startup_load:$label" "$(cut -f6 <<<"$rows" | median)" "load average (1 min) at each start: $(cut -f6 <<<"$rows" | tr '\n' ' ')"
done
rec startup_profile "$(bash "$BENCH_DIR/startup-profile.sh" project-tracking-service $PT_PORT)" "deploy/bench/startup-profile.sh"
# one more start under async-profiler (from the launch until ready): the CPU of each thread and, for all of them, by layer
if AP_LIB=$(async_profiler_lib); then
  BENCH_SETTING=production start_service project-tracking-service $PT_PORT "-agentpath:$AP_LIB=start,event=cpu,interval=1ms,threads,file=$OUT/profile-startup.collapsed,collapsed"
  wait_ready $PT_PORT 300 >/dev/null; stop_service project-tracking-service   # the agent writes its file at exit
  if [ -s "$OUT/profile-startup.collapsed" ]; then
    rec startup_threads "$(python3 "$BENCH_DIR/profile.py" --threads "$OUT/profile-startup.collapsed")" \
      "async-profiler CPU samples of one start by thread, % (threads under 1 % left out)"
    rec startup_layers "$(python3 "$BENCH_DIR/profile.py" "$OUT/profile-startup.collapsed")" "the same samples by layer, %"
  fi
fi
cds="no AppCDS archive (build with -Pappcds)"; [ -f "$ROOT/project-tracking-service/target/quarkus-app/app-cds.jsa" ] && cds="-XX:SharedArchiveFile=app-cds.jsa"
if [ "$BENCH_JVM" = aot ]; then
  for s in "${SERVICES[@]}"; do
    f="$ROOT/${s%%:*}/target/$AOT_LAYOUT/app.aot"
    [ -f "$f" ] && rec "aot_cache_mb:${s%%:*}" "$(( $(stat -c %s "$f") / 1048576 ))" "size of the AOT cache (app.aot)"
  done
  rec startup_flags "$IMAGE_JAVA_OPTS -XX:AOTCache=$(aot_cache_name "$IMAGE_JAVA_OPTS")" "JDK 25 ($("$JAVA25/bin/java" -version 2>&1 | head -1)), aot-jar layout, the production setting (images, pods: deploy/lib.sh IMAGE_JAVA_OPTS, heap there from the limit)"
  rec startup_flags_laptop "$AOT_JAVA_OPTS -XX:AOTCache=app.aot" "the laptop setting (deploy/run.sh with a JDK 25)"
  rec startup_flags_jdk17 "$SERVICE_JAVA_OPTS $cds" "Java 17, fast-jar (deploy/run.sh without a JDK 25)"
else
  rec startup_flags "$SERVICE_JAVA_OPTS $cds" "JVM flags of the services (deploy/run.sh)"
fi
fi

# --- wrk: every path in each setting (the first one also times the report jobs) ---------------------------------
if part wrk; then
ids_file="$OUT/accepted-referrals.txt"
first_setting=true
for setting in "${SETTINGS[@]}"; do
export BENCH_SETTING=$setting
WRK_KEY=wrk; SC=("${CONNS[@]}")
[ "$setting" = production ] || { WRK_KEY="wrk@$setting"; SC=(${BENCH_LAPTOP_CONNS:-$TOPC}); }
log "setting $setting: $(setting_opts "$setting")"
rec "setting_flags:$setting" "$(setting_opts "$setting")" "JVM flags of the $setting setting in this run"
for s in "${SERVICES[@]}"; do start_service "${s%%:*}" "${s##*:}"; done
for s in "${SERVICES[@]}"; do wait_ready "${s##*:}" "${BENCH_READY_TIMEOUT:-300}" >/dev/null; done
load_t0=$(date +%s)
curl -s -XPOST -H "Authorization: Bearer $ADMIN" "$P/api/v1/admin/jobs/quarterly-report/run?date=2018-01-06" >/dev/null
if $first_setting; then
# the job's own time at this scale: forget the ledger entry so it rebuilds 2017-Q4 for every fair (3 runs, last kept)
for i in 1 2 3; do
  psql_bench -c "delete from project_tracking.job_run where job = 'quarterly-report' and period = '2017-Q4'"
  job_s=$(curl -s -o /dev/null -w '%{time_total}' -XPOST -H "Authorization: Bearer $ADMIN" "$P/api/v1/admin/jobs/quarterly-report/run?date=2018-01-06")
done
rec quarterly_job_s "$job_s" "POST /api/v1/admin/jobs/quarterly-report/run?date=2018-01-06 rebuilding 2017-Q4 for $(psql_bench -tAc 'select count(distinct fair_id) from project_tracking.project') fairs"
# the other services' report jobs at this scale (ledger entry and stored report forgotten first, last of 3 runs kept)
A=http://127.0.0.1:$AP_PORT; TR=http://127.0.0.1:$TR_PORT
if [ "$(psql_bench -tAc "select count(*) from action_plan.task where id > 100000000")" -gt 0 ]; then
  for i in 1 2 3; do
    psql_bench -c "delete from action_plan.job_run where job = 'quarterly-report' and period = '2017-Q4'"
    job_s=$(curl -s -o /dev/null -w '%{time_total}' -XPOST -H "Authorization: Bearer $ADMIN" "$A/api/v1/admin/jobs/quarterly-report/run?date=2018-01-02")
  done
  rec ap_quarterly_job_s "$job_s" "action plan: POST /api/v1/admin/jobs/quarterly-report/run?date=2018-01-02 building 2017-Q4 over $(psql_bench -tAc 'select count(*) from action_plan.task') tasks"
fi
if [ "$(psql_bench -tAc "select count(*) from transparency_assessment.assessment_subject where id > 100000000")" -gt 0 ]; then
  for i in 1 2 3; do
    psql_bench -c "delete from transparency_assessment.job_run where job = 'annual-report' and period = '2018'" \
      -c "delete from transparency_assessment.period_report where kind = 'annual' and period = '2018'"
    job_s=$(curl -s -o /dev/null -w '%{time_total}' -XPOST -H "Authorization: Bearer $ADMIN" "$TR/api/v1/admin/jobs/annual-report/run?date=2019-01-10")
  done
  rec tr_annual_job_s "$job_s" "transparency: POST /api/v1/admin/jobs/annual-report/run?date=2019-01-10 storing the 2018 result of $(psql_bench -tAc 'select count(*) from transparency_assessment.assessment a join transparency_assessment.assessment_round r on r.id = a.round_id where r.year = 2018') subjects"
fi
fi
# warm-up (not recorded): let the JIT compile the paths before measuring
log "warm-up, ${BENCH_WARMUP:-3} s per path"
W=${BENCH_WARMUP:-3}
for lua in get.lua list.lua; do BENCH_TOKEN=$VIEWER wrk -t2 -c8 -d${W}s -s "$BENCH_DIR/wrk/$lua" "$P" >/dev/null 2>&1 || true; done
BENCH_TOKEN=$VIEWER BENCH_PATH="/api/v1/period-reports/quarterly/2017-Q4?fairId=900" wrk -t2 -c8 -d${W}s -s "$BENCH_DIR/wrk/path.lua" "$P" >/dev/null 2>&1 || true
BENCH_TOKEN=$VIEWER BENCH_PATH="/api/v1/rates?asOf=2017-12-31&fairId=900&by=UNIT" wrk -t2 -c8 -d${W}s -s "$BENCH_DIR/wrk/path.lua" "$P" >/dev/null 2>&1 || true
BENCH_TOKEN=$ADMIN BENCH_RUN=3 wrk -t2 -c8 -d${W}s -s "$BENCH_DIR/wrk/report.lua" "$P" >/dev/null 2>&1 || true
run=0   # the second setting submits the same months again: resubmissions, which supersede (a write all the same)
for c in "${SC[@]}"; do
  BENCH_TOKEN=$VIEWER wrk_run get get.lua "$c"
  BENCH_TOKEN=$VIEWER wrk_run list list.lua "$c"
  BENCH_TOKEN=$VIEWER wrk_run rates path.lua "$c" BENCH_PATH="/api/v1/rates?asOf=2017-12-31&fairId=900&by=UNIT"
  BENCH_TOKEN=$VIEWER wrk_run quarterly path.lua "$c" BENCH_PATH="/api/v1/period-reports/quarterly/2017-Q4?fairId=900"
  BENCH_TOKEN=$ADMIN wrk_run report-write report.lua "$c" BENCH_RUN=$run
  run=$((run + 1))
done
for o in "${OTHER[@]}"; do
  IFS='|' read -r label url lua settings <<<"$o"
  # shellcheck disable=SC2086
  env BENCH_TOKEN=$VIEWER $settings wrk -t2 -c8 -d${W}s -s "$BENCH_DIR/wrk/$lua" "$url" >/dev/null 2>&1 || true
done
for c in "${SC[@]}"; do
  for o in "${OTHER[@]}"; do
    IFS='|' read -r label url lua settings <<<"$o"
    # shellcheck disable=SC2086
    P=$url BENCH_TOKEN=$VIEWER wrk_run "$label" "$lua" "$c" $settings
  done
  # the referral transition (ACCEPTED -> IN_PROGRESS), each accepted referral once: fresh ids for every run
  if has medical_alliance.referral; then
    psql_bench -F' ' -tAc "select id, version from medical_alliance.referral where status = 'ACCEPTED' and id > 100000000 order by id limit 100000" >"$ids_file"
    [ -s "$ids_file" ] && P=http://127.0.0.1:$MA_PORT BENCH_TOKEN=$ADMIN wrk_run referral-write referral-act.lua "$c" BENCH_IDS="$ids_file"
  fi
done
# RSS of each service after this setting's load (every path above, the top connection count included)
for s in "${SERVICES[@]}"; do
  rec "rss_after_load:$setting:${s%%:*}" "$(( $(ps -o rss= -p "$(cat "$OUT/${s%%:*}.pid")" | tr -d ' ') / 1024 ))" \
    "RSS MB after $(( $(date +%s) - load_t0 )) s of wrk on the paths above (up to ${SC[${#SC[@]}-1]} connections)"
done
stop_all
first_setting=false
done
export BENCH_SETTING=production
fi

# --- the framework floor: each read path's SQL and JSON on a minimal Quarkus service (deploy/bench/floor) --------
if part floor && ensure_floor; then
start_floor
if wait_ready "$FLOOR_PORT" 300 >/dev/null; then
  F=http://127.0.0.1:$FLOOR_PORT
  FL=("get|/pt|get.lua|" "list|/pt|list.lua|"
      "rates|/pt|path.lua|BENCH_PATH=/api/v1/rates?asOf=2017-12-31&fairId=900&by=UNIT"
      "quarterly|/pt|path.lua|BENCH_PATH=/api/v1/period-reports/quarterly/2017-Q4?fairId=900")
  for o in "${OTHER[@]}"; do
    IFS='|' read -r label url lua settings <<<"$o"
    case $url in *$MA_PORT) pre=/ma ;; *$AP_PORT) pre=/ap ;; *) pre=/tr ;; esac
    FL+=("$label|$pre|$lua|$settings")
  done
  for o in "${FL[@]}"; do
    IFS='|' read -r label pre lua settings <<<"$o"
    # shellcheck disable=SC2086
    env $settings BENCH_PREFIX=$pre BENCH_TOKEN=none wrk -t2 -c8 -d${BENCH_WARMUP:-3}s -s "$BENCH_DIR/wrk/$lua" "$F" >/dev/null 2>&1 || true
  done
  WRK_KEY=floor
  for c in ${BENCH_FLOOR_CONNS:-$TOPC}; do
    for o in "${FL[@]}"; do
      IFS='|' read -r label pre lua settings <<<"$o"
      # shellcheck disable=SC2086
      P=$F BENCH_TOKEN=none wrk_run "$label" "$lua" "$c" BENCH_PREFIX=$pre $settings
    done
  done
  WRK_KEY=wrk
  rec floor_rss "$(( $(ps -o rss= -p "$(cat "$OUT/floor.pid")" | tr -d ' ') / 1024 ))" "RSS MB of the floor after its load"
else
  log "the floor did not start: $OUT/floor.log"
fi
stop_service floor
fi

# --- where the CPU goes: each read path once more at the top connection count, measuring what the service's JVM,
# PostgreSQL and the rest of the machine (wrk) used of the 2 cores, and with async-profiler (Maven Central,
# tools.profiler:async-profiler, loaded into the running JVM by jcmd; its options quoted, or jcmd's parser splits them
# at '=') what the JVM spent it on (deploy/bench/profile.py)
if part profile; then
export BENCH_SETTING=production
for s in "${SERVICES[@]}"; do [ -f "$OUT/${s%%:*}.pid" ] || start_service "${s%%:*}" "${s##*:}"; done
for s in "${SERVICES[@]}"; do wait_ready "${s##*:}" "${BENCH_READY_TIMEOUT:-300}" >/dev/null; done
AP_LIB=$(async_profiler_lib || true)
TOP=${CONNS[${#CONNS[@]}-1]}
profile_run() { # label service url lua [settings...]
  local label=$1 name=$2 url=$3 lua=$4 pid t; shift 4
  pid=$(cat "$OUT/$name.pid"); t=2
  env BENCH_TOKEN="$VIEWER" "$@" wrk -t2 -c8 -d"${BENCH_WARMUP:-3}"s -s "$BENCH_DIR/wrk/$lua" "$url" >/dev/null 2>&1 || true   # warm-up
  [ -n "$AP_LIB" ] && jcmd_of "$pid" JVMTI.agent_load "$AP_LIB" '"start,event=cpu,interval=1ms,threads"' >/dev/null 2>&1
  local s0 j0 p0; s0=$(machine_jiffies); j0=$(proc_jiffies "$pid"); p0=$(postgres_jiffies)
  env BENCH_TOKEN="$VIEWER" "$@" wrk -t$t -c"$TOP" -d${DURATION}s --timeout 10s -s "$BENCH_DIR/wrk/$lua" "$url" >"$OUT/profile-$label.wrk" 2>&1 || true
  local s1 j1 p1; s1=$(machine_jiffies); j1=$(proc_jiffies "$pid"); p1=$(postgres_jiffies)
  local split; split=$(awk -v s0="$s0" -v s1="$s1" -v j="$((j1 - j0))" -v p="$((p1 - p0))" 'BEGIN {
      split(s0, a, " "); split(s1, b, " "); total = b[1] - a[1]; busy = b[2] - a[2]
      printf "%.2f %.2f %.2f %.2f", j / total * 2, p / total * 2, (busy - j - p) / total * 2, (total - busy) / total * 2 }')
  rec "cpu:$label" "$split $(awk '/Requests\/sec/ { print $2 }' "$OUT/profile-$label.wrk")" \
    "cores of 2 during wrk at $TOP connections: the service's JVM, PostgreSQL, the rest (wrk), idle; req/s of that run"
  if [ -n "$AP_LIB" ] && jcmd_of "$pid" JVMTI.agent_load "$AP_LIB" "\"stop,file=$OUT/profile-$label.collapsed,collapsed\"" >/dev/null 2>&1 \
      && [ -s "$OUT/profile-$label.collapsed" ]; then
    rec "jvm:$label" "$(python3 "$BENCH_DIR/profile.py" "$OUT/profile-$label.collapsed")" "async-profiler CPU samples by layer, % ($OUT/profile-$label.collapsed)"
  fi
  log "profile $label: cores JVM/PostgreSQL/rest/idle $split"
}
profile_run get project-tracking-service "$P" get.lua
profile_run list project-tracking-service "$P" list.lua
profile_run quarterly project-tracking-service "$P" path.lua BENCH_PATH="/api/v1/period-reports/quarterly/2017-Q4?fairId=900"
for o in "${OTHER[@]}"; do
  IFS='|' read -r label url lua settings <<<"$o"
  case $url in *$MA_PORT) name=medical-alliance-service ;; *$AP_PORT) name=action-plan-service ;; *) name=transparency-assessment-service ;; esac
  # shellcheck disable=SC2086
  profile_run "$label" "$name" "$url" "$lua" $settings
done
fi

# --- C1 only or full tiered on JDK 25, each with the AOT cache trained with its flags: what C1 only still buys at
# start and costs in steady-state throughput (GET /api/v1/projects/{id} after a warm-up of BENCH_JIT_WARMUP s) ----
stop_all
if part jit && [ "$BENCH_JVM" = aot ]; then
  TIERED_OPTS=$(sed -E 's/-XX:TieredStopAtLevel=1 ?//; s/-XX:ReservedCodeCacheSize=[^ ]+ ?//' <<<"$AOT_JAVA_OPTS")
  rec jit_flags "c1: $AOT_JAVA_OPTS; tiered: $TIERED_OPTS" "each with -XX:AOTCache of a training run with the same flags"
  rec jit_warmup_s "${BENCH_JIT_WARMUP:-30}" "wrk at 8 connections before measuring"
  PT_AOT="$ROOT/project-tracking-service/target/$AOT_LAYOUT"
  for v in "c1|$AOT_JAVA_OPTS" "tiered|$TIERED_OPTS"; do
    label=${v%%|*} opts=${v#*|}
    ensure_aot_cache "$PT_AOT" "$opts" || continue
    # shellcheck disable=SC2086
    start_in "$AOT_LAYOUT" "$JAVA25/bin/java" project-tracking-service $PT_PORT $opts -XX:AOTCache="$(aot_cache_name "$opts")"
    wall=$(wait_ready $PT_PORT 300); cpu=$(cpu_ms "$(cat "$OUT/project-tracking-service.pid")"); sleep 1
    rec "jit_start:$label" "$wall $cpu $(( $(ps -o rss= -p "$(cat "$OUT/project-tracking-service.pid")" | tr -d ' ') / 1024 ))" \
      "wall ms until ready, CPU ms until ready, RSS MB"
    BENCH_TOKEN=$VIEWER wrk -t2 -c8 -d"${BENCH_JIT_WARMUP:-30}"s -s "$BENCH_DIR/wrk/get.lua" "$P" >/dev/null 2>&1 || true
    for c in 1 8; do BENCH_TOKEN=$VIEWER wrk_run "jit-$label" get.lua "$c"; done
    rec "jit_rss:$label" "$(( $(ps -o rss= -p "$(cat "$OUT/project-tracking-service.pid")" | tr -d ' ') / 1024 ))" "RSS MB after the load"
    stop_service project-tracking-service
  done
fi

# --- pgbench ceiling of the same SQL (prepared statements, as the JDBC driver does after a few executions) -----
# the services go first: their pools (20 connections each) would leave 32 pgbench clients no connection slot
if part pgbench; then
for f in get list rates quarterly "${OTHER[@]%%|*}"; do
  for c in "${PG_CONNS[@]}"; do
    out="$OUT/pgbench-$f-$c.txt"
    pgbench "${PGH[@]}" -n -M prepared -f "$BENCH_DIR/pgbench/$f.sql" -c "$c" -j 2 -T "$DURATION" "$BENCH_DB" >"$out" 2>&1 || true
    tps=$(awk '/^tps/ { print $3 }' "$out"); lat=$(awk '/latency average/ { print $4 }' "$out")
    rec "pgbench:$f:$c" "$tps $lat" "tps latency_avg_ms"
    log "pgbench $f c=$c: $tps tps, $lat ms"
  done
done
fi
stop_all
rec load_at_end "$(cut -d' ' -f1-3 /proc/loadavg)" "read when the last part ended, before rendering"
rec run_ended "$(date -u)" "when the last part ended"
log "raw figures in $RES"
