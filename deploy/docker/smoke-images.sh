#!/usr/bin/env bash
# deploy/docker/smoke-images.sh [SERVICE...]: starts each service image built by build-images.sh the way a pod runs it
# (uid 185, read-only root filesystem, /tmp a tmpfs, all capabilities dropped, no privilege escalation) against a
# database on this machine, waits until GET /q/health/ready answers 200 "UP" on the management port, checks that the
# AOT cache was used and that /q/metrics has the connection-pool meters (agroal_*), then stops it. One line per
# service: image digest, seconds to ready, the answer. Exit 1 when any image does not come up.
# Environment: IMAGE_TAG (as build-images.sh), SMOKE_DB_URL (default jdbc:postgresql://127.0.0.1:5432/qinghai_smoke,
# a scratch database each service migrates and seeds in its own schema), SMOKE_DB_USER/SMOKE_DB_PASSWORD
# (postgres/postgres), SMOKE_PORT_BASE (18180: service n listens on 18180+n, its management interface on 18190+n),
# SMOKE_TIMEOUT (seconds per service, 300: the first start migrates and seeds).
# Installs what it needs from Debian when missing (root, apt-get): podman, runc, curl, psql (postgresql-client).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
. "$ROOT/deploy/docker/container-tool.sh"
need_packages curl:curl psql:postgresql-client
IMAGE_TAG="${IMAGE_TAG:-$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$ROOT/pom.xml" | head -1)}"
DB_URL="${SMOKE_DB_URL:-jdbc:postgresql://127.0.0.1:5432/qinghai_smoke}"
BASE_PORT="${SMOKE_PORT_BASE:-18180}"
TIMEOUT="${SMOKE_TIMEOUT:-300}"
SERVICES=("$@")
[ ${#SERVICES[@]} -gt 0 ] || SERVICES=(project-tracking-service transparency-assessment-service action-plan-service medical-alliance-service)

db_name="${DB_URL##*/}"; db_name="${db_name%%\?*}"
if [ -z "${SMOKE_DB_URL:-}" ] && [ "$(psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1 from pg_database where datname='$db_name'")" != 1 ]; then
  psql -h 127.0.0.1 -U postgres -d postgres -qc "create database $db_name"
fi

failed=0
n=0
cid=""
trap '[ -n "$cid" ] && "$CONTAINER_TOOL" rm -f "$cid" >/dev/null 2>&1 || true' EXIT
for s in "${SERVICES[@]}"; do
  n=$((n + 1))
  http=$((BASE_PORT + n)); mgmt=$((BASE_PORT + 10 + n))
  image="qinghai-followup/$s:$IMAGE_TAG"
  # a port already answering would make a stale process look like this image: refuse to measure then
  if curl -s -o /dev/null "http://127.0.0.1:$mgmt/" || curl -s -o /dev/null "http://127.0.0.1:$http/"; then
    echo "$s: port $http or $mgmt already in use (SMOKE_PORT_BASE to move)" >&2; failed=1; continue
  fi
  digest="$("$CONTAINER_TOOL" image inspect --format '{{.Digest}}' "$image")"
  start=$(date +%s)
  # host network: the database is on this machine's loopback; the ports are the 18xxx ones above
  cid="$("$CONTAINER_TOOL" run -d --network=host --user 185 --read-only --tmpfs /tmp:rw,size=512m,mode=1777 \
        --cap-drop ALL --security-opt no-new-privileges \
        -e HTTP_PORT="$http" -e MANAGEMENT_PORT="$mgmt" -e DB_URL="$DB_URL" \
        -e DB_USER="${SMOKE_DB_USER:-postgres}" -e DB_PASSWORD="${SMOKE_DB_PASSWORD:-postgres}" \
        -e ALLOW_DEV_DEFAULTS=true -e MAILER_MOCK=true -e NOTIFICATIONS_WEBHOOK_URL= -e PEER_TOKEN= \
        -e MEDICAL_ALLIANCE_URL=http://127.0.0.1:9 -e PROJECT_TRACKING_URL=http://127.0.0.1:9 \
        -e JAVA_OPTS="-XX:+UseSerialGC -Xss512k -Xms64m -Xmx384m -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp -Dfile.encoding=UTF-8" \
        "$image")"
  answer=""; ready=false
  for _ in $(seq 1 "$TIMEOUT"); do
    if [ "$("$CONTAINER_TOOL" inspect --format '{{.State.Running}}' "$cid")" != true ]; then break; fi
    answer="$(curl -s -w ' %{http_code}' "http://127.0.0.1:$mgmt/q/health/ready" 2>/dev/null || true)"
    if [[ "$answer" == *'"UP"'*' 200' ]]; then ready=true; break; fi
    sleep 1
  done
  secs=$(( $(date +%s) - start ))
  if $ready; then
    aot="$("$CONTAINER_TOOL" logs "$cid" 2>&1 | grep -c '\[aot\]' || true)"
    pool="$(curl -s "http://127.0.0.1:$mgmt/q/metrics" | grep -c '^agroal_active_count' || true)"
    api="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$http/api/v1/nothing-here")"
    printf '%-33s %s ready in %3ss  /q/health/ready: %s  aot warnings: %s  agroal_active_count series: %s  API port answers: %s\n' \
      "$s" "${digest:0:19}" "$secs" "$(tr -d '\n ' <<<"${answer% *}" | cut -c1-60)… ${answer##* }" "$aot" "$pool" "$api"
    [ "$pool" -ge 1 ] || { echo "  $s: no agroal_* pool meters on /q/metrics" >&2; failed=1; }
  else
    echo "$s: NOT ready after ${secs}s; last answer: ${answer:-none}; log tail:" >&2
    "$CONTAINER_TOOL" logs "$cid" 2>&1 | tail -20 >&2
    failed=1
  fi
  "$CONTAINER_TOOL" rm -f "$cid" >/dev/null; cid=""
done
exit $failed
