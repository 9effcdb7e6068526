#!/usr/bin/env bash
# deploy/k8s/rehearse-restore.sh local|cluster: a restore rehearsal (等保 2.0 三级 数据备份恢复: backups are of use only
# if a restore has been tried). Prints one line per check and exits 1 when the restored copy differs.
#
#   local   (no cluster) SOURCE_DB_URL's database -> pg_dump -Fc -> restored into a scratch database -> per schema and
#           table: row count and an md5 of every row in primary-key order, source against copy; every service schema's
#           flyway_schema_history equal (the services will validate it at start); optionally SMOKE_IMAGE=1 starts
#           each service image on the copy (deploy/docker/smoke-images.sh) and waits for /q/health/ready. The scratch
#           database is dropped at the end (KEEP_COPY=1 keeps it). Defaults: postgres on 127.0.0.1:5432, database
#           qinghai (SOURCE_DB), copy qinghai_restore_check.
#   cluster (kubectl, CloudNativePG) a new Cluster qinghai-db-restore-check bootstrapped by recovery from the same
#           object store as qinghai-db (barmanObjectStore of overlays/production/postgres-cluster.yaml; RECOVERY_TARGET_TIME
#           for a point in time, else the latest WAL), waits until it is Ready, compares the row count of every table
#           of the four schemas with the live primary (tables written during the check may differ by the rows written
#           since the target time: the script names them), then deletes the check Cluster (KEEP_COPY=1 keeps it).
#           Needs the cnpg image in the mirror the bundle installed (the Cluster takes the live one's imageName).
set -euo pipefail
MODE="${1:?usage: rehearse-restore.sh local|cluster}"
SCHEMAS=(project_tracking transparency_assessment action_plan medical_alliance)
ok=0; bad=0
line() { printf '%-7s %s\n' "$1" "$2"; if [ "$1" = OK ]; then ok=$((ok + 1)); else bad=$((bad + 1)); fi; }

# SQL that writes one statement per table of the four schemas; each statement prints "schema.table|rows" and, with
# fingerprints, "|md5 of every row in primary-key order" (so a copy with the same rows in another physical order is equal).
# Quartz' check-in and in-flight tables are left out of the fingerprints: live state that every replica rewrites.
table_statements_sql() {
  local fingerprints=$1 schemas
  schemas="$(printf "'%s'," "${SCHEMAS[@]}")"; schemas="${schemas%,}"
  if [ "$fingerprints" = true ]; then
    cat <<SQL
select format('select %L || ''|'' || count(*) || ''|'' || coalesce(md5(string_agg(t::text, E''\\n'' order by %s)), ''-'') from %I.%I t;',
              n.nspname || '.' || c.relname,
              coalesce((select string_agg(quote_ident(a.attname), ',' order by array_position(i.indkey::int2[], a.attnum))
                          from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
                         where i.indrelid = c.oid and i.indisprimary), 't::text'),
              n.nspname, c.relname)
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
 where c.relkind = 'r' and n.nspname in ($schemas) and c.relname not in ('qrtz_scheduler_state', 'qrtz_fired_triggers')
 order by n.nspname, c.relname;
SQL
  else
    cat <<SQL
select format('select %L || ''|'' || count(*) from %I.%I;', n.nspname || '.' || c.relname, n.nspname, c.relname)
  from pg_class c join pg_namespace n on n.oid = c.relnamespace
 where c.relkind = 'r' and n.nspname in ($schemas)
 order by n.nspname, c.relname;
SQL
  fi
}

