#!/usr/bin/env bash
# Shared by run.sh and test.sh: make sure Java 17 and a PostgreSQL with our databases are there.
# Order: DB_URL if set; else a server on 127.0.0.1:5432; else start an installed cluster or a
# private one as a non-root user; else (root on Debian) install PostgreSQL; else say what to install.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUN_DIR="$ROOT/deploy/.run"
# JVM flags of the services (deploy/bench/RESULTS.md): C1 only (-XX:TieredStopAtLevel=1) and Serial GC start a
# service about 4x faster on 2 busy cores and answer faster in its first minutes, a small initial heap keeps RSS under
# 200 MB after start. 192 MB of heap: 128 MB ran out serving the 1.2 MB action-plan quarterly report to 32 clients at
# once. run.sh takes JAVA_OPTS instead when it is set.
DEFAULT_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=32m -Xms24m -Xmx192m"
# With a JDK 25 (JAVA25_HOME or /usr/lib/jvm/temurin-25*) run.sh starts the aot-jar layout with the JDK 25 AOT cache
# instead (deploy/aot/aot.sh; AOT_CACHE=off keeps Java 17), with these flags. The same C1 only and Serial GC (figures in
# deploy/bench/RESULTS.md); a 64 MB code cache because on JDK 25 every 15 % of it filled by new code triggers a full
# GC ("CodeCache GC Threshold"): with 32 MB the start paid one, which also grew the heap by ~15 MB of RSS.
AOT_JAVA_OPTS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=64m -Xms24m -Xmx192m"
# Two settings, chosen by measurement (deploy/bench/RESULTS.md, "Settings"): the two above are for a person on a laptop
# (deploy/run.sh: C1 only starts fastest and smallest); the container images, compose and the Kubernetes pods run
# IMAGE_JAVA_OPTS, for throughput and tail latency: full tiered compilation (C2: ~2.7x the req/s of C1 only on
# GET /api/v1/projects/{id} once warm, for a slower start and more memory), the default code cache (C2's code needs
# more than 64 MB), Serial GC (a pod has 1 CPU: G1's concurrent threads and barriers cost throughput there and its pauses
# at a 384 MB heap are no shorter; the JVM would pick Serial itself below 2 CPUs, named so a 2-CPU limit does not
# silently switch) and a 384 MB heap (pods: MaxRAMPercentage=50 of their 768Mi limit). The image trains its AOT cache
# with exactly these flags (deploy/docker/Dockerfile): what a training run records is made for its flags.
IMAGE_JAVA_OPTS="-XX:+UseSerialGC -Xss512k -Xms64m -Xmx384m"
source "$ROOT/deploy/aot/aot.sh"
mkdir -p "$RUN_DIR"
export PGPASSWORD="${DB_PASSWORD:-postgres}"
PG_USER="${DB_USER:-postgres}"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

ensure_java() {
  if java -version 2>&1 | grep -qE 'version "(1[7-9]|2[0-9])'; then return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing OpenJDK 17"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless >/dev/null
  else
    die "Java 17 or newer is required: install OpenJDK 17 (e.g. apt-get install openjdk-17-jdk-headless)"
  fi
}

# The Chinese font the PDF documents embed (service-common common.documents; DOCUMENTS_FONT overrides the path):
# WenQuanYi Zen Hei from Debian's fonts-wqy-zenhei (GPL-2 with the font embedding exception), installed as root.
DOCUMENTS_FONT_DEFAULT=/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc
ensure_font() {
  local font="${DOCUMENTS_FONT:-$DOCUMENTS_FONT_DEFAULT}"
  [ -r "$font" ] && return
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing the PDF documents' Chinese font (fonts-wqy-zenhei)"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-wqy-zenhei >/dev/null \
      || die "apt-get install fonts-wqy-zenhei failed"
  else
    die "the PDF documents need a Chinese TrueType font at $font: apt-get install fonts-wqy-zenhei (or set DOCUMENTS_FONT)"
  fi
}

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }

pg_answers() { # host port
  if command -v pg_isready >/dev/null; then pg_isready -q -h "$1" -p "$2" -t 3; return; fi
  local b; b="$(pg_bin)"; [ -n "$b" ] && "$b/pg_isready" -q -h "$1" -p "$2" -t 3
}

