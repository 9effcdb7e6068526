#!/usr/bin/env bash
# Reads from a streaming replica (service-common common.reads, READ_DB_URL). Creates a PostgreSQL primary of its own
# (initdb) and a streaming replica of it (pg_basebackup -R), starts project tracking's runner jar (./mvnw package)
# with DB_URL = the primary and READ_DB_URL = the replica, and shows:
#   1. a regeneration of a stored period report (a write, on the primary) is read back at once by its caller;
#   2. the report reads are served by the replica (its own pg_stat_user_tables scans of period_report grow, its
#      pg_stat_activity holds the service's reads pool, reads_served_total{datasource="reads",standby="true"});
#   3. the lag is reported (reads_replication_lag_seconds from the replica; pg_stat_replication on the primary);
#   4. with replay paused on the replica and a new version written, a read whose bound (here 2 s) the lag exceeds is
#      served by the primary and answers the new version; resumed, the replica serves again;
#   5. with the replica stopped, the reads are served by the primary and still answer.
# Ports: PRIMARY_PORT (9750), REPLICA_PORT (9751), HTTP_PORT (9760), MGMT_PORT (9761); WORK (a new /tmp directory).
# Not part of deploy/test.sh. Result: deploy/bench/RESULTS.md "Read replica".
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/own-postgres.sh"
cd "$ROOT"
PRIMARY_PORT=${PRIMARY_PORT:-9750} REPLICA_PORT=${REPLICA_PORT:-9751} HTTP_PORT=${HTTP_PORT:-9760} MGMT_PORT=${MGMT_PORT:-9761}
WORK=${WORK:-$(mktemp -d /tmp/replica-check.XXXXXX)}
JAR=project-tracking-service/target/quarkus-app/quarkus-run.jar
[ -f "$JAR" ] || die "replica: build the runner jar first (./mvnw -pl service-common,project-tracking-service package -DskipTests)"
ensure_java
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; own_pg_stop "$WORK/replica"; own_pg_stop "$WORK/primary"; }
trap cleanup EXIT
ok() { printf 'OK   %s\n' "$*"; }

own_pg_init "$WORK/primary" "$PRIMARY_PORT" "wal_level = replica" "max_wal_senders = 5" "hot_standby_feedback = on"
own_pg_start "$WORK/primary"
own_psql "$PRIMARY_PORT" postgres "create database qinghai" >/dev/null
own_pg pg_basebackup -h 127.0.0.1 -p "$PRIMARY_PORT" -U postgres -D "$WORK/replica" -R -X stream -c fast
sed -i "s/^port = .*/port = $REPLICA_PORT/" "$WORK/replica/postgresql.conf"
own_pg_start "$WORK/replica"
[ "$(own_psql "$REPLICA_PORT" postgres "select pg_is_in_recovery()")" = t ] || die "replica: not in recovery"
ok "primary 127.0.0.1:$PRIMARY_PORT, streaming replica 127.0.0.1:$REPLICA_PORT ($(own_psql "$PRIMARY_PORT" postgres "select state from pg_stat_replication"))"

LOGF="$WORK/project-tracking.log"
env DB_URL="jdbc:postgresql://127.0.0.1:$PRIMARY_PORT/qinghai" READ_DB_URL="jdbc:postgresql://127.0.0.1:$REPLICA_PORT/qinghai" \
  READS_PERIOD_REPORTS_MAX_STALENESS=2s HTTP_PORT="$HTTP_PORT" MANAGEMENT_PORT="$MGMT_PORT" ALLOW_DEV_DEFAULTS=true \
  java -jar "$JAR" >"$LOGF" 2>&1 &
pid=$!
ready() { curl -fs -m 2 "http://127.0.0.1:$MGMT_PORT/q/health/ready" | grep -q '"UP"'; }
wait_for 240 ready || die "replica: the service did not start; see $LOGF"
API="http://127.0.0.1:$HTTP_PORT/api/v1"
A="Authorization: Bearer $(deploy/token.sh admin)"
V="Authorization: Bearer $(deploy/token.sh viewer)"
metric() { curl -fs "http://127.0.0.1:$MGMT_PORT/q/metrics" | awk -v m="$1" 'index($0, m) == 1 {s += $NF} END {print s + 0}'; }
fair=$(curl -fs -H "$V" "$API/fairs?size=1" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["id"])')
R="$API/period-reports/quarterly/2017-Q4"
regenerate() { curl -fs -X POST -H "$A" -H 'Content-Type: application/json' -d "{\"reason\":\"$1\"}" "$R/regenerate?fairId=$fair" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["version"])'; }
latest() { curl -fs -H "$V" "$R?fairId=$fair" | python3 -c 'import json,sys; print(json.load(sys.stdin)["version"])'; }

