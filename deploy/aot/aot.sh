#!/usr/bin/env bash
# Sourced by deploy/lib.sh and deploy/bench/common.sh: running a service on JDK 25 with its AOT cache.
# The build stays on Java 17; a JDK 25 (JAVA25_HOME, else the newest /usr/lib/jvm/temurin-25*) only runs the
# aot-jar layout <service>/target/quarkus-app-aot (./mvnw package -Paot) with -XX:AOTCache=app.aot, the cache a
# training run of deploy/aot/train.sh built for exactly those jars, that java and those JVM flags.
# AOT_CACHE=off keeps everything on Java 17 (deploy/lib.sh DEFAULT_JAVA_OPTS, fast-jar, AppCDS if built).

AOT_HOME_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
AOT_LAYOUT=quarkus-app-aot

java25_home() { # prints the JDK 25 home to use, nothing when there is none
  local h
  for h in "${JAVA25_HOME:-}" $(ls -d /usr/lib/jvm/temurin-25* 2>/dev/null | sort -rV); do
    if [ -n "$h" ] && [ -x "$h/bin/java" ] && "$h/bin/java" -XX:AOTMode=off -version >/dev/null 2>&1; then
      echo "$h"; return
    fi
  done
}
JAVA25="$(java25_home)"

aot_train_db_url() { echo "${AOT_TRAIN_DB_URL:-jdbc:postgresql://127.0.0.1:5432/qinghai_aot_train}"; }

# aot_usable: a JDK 25, not switched off, and a database to train on (AOT_TRAIN_DB_URL, else the local server)
aot_usable() {
  [ "${AOT_CACHE:-on}" != off ] && [ -n "$JAVA25" ] || return 1
  [ -n "${AOT_TRAIN_DB_URL:-}" ] || psql -h 127.0.0.1 -U "${DB_USER:-postgres}" -d postgres -tAc 'select 1' >/dev/null 2>&1
}

# aot_cache_name OPTS: the cache of a flag set; app.aot for the default flags (what deploy/run.sh starts with)
aot_cache_name() {
  if [ "$1" = "${AOT_JAVA_OPTS:-}" ]; then echo app.aot; else echo "app-$(printf '%s' "$1" | cksum | cut -d' ' -f1).aot"; fi
}

# ensure_aot_cache APP_DIR OPTS [CACHE]: trains APP_DIR/CACHE when it is missing or stale; 1 when there is none
ensure_aot_cache() {
  local dir=$1 opts=$2 cache=${3:-$(aot_cache_name "$2")}
  JAVA="$JAVA25/bin/java" JAVA_OPTS="$opts" "$AOT_HOME_DIR/train.sh" --check "$dir" "$cache" && return 0
  if [ -z "${AOT_TRAIN_DB_URL:-}" ] && [ "$(psql -h 127.0.0.1 -U "${DB_USER:-postgres}" -d postgres -tAc \
      "select 1 from pg_database where datname = 'qinghai_aot_train'" 2>/dev/null)" != 1 ]; then
    psql -h 127.0.0.1 -U "${DB_USER:-postgres}" -d postgres -qc 'create database qinghai_aot_train' >/dev/null || return 1
  fi
  printf '[%s] %s\n' "$(date +%H:%M:%S)" "training the AOT cache $cache of $dir: one start and stop of the service (under a minute; again after each build or change of JAVA_OPTS)" >&2
  JAVA="$JAVA25/bin/java" JAVA_OPTS="$opts" AOT_TRAIN_DB_URL="$(aot_train_db_url)" "$AOT_HOME_DIR/train.sh" "$dir" "$cache"
}
