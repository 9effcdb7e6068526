#!/usr/bin/env bash
# deploy/bench/startup.sh [-n ROUNDS] SERVICE 'label=JVM flags' ...: compares JVM flag sets on one runner jar.
# The variants are started in turn, round after round (interleaved, so a busy machine slows them alike), on the
# bench database; for each start: Quarkus' "started in", wall time until /q/health/ready is UP and RSS one second
# later. Prints the median of each variant and keeps every sample in deploy/bench/.out/startup-variants.tsv.
# Each variant gets exactly its flags (not deploy/run.sh's); {jsa} stands for target/quarkus-app/app-cds.jsa
# (./mvnw package -Pappcds). Do not rebuild the jar while it runs.
# Example: deploy/bench/startup.sh -n 5 project-tracking-service base= 'c1-serial=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC'
set -euo pipefail
source "$(dirname "$0")/common.sh"
ROUNDS=3
[ "${1:-}" = -n ] && { ROUNDS=$2; shift 2; }
SVC=$1; shift
PORT=18099
TSV="$OUT/startup-variants.tsv"
ensure_db
trap 'stop_service "$SVC"' EXIT
for r in $(seq 1 "$ROUNDS"); do
  for v in "$@"; do
    label=${v%%=*}; flags=${v#*=}; flags=${flags//\{jsa\}/app-cds.jsa}
    # shellcheck disable=SC2086
    start_plain "$SVC" "$PORT" $flags
    wall=$(wait_ready "$PORT" 300); sleep 1
    started=$(grep -o 'started in [0-9.]*s' "$OUT/$SVC.log" | tail -1 | grep -o '[0-9.]*' || echo -1)
    rss=$(( $(ps -o rss= -p "$(cat "$OUT/$SVC.pid")" | tr -d ' ') / 1024 ))
    stop_service "$SVC"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date +%H:%M:%S)" "$SVC" "$label" "$started" "$wall" "$rss" "$flags" >>"$TSV"
    log "round $r $label: started in ${started}s, ready after $wall ms, RSS $rss MB (load $(cut -d' ' -f1 /proc/loadavg))"
  done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '%-16s %10s %12s %8s\n' variant started_s ready_ms rss_mb
for v in "$@"; do
  label=${v%%=*}
  rows=$(tail -n $(( ROUNDS * $# )) "$TSV" | awk -F'\t' -v l="$label" '$3 == l')
  printf '%-16s %10s %12s %8s\n' "$label" "$(cut -f4 <<<"$rows" | median)" "$(cut -f5 <<<"$rows" | median)" \
    "$(cut -f6 <<<"$rows" | median)"
done
