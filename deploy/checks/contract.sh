#!/usr/bin/env bash
# The contract of the four services' OpenAPI documents, checked without starting any service:
#  1. ./mvnw package writes each service's document at build time (quarkus.smallrye-openapi.store-schema-directory,
#     service-common's defaults) to <service>/target/openapi/openapi.{json,yaml}; CONTRACT_SKIP_BUILD=1 lints the
#     documents of the last build instead;
#  2. Spectral (@stoplight/spectral-cli, the version pinned below, installed once into a cache directory, never into
#     the repository) lints each with the repository's .spectral.yaml (spectral:oas, every rule turned off there has
#     its reason): any error or warning fails;
#  3. the operationIds are unique across the four documents (an integrator generates all four clients into one
#     program; each service's OpenApiContractTest checks its own document).
# Needs Java 17 (installed like deploy/run.sh does) and Node.js with npm (installed from Debian's packages when run as
# root). Results of the last run: docs/contract.md.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
cd "$ROOT"
SPECTRAL_VERSION=6.16.3
CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/qinghai-followup/spectral-$SPECTRAL_VERSION"
SERVICES=(project-tracking-service transparency-assessment-service action-plan-service medical-alliance-service)

ensure_java
if [ "${CONTRACT_SKIP_BUILD:-0}" != 1 ]; then
  log "contract: building the services (their OpenAPI documents are written by the build)"
  ./mvnw -B -ntp -q package -DskipTests
fi
if ! command -v npm >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "contract: installing Node.js and npm"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
  else
    die "Node.js with npm is required (e.g. apt-get install nodejs npm)"
  fi
fi
SPECTRAL="$CACHE/node_modules/.bin/spectral"
if [ ! -x "$SPECTRAL" ]; then
  log "contract: installing @stoplight/spectral-cli@$SPECTRAL_VERSION into $CACHE"
  mkdir -p "$CACHE"
  npm install --prefix "$CACHE" --no-audit --no-fund --loglevel=error "@stoplight/spectral-cli@$SPECTRAL_VERSION" >/dev/null
fi

failed=0
docs=()
for s in "${SERVICES[@]}"; do
  doc="$s/target/openapi/openapi.json"
  [ -f "$doc" ] || die "$doc is missing: build first (./mvnw package -DskipTests)"
  docs+=("$doc")
  if "$SPECTRAL" lint --quiet --ruleset .spectral.yaml --fail-severity=warn "$doc"; then
    log "contract: $s: spectral:oas 0 errors, 0 warnings"
  else
    log "contract: $s: spectral reports problems (above)"
    failed=1
  fi
done

node - "${docs[@]}" <<'JS' || failed=1
const fs = require('fs');
const seen = new Map();
let bad = 0, count = 0;
for (const file of process.argv.slice(2)) {
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const [path, item] of Object.entries(doc.paths || {})) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'put', 'post', 'delete', 'patch', 'head', 'options'].includes(method)) continue;
      const where = `${file.split('/')[0]} ${method.toUpperCase()} ${path}`;
      count++;
      if (!op.operationId) { console.error(`no operationId: ${where}`); bad++; continue; }
      if (seen.has(op.operationId)) { console.error(`operationId ${op.operationId}: ${seen.get(op.operationId)} and ${where}`); bad++; }
      seen.set(op.operationId, where);
    }
  }
}
console.error(`[contract] ${count} operations, ${seen.size} operationIds, ${bad} repeated or missing`);
process.exit(bad ? 1 : 0);
JS
[ "$failed" = 0 ] || die "contract: the OpenAPI documents break the contract"
log "contract: OK"
