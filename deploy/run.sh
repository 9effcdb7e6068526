#!/usr/bin/env bash
# Starts PostgreSQL (or uses DB_URL), the four services with the gazette data, prints Swagger UI links
# and ready-to-use tokens, and stops everything on Ctrl-C. Re-running keeps the data (Flyway + idempotent seeds).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
SERVICES=(project-tracking-service:8081 transparency-assessment-service:8082 action-plan-service:8083 medical-alliance-service:8084)
ensure_java
ensure_font
ensure_postgres qinghai

# With a JDK 25 (deploy/aot/aot.sh): the aot-jar layout, run on JDK 25 with the AOT cache of each service, trained
# here when missing or stale (after a build, or other JAVA_OPTS). Else Java 17: the fast-jar, with its AppCDS archive
# when built with -Pappcds. The build is Java 17 either way.
if aot_usable; then
  LAYOUT=$AOT_LAYOUT JAVA_BIN="$JAVA25/bin/java" PROFILE=-Paot
  JAVA_OPTS="${JAVA_OPTS:-$AOT_JAVA_OPTS}"
  log "running on $JAVA25 with AOT caches (AOT_CACHE=off: Java 17)"
else
  LAYOUT=quarkus-app JAVA_BIN=java PROFILE=""
  JAVA_OPTS="${JAVA_OPTS:-$DEFAULT_JAVA_OPTS}"
  if [ -z "$JAVA25" ]; then
    log "running on Java 17 (with a JDK 25 in JAVA25_HOME or /usr/lib/jvm/temurin-25* the services start faster)"
  elif [ "${AOT_CACHE:-on}" != off ]; then
    log "running on Java 17: no local PostgreSQL to train the JDK 25 AOT caches on (set AOT_TRAIN_DB_URL to a scratch database)"
  fi
fi

needs_build=false
for s in "${SERVICES[@]}"; do
  jar="${s%%:*}/target/$LAYOUT/quarkus-run.jar"
  if [ ! -f "$jar" ] || [ -n "$(find "${s%%:*}/src" service-common/src pom.xml "${s%%:*}/pom.xml" -newer "$jar" -type f 2>/dev/null | head -1)" ]; then
    needs_build=true
  fi
done
if $needs_build; then
  log "building the services (./mvnw install -DskipTests $PROFILE)"
  # shellcheck disable=SC2086
  ./mvnw -B -q -ntp install -DskipTests $PROFILE
fi
if [ "$LAYOUT" = "$AOT_LAYOUT" ]; then
  for s in "${SERVICES[@]}"; do
    ensure_aot_cache "$ROOT/${s%%:*}/target/$LAYOUT" "$JAVA_OPTS" app.aot \
      || log "WARNING: no AOT cache for ${s%%:*}: it starts without one (slower); see ${s%%:*}/target/$LAYOUT/app.aot.log"
  done
fi

# a local run: the dev key pair signs run.sh's tokens and the repository's default secrets are accepted
# (a production start refuses them: common.security.ProductionSecretsGuard)
export ALLOW_DEV_DEFAULTS="${ALLOW_DEV_DEFAULTS:-true}"

# action-plan reads linked indicators from the other two services with a 5-minute viewer token it signs per call
# with this key (locally the dev key, which the services trust); nothing expires for a person to renew
export PEER_SIGNING_KEY="${PEER_SIGNING_KEY:-$ROOT/service-common/src/test/resources/dev-keys/privateKey.pem}"

