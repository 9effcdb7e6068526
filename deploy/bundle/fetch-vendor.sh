#!/usr/bin/env bash
# deploy/bundle/fetch-vendor.sh [--check]: the third-party manifests and CRDs the bundle ships (deploy/k8s/vendor.lock:
# the CloudNativePG operator manifest, the Gateway API and Prometheus Operator CRDs) into a cache OUTSIDE git,
#   VENDOR_CACHE (default ${XDG_CACHE_HOME:-~/.cache}/qinghai-followup/vendor),
# each checked against its SHA-256 in the lock: a download that differs is refused and deleted, nothing is kept.
# Run it where the upstream URLs are reachable (the machine that builds the bundle), or set VENDOR_MIRROR to a mirror
# that serves the same files under <mirror>/<file column of the lock> (e.g. an intranet artifact server). Files already
# in the cache with the right checksum are not downloaded again. --check only verifies the cache (no network).
# VENDOR_DIR=<dir>: a directory of files downloaded elsewhere (same relative paths as the lock's file column, e.g.
# <dir>/cloudnative-pg/cnpg-1.30.0.yaml): taken from there, checked against the lock, before any download is tried.
# Every file that could not be had is printed as one line "MISSING <file> <version> sha256=<sha> url=<url> (<why>)".
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
    log "MISSING $file $version sha256=$sha url=$url ($( [ -f "$dest" ] && echo "checksum DIFFERS" || echo "not") in $CACHE)"; bad=1; continue
  fi
  missing() { log "MISSING $file $version sha256=$sha url=$url ($1)"; bad=1; }
  mkdir -p "$(dirname "$dest")"
  tmp="$(mktemp "$dest.XXXXXX")"
  if [ -n "${VENDOR_DIR:-}" ] && [ -f "$VENDOR_DIR/$file" ]; then
    src="$VENDOR_DIR/$file"; cp "$src" "$tmp"
  else
    src="$url"; [ -n "${VENDOR_MIRROR:-}" ] && src="${VENDOR_MIRROR%/}/$file"
    if ! err="$(curl -fsSL --connect-timeout 15 --retry 2 -o "$tmp" "$src" 2>&1)"; then
      err="${err//$'\n'/ }"; rm -f "$tmp"; missing "download of $src failed: ${err:-no answer}${VENDOR_DIR:+; not in VENDOR_DIR=$VENDOR_DIR either}"; continue
    fi
  fi
  got="$(sha256sum "$tmp" | cut -d' ' -f1)"
  if [ "$got" != "$sha" ]; then
    rm -f "$tmp"; missing "REFUSED: $src has SHA-256 $got, the lock pins $sha"; continue
  fi
  mv "$tmp" "$dest"; log "$file $version: from $src, checksum OK"
done <"$LOCK"
[ "$bad" = 0 ] || { log "the cache $CACHE is incomplete"; exit 1; }
log "cache $CACHE complete"
echo "$CACHE"
