#!/usr/bin/env bash
# Restarts: PostgreSQL stops under a running service. Readiness must go DOWN, requests must get a
# quick 503 problem+json (not hang), and once PostgreSQL is back the service must recover by itself within
# 15 s with every acknowledged write still there. Runs against a database of its own (qinghai_restart).
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
if [ -n "${DB_URL:-}" ]; then log "restart-check: skipped (DB_URL points at a database this script does not manage)"; exit 0; fi
cd "$ROOT"
# a database of the last run would carry that run's migrations: start from an empty one, as two-instances does
ensure_postgres postgres
psql_admin "drop database if exists qinghai_restart with (force)" >/dev/null
ensure_database qinghai_restart
PORT=18181 LOGF="$RUN_DIR/restart-check.log"
pid=$(start_jar project-tracking-service $PORT qinghai_restart "$LOGF")
cleanup() { kill "$pid" 2>/dev/null || true; pg_answers 127.0.0.1 5432 || pg_local_start || true; }
trap cleanup EXIT
wait_for 180 is_ready $PORT || die "restart-check: service did not start; see $LOGF"
A="Authorization: Bearer $(deploy/token.sh admin)"
id=$(curl -fs -H "$A" "http://127.0.0.1:$PORT/api/v1/projects?size=1" | sed 's/.*"items":\[{"id":\([0-9]*\).*/\1/')
key="restart-check-$(date +%s%N)"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "$A" -H 'Content-Type: application/json' -H "Idempotency-Key: $key" \
  -d '{"period":"2017-09","contractPerformed":true,"constructionStarted":false,"completed":false,"fundsInPlace":"1"}' \
  "http://127.0.0.1:$PORT/api/v1/projects/$id/reports")
[ "$code" = 201 ] || die "restart-check: the write before the outage answered $code"

log "restart-check: stopping PostgreSQL"
pg_local_stop || die "restart-check: cannot stop the local PostgreSQL"
t0=$(date +%s%N)
wait_for 20 is_down $PORT || die "restart-check: readiness did not go DOWN"
down_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
t1=$(date +%s%N)
resp=$(curl -s -m 20 -D - -H "$A" "http://127.0.0.1:$PORT/api/v1/projects/$id" || true)
answer_ms=$(( ($(date +%s%N) - t1) / 1000000 ))
echo "$resp" | grep -q "^HTTP/1.1 503" || die "restart-check: a request during the outage did not get 503: $(echo "$resp" | head -1)"
echo "$resp" | grep -qi "content-type: application/problem+json" || die "restart-check: the 503 is not problem+json"

log "restart-check: starting PostgreSQL"
pg_local_start || die "restart-check: cannot start PostgreSQL again"
t2=$(date +%s%N)
wait_for 15 is_ready $PORT || die "restart-check: the service did not recover within 15 s"
recover_ms=$(( ($(date +%s%N) - t2) / 1000000 ))
curl -fs -H "$A" "http://127.0.0.1:$PORT/api/v1/projects/$id/reports" | grep -q '"period":"2017-09"' \
  || die "restart-check: the acknowledged write is missing after the restart"
code=$(curl -s -o /dev/null -w '%{http_code}' -H "$A" "http://127.0.0.1:$PORT/api/v1/projects/$id")
[ "$code" = 200 ] || die "restart-check: after recovery a read answered $code"
echo; echo "restart-check: readiness DOWN after ${down_ms} ms, 503 problem+json in ${answer_ms} ms, recovered ${recover_ms} ms after PostgreSQL was back, acknowledged write present"
