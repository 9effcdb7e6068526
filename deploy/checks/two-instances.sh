#!/usr/bin/env bash
# Two instances of one service on one database. Both start at once on an empty database and the
# gazette seed is loaded once; a job fired on both for the same date is processed by exactly one; Quartz
# (clustered JDBC store) fires each scheduled time of a real job on exactly one instance; when the instance
# that is firing stops, the other runs the next period and takes over the Quartz firing by itself.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
if [ -n "${DB_URL:-}" ]; then log "two-instances: skipped (DB_URL points at a database this script does not manage)"; exit 0; fi
cd "$ROOT"
ensure_postgres postgres
psql_admin "drop database if exists qinghai_cluster with (force)" >/dev/null
ensure_database qinghai_cluster
A1=18281 A2=18282
L1="$RUN_DIR/two-instances-1.log" L2="$RUN_DIR/two-instances-2.log"
# The real quarterly-report job fires every second instead of quarterly; each instance logs the fires it ran.
QUARTZ_ENV=(JOBS_QUARTERLY_REPORT_CRON='* * * * * ?' QUARKUS_LOG_CATEGORY__GOV_QINGHAI_FOLLOWUP_COMMON_JOBS__LEVEL=DEBUG)
p1=$(start_jar project-tracking-service $A1 qinghai_cluster "$L1" "${QUARTZ_ENV[@]}")
p2=$(start_jar project-tracking-service $A2 qinghai_cluster "$L2" "${QUARTZ_ENV[@]}")
trap 'kill $p1 $p2 2>/dev/null || true' EXIT
wait_for 240 is_ready $A1 || die "two-instances: instance 1 did not start; see $L1"
wait_for 240 is_ready $A2 || die "two-instances: instance 2 did not start; see $L2"
both_up=$(date -u +%s)
V="Authorization: Bearer $(deploy/token.sh viewer)"
A="Authorization: Bearer $(deploy/token.sh admin)"
total=$(curl -fs -H "$V" "http://127.0.0.1:$A1/api/v1/projects?size=1" | sed 's/.*"total":\([0-9]*\).*/\1/')
[ "$total" = 346 ] || die "two-instances: expected the 346 seeded projects once, found $total"

run_job() { curl -fs -X POST -H "$A" "http://127.0.0.1:$1/api/v1/admin/jobs/monthly-reminder/run?date=$2"; }
run_job $A1 2017-10-01 > "$RUN_DIR/two-instances-a.json" & j1=$!
run_job $A2 2017-10-01 > "$RUN_DIR/two-instances-b.json" & j2=$!
wait $j1 $j2
ran=$(cat "$RUN_DIR/two-instances-a.json" "$RUN_DIR/two-instances-b.json" | grep -o '"ran":true' | wc -l)
[ "$ran" = 1 ] || die "two-instances: the 2017-09 reminders ran on $ran instances (expected exactly 1)"
reminders=$(curl -fs -H "$V" "http://127.0.0.1:$A2/api/v1/reminders?period=2017-09&size=1" | sed 's/.*"total":\([0-9]*\).*/\1/')
[ "$reminders" = 32 ] || die "two-instances: expected one reminder per unit (32), found $reminders"

# Quartz: both instances are members of one cluster in the service's schema.
members=$(psql -h 127.0.0.1 -U postgres -d qinghai_cluster -tAc "select count(*) from project_tracking.qrtz_scheduler_state")
[ "$members" = 2 ] || die "two-instances: expected 2 Quartz cluster members in project_tracking.qrtz_scheduler_state, found $members"
fires() { { grep -ho 'fired quarterly-report scheduled-for [^ ]*' "$@" || true; } | awk '{print $4}' | sort; } # times run
fires_since() { local since=$1; shift; fires "$@" | date -u -f - +%s | awk -v s="$since" '$1 >= s'; } # epoch seconds
enough_fires() { [ "$(fires_since "$1" "$L1" "$L2" | wc -l)" -ge "$2" ]; }
wait_for 60 enough_fires "$both_up" 8 || die "two-instances: fewer than 8 quarterly-report fires while both ran; see $L1 $L2"
twice=$(comm -12 <(fires "$L1") <(fires "$L2"))
[ -z "$twice" ] || die "two-instances: these fire times ran on both instances: $twice"
on1=$(fires "$L1" | wc -l) on2=$(fires "$L2" | wc -l)
scheduled_runs() { curl -fs "http://127.0.0.1:$(mgmt_port "$1")/q/metrics" | awk '/^jobs_run_seconds_count\{job="quarterly-report",outcome="success"\}/ {s+=$2} END {print s+0}'; }
processed=$(( $(scheduled_runs $A1) + $(scheduled_runs $A2) ))
[ "$processed" = 1 ] || die "two-instances: the current quarter's report ran $processed times over $((on1 + on2)) fires (expected 1: job_run ledger)"

# Stop the instance that is firing now (it ran the latest fire time): the other must take over.
if grep -q "scheduled-for $(fires "$L1" "$L2" | tail -1) " "$L1"; then
  gone=1 pid=$p1 kept=2 port=$A2 SL=$L2
else
  gone=2 pid=$p2 kept=1 port=$A1 SL=$L1
fi
kill $pid; wait $pid 2>/dev/null || true
stopped=$(date -u +%s)
out=$(run_job $port 2017-11-01) || die "two-instances: the 2017-10 reminders failed on the remaining instance"
echo "$out" | grep -q '"ran":true' || die "two-instances: the remaining instance did not take over: $out"
# The stopped instance had already acquired the next fire; the survivor frees it once the stopped one misses
# its Quartz check-ins (5 s interval, ~15 s), then catches up on the seconds in between.
survivor_fires() { [ "$(fires_since "$stopped" "$SL" | wc -l)" -ge 3 ]; }
wait_for 60 survivor_fires || die "two-instances: instance $kept did not take over the Quartz firing after instance $gone stopped; see $SL"
# No scheduled second was skipped or run twice across the whole run, the stop included.
all=$(fires_since 0 "$L1" "$L2")
first=$(head -1 <<<"$all") last=$(tail -1 <<<"$all")
[ "$(wc -l <<<"$all")" = $((last - first + 1)) ] || die "two-instances: fire times missing or doubled between $(date -u -d @"$first" +%T) and $(date -u -d @"$last" +%T)"
echo; echo "two-instances: seed loaded once by two starting instances (346 projects), 2017-09 reminders processed by exactly 1 of 2 instances (32 reminders), 2017-10 processed by the survivor after the other stopped;" \
  "Quartz: $((on1 + on2)) fires of quarterly-report before the stop ($on1 on instance 1, $on2 on instance 2, none on both, 1 run of the quarter in job_run)," \
  "instance $gone (firing) stopped, then $(fires_since "$stopped" "$SL" | wc -l) fires on instance $kept, no fire time skipped"