pids=()
stop_all() {
  trap - INT TERM EXIT
  if [ ${#pids[@]} -gt 0 ]; then
    log "stopping the services"
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap 'stop_all; exit 130' INT TERM
trap stop_all EXIT

for s in "${SERVICES[@]}"; do
  name="${s%%:*}" port="${s##*:}"
  if curl -fs "http://127.0.0.1:$(mgmt_port "$port")/q/health/ready" >/dev/null 2>&1; then
    die "port $port already answers: stop the earlier run first"
  fi
  log "starting $name on port $port (log: deploy/.run/$name.log)"
  # from the jar's directory: an AOT cache or AppCDS archive (./mvnw package -Pappcds) only matches that class path
  cds=""
  if [ "$LAYOUT" = "$AOT_LAYOUT" ]; then
    [ -f "$name/target/$LAYOUT/app.aot" ] && cds="-XX:AOTCache=app.aot"
  elif [ -f "$name/target/quarkus-app/app-cds.jsa" ]; then
    cds="-XX:SharedArchiveFile=app-cds.jsa"
  fi
  # shellcheck disable=SC2086
  (cd "$name/target/$LAYOUT" && HTTP_PORT="$port" MANAGEMENT_PORT="$(mgmt_port "$port")" exec "$JAVA_BIN" $JAVA_OPTS $cds -jar quarkus-run.jar) >"$RUN_DIR/$name.log" 2>&1 &
  pids+=($!)
done

for s in "${SERVICES[@]}"; do
  name="${s%%:*}" port="${s##*:}"
  for i in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$(mgmt_port "$port")/q/health/ready" | grep -q '"UP"'; then break; fi
    if [ "$i" = 120 ]; then die "$name did not become ready; see deploy/.run/$name.log"; fi
    sleep 1
  done
done

tokens="$RUN_DIR/tokens.env"
# bearer tokens: readable by their owner only
rm -f "$tokens"
( umask 077; : > "$tokens" )
{
  echo "ADMIN_TOKEN=$(deploy/token.sh admin)"
  echo "SUPERVISOR_TOKEN=$(deploy/token.sh supervisor)"
  echo "VIEWER_TOKEN=$(deploy/token.sh viewer)"
  echo "REPORTER_TOKEN=$(deploy/token.sh reporter 西宁市政府)"
} > "$tokens"

# The documents printed below are stored period reports: on a fresh database none is built yet (their jobs run after
# each period ends), so each missing one is built once now by an admin regeneration; a re-run finds them and keeps them.
admin=$(grep '^ADMIN_TOKEN=' "$tokens" | cut -d= -f2-)
for doc in "8081 quarterly/2017-Q4 ?fairId=1" "8083 quarterly/2017-Q3" "8082 bulletin/2017" "8084 quarterly/2017-Q3"; do
  read -r port path query <<<"$doc"
  url="http://localhost:$port/api/v1/period-reports/$path"
  code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $admin" "$url${query:-}")
  if [ "$code" = 404 ]; then
    code=$(curl -s -o /dev/null -w '%{http_code}' -XPOST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      -d '{"reason":"deploy/run.sh: first build of the example document"}' "$url/regenerate${query:-}")
    [ "$code" = 201 ] || log "could not build $path on port $port (HTTP $code); its link below answers 404"
  fi
done

cat <<MSG

All four services are up: API on 8081-8084; health (/q/health), metrics (/q/metrics), OpenAPI and Swagger UI on
their management ports 9081-9084 (never the public port).
  project-tracking-service         http://localhost:9081/q/swagger-ui   (青政办〔2017〕134号)
  transparency-assessment-service  http://localhost:9082/q/swagger-ui   (137号, 138号)
  action-plan-service              http://localhost:9083/q/swagger-ui   (135号)
  medical-alliance-service         http://localhost:9084/q/swagger-ui   (140号)

Tokens (valid 12 h; also in deploy/.run/tokens.env — 'source' it for curl; paste one into Swagger UI's Authorize):
$(sed 's/^/  /' "$tokens")
  (the reporter token acts for unit 西宁市政府; mint others with: deploy/token.sh reporter "省卫生计生委")

Try:  source deploy/.run/tokens.env && curl -s -H "Authorization: Bearer \$VIEWER_TOKEN" localhost:8081/api/v1/units?size=3

Documents (a stored period report as the document its notice asks for: ?format=docx|pdf|xlsx; built by its job after
the period ends, rebuilt by an admin with POST …/{period}/regenerate; these four were built at the first start):
  134号 (DOCX)  curl -o 134-2017-Q4.docx -H "Authorization: Bearer \$VIEWER_TOKEN" 'localhost:8081/api/v1/period-reports/quarterly/2017-Q4?fairId=1&format=docx'
  135号 (PDF)   curl -o 135-2017-Q3.pdf -H "Authorization: Bearer \$VIEWER_TOKEN" 'localhost:8083/api/v1/period-reports/quarterly/2017-Q3?format=pdf'
  137号 (PDF)   curl -o 137-2017.pdf -H "Authorization: Bearer \$VIEWER_TOKEN" 'localhost:8082/api/v1/period-reports/bulletin/2017?format=pdf'
  140号 (XLSX)  curl -o 140-2017-Q3.xlsx -H "Authorization: Bearer \$VIEWER_TOKEN" 'localhost:8084/api/v1/period-reports/quarterly/2017-Q3?format=xlsx'

Press Ctrl-C to stop.
MSG
wait
