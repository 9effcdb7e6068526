#!/usr/bin/env bash
# Shared by generate.sh, run.sh and bench.sh: the bench database and starting/stopping the four services on it.
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH_DIR/../.." && pwd)"
OUT="$BENCH_DIR/.out"
mkdir -p "$OUT"
RES="$OUT/results.tsv"   # the raw figures render.py reads: key, value, note
rec() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >>"$RES"; }
export PGPASSWORD="${DB_PASSWORD:-postgres}"
BENCH_DB="${BENCH_DB:-qinghai_bench}"
PGH=(-h 127.0.0.1 -p 5432 -U "${DB_USER:-postgres}")
# Ports BENCH_PORT_BASE+1..+4 (default 18081-18084; another bench on the same machine picks another base), +11 for the
# scratch seed-import instance.
# Each service's management port is its port + BENCH_MGMT_OFFSET (default 1000); the framework floor listens on +20.
PB="${BENCH_PORT_BASE:-18080}"; MGMT_OFFSET="${BENCH_MGMT_OFFSET:-1000}"
PT_PORT=$((PB + 1)); TR_PORT=$((PB + 2)); AP_PORT=$((PB + 3)); MA_PORT=$((PB + 4)); SEED_PORT=$((PB + 11)); FLOOR_PORT=$((PB + 20))
SERVICES=(project-tracking-service:$PT_PORT transparency-assessment-service:$TR_PORT action-plan-service:$AP_PORT medical-alliance-service:$MA_PORT)

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
psql_bench() { psql "${PGH[@]}" -d "$BENCH_DB" -v ON_ERROR_STOP=1 -q "$@"; }

ensure_db() {
  if ! psql "${PGH[@]}" -d postgres -tAc "select 1 from pg_database where datname='$BENCH_DB'" | grep -q 1; then
    log "creating database $BENCH_DB"
    psql "${PGH[@]}" -d postgres -c "create database $BENCH_DB" >/dev/null
  fi
}

# The JVM flags deploy/run.sh starts the services with (DEFAULT_JAVA_OPTS in deploy/lib.sh); the AppCDS archive is
# added by start_service when the jar was built with -Pappcds.
eval "$(grep -E '^(DEFAULT|AOT|IMAGE)_JAVA_OPTS=' "$ROOT/deploy/lib.sh")"
SERVICE_JAVA_OPTS="${SERVICE_JAVA_OPTS:-$DEFAULT_JAVA_OPTS}"
# With a JDK 25 the services run as deploy/run.sh starts them there: aot-jar layout, JDK 25, AOT_JAVA_OPTS and the AOT
# cache (deploy/aot/aot.sh); BENCH_JVM=jdk17 (or AOT_CACHE=off) measures the Java 17 way instead.
source "$ROOT/deploy/aot/aot.sh"
if [ -z "${BENCH_JVM:-}" ]; then
  BENCH_JVM=jdk17; aot_usable && BENCH_JVM=aot
fi

ensure_jars() { # both layouts (the fast-jar with AppCDS for Java 17; with a JDK 25 the aot-jar and its AOT caches)
  for s in "${SERVICES[@]}"; do
    [ -f "$ROOT/${s%%:*}/target/quarkus-app/quarkus-run.jar" ] && continue
    log "building the runner jars with their AppCDS archives"; (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Pappcds); break
  done
  [ -n "$JAVA25" ] || return 0
  for s in "${SERVICES[@]}"; do
    [ -f "$ROOT/${s%%:*}/target/$AOT_LAYOUT/quarkus-run.jar" ] && continue
    log "building the aot-jar layouts"; (cd "$ROOT" && ./mvnw -B -q package -DskipTests -Paot); break
  done
  [ "${BENCH_AOT_TRAIN:-on}" = off ] && return 0   # scale.sh: the cache changes the start, not a query's time
  for s in "${SERVICES[@]}"; do ensure_aot_cache "$ROOT/${s%%:*}/target/$AOT_LAYOUT" "$AOT_JAVA_OPTS" || true; done
}

