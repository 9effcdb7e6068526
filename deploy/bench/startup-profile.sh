#!/usr/bin/env bash
# deploy/bench/startup-profile.sh [SERVICE] [PORT]: where a start's time goes. Starts the service once (deploy/run.sh's
# flags and AppCDS archive) with millisecond log times and prints one line: the phases between the launch and
# "started in", each read from the first INFO line that marks it (Envers' audit mappings, Flyway's database line,
# Flyway's migrate line, Hibernate's batching line, "started in").
set -euo pipefail
source "$(dirname "$0")/common.sh"
SVC=${1:-project-tracking-service}; PORT=${2:-18081}
ms() { # first log line matching $1 -> epoch ms of its HH:MM:SS,mmm (same day as the launch)
  local t; t=$(grep -m1 -E "$1" "$OUT/$SVC.log" | grep -oE '^[0-9]{2}:[0-9]{2}:[0-9]{2},[0-9]{3}') || { echo -1; return; }
  echo $(( $(date -d "$(date +%F) ${t%,*}" +%s) * 1000 + 10#${t#*,} ))
}
t0=$(date +%s%3N)
start_service "$SVC" "$PORT" '-Dquarkus.log.console.format=%d{HH:mm:ss,SSS} %-5p [%c{2.}] %s%e%n'
wait_ready "$PORT" 300 >/dev/null
stop_service "$SVC"
envers=$(ms 'AuditMetadataGenerator'); flyway=$(ms 'FlywayExecutor'); migrated=$(ms 'DbMigrate')
orm=$(ms 'HHH100501'); ready=$(ms 'started in')
echo "JVM start, Quarkus bootstrap, CDI and Hibernate up to its Envers audit mappings $(( envers - t0 )) ms; Envers" \
  "mappings, validator, Vert.x and datasource $(( flyway - envers )) ms; Flyway $(( migrated - flyway )) ms; Hibernate" \
  "session factory $(( orm - migrated )) ms; HTTP server, scheduler and startup observers (seed check)" \
  "$(( ready - orm )) ms; launch to started $(( ready - t0 )) ms"
