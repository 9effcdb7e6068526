#!/usr/bin/env bash
# The four services as integrators and administrators meet them, on the runner jars the verify built, started together
# on a database of their own (dropped and made anew, the gazette seed loaded by the services):
#  1. deploy/examples.sh: the example session of docs/examples.md, step by step, each answer checked;
#  2. the generated Java clients (module clients, ClientsIT) call each running service;
#  3. the Swagger UI test (deploy/checks/swagger-ui.mjs) in headless Chromium: authorize, a list, two creates, reload.
# Needs Java 17, curl, python3, Node.js with npm and Debian's chromium (installed with apt-get when run as root and
# missing; playwright-core, pinned below, into a cache directory like Spectral in contract.sh, never the repository).
# LIVE_PORTS (four API ports) and LIVE_MGMT_OFFSET (management port = API port + offset) move the services elsewhere.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
if [ -n "${DB_URL:-}" ]; then log "live: skipped (DB_URL points at a database this script does not manage)"; exit 0; fi
cd "$ROOT"
PLAYWRIGHT_VERSION=1.65.2
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/qinghai-followup/playwright-core-$PLAYWRIGHT_VERSION"
DB="${LIVE_DB:-qinghai_live}"
read -r -a PORTS <<<"${LIVE_PORTS:-18291 18292 18293 18294}"
OFFSET="${LIVE_MGMT_OFFSET:-1000}"
SERVICES=(project-tracking-service transparency-assessment-service action-plan-service medical-alliance-service)
start=$(date +%s)

ensure_java
ensure_postgres postgres
install_if_missing() { # command package...
  command -v "$1" >/dev/null && return
  shift
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "live: installing $*"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
  else
    die "live: $* required (e.g. apt-get install $*)"
  fi
}
install_if_missing npm nodejs npm
install_if_missing chromium chromium
install_if_missing python3 python3
if [ ! -f "$CACHE/node_modules/playwright-core/package.json" ]; then
  log "live: installing playwright-core@$PLAYWRIGHT_VERSION into $CACHE"
  mkdir -p "$CACHE"
  npm install --prefix "$CACHE" --no-audit --no-fund --loglevel=error "playwright-core@$PLAYWRIGHT_VERSION" >/dev/null
fi

psql_admin "drop database if exists $DB with (force)" >/dev/null
ensure_database "$DB"
url() { echo "http://127.0.0.1:${PORTS[$1]}"; }
mgmt() { echo "http://127.0.0.1:$(( PORTS[$1] + OFFSET ))"; }
pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait "${pids[@]}" 2>/dev/null || true' EXIT
for i in 0 1 2 3; do
  s=${SERVICES[$i]}
  [ -f "$s/target/quarkus-app/quarkus-run.jar" ] || die "live: $s/target/quarkus-app/quarkus-run.jar is missing (./mvnw package first)"
  # shellcheck disable=SC2086
  env DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" HTTP_PORT="${PORTS[$i]}" MANAGEMENT_PORT="$(( PORTS[i] + OFFSET ))" \
    ALLOW_DEV_DEFAULTS=true PROJECT_TRACKING_URL="$(url 0)" MEDICAL_ALLIANCE_URL="$(url 3)" \
    PEER_TOKEN="$(deploy/token.sh viewer)" \
    java $DEFAULT_JAVA_OPTS -jar "$ROOT/$s/target/quarkus-app/quarkus-run.jar" >"$RUN_DIR/live-$s.log" 2>&1 &
  pids+=($!)
done
ready() { curl -fs -m 2 "$(mgmt "$1")/q/health/ready" | grep -q '"UP"'; }
for i in 0 1 2 3; do
  wait_for 300 ready "$i" || die "live: ${SERVICES[$i]} did not start; see $RUN_DIR/live-${SERVICES[$i]}.log"
done
log "live: the four services answer ($(( $(date +%s) - start ))s)"

t=$(date +%s)
PT_URL="$(url 0)" TA_URL="$(url 1)" AP_URL="$(url 2)" MA_URL="$(url 3)" EXAMPLES_DIR="$RUN_DIR/live-examples" EXAMPLES_PEERS_LIVE=1 \
  bash deploy/examples.sh >"$RUN_DIR/live-examples.log" 2>&1 \
  || { tail -30 "$RUN_DIR/live-examples.log" >&2; die "live: deploy/examples.sh failed; see $RUN_DIR/live-examples.log"; }
log "live: deploy/examples.sh passed ($(( $(date +%s) - t ))s; $(grep -c '^examples: ' "$RUN_DIR/live-examples.log") steps)"

t=$(date +%s)
./mvnw -B -ntp -q -pl clients failsafe:integration-test failsafe:verify -DskipITs=false \
  -Dclients.it.project-tracking="$(url 0)" -Dclients.it.transparency-assessment="$(url 1)" \
  -Dclients.it.action-plan="$(url 2)" -Dclients.it.medical-alliance="$(url 3)" \
  -Dclients.it.token="$(deploy/token.sh admin)" >"$RUN_DIR/live-clients.log" 2>&1 \
  || { tail -40 "$RUN_DIR/live-clients.log" >&2; die "live: the generated clients failed against the services"; }
log "live: the generated clients called the four services ($(( $(date +%s) - t ))s)"

t=$(date +%s)
NODE_PATH="$CACHE/node_modules" SWAGGER_UIS="$(mgmt 0) $(mgmt 1) $(mgmt 2) $(mgmt 3)" TOKEN="$(deploy/token.sh admin)" \
  SCREENSHOTS="$RUN_DIR/live-swagger-ui" node deploy/checks/swagger-ui.js
log "live: Swagger UI in headless Chromium passed ($(( $(date +%s) - t ))s)"
log "live: OK in $(( $(date +%s) - start ))s"
