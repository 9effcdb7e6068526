#!/usr/bin/env bash
# Production refuses the repository's secrets (common.security.ProductionSecretsGuard). Starts each service's runner
# jar (built by ./mvnw package/verify) in production mode without ALLOW_DEV_DEFAULTS, once per default secret, and
# checks that it stops and names the setting: IDEMPOTENCY_SECRET, DB_PASSWORD, PATIENT_REF_SECRET (medical alliance),
# EVENTS_SECRET_KEY (the dev key sealing event subscriptions' secrets: the default resource, and a copy under another
# name), and the dev JWT key however it is referenced (the default classpath resource, and a file: copy under another
# name). One start with this deployment's own values proves the refusals come from the secrets and nothing else.
# Runs on a database of its own (qinghai_prod_secrets, owned by a role of its own) and ports 18190-18199.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
if [ -n "${DB_URL:-}" ]; then log "prod-secrets: skipped (DB_URL points at a database this script does not manage)"; exit 0; fi
cd "$ROOT"
ensure_postgres postgres
DB=qinghai_prod_secrets
psql_admin "drop database if exists $DB with (force)" >/dev/null
psql_admin "do \$\$ begin if not exists (select from pg_roles where rolname = '$DB') then create role $DB login; end if; end \$\$" >/dev/null
psql_admin "create database $DB owner $DB" >/dev/null
work=$(mktemp -d)
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"; psql_admin "drop database if exists $DB with (force)" >/dev/null || true; }
trap cleanup EXIT
openssl genrsa -out "$work/own-private.pem" 2048 2>/dev/null
openssl rsa -in "$work/own-private.pem" -pubout -out "$work/own-public.pem" 2>/dev/null
cp service-common/src/main/resources/dev-keys/publicKey.pem "$work/idp-key.pem"   # the dev key under another name
cp service-common/src/main/resources/dev-keys/events-secret.key "$work/events-copy.key"   # the dev events key, renamed
openssl rand -base64 32 >"$work/own-events.key"
own_secret() { openssl rand -hex 24; }
starts=0
DB_PW=$(own_secret)

# start SERVICE HTTP MGMT LOG [VAR=value | -u VAR]... — a production start with this deployment's own values, changed
# by the arguments (VAR=value replaces one, -u VAR leaves it unset: the default applies); sets pid (a child of this
# shell, so that wait gives its exit status)
start() {
  local name=$1 http=$2 mgmt=$3 logf=$4; shift 4
  declare -A own=([DB_USER]=$DB [DB_PASSWORD]="$DB_PW" [JWT_PUBLIC_KEY_LOCATION]="$work/own-public.pem"
    [IDEMPOTENCY_SECRET]="$(own_secret)" [PATIENT_REF_SECRET]="$(own_secret)" [EVENTS_SECRET_KEY]="$work/own-events.key")
  while [ $# -gt 0 ]; do
    if [ "$1" = -u ]; then unset "own[$2]"; shift 2; else own[${1%%=*}]="${1#*=}"; shift; fi
  done
  local vars=() k
  for k in "${!own[@]}"; do vars+=("$k=${own[$k]}"); done
  env -u ALLOW_DEV_DEFAULTS -u JWT_PUBLIC_KEY_LOCATION -u IDEMPOTENCY_SECRET -u PATIENT_REF_SECRET -u DB_PASSWORD \
    -u EVENTS_SECRET_KEY -u DB_USER QUARKUS_PROFILE=prod DB_URL="jdbc:postgresql://127.0.0.1:5432/$DB" HTTP_PORT="$http" \
    MANAGEMENT_PORT="$mgmt" MAILER_MOCK=true NOTIFICATIONS_WEBHOOK_URL= "${vars[@]}" \
    java $DEFAULT_JAVA_OPTS -jar "$ROOT/$name/target/quarkus-app/quarkus-run.jar" >"$logf" 2>&1 &
  pid=$!
}

# refused SERVICE SETTING [env changes...] — the start must end by itself, non-zero, its log naming SETTING
refused() {
  local name=$1 setting=$2; shift 2
  starts=$((starts + 1))
  local logf="$RUN_DIR/prod-secrets-$starts-$name-$setting.log" rc=0 i
  start "$name" 18191 18195 "$logf" "$@"
  for i in $(seq 1 900); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  if kill -0 "$pid" 2>/dev/null; then die "prod-secrets: $name started with a default $setting ($*); see $logf"; fi
  wait "$pid" || rc=$?
  pid=""
  [ "$rc" != 0 ] || die "prod-secrets: $name exited 0 with a default $setting; see $logf"
  grep -q "refusing to start: .*$setting" "$logf" || die "prod-secrets: $name stopped without naming $setting; see $logf"
  log "prod-secrets: $name refused $setting ($*)"
}

[ -f project-tracking-service/target/quarkus-app/quarkus-run.jar ] || die "prod-secrets: build the jars first (./mvnw package)"
# this deployment's own values: it starts
start project-tracking-service 18191 18195 "$RUN_DIR/prod-secrets-own-values.log"
wait_for 300 sh -c 'curl -fs -m 2 http://127.0.0.1:18195/q/health/ready | grep -q "\"UP\""' \
  || die "prod-secrets: project-tracking-service did not start with its own secrets; see $RUN_DIR/prod-secrets-own-values.log"
kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""
log "prod-secrets: project-tracking-service starts with its own secrets and key"

psql_admin "alter role $DB password 'postgres'" >/dev/null   # the default password is the one the database accepts
for svc in project-tracking-service transparency-assessment-service action-plan-service medical-alliance-service; do
  refused "$svc" IDEMPOTENCY_SECRET -u IDEMPOTENCY_SECRET
  refused "$svc" DB_PASSWORD -u DB_PASSWORD
  refused "$svc" JWT_PUBLIC_KEY_LOCATION -u JWT_PUBLIC_KEY_LOCATION
  refused "$svc" JWT_PUBLIC_KEY_LOCATION JWT_PUBLIC_KEY_LOCATION="file:$work/idp-key.pem"
  refused "$svc" EVENTS_SECRET_KEY -u EVENTS_SECRET_KEY
  refused "$svc" EVENTS_SECRET_KEY EVENTS_SECRET_KEY="$work/events-copy.key"
done
refused medical-alliance-service PATIENT_REF_SECRET -u PATIENT_REF_SECRET
log "prod-secrets: every service refuses every default secret in production, naming it"
