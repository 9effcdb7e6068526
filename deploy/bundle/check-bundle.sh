#!/usr/bin/env bash
# deploy/bundle/check-bundle.sh [BUNDLE_DIR]: checks a bundle of build-bundle.sh the way the intranet will install it,
# on this machine and without any network: in a new network namespace that has only a loopback interface it starts
# Debian's docker-registry (apt-get install docker-registry) on 127.0.0.1:18500 as the private mirror, runs
# install-bundle.sh against it (checksums, every image pushed and its digest read back, manifests rewritten to
# mirror@digest), pulls each image's manifest back by digest, validates the rewritten manifests offline
# (ManifestSchemaTest with -Dmanifests.extra, Maven offline) and the alert rules (promtool check rules, Debian's
# prometheus package). One line per check; exit 1 when any fails. Root (unshare --net).
# Installs what it needs from Debian when missing, before it leaves the network (deploy/packages.sh): docker-registry,
# skopeo, prometheus (promtool), python3-yaml, iproute2, util-linux (unshare), curl.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/deploy/packages.sh"
IMAGE_TAG="${IMAGE_TAG:-$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$ROOT/pom.xml" | head -1)}"
BUNDLE="$(cd "${1:-$ROOT/deploy/.bundle/qinghai-followup-$IMAGE_TAG}" && pwd)"
PORT="${MIRROR_PORT:-18500}"
STORE="${REGISTRY_DIR:-/var/tmp/qinghai-mirror-check}"
[ "$(id -u)" = 0 ] || { echo "check-bundle.sh: unshare --net needs root" >&2; exit 1; }
if [ -z "${CHECK_BUNDLE_INSIDE:-}" ]; then
  need_packages docker-registry:docker-registry skopeo:skopeo promtool:prometheus ip:iproute2 unshare:util-linux curl:curl
  need_python_module yaml python3-yaml
fi

if [ -z "${CHECK_BUNDLE_INSIDE:-}" ]; then
  exec env CHECK_BUNDLE_INSIDE=1 unshare --net --fork "$0" "$BUNDLE"
fi

ok=0; bad=0
warn=0
line() {
  printf '%-5s %s\n' "$1" "$2"
  case "$1" in OK) ok=$((ok + 1)) ;; WARN) warn=$((warn + 1)) ;; *) bad=$((bad + 1)) ;; esac
}
ip link set lo up
links="$(ip -o link show | awk -F': ' '{print $2}' | tr '\n' ' ')"
routes="$(ip route show default 2>/dev/null | wc -l)"
[ "$links" = "lo " ] && [ "$routes" = 0 ] && line OK "network namespace: interfaces [${links% }], no default route" \
  || line FAIL "network namespace has more than loopback: $links (default routes: $routes)"

rm -rf "$STORE"; mkdir -p "$STORE"
cat >"$STORE.yml" <<EOF
version: 0.1
log: {level: warn}
storage: {filesystem: {rootdirectory: $STORE}, delete: {enabled: true}}
http: {addr: 127.0.0.1:$PORT}
EOF
docker-registry serve "$STORE.yml" >"$STORE.log" 2>&1 &
registry=$!
trap 'kill $registry 2>/dev/null || true' EXIT
for _ in $(seq 1 50); do curl -s -o /dev/null "http://127.0.0.1:$PORT/v2/" && break; sleep 0.2; done
line OK "mirror: docker-registry $(docker-registry --version 2>/dev/null | awk '{print $3}') on 127.0.0.1:$PORT"

MIRROR="127.0.0.1:$PORT/qinghai"
if MIRROR_TLS_VERIFY=false "$ROOT/deploy/bundle/install-bundle.sh" "$BUNDLE" "$MIRROR" >"$STORE.install.log" 2>&1; then
  line OK "install-bundle.sh (dry run) against the mirror: $(grep -c ' -> ' "$STORE.install.log") images pushed, digests read back equal"
else
  line FAIL "install-bundle.sh failed:"; tail -20 "$STORE.install.log"
fi
while read -r ref archive digest repo tag; do
  [ "$archive" = missing ] && { line WARN "$ref: not in this bundle (third-party archive missing)"; continue; }
  got="$(skopeo inspect --tls-verify=false --format '{{.Digest}}' "docker://$MIRROR/$repo@$digest" 2>&1)" \
    && [ "$got" = "$digest" ] && line OK "pull by digest: $MIRROR/$repo@${digest:0:19}…" || line FAIL "$repo@$digest: $got"
done <"$BUNDLE/images.txt"
pinned="$(grep -h -E '^\s*(- )?(image|imageName):\s*[^ ]+' "$BUNDLE"/for-mirror/*.yaml | sort -u)"
if grep -v -q "$MIRROR/.*@sha256:" <<<"$pinned"; then
  line WARN "image references not pinned to the mirror (their archives are not in this bundle): $(grep -v "$MIRROR/" <<<"$pinned" | sed -E 's/^\s*(- )?(image|imageName):\s*//' | sort -u | tr '\n' ' ')"
else
  line OK "every image reference is $MIRROR/…@sha256:…"
fi
grep -q "$MIRROR/qinghai-followup/project-tracking-service@sha256:" "$BUNDLE/for-mirror/30-qinghai-followup.yaml" \
  && line OK "the services' Deployments run the mirror's digests" || line FAIL "the services' images were not rewritten"

# offline schema validation of the rewritten manifests (Maven offline: the dependencies are in ~/.m2 already)
if (cd "$ROOT" && ./mvnw -B -o -q -pl service-common test -Dtest=ManifestSchemaTest -Dsurefire.failIfNoSpecifiedTests=false \
      -Dmanifests.extra="$BUNDLE/for-mirror" >"$STORE.schema.log" 2>&1); then
  line OK "ManifestSchemaTest offline: $(grep -o '[0-9]* documents in [^ ]* valid' "$STORE.schema.log" | head -1)"
else
  line FAIL "ManifestSchemaTest on the rewritten manifests:"; grep -E "ERROR|FAIL|==>" "$STORE.schema.log" | head -20
fi
if command -v promtool >/dev/null; then
  python3 - "$BUNDLE/for-mirror/30-qinghai-followup.yaml" "$STORE.rules.yml" <<'PY'
import sys, yaml
rules = [d for d in yaml.safe_load_all(open(sys.argv[1])) if d and d.get("kind") == "PrometheusRule"]
yaml.safe_dump({"groups": [g for r in rules for g in r["spec"]["groups"]]}, open(sys.argv[2], "w"), allow_unicode=True)
PY
  out="$(promtool check rules "$STORE.rules.yml" 2>&1)" && line OK "promtool check rules: $(grep -o 'SUCCESS: [0-9]* rules found' <<<"$out")" \
    || { line FAIL "promtool check rules:"; echo "$out"; }
else
  line WARN "promtool not installed (apt-get install prometheus): alert expressions not parsed"
fi
echo "$ok passed, $bad failed, $warn warnings"
[ "$bad" = 0 ]