# start_service NAME PORT [extra java opts...]: background java as deploy/run.sh starts it (BENCH_JVM=aot: JDK 25, the
# aot-jar layout, AOT_JAVA_OPTS and its AOT cache; jdk17: SERVICE_JAVA_OPTS and the AppCDS archive if there is one) plus
# BENCH_JAVA_OPTS; pid in $OUT/NAME.pid, log in $OUT/NAME.log. start_jdk17 NAME PORT: the Java 17 way whatever BENCH_JVM.
# start_plain NAME PORT [opts]: Java 17, fast-jar, no flags, no archive. start_in LAYOUT JAVA NAME PORT [opts]: any.
# Started from the layout's directory: an AppCDS archive or AOT cache only matches the class path it was made with.
# Two settings (deploy/lib.sh): BENCH_SETTING=laptop (default) is how deploy/run.sh starts a service (C1 only);
# production is how the images and pods start it (IMAGE_JAVA_OPTS: full tiered, Serial GC, 384 MB heap) with an AOT
# cache trained with exactly those flags, as the image's build trains it.
setting_opts() { # SETTING -> the JVM flags of that setting on this JVM
  case "$1" in
    production) echo "$IMAGE_JAVA_OPTS" ;;
    *) if [ "$BENCH_JVM" = aot ]; then echo "$AOT_JAVA_OPTS"; else echo "$SERVICE_JAVA_OPTS"; fi ;;
  esac
}
start_service() {
  local name=$1 port=$2 opts; shift 2
  opts=$(setting_opts "${BENCH_SETTING:-laptop}")
  if [ "$BENCH_JVM" = aot ]; then
    local cache="" file; file=$(aot_cache_name "$opts")
    [ "$opts" = "$AOT_JAVA_OPTS" ] || [ "${BENCH_AOT_TRAIN:-on}" = off ] || ensure_aot_cache "$ROOT/$name/target/$AOT_LAYOUT" "$opts" >/dev/null 2>&1 || true
    [ -f "$ROOT/$name/target/$AOT_LAYOUT/$file" ] && cache="-XX:AOTCache=$file"
    # shellcheck disable=SC2086
    start_in "$AOT_LAYOUT" "$JAVA25/bin/java" "$name" "$port" $opts $cache ${BENCH_JAVA_OPTS:-} "$@"
  elif [ "${BENCH_SETTING:-laptop}" = production ]; then
    # shellcheck disable=SC2086
    start_plain "$name" "$port" $opts ${BENCH_JAVA_OPTS:-} "$@"
  else
    start_jdk17 "$name" "$port" "$@"
  fi
}
# The framework floor (deploy/bench/floor): built here, from its own pom, with the project's Maven wrapper (offline
# when ~/.m2 has the services' dependencies); started like a production service (IMAGE_JAVA_OPTS, no AOT cache).
ensure_floor() {
  local want have
  want=$(grep -o '<quarkus.platform.version>[^<]*' "$ROOT/pom.xml" | head -1 | cut -d'>' -f2)
  have=$(grep -o '<quarkus.platform.version>[^<]*' "$BENCH_DIR/floor/pom.xml" | head -1 | cut -d'>' -f2)
  [ "$want" = "$have" ] || { log "deploy/bench/floor/pom.xml has Quarkus $have, the services $want: align them"; return 1; }
  [ -f "$BENCH_DIR/floor/target/quarkus-app/quarkus-run.jar" ] && [ -z "$(find "$BENCH_DIR/floor/src" "$BENCH_DIR/floor/pom.xml" -newer "$BENCH_DIR/floor/target/quarkus-app/quarkus-run.jar" 2>/dev/null)" ] && return 0
  log "building the framework floor (deploy/bench/floor)"
  (cd "$ROOT" && { ./mvnw -B -q -o -f deploy/bench/floor/pom.xml package -DskipTests 2>/dev/null || ./mvnw -B -q -f deploy/bench/floor/pom.xml package -DskipTests; })
}
start_floor() {
  local java=java; [ -n "$JAVA25" ] && java="$JAVA25/bin/java"
  # shellcheck disable=SC2086
  ( cd "$BENCH_DIR/floor/target/quarkus-app" && DB_URL="jdbc:postgresql://127.0.0.1:5432/$BENCH_DB" HTTP_PORT=$FLOOR_PORT \
      MANAGEMENT_PORT=$(( FLOOR_PORT + MGMT_OFFSET )) exec "$java" $IMAGE_JAVA_OPTS -jar quarkus-run.jar ) >"$OUT/floor.log" 2>&1 &
  echo $! >"$OUT/floor.pid"
}
start_jdk17() {
  local name=$1 port=$2 cds=""; shift 2
  [ -f "$ROOT/$name/target/quarkus-app/app-cds.jsa" ] && cds="-XX:SharedArchiveFile=app-cds.jsa"
  # shellcheck disable=SC2086
  start_plain "$name" "$port" $SERVICE_JAVA_OPTS $cds ${BENCH_JAVA_OPTS:-} "$@"
}
start_plain() { start_in quarkus-app java "$@"; }
start_in() {
  local layout=$1 java=$2 name=$3 port=$4; shift 4
  ( cd "$ROOT/$name/target/$layout" && DB_URL="${SERVICE_DB_URL:-jdbc:postgresql://127.0.0.1:5432/$BENCH_DB}" HTTP_PORT=$port \
      MANAGEMENT_PORT=$(( port + MGMT_OFFSET )) \
      ALLOW_DEV_DEFAULTS=true WRITE_RATE_LIMIT=0 exec "$java" "$@" -jar quarkus-run.jar ) >"$OUT/$name.log" 2>&1 &
  echo $! >"$OUT/$name.pid"
}

