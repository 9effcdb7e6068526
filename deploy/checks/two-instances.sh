#!/usr/bin/env bash
# Issue 9: two instances of one service on one database. Both start at once on an empty database and the
# gazette seed is loaded once; a job fired on both for the same date is processed by exactly one; when the
# first instance stops, the other runs the next period by itself.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
if [ -n "${DB_URL:-}" ]; then log "two-instances: skipped (DB_URL points at a database this script does not manage)"; exit 0; fi
cd "$ROOT"
ensure_postgres postgres
psql_admin "drop database if exists qinghai_cluster with (force)" >/dev/null
ensure_database qinghai_cluster
A1=18281 A2=18282
p1=$(start_jar project-tracking-service $A1 qinghai_cluster "$RUN_DIR/two-instances-1.log")
p2=$(start_jar project-tracking-service $A2 qinghai_cluster "$RUN_DIR/two-instances-2.log")
trap 'kill $p1 $p2 2>/dev/null || true' EXIT
wait_for 240 is_ready $A1 || die "two-instances: instance 1 did not start; see $RUN_DIR/two-instances-1.log"
wait_for 240 is_ready $A2 || die "two-instances: instance 2 did not start; see $RUN_DIR/two-instances-2.log"
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

kill $p1; wait $p1 2>/dev/null || true
out=$(run_job $A2 2017-11-01)
echo "$out" | grep -q '"ran":true' || die "two-instances: the remaining instance did not take over: $out"
echo; echo "two-instances: seed loaded once by two starting instances (346 projects), 2017-09 reminders processed by exactly 1 of 2 instances (32 reminders), 2017-10 processed by the survivor after the first stopped"
