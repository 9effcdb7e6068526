#!/usr/bin/env bash
# deploy/bench/startup.sh [-n ROUNDS] SERVICE 'label=JVM flags' ...: compares JVM flag sets on one runner jar.
# The variants are started in turn, round after round (interleaved, so a busy machine slows them alike), on the
# bench database; for each start: Quarkus' "started in", wall time until /q/health/ready is UP, the CPU time the JVM
# used until then (user + system: much less disturbed by other work on the machine than wall time) and RSS one second
# later. Prints the median of each variant and keeps every sample in deploy/bench/.out/startup-variants.tsv.
# Each variant gets exactly its flags (not deploy/run.sh's), on Java 17 and the fast-jar unless it says otherwise:
#   {jsa}    the name of target/quarkus-app/app-cds.jsa (./mvnw package -Pappcds): -XX:SharedArchiveFile={jsa}
#   {aot}    JDK 25 on the aot-jar layout (target/quarkus-app-aot, ./mvnw package -Paot) with the AOT cache trained
#            with this variant's other flags (deploy/aot/train.sh, trained first when missing or stale)
#   {jdk25}  JDK 25 on the aot-jar layout without a cache
# Do not rebuild the jar while it runs.
# Example: deploy/bench/startup.sh -n 5 project-tracking-service 'jdk17=-XX:TieredStopAtLevel=1 -XX:SharedArchiveFile={jsa}' \
#            'aot-c1={aot} -XX:TieredStopAtLevel=1 -XX:+UseSerialGC' 'aot-tiered={aot} -XX:+UseSerialGC'
set -euo pipefail
source "$(dirname "$0")/common.sh"
ROUNDS=3
[ "${1:-}" = -n ] && { ROUNDS=$2; shift 2; }
SVC=$1; shift
PORT=18099
TSV="$OUT/startup-variants.tsv"
ensure_db
trap 'stop_service "$SVC"' EXIT

# variant flags -> "layout|java|flags" (the AOT caches of {aot} variants trained here, before the first round)
resolve() {
  local flags=$1 layout=quarkus-app java=java
  if [[ "$flags" == *"{aot}"* || "$flags" == *"{jdk25}"* ]]; then
    [ -n "$JAVA25" ] || { log "no JDK 25 (JAVA25_HOME or /usr/lib/jvm/temurin-25*) for: $flags"; exit 1; }
    layout=$AOT_LAYOUT java="$JAVA25/bin/java"
    [ -f "$ROOT/$SVC/target/$layout/quarkus-run.jar" ] || { log "no $SVC/target/$layout: ./mvnw package -Paot"; exit 1; }
    if [[ "$flags" == *"{aot}"* ]]; then
      local opts; opts=$(echo "${flags//\{aot\}/}" | xargs)
      ensure_aot_cache "$ROOT/$SVC/target/$layout" "$opts" >&2
      flags="$opts -XX:AOTCache=$(aot_cache_name "$opts")"
    fi
    flags=${flags//\{jdk25\}/}
  fi
  echo "$layout|$java|${flags//\{jsa\}/app-cds.jsa}"
}
declare -A RUN
for v in "$@"; do RUN[${v%%=*}]=$(resolve "${v#*=}"); done

for r in $(seq 1 "$ROUNDS"); do
  for v in "$@"; do
    label=${v%%=*}
    IFS='|' read -r layout java flags <<<"${RUN[$label]}"
    # shellcheck disable=SC2086
    start_in "$layout" "$java" "$SVC" "$PORT" $flags
    wall=$(wait_ready "$PORT" 300); cpu=$(cpu_ms "$(cat "$OUT/$SVC.pid")"); sleep 1
    started=$(grep -o 'started in [0-9.]*s' "$OUT/$SVC.log" | tail -1 | grep -o '[0-9.]*' || echo -1)
    rss=$(( $(ps -o rss= -p "$(cat "$OUT/$SVC.pid")" | tr -d ' ') / 1024 ))
    stop_service "$SVC"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date +%H:%M:%S)" "$SVC" "$label" "$started" "$wall" "$rss" "$flags" \
      "$cpu" "$(cut -d' ' -f1 /proc/loadavg)" >>"$TSV"
    log "round $r $label: started in ${started}s, ready after $wall ms, CPU $cpu ms, RSS $rss MB (load $(cut -d' ' -f1 /proc/loadavg))"
  done
done
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
printf '%-16s %10s %10s %8s %8s\n' variant started_s ready_ms cpu_ms rss_mb
for v in "$@"; do
  label=${v%%=*}
  rows=$(tail -n $(( ROUNDS * $# )) "$TSV" | awk -F'\t' -v l="$label" '$3 == l')
  printf '%-16s %10s %10s %8s %8s\n' "$label" "$(cut -f4 <<<"$rows" | median)" "$(cut -f5 <<<"$rows" | median)" \
    "$(cut -f8 <<<"$rows" | median)" "$(cut -f6 <<<"$rows" | median)"
done