# cpu_ms PID: CPU time (user + system) the process has used so far, in ms: unlike wall time, barely changed by other
# work on the machine
cpu_ms() { awk -v t="$(getconf CLK_TCK)" '{ printf "%d\n", ($14 + $15) * 1000 / t }' "/proc/$1/stat"; }

# wait_ready PORT [timeout s] -> prints wall ms until /q/health/ready answers UP (on the management port)
wait_ready() {
  local port=$1 t0 limit=$(( $(date +%s) + ${2:-120} ))
  t0=$(date +%s%3N)
  until curl -fs "http://127.0.0.1:$(( port + MGMT_OFFSET ))/q/health/ready" 2>/dev/null | grep -q '"UP"'; do
    [ "$(date +%s)" -gt "$limit" ] && { echo -1; return 1; }
    sleep 0.05
  done
  echo $(( $(date +%s%3N) - t0 ))
}

stop_service() {
  local name=$1 pid
  [ -f "$OUT/$name.pid" ] || return 0
  pid=$(cat "$OUT/$name.pid")
  kill "$pid" 2>/dev/null && for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  rm -f "$OUT/$name.pid"
}
stop_all() { for s in "${SERVICES[@]}"; do stop_service "${s%%:*}"; done; }

# CPU accounting for profile runs, in clock ticks: machine_jiffies -> "total busy" over all CPUs; proc_jiffies PID;
# postgres_jiffies -> every PostgreSQL process (the backends of the pools live through a run)
machine_jiffies() { awk '/^cpu / { t = 0; for (i = 2; i <= NF; i++) t += $i; print t, t - $5 - $6 }' /proc/stat; }
proc_jiffies() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
postgres_jiffies() {
  local t=0 p
  for p in $(pgrep -x postgres); do t=$(( t + $(awk '{ print $14 + $15 }' "/proc/$p/stat" 2>/dev/null || echo 0) )); done
  echo $t
}
# jcmd_of PID ARGS...: the jcmd of the JVM the services run on
jcmd_of() { local j=jcmd; [ "$BENCH_JVM" = aot ] && j="$JAVA25/bin/jcmd"; "$j" "$@"; }
# async_profiler_lib -> path of libasyncProfiler.so (tools.profiler:async-profiler from Maven Central, unpacked once)
async_profiler_lib() {
  local v=4.2 dir="$OUT/async-profiler" jar
  [ -f "$dir/libasyncProfiler.so" ] && { echo "$dir/libasyncProfiler.so"; return; }
  jar="$HOME/.m2/repository/tools/profiler/async-profiler/$v/async-profiler-$v.jar"
  [ -f "$jar" ] || (cd "$ROOT" && ./mvnw -B -q dependency:get -Dartifact=tools.profiler:async-profiler:$v >/dev/null 2>&1) || return 1
  mkdir -p "$dir" && unzip -o -q -j "$jar" linux-x64/libasyncProfiler.so -d "$dir" && echo "$dir/libasyncProfiler.so"
}
