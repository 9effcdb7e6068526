#!/usr/bin/env bash
# deploy/bundle/build-bundle.sh [OUT_DIR]: one directory (and a .tar of it) that installs the system into a cluster
# without internet, from a private registry mirror (deploy/bundle/install-bundle.sh):
#   images/<name>.oci.tar   each image as an OCI archive: the four services (built by deploy/docker/build-images.sh, in
#                           the local container storage) and the third-party images the manifests name
#                           (deploy/bundle/third-party-images.txt: the CloudNativePG operator and PostgreSQL 15), taken
#                           from THIRD_PARTY_DIR as OCI archives made where their registry is reachable
#   images.txt              one line per image: the reference the manifests use, its archive, its manifest digest
#                           (sha256 of the manifest the archive holds, kept when pushed), the repository in the mirror
#   manifests/              the production overlay rendered by kustomize (kubectl kustomize, else kustomize), the
#                           pinned CloudNativePG operator manifest and the CRDs of Gateway API and Prometheus Operator
#                           (deploy/k8s/vendor.lock: fetch-vendor.sh downloads them into VENDOR_CACHE, outside git, and
#                           refuses a checksum mismatch), and the secrets example
# Build it where the upstream URLs are reachable (or VENDOR_MIRROR serves the same files); install it where nothing is.
#   SHA256SUMS              the checksum of every file above; install-bundle.sh refuses a bundle that does not match
# Environment: IMAGE_TAG (default the Maven project version), THIRD_PARTY_DIR (default deploy/.bundle/third-party),
# ALLOW_MISSING_THIRD_PARTY=1 (bundle without the third-party archives: images.txt marks them "missing" and the install
# refuses to apply until they are added; for a check of the services alone), OVERLAY (default production),
# VENDOR_DIR (a directory of the lock's files downloaded elsewhere, see fetch-vendor.sh).
# Before anything is built, every pinned upstream piece is looked for (the lock's manifests and CRDs in the cache,
# VENDOR_DIR or upstream; the third-party image archives in THIRD_PARTY_DIR): if any is missing the build stops and
# names each one with its version, checksum and how to provide it.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/deploy/docker/container-tool.sh"
IMAGE_TAG="${IMAGE_TAG:-$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$ROOT/pom.xml" | head -1)}"
OVERLAY="${OVERLAY:-production}"
OUT="${1:-$ROOT/deploy/.bundle/qinghai-followup-$IMAGE_TAG}"
THIRD_PARTY_DIR="${THIRD_PARTY_DIR:-$ROOT/deploy/.bundle/third-party}"
SERVICES=(project-tracking-service transparency-assessment-service action-plan-service medical-alliance-service)
log() { printf '[build-bundle %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
die() { echo "build-bundle.sh: $*" >&2; exit 1; }
. "$ROOT/deploy/packages.sh"
need_packages curl:curl sha256sum:coreutils

cd "$ROOT"

# ---------------------------------------------------------------- the upstream pieces, all looked for first
vendor_log="$(mktemp)"; trap 'rm -f "$vendor_log"' EXIT
missing=()
VENDOR="$(deploy/bundle/fetch-vendor.sh 2>"$vendor_log")" \
  || mapfile -t missing < <(sed -n 's/^\[fetch-vendor\] MISSING /manifest /p' "$vendor_log")
while read -r ref file; do
  [ -f "$THIRD_PARTY_DIR/$file" ] || [ "${ALLOW_MISSING_THIRD_PARTY:-0}" = 1 ] \
    || missing+=("image $ref: no $THIRD_PARTY_DIR/$file")
done < <(grep -v -e '^#' -e '^\s*$' deploy/bundle/third-party-images.txt)
if [ ${#missing[@]} -gt 0 ]; then
  {
    echo "build-bundle.sh: ${#missing[@]} pinned upstream piece(s) missing; nothing was built:"
    printf '  - %s\n' "${missing[@]}"
    echo "Provide them from a machine that reaches GitHub and ghcr.io (or an intranet mirror of them), then build again:"
    echo "  manifests: download each url above into a directory under its file path, e.g."
    echo "               curl -fsSLo DIR/cloudnative-pg/cnpg-1.30.0.yaml --create-dirs <url>"
    echo "             and run with VENDOR_DIR=DIR (checked against the SHA-256 of deploy/k8s/vendor.lock), or VENDOR_MIRROR=<url>"
    echo "             of a server with the same paths"
    echo "  images:    skopeo copy docker://<reference> oci-archive:<file> for each image above, into THIRD_PARTY_DIR"
    echo "             ($THIRD_PARTY_DIR), or ALLOW_MISSING_THIRD_PARTY=1 for a bundle the install will refuse to apply"
    echo "  (deploy/bundle/check-bundle.sh checks the rest of the path with the base image standing in for the images)"
  } >&2
  exit 1
fi

need_packages skopeo:skopeo
if command -v kubectl >/dev/null; then KUSTOMIZE=(kubectl kustomize)
elif command -v kustomize >/dev/null; then KUSTOMIZE=(kustomize build)
else die "kubectl or kustomize needed to render the manifests"; fi
rm -rf "$OUT"; mkdir -p "$OUT/images" "$OUT/manifests"

# ---------------------------------------------------------------- manifests
log "rendering deploy/k8s/overlays/$OVERLAY with ${KUSTOMIZE[*]}"
"${KUSTOMIZE[@]}" "deploy/k8s/overlays/$OVERLAY" >"$OUT/manifests/30-qinghai-followup.yaml"
# the pinned third-party manifests: downloaded into the cache if missing there, every one checked against the lock
cp "$VENDOR"/cloudnative-pg/cnpg-*.yaml "$OUT/manifests/10-cloudnative-pg-operator.yaml"
# one file per project, documents joined with "---" (the CRD files are one document each, without separators)
join_yaml() { local f; for f in "$@"; do echo "---"; cat "$f"; done; }
join_yaml "$VENDOR"/gateway-api/*.yaml >"$OUT/manifests/00-gateway-api-crds.yaml"
join_yaml "$VENDOR"/prometheus-operator/*.yaml >"$OUT/manifests/00-prometheus-operator-crds.yaml"
cp deploy/k8s/examples/secrets.example.yaml "$OUT/manifests/secrets.example.yaml"

# ---------------------------------------------------------------- images
# every image reference the manifests hold (image:, imageName:, and the operator's OPERATOR_IMAGE_NAME value)
mapfile -t refs < <(grep -h -E '^\s*(- )?(image|imageName|value):\s*\S+' "$OUT"/manifests/[0-9]*.yaml \
  | sed -E 's/^\s*(- )?(image|imageName|value):\s*"?([^" ]+)"?.*/\3/' \
  | grep -E '^[a-z0-9.-]+(:[0-9]+)?/[a-z0-9._/-]+(:[A-Za-z0-9._-]+)?(@sha256:[0-9a-f]{64})?$' | sort -u)
: >"$OUT/images.txt"
archive_digest() { skopeo inspect --format '{{.Digest}}' "oci-archive:$1"; }
for ref in "${refs[@]}"; do
  name="${ref%@*}"; name="${name%:*}"; repo="${name#*/}"   # registry host off: qinghai-followup/<service>, cloudnative-pg/...
  base="$(basename "$repo")"
  svc=""; for s in "${SERVICES[@]}"; do [ "$base" = "$s" ] && svc="$s"; done
  if [ -n "$svc" ]; then
    archive="images/$svc.oci.tar"
    if [ "$CONTAINER_TOOL" = podman ]; then src="containers-storage:localhost/qinghai-followup/$svc:$IMAGE_TAG"
    else src="docker-daemon:qinghai-followup/$svc:$IMAGE_TAG"; fi
    log "$svc: $src -> $archive"
    skopeo copy --quiet "$src" "oci-archive:$OUT/$archive:qinghai-followup/$svc:$IMAGE_TAG"
    tag="$IMAGE_TAG"
  else
    line="$(grep -v '^#' deploy/bundle/third-party-images.txt | awk -v r="$ref" '$1 == r')" \
      || die "$ref is named by the manifests but not listed in deploy/bundle/third-party-images.txt"
    [ -n "$line" ] || die "$ref is named by the manifests but not listed in deploy/bundle/third-party-images.txt"
    file="$(awk '{print $2}' <<<"$line")"
    tag="${ref##*:}"; [[ "$ref" == *@* ]] && tag="pinned"
    archive="images/$file"
    if [ -f "$THIRD_PARTY_DIR/$file" ]; then
      cp "$THIRD_PARTY_DIR/$file" "$OUT/$archive"
    elif [ "${ALLOW_MISSING_THIRD_PARTY:-0}" = 1 ]; then
      log "$ref: $THIRD_PARTY_DIR/$file missing: marked missing"
      echo "$ref missing - $repo $tag" >>"$OUT/images.txt"; continue
    else
      die "$ref: no $THIRD_PARTY_DIR/$file (make it where the registry is reachable: skopeo copy docker://$ref oci-archive:$file)"
    fi
  fi
  digest="$(archive_digest "$OUT/$archive")"
  echo "$ref $archive $digest $repo $tag" >>"$OUT/images.txt"
  log "$ref = $digest"
done
for s in "${SERVICES[@]}"; do grep -q " images/$s.oci.tar " "$OUT/images.txt" || die "the manifests name no image of $s"; done

# ---------------------------------------------------------------- checksums and one archive
(cd "$OUT" && find . -type f ! -name SHA256SUMS -printf '%P\n' | LC_ALL=C sort | xargs sha256sum >SHA256SUMS)
tar -C "$(dirname "$OUT")" -cf "$OUT.tar" "$(basename "$OUT")"
log "bundle $OUT ($(du -sh "$OUT" | cut -f1)), archive $OUT.tar, $(wc -l <"$OUT/images.txt") images:"
cat "$OUT/images.txt" >&2
