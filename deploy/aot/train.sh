#!/usr/bin/env bash
# deploy/aot/train.sh APP_DIR [CACHE]: builds APP_DIR/CACHE (default app.aot), the JDK 25 AOT cache (JEP 483/514/515:
# classes loaded and linked, their heap objects, method counters) of one service, by a training run: starts
# APP_DIR/quarkus-run.jar from APP_DIR with -XX:AOTCacheOutput, waits until it is ready and stops it (SIGTERM: the JVM
# then assembles the cache, 10-30 s). On a database the start had to migrate it records a second start, so the cache
# holds what an ordinary start loads. APP_DIR is the aot-jar layout <service>/target/quarkus-app-aot (./mvnw package
# -Paot): with the fast-jar most application classes come from Quarkus' own class loader, which the cache leaves out.
# Start the service the same way: cd APP_DIR && java <the same JAVA_OPTS> -XX:AOTCache=CACHE -jar quarkus-run.jar.
# AOT_TRAIN_REQUESTS=true also calls every operation of the service's OpenAPI before stopping (exercise.py; python3,
# openssl): the first requests after a start are then ~0.1 s faster, but the JVM loads every cached class at start,
# which costs ~10 MB more RSS after start (deploy/bench/RESULTS.md), so the default records the start only.
# deploy/aot/train.sh --check APP_DIR [CACHE]: exit 0 when CACHE exists and was trained on these jars, this java, these
# JAVA_OPTS and this training (the stamp CACHE.stamp), 1 when it is missing or stale.
#
# Environment: JAVA (a JDK 25+ java; default $JAVA25_HOME/bin/java, else java), JAVA_OPTS (the flags the service will
# run with, recorded in the cache: keep -Xmx and the GC those of the runtime), AOT_TRAIN_DB_URL (default
# jdbc:postgresql://127.0.0.1:5432/qinghai_aot_train: a scratch database; with AOT_TRAIN_REQUESTS=true the run writes
# with an admin token), DB_USER, DB_PASSWORD. The training instance listens on a free port, accepts the dev JWT key,
# sends no mail or webhooks and calls no peer service. Its log: APP_DIR/CACHE.log.
set -euo pipefail
check=false
[ "${1:-}" = --check ] && { check=true; shift; }
DIR="$(cd "${1:?usage: train.sh [--check] APP_DIR [CACHE]}" && pwd)"
CACHE="${2:-app.aot}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JAVA="${JAVA:-${JAVA25_HOME:+$JAVA25_HOME/bin/java}}"; JAVA="${JAVA:-java}"
JAVA_OPTS="${JAVA_OPTS:-}"
LOG="$DIR/$CACHE.log"

stamp() { # what the cache depends on: the java, the flags, the training, every file of the layout (name, size, mtime)
  "$JAVA" -version 2>&1 | head -2 | tr '\n' ' '
  printf '\nopts=%s\nrequests=%s\n' "$JAVA_OPTS" "${AOT_TRAIN_REQUESTS:-false}"
  { cat "$HERE/train.sh"; cat "$HERE/exercise.py" 2>/dev/null || true; } | cksum
  (cd "$DIR" && find . -type f ! -name '*.aot' ! -name '*.aot.*' -printf '%p %s %T@\n' | LC_ALL=C sort | cksum)
}
if $check; then
  [ -s "$DIR/$CACHE" ] && [ -f "$DIR/$CACHE.stamp" ] && [ "$(stamp)" = "$(cat "$DIR/$CACHE.stamp")" ]
  exit
fi
[ -f "$DIR/quarkus-run.jar" ] || { echo "train.sh: no $DIR/quarkus-run.jar (build with ./mvnw package -Paot)" >&2; exit 1; }
"$JAVA" -XX:AOTMode=off -version >/dev/null 2>&1 || { echo "train.sh: $JAVA has no AOT cache (JDK 25+ needed)" >&2; exit 1; }

pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -f "$DIR/$CACHE.tmp" "$DIR/$CACHE.tmp.config"' EXIT

record() { # one recording run; 0 when the cache was written
  rm -f "$DIR/$CACHE.tmp"; : >"$LOG"
  # shellcheck disable=SC2086
  (cd "$DIR" && exec env DB_URL="${AOT_TRAIN_DB_URL:-jdbc:postgresql://127.0.0.1:5432/qinghai_aot_train}" HTTP_PORT=0 MANAGEMENT_PORT=0 \
      ALLOW_DEV_DEFAULTS=true MAILER_MOCK=true NOTIFICATIONS_WEBHOOK_URL= WRITE_RATE_LIMIT=0 \
      MEDICAL_ALLIANCE_URL=http://127.0.0.1:9 PROJECT_TRACKING_URL=http://127.0.0.1:9 PEER_TOKEN= \
      "$JAVA" $JAVA_OPTS -XX:AOTCacheOutput="$CACHE.tmp" -jar quarkus-run.jar) >>"$LOG" 2>&1 &
  pid=$!
  local port="" mport="" ready=false i
  for i in $(seq 1 1500); do   # up to 5 minutes (a first start migrates and seeds)
    kill -0 "$pid" 2>/dev/null || { echo "train.sh: the service stopped, see $LOG" >&2; pid=""; return 1; }
    port=$(grep -o 'Listening on: http://[0-9.]*:[0-9]*' "$LOG" | grep -o '[0-9]*$' || true)
    mport=$(grep -o 'Management interface listening on http://[0-9.]*:[0-9]*' "$LOG" | grep -o '[0-9]*$' || true)
    if [ -n "$port" ] && [ -n "$mport" ] && curl -fs "http://127.0.0.1:$mport/q/health/ready" 2>/dev/null | grep -q '"UP"'; then
      ready=true; break
    fi
    sleep 0.2
  done
  $ready || { echo "train.sh: the service did not become ready, see $LOG" >&2; return 1; }
  if [ "${AOT_TRAIN_REQUESTS:-false}" != true ]; then
    :
  elif command -v python3 >/dev/null; then
    python3 "$HERE/exercise.py" "http://127.0.0.1:$port" "http://127.0.0.1:$mport" >>"$LOG" 2>&1 || echo "train.sh: exercise.py failed, see $LOG" >&2
  else
    echo "train.sh: no python3, the cache holds what the start loads (not the requests)" >&2
  fi
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=""
  [ -s "$DIR/$CACHE.tmp" ]
}
record || { echo "train.sh: no cache written, see $LOG" >&2; exit 1; }
# A database this start had to migrate first: record once more, so the cache holds what an ordinary start (schema
# up to date) loads, not the migrations.
if grep -q 'Migrating schema' "$LOG"; then
  record || { echo "train.sh: no cache written, see $LOG" >&2; exit 1; }
fi
mv "$DIR/$CACHE.tmp" "$DIR/$CACHE"
stamp >"$DIR/$CACHE.stamp"
echo "train.sh: $DIR/$CACHE $(( $(stat -c %s "$DIR/$CACHE") / 1048576 )) MB; $(grep -o 'exercised .*' "$LOG" | tail -1)" >&2
