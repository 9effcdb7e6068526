#!/usr/bin/env bash
# deploy/bundle/fetch-vendor.sh [--check]: the third-party manifests and CRDs the bundle ships (deploy/k8s/vendor.lock:
# the CloudNativePG operator manifest, the Gateway API and Prometheus Operator CRDs) into a cache OUTSIDE git,
#   VENDOR_CACHE (default ${XDG_CACHE_HOME:-~/.cache}/qinghai-followup/vendor),
# each checked against its SHA-256 in the lock: a download that differs is refused and deleted, nothing is kept.
# Run it where the upstream URLs are reachable (the machine that builds the bundle), or set VENDOR_MIRROR to a mirror
# that serves the same files under <mirror>/<file column of the lock> (e.g. an intranet artifact server). Files already
# in the cache with the right checksum are not downloaded again. --check only verifies the cache (no network).
# The bundle built from the cache is then carried to the intranet; nothing there downloads anything.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LOCK="$ROOT/deploy/k8s/vendor.lock"
CACHE="${VENDOR_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/qinghai-followup/vendor}"
CHECK_ONLY=0; [ "${1:-}" = --check ] && CHECK_ONLY=1
. "$ROOT/deploy/packages.sh"
need_packages sha256sum:coreutils
[ "$CHECK_ONLY" = 1 ] || need_packages curl:curl
log() { printf '[fetch-vendor] %s\n' "$*" >&2; }

bad=0
while read -r file version sha url; do
  case "$file" in ''|\#*) continue ;; esac
  [[ "$sha" =~ ^[0-9a-f]{64}$ ]] || { log "$file: no SHA-256 in the lock"; exit 1; }
  dest="$CACHE/$file"
  if [ -f "$dest" ] && [ "$(sha256sum "$dest" | cut -d' ' -f1)" = "$sha" ]; then
    log "$file $version: in the cache, checksum OK"; continue
  fi
  if [ "$CHECK_ONLY" = 1 ]; then
    log "$file $version: $( [ -f "$dest" ] && echo "checksum DIFFERS" || echo missing ) in $CACHE"; bad=1; continue
  fi
  src="$url"; [ -n "${VENDOR_MIRROR:-}" ] && src="${VENDOR_MIRROR%/}/$file"
  mkdir -p "$(dirname "$dest")"
  tmp="$(mktemp "$dest.XXXXXX")"
  if ! curl -fsSL --retry 3 -o "$tmp" "$src"; then rm -f "$tmp"; log "$file: download of $src failed"; bad=1; continue; fi
  got="$(sha256sum "$tmp" | cut -d' ' -f1)"
  if [ "$got" != "$sha" ]; then
    rm -f "$tmp"; log "$file: REFUSED, $src has SHA-256 $got, the lock pins $sha"; bad=1; continue
  fi
  mv "$tmp" "$dest"; log "$file $version: downloaded from $src, checksum OK"
done <"$LOCK"
[ "$bad" = 0 ] || { log "the cache $CACHE is incomplete"; exit 1; }
log "cache $CACHE complete"
echo "$CACHE"
