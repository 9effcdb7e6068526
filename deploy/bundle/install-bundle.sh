#!/usr/bin/env bash
# deploy/bundle/install-bundle.sh BUNDLE MIRROR [--apply]: installs a bundle of build-bundle.sh (directory or .tar)
# from a private registry mirror, with no internet access:
#   1. checks every file against the bundle's SHA256SUMS (refuses a bundle that does not match);
#   2. pushes each image archive to MIRROR (host[:port][/prefix]) with skopeo, keeping its digest, and reads the digest
#      back from the mirror (refuses one that differs);
#   3. writes BUNDLE/for-mirror/*.yaml: the manifests with every image reference replaced by MIRROR/<repo>@<digest>,
#      and checks that no image reference outside MIRROR is left;
#   4. with --apply: kubectl apply of the CRDs, the CloudNativePG operator (waits for its webhook), then the system.
#      Without --apply it stops after 3 (a dry run against the mirror; docs/operations.md shows the apply by hand).
# Environment: MIRROR_TLS_VERIFY (true; false for a mirror with a self-signed certificate or plain HTTP),
# MIRROR_CREDS (user:password for skopeo --dest-creds), KUBECTL (kubectl).
set -euo pipefail
BUNDLE="${1:?usage: install-bundle.sh BUNDLE_DIR|BUNDLE.tar MIRROR [--apply]}"
MIRROR="${2:?usage: install-bundle.sh BUNDLE_DIR|BUNDLE.tar MIRROR [--apply]}"; MIRROR="${MIRROR%/}"
APPLY=false; [ "${3:-}" = --apply ] && APPLY=true
TLS="${MIRROR_TLS_VERIFY:-true}"
KUBECTL="${KUBECTL:-kubectl}"
log() { printf '[install-bundle %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { echo "install-bundle.sh: $*" >&2; exit 1; }
# skopeo from the intranet's Debian mirror when missing (root, apt-get); this script may run without the repository
if ! command -v skopeo >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    log "installing skopeo from Debian"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq skopeo >/dev/null || die "apt-get install skopeo failed"
  else die "skopeo missing (apt-get install skopeo)"; fi
fi
if [ -f "$BUNDLE" ]; then
  dir="$(mktemp -d)"; tar -C "$dir" -xf "$BUNDLE"; BUNDLE="$(ls -d "$dir"/*/ | head -1)"
fi
BUNDLE="$(cd "$BUNDLE" && pwd)"
creds=(); [ -n "${MIRROR_CREDS:-}" ] && creds=(--dest-creds "$MIRROR_CREDS")

# ---------------------------------------------------------------- 1. checksums
(cd "$BUNDLE" && sha256sum -c --quiet SHA256SUMS) || die "$BUNDLE does not match its SHA256SUMS: damaged or altered"
log "checksums of $(wc -l <"$BUNDLE/SHA256SUMS") files match"
if grep -q ' missing ' "$BUNDLE/images.txt"; then
  $APPLY && die "the bundle lacks images marked missing in images.txt: rebuild it with them"
  log "images marked missing in the bundle: $(grep ' missing ' "$BUNDLE/images.txt" | cut -d' ' -f1 | tr '\n' ' ')"
fi

# ---------------------------------------------------------------- 2. images to the mirror
sed_script="$(mktemp)"
while read -r ref archive digest repo tag; do
  if [ "$archive" = missing ]; then log "$ref: not in the bundle (missing), not pushed"; continue; fi
  dest="$MIRROR/$repo"
  log "$ref -> $dest:$tag ($digest)"
  skopeo copy --quiet --preserve-digests --dest-tls-verify="$TLS" "${creds[@]}" \
    "oci-archive:$BUNDLE/$archive" "docker://$dest:$tag"
  got="$(skopeo inspect --tls-verify="$TLS" ${MIRROR_CREDS:+--creds "$MIRROR_CREDS"} --format '{{.Digest}}' "docker://$dest:$tag")"
  [ "$got" = "$digest" ] || die "$dest:$tag has digest $got in the mirror, the bundle says $digest"
  # the reference as the manifests write it -> the mirror, by digest (tag dropped: the digest is the identity)
  printf 's|%s|%s|g\n' "$(sed 's/[.[\*^$|]/\\&/g' <<<"$ref")" "$dest@$digest" >>"$sed_script"
done <"$BUNDLE/images.txt"

# ---------------------------------------------------------------- 3. manifests for the mirror
rm -rf "$BUNDLE/for-mirror"; mkdir -p "$BUNDLE/for-mirror"
for f in "$BUNDLE"/manifests/[0-9]*.yaml; do
  sed -f "$sed_script" "$f" >"$BUNDLE/for-mirror/$(basename "$f")"
done
left="$(grep -h -E '^\s*(- )?(image|imageName):\s*\S+' "$BUNDLE"/for-mirror/*.yaml \
        | sed -E 's/^\s*(- )?(image|imageName):\s*"?([^" ]+)"?.*/\3/' | grep -v -E "^$(sed 's/[.]/\\./g' <<<"$MIRROR")/[^@]+@sha256:[0-9a-f]{64}$" || true)"
if [ -n "$left" ]; then
  $APPLY && die "image references outside the mirror remain: $left"
  log "not pinned to the mirror (images missing from the bundle): $(tr '\n' ' ' <<<"$left")"
fi
log "manifests for $MIRROR in $BUNDLE/for-mirror: $(cat "$BUNDLE"/for-mirror/*.yaml | grep -c "$MIRROR/[^ ]*@sha256:") references by digest"

# ---------------------------------------------------------------- 4. apply
$APPLY || { log "dry run: nothing applied (add --apply)"; exit 0; }
"$KUBECTL" apply --server-side -f "$BUNDLE/for-mirror/00-gateway-api-crds.yaml" -f "$BUNDLE/for-mirror/00-prometheus-operator-crds.yaml"
"$KUBECTL" apply --server-side -f "$BUNDLE/for-mirror/10-cloudnative-pg-operator.yaml"
"$KUBECTL" -n cnpg-system rollout status deploy/cnpg-controller-manager --timeout=5m
log "create the Secrets now if they do not exist (manifests/secrets.example.yaml, docs/operations.md)"
"$KUBECTL" apply -f "$BUNDLE/for-mirror/30-qinghai-followup.yaml"
"$KUBECTL" -n qinghai-followup wait --for=condition=Ready cluster/qinghai-db --timeout=15m
for d in project-tracking-service transparency-assessment-service action-plan-service medical-alliance-service; do
  "$KUBECTL" -n qinghai-followup rollout status "deploy/$d" --timeout=10m
done