if [ "$MODE" = local ]; then
  HOST="${PGHOST:-127.0.0.1}"; PORT="${PGPORT:-5432}"; USER_="${PGUSER:-postgres}"
  SRC="${SOURCE_DB:-qinghai}"; COPY="${COPY_DB:-qinghai_restore_check}"
  export PGPASSWORD="${PGPASSWORD:-postgres}"
  psql_() { psql -h "$HOST" -p "$PORT" -U "$USER_" -v ON_ERROR_STOP=1 -qtA "$@"; }
  dump="$(mktemp -d)/backup.dump"
  # The fingerprints of the source are taken in the snapshot the dump reads (pg_export_snapshot, held open by one
  # session while pg_dump runs), so writes to the live database during the rehearsal do not count as differences.
  statements="$(psql_ -d "$SRC" -c "$(table_statements_sql true)")"
  [ -n "$statements" ] || { line FAIL "no tables in schemas ${SCHEMAS[*]} of $SRC: nothing to rehearse"; exit 1; }
  coproc SNAP { psql -h "$HOST" -p "$PORT" -U "$USER_" -d "$SRC" -qtA -v ON_ERROR_STOP=1; }
  echo "begin isolation level repeatable read; select pg_export_snapshot();" >&"${SNAP[1]}"
  read -r snapshot <&"${SNAP[0]}"
  start=$(date +%s)
  pg_dump -h "$HOST" -p "$PORT" -U "$USER_" -Fc --snapshot="$snapshot" -f "$dump" "$SRC"
  line OK "backup: pg_dump -Fc of $SRC, $(du -h "$dump" | cut -f1) in $(( $(date +%s) - start ))s"
  { printf '%s\n' "$statements"; echo "select 'END-OF-FINGERPRINTS';"; } >&"${SNAP[1]}"
  source_prints=""
  while read -r row <&"${SNAP[0]}" && [ "$row" != END-OF-FINGERPRINTS ]; do source_prints+="$row"$'\n'; done
  echo "commit;" >&"${SNAP[1]}"; exec {SNAP[1]}>&-; wait "$SNAP_PID" 2>/dev/null || true
  psql_ -d postgres -c "drop database if exists $COPY" -c "create database $COPY"
  start=$(date +%s)
  pg_restore -h "$HOST" -p "$PORT" -U "$USER_" -d "$COPY" --no-owner --exit-on-error "$dump"
  line OK "restore: pg_restore into $COPY in $(( $(date +%s) - start ))s"
  if diff <(printf '%s' "$source_prints") <(psql_ -d "$COPY" <<<"$statements") >/tmp/restore-diff.$$; then
    line OK "$(wc -l <<<"$statements") tables: row counts and row fingerprints equal to the source at the backup"
  else
    line FAIL "tables that differ (< source at the backup, > restored copy):"; cat /tmp/restore-diff.$$
  fi
  rm -f /tmp/restore-diff.$$
  for s in "${SCHEMAS[@]}"; do
    q="select count(*) || ' migrations, ' || coalesce(md5(string_agg(version || checksum::text, ',' order by installed_rank)), '-') from $s.flyway_schema_history"
    b="$(psql_ -d "$COPY" -c "$q" 2>/dev/null || echo absent)"
    line OK "$s: flyway history in the copy: $b (the rows are compared above; a service validates them at start)"
  done
  if [ "${SMOKE_IMAGE:-0}" = 1 ]; then
    SMOKE_DB_URL="jdbc:postgresql://$HOST:$PORT/$COPY" "$(dirname "$0")/../docker/smoke-images.sh" \
      && line OK "the service images start on the restored copy (/q/health/ready)" || line FAIL "a service image does not start on the copy"
  fi
  [ "${KEEP_COPY:-0}" = 1 ] || psql_ -d postgres -c "drop database $COPY"
elif [ "$MODE" = cluster ]; then
  NS="${NAMESPACE:-qinghai-followup}"; K="${KUBECTL:-kubectl}"
  live="$($K -n "$NS" get cluster qinghai-db -o json)"
  image="$(jq -r .spec.imageName <<<"$live")"
  store="$(jq -c .spec.backup.barmanObjectStore <<<"$live")"
  target="${RECOVERY_TARGET_TIME:+, \"recoveryTarget\": {\"targetTime\": \"$RECOVERY_TARGET_TIME\"}}"
  $K -n "$NS" apply -f - <<JSON
{"apiVersion": "postgresql.cnpg.io/v1", "kind": "Cluster",
 "metadata": {"name": "qinghai-db-restore-check", "labels": {"app.kubernetes.io/part-of": "qinghai-followup-restore-check"}},
 "spec": {"instances": 1, "imageName": "$image", "storage": {"size": "20Gi"},
          "bootstrap": {"recovery": {"source": "qinghai-db-backup"$target}},
          "externalClusters": [{"name": "qinghai-db-backup", "barmanObjectStore": $(jq -c '{destinationPath, endpointURL, s3Credentials, serverName: "qinghai-db"} | with_entries(select(.value != null))' <<<"$store")}]}}
JSON
  start=$(date +%s)
  $K -n "$NS" wait --for=condition=Ready cluster/qinghai-db-restore-check --timeout="${RESTORE_TIMEOUT:-60m}"
  line OK "recovery Cluster ready in $(( $(date +%s) - start ))s (target: ${RECOVERY_TARGET_TIME:-latest WAL})"
  pod_live="$($K -n "$NS" get pods -l cnpg.io/cluster=qinghai-db,cnpg.io/instanceRole=primary -o name | head -1)"
  pod_copy="$($K -n "$NS" get pods -l cnpg.io/cluster=qinghai-db-restore-check -o name | head -1)"
  statements="$($K -n "$NS" exec "${pod_live#pod/}" -c postgres -- psql -qtA -d qinghai -c "$(table_statements_sql false)")"
  a="$($K -n "$NS" exec -i "${pod_live#pod/}" -c postgres -- psql -qtA -d qinghai <<<"$statements")"
  b="$($K -n "$NS" exec -i "${pod_copy#pod/}" -c postgres -- psql -qtA -d qinghai <<<"$statements")"
  if [ "$a" = "$b" ]; then line OK "$(wc -l <<<"$statements") tables: row counts equal to the live primary"
  else line WARN "row counts differ (rows written since the recovery target?):"; diff <(echo "$a") <(echo "$b") || true; fi
  [ "${KEEP_COPY:-0}" = 1 ] || $K -n "$NS" delete cluster qinghai-db-restore-check --wait=false
else
  echo "usage: rehearse-restore.sh local|cluster" >&2; exit 2
fi
echo "$ok passed, $bad failed"
[ "$bad" = 0 ]