start_local_postgres() {
  if command -v pg_ctlcluster >/dev/null && [ -n "$(ls /etc/postgresql 2>/dev/null)" ]; then
    local v; v="$(ls /etc/postgresql | sort -V | tail -1)"
    log "starting the installed PostgreSQL $v cluster"
    pg_ctlcluster --skip-systemctl-redirect "$v" main start 2>/dev/null || true
    for _ in $(seq 1 30); do pg_answers 127.0.0.1 5432 && return 0; sleep 1; done
  fi
  local b; b="$(pg_bin)"
  if [ -n "$b" ]; then
    local data="$RUN_DIR/pgdata" owner
    owner="$(id -un)"; [ "$(id -u)" = 0 ] && owner=postgres
    id "$owner" >/dev/null 2>&1 || useradd -r -m "$owner"
    if [ ! -s "$data/PG_VERSION" ]; then
      log "creating a private PostgreSQL cluster in $data (as $owner)"
      mkdir -p "$data" && chown "$owner" "$data" "$RUN_DIR"
      runuser -u "$owner" -- "$b/initdb" -D "$data" -U postgres --auth=trust >/dev/null
    fi
    log "starting the private PostgreSQL cluster on 127.0.0.1:5432"
    runuser -u "$owner" -- "$b/pg_ctl" -D "$data" -l "$RUN_DIR/postgres.log" \
      -o "-p 5432 -k /tmp -c listen_addresses=127.0.0.1" -w start >/dev/null
    pg_answers 127.0.0.1 5432 && return 0
  fi
  return 1
}

install_postgres() {
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing PostgreSQL from Debian's packages"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
    start_local_postgres && return 0
  fi
  die "no PostgreSQL found. Install PostgreSQL 15+ (e.g. 'apt-get install postgresql') or set DB_URL, DB_USER, DB_PASSWORD"
}

psql_admin() { # sql — as the postgres superuser, over TCP, falling back to the local socket
  psql -h 127.0.0.1 -U postgres -d postgres -tAqc "$1" 2>/dev/null \
    || runuser -u postgres -- psql -d postgres -tAqc "$1"
}

ensure_database() { # name
  if [ "$(psql_admin "select 1 from pg_database where datname = '$1'")" != 1 ]; then
    log "creating database $1"
    psql_admin "create database $1" >/dev/null
  fi
}

ensure_postgres() { # databases...
  if [ -n "${DB_URL:-}" ]; then
    log "using the configured database $DB_URL"
    return
  fi
  command -v psql >/dev/null || [ -n "$(pg_bin)" ] || install_postgres
  if ! pg_answers 127.0.0.1 5432; then
    start_local_postgres || install_postgres
  fi
  # TCP auth may be trust or scram: give postgres the documented local password.
  if [ "$PG_USER" = postgres ] && ! psql -h 127.0.0.1 -U postgres -d postgres -tAqc 'select 1' >/dev/null 2>&1; then
    runuser -u postgres -- psql -d postgres -qc "alter user postgres password '$PGPASSWORD'" >/dev/null
  fi
  for db in "$@"; do ensure_database "$db"; done
}

# Stop and start the local server the same way it was started (used by checks/restart.sh).
pg_local_stop() {
  if command -v pg_ctlcluster >/dev/null && [ -n "$(ls /etc/postgresql 2>/dev/null)" ] \
      && pg_lsclusters -h 2>/dev/null | grep -q online; then
    pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | sort -V | tail -1)" main stop -m fast
  elif [ -s "$RUN_DIR/pgdata/PG_VERSION" ]; then
    runuser -u "$(stat -c %U "$RUN_DIR/pgdata")" -- "$(pg_bin)/pg_ctl" -D "$RUN_DIR/pgdata" -m fast -w stop >/dev/null
  else
    return 1
  fi
}

pg_local_start() {
  start_local_postgres
}

wait_for() { # seconds command... — polls every 0.2 s
  local limit=$1; shift
  local end=$(( $(date +%s) + limit ))
  until "$@"; do
    [ "$(date +%s)" -ge "$end" ] && return 1
    sleep 0.2
  done
}

# A service these scripts start on HTTP port P has its management interface (health, metrics, OpenAPI) on P + 1000
# (8081 -> 9081, as the services' defaults).
mgmt_port() { echo $(( $1 + 1000 )); }

start_jar() { # name port db log [extra env...] — prints the pid
  local name=$1 port=$2 db=$3 logf=$4; shift 4
  env DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" HTTP_PORT="$port" MANAGEMENT_PORT="$(mgmt_port "$port")" \
    ALLOW_DEV_DEFAULTS=true "$@" \
    java -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" >"$logf" 2>&1 &
  echo $!
}

is_ready() { curl -fs -m 2 "http://127.0.0.1:$(mgmt_port "$1")/q/health/ready" | grep -q '"UP"'; }
is_down() { [ "$(curl -s -m 3 -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(mgmt_port "$1")/q/health/ready")" = 503 ]; }