# 1. a write read back by its caller at once
v=$(regenerate "replica check 1"); got=$(latest)
[ "$got" = "$v" ] || die "replica: regenerated version $v, read back $got"
ok "own write read back at once: regenerated version $v, GET answers version $got"

# 2. reads served by the replica
scans() { own_psql "$1" qinghai "select coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0) from pg_stat_user_tables where relname = 'period_report'"; }
wait_for 10 bash -c "[ \"\$(psql -h 127.0.0.1 -p $REPLICA_PORT -U postgres -d qinghai -tAc \"select count(*) from project_tracking.period_report\")\" -ge 1 ]" \
  || die "replica: the report never reached the replica"
sleep 1.2  # the lag check is cached for 1 s
r0=$(scans "$REPLICA_PORT") p0=$(scans "$PRIMARY_PORT") m0=$(metric 'reads_served_total{datasource="reads",standby="true"}')
for _ in $(seq 1 20); do latest >/dev/null; curl -fs -o /dev/null -H "$V" "$R/versions?fairId=$fair"; done
r1=$(scans "$REPLICA_PORT") p1=$(scans "$PRIMARY_PORT") m1=$(metric 'reads_served_total{datasource="reads",standby="true"}')
[ $((r1 - r0)) -ge 40 ] || die "replica: 40 report reads made $((r1 - r0)) scans of period_report on the replica"
pool=$(own_psql "$REPLICA_PORT" postgres "select count(*) from pg_stat_activity where application_name = 'project-tracking-service-reads'")
[ "$pool" -ge 1 ] || die "replica: no connection of the reads pool on the replica"
ok "40 report reads: period_report scanned $((r1 - r0)) times on the replica, $((p1 - p0)) on the primary; reads pool connections on the replica: $pool; reads_served_total{datasource=reads,standby=true} +$(python3 -c "print(int($m1 - $m0))")"

# 3. lag reported
lag=$(curl -fs "http://127.0.0.1:$MGMT_PORT/q/metrics" | awk '/^reads_replication_lag_seconds/ {print $NF}')
python3 -c "import sys; sys.exit(0 if 0 <= float('$lag') < 2 else 1)" || die "replica: reads_replication_lag_seconds = $lag"
ok "reads_replication_lag_seconds = $lag; primary pg_stat_replication: $(own_psql "$PRIMARY_PORT" postgres "select 'state ' || state || ', replay_lsn ' || replay_lsn || ', replay_lag ' || coalesce(replay_lag::text, '0') from pg_stat_replication")"

# 4. replay paused: the lag passes the bound, the read goes to the primary and sees the new version
own_psql "$REPLICA_PORT" postgres "select pg_wal_replay_pause()" >/dev/null
v2=$(regenerate "replica check 2 (replay paused)")
sleep 3  # the lag (now - last replayed commit, with WAL received but not replayed) passes the 2 s bound
d0=$(metric 'reads_served_total{datasource="default"')
got=$(latest)
d1=$(metric 'reads_served_total{datasource="default"')
[ "$got" = "$v2" ] || die "replica: with replay paused, latest answered $got, not the new version $v2"
on_replica=$(own_psql "$REPLICA_PORT" qinghai "select max(version) from project_tracking.period_report where period = '2017-Q4'")
lag=$(curl -fs "http://127.0.0.1:$MGMT_PORT/q/metrics" | awk '/^reads_replication_lag_seconds/ {print $NF}')
ok "replay paused: replica has version $on_replica, lag $lag s > bound 2 s, GET answered version $got from the primary (reads_served_total{datasource=default} +$(python3 -c "print(int($d1 - $d0))"))"
own_psql "$REPLICA_PORT" postgres "select pg_wal_replay_resume()" >/dev/null
sleep 1.5
r0=$(scans "$REPLICA_PORT"); got=$(latest); r1=$(scans "$REPLICA_PORT")
[ "$got" = "$v2" ] && [ $((r1 - r0)) -ge 1 ] || die "replica: after resume, got version $got with $((r1 - r0)) replica scans"
ok "replay resumed: the replica serves again (version $got)"

# 5. replica down: reads on the primary, still answered
own_pg_stop "$WORK/replica"
got=$(latest)
[ "$got" = "$v2" ] || die "replica: with the replica stopped, latest answered '$got'"
ok "replica stopped: GET still answers version $got (from the primary)"
log "replica: all checks passed"
