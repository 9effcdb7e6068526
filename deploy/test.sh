#!/usr/bin/env bash
# Runs every test of every module against a real PostgreSQL (database qinghai_test).
set -euo pipefail
source "$(dirname "$0")/lib.sh"
cd "$ROOT"
ensure_java
ensure_postgres qinghai_test
start=$(date +%s)
log "running all tests (./mvnw -B install)"
./mvnw -B -ntp install "$@"
log "all tests passed in $(( $(date +%s) - start ))s"
