#!/usr/bin/env bash
# Runs every test of every module against a real PostgreSQL (database qinghai_test).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_java
# the document tests read back PDFs with the embedded Chinese font
ensure_font
# tests use TEST_DB_URL's database (default qinghai_test); each service cleans its own schema in it
test_db="${TEST_DB_URL:-jdbc:postgresql://127.0.0.1:5432/qinghai_test}"
test_db="${test_db##*/}"; test_db="${test_db%%\?*}"
ensure_postgres "$test_db"
start=$(date +%s)
log "running all tests (./mvnw verify)"
./mvnw -B -ntp verify "$@"
# the four OpenAPI documents the build just wrote: Spectral spectral:oas with no error or warning, ids unique across them
CONTRACT_SKIP_BUILD=1 bash deploy/checks/contract.sh
# the PrometheusRule: promtool check rules and its unit tests (job-not-run thresholds per schedule)
bash deploy/checks/alert-rules.sh
# on the runner jars the verify just built: a database restart under a service, two instances of one, and production
# starts with default secrets
bash deploy/checks/restart.sh
bash deploy/checks/two-instances.sh
# the four services together: the example session (deploy/examples.sh), the generated clients, Swagger UI in Chromium
bash deploy/checks/live.sh
# production mode refuses every default secret and the dev JWT key, naming the setting
bash deploy/checks/prod-secrets.sh
log "all tests passed in $(( $(date +%s) - start ))s"
