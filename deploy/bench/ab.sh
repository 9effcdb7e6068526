#!/usr/bin/env bash
# deploy/bench/ab.sh LABEL APPDIR PORT LUA [VAR=value...]: one build of one service on the bench database, for before/after
# comparisons on a busy machine (run the two builds one after the other, and again, so both see the same load). APPDIR is
# a copy of a service's target/quarkus-app (e.g. cp -r action-plan-service/target/quarkus-app /tmp/before-ap); the
# service starts with SERVICE_JAVA_OPTS (deploy/run.sh's flags unless set), is warmed up for 15 s at 8 connections, then
# wrk runs BENCH_DURATION (10) s at each of BENCH_CONNS (1 8 32) with wrk/LUA and the VAR=value settings (as in run.sh,
# e.g. BENCH_PATH=/api/v1/tasks/{n} BENCH_MIN=1001 BENCH_MAX=3000 for pick.lua). Prints one line per connection count:
# time, label, connections, req/s, p50, p99, non-2xx, 1-minute load average; then the RSS after the runs and its peak.
set -euo pipefail
source "$(dirname "$0")/common.sh"
label=$1 dir=$2 port=$3 lua=$4; shift 4
DURATION="${BENCH_DURATION:-10}"
CONNS=(${BENCH_CONNS:-1 8 32})
export BENCH_DIR BENCH_TOKEN="${BENCH_TOKEN:-$(bash "$ROOT/deploy/token.sh" viewer)}"
( cd "$dir" && DB_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" HTTP_PORT=$port MANAGEMENT_PORT=$(( port + 1000 )) ALLOW_DEV_DEFAULTS=true WRITE_RATE_LIMIT=0 \
    exec java $SERVICE_JAVA_OPTS ${BENCH_JAVA_OPTS:-} -jar quarkus-run.jar ) >"$OUT/ab-$label.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
wait_ready "$port" 300 >/dev/null
env "$@" wrk -t2 -c8 -d15s -s "$BENCH_DIR/wrk/$lua" "http://127.0.0.1:$port" >/dev/null 2>&1 || true
for c in "${CONNS[@]}"; do
  t=2; [ "$c" -lt 2 ] && t=1
  out=$(env "$@" wrk -t$t -c"$c" -d"${DURATION}s" --timeout 10s --latency -s "$BENCH_DIR/wrk/$lua" "http://127.0.0.1:$port" 2>&1 || true)
  printf '%s\t%s\tc=%s\t%s req/s\tp50 %s\tp99 %s\tnon-2xx %s\tload %s\n' "$(date +%H:%M:%S)" "$label" "$c" \
    "$(awk '/Requests\/sec/ { print $2 }' <<<"$out")" "$(awk '$1 == "50%" { print $2 }' <<<"$out")" \
    "$(awk '$1 == "99%" { print $2 }' <<<"$out")" "$(awk '/Non-2xx/ { print $NF }' <<<"$out" | grep . || echo 0)" \
    "$(cut -d' ' -f1 /proc/loadavg)"
done
echo "$label: RSS after the runs $(( $(ps -o rss= -p $pid) / 1024 )) MB, peak $(( $(awk '/VmHWM/ { print $2 }' /proc/$pid/status) / 1024 )) MB"
