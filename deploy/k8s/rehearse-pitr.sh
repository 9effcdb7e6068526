#!/usr/bin/env bash
# A point-in-time restore rehearsed without a cluster, the way CloudNativePG restores one (docs/operations.md section 6):
# a PostgreSQL instance of its own (initdb, port PITR_PORT, default 9752) archives its WAL (archive_command, the
# equivalent of barman-cloud-wal-archive to the object store); a base backup is taken (pg_basebackup, the equivalent
# of the ScheduledBackup); rows are written after the backup, a target time is noted, and after it rows are written
# and the rows from before the backup deleted (the mistake to undo). A copy is then recovered from the base backup and
# the archive up to the target time (restore_command + recovery_target_time, what a Cluster's bootstrap.recovery with
# recoveryTarget.targetTime does) on RESTORE_PORT (9753) and checked: every row written before the target is there
# (those written before the backup and those after it), none written after it, and the deletion is undone.
# Prints one line per check; exit 1 on any difference. WORK (a new /tmp directory) holds everything; removed at the
# end unless KEEP=1.
set -euo pipefail
source "$(dirname "$0")/../lib.sh"
source "$(dirname "$0")/../checks/own-postgres.sh"
PITR_PORT=${PITR_PORT:-9752} RESTORE_PORT=${RESTORE_PORT:-9753}
WORK=${WORK:-$(mktemp -d /tmp/pitr-rehearsal.XXXXXX)}
ok=0; bad=0
line() { printf '%-7s %s\n' "$1" "$2"; if [ "$1" = OK ]; then ok=$((ok + 1)); else bad=$((bad + 1)); fi; }
cleanup() { own_pg_stop "$WORK/restored"; own_pg_stop "$WORK/live"; [ "${KEEP:-0}" = 1 ] || rm -rf "$WORK"; }
trap cleanup EXIT
mkdir -p "$WORK/archive" && chown "$OWN_PG_USER" "$WORK" "$WORK/archive"
start=$(date +%s.%N)

own_pg_init "$WORK/live" "$PITR_PORT" "wal_level = replica" "archive_mode = on" \
  "archive_command = 'test ! -f $WORK/archive/%f && cp %p $WORK/archive/%f'" "archive_timeout = 60"
own_pg_start "$WORK/live"
q() { own_psql "$PITR_PORT" rehearsal "$1"; }
own_psql "$PITR_PORT" postgres "create database rehearsal" >/dev/null
q "create table entry (id bigserial primary key, phase text not null, written_at timestamptz not null default clock_timestamp())" >/dev/null
q "insert into entry (phase) select 'before-backup' from generate_series(1, 1000)" >/dev/null

t0=$(date +%s.%N)
own_pg pg_basebackup -h 127.0.0.1 -p "$PITR_PORT" -U postgres -D "$WORK/base" -X stream -c fast
line OK "base backup: $(du -sh "$WORK/base" | cut -f1) in $(python3 -c "print(round($(date +%s.%N) - $t0, 1))") s (pg_basebackup)"

q "insert into entry (phase) select 'after-backup' from generate_series(1, 500)" >/dev/null
sleep 1
target=$(q "select clock_timestamp()")
sleep 1
q "insert into entry (phase) select 'after-target' from generate_series(1, 300)" >/dev/null
q "delete from entry where phase = 'before-backup'" >/dev/null   # the mistake the restore undoes
last_wal=$(q "select pg_walfile_name(pg_current_wal_lsn())")
q "select pg_switch_wal()" >/dev/null
archived() { [ -f "$WORK/archive/$last_wal" ]; }
wait_for 60 archived || { line FAILED "WAL $last_wal not archived"; exit 1; }
line OK "live: 1000 rows before the backup, 500 after it, target $target, then 300 rows and the 1000 first deleted; WAL archived through $last_wal ($(ls "$WORK/archive" | grep -c '^[0-9A-F]\{24\}$') segments)"

t0=$(date +%s.%N)
cp -a "$WORK/base" "$WORK/restored"
sed -i "s/^port = .*/port = $RESTORE_PORT/" "$WORK/restored/postgresql.conf"
cat >> "$WORK/restored/postgresql.conf" <<CONF
restore_command = 'cp $WORK/archive/%f %p'
recovery_target_time = '$target'
recovery_target_action = 'promote'
archive_mode = off
CONF
touch "$WORK/restored/recovery.signal" && chown "$OWN_PG_USER" "$WORK/restored/recovery.signal"
own_pg_start "$WORK/restored"
promoted() { [ "$(own_psql "$RESTORE_PORT" postgres "select pg_is_in_recovery()")" = f ]; }
wait_for 120 promoted || { line FAILED "the copy did not finish recovery; see $WORK/restored.log"; exit 1; }
line OK "recovered to $target and promoted in $(python3 -c "print(round($(date +%s.%N) - $t0, 1))") s ($(grep -o 'recovery stopping before commit of transaction [0-9]*, time [^"]*' "$WORK/restored.log" | head -1 || true))"

r() { own_psql "$RESTORE_PORT" rehearsal "$1"; }
counts=$(r "select phase || '=' || count(*) from entry group by phase order by phase" | tr '\n' ' ')
[ "$(r "select count(*) from entry where phase = 'before-backup'")" = 1000 ] && line OK "rows written before the backup: 1000 (the deletion after the target is undone)" || line FAILED "before-backup rows: $counts"
[ "$(r "select count(*) from entry where phase = 'after-backup'")" = 500 ] && line OK "rows written after the backup, before the target: 500 (replayed from the WAL archive)" || line FAILED "after-backup rows: $counts"
[ "$(r "select count(*) from entry where phase = 'after-target'")" = 0 ] && line OK "rows written after the target: 0" || line FAILED "after-target rows: $counts"
[ "$(r "select count(*) from entry where written_at > '$target'")" = 0 ] && line OK "no row of the copy was written after $target" || line FAILED "rows after the target in the copy"
live=$(q "select phase || '=' || count(*) from entry group by phase order by phase" | tr '\n' ' ')
line OK "live now: $live; copy: $counts"
echo "rehearse-pitr: $ok passed, $bad failed in $(python3 -c "print(round($(date +%s.%N) - $start, 1))") s (PostgreSQL $(own_psql "$RESTORE_PORT" postgres "show server_version"))"
[ "$bad" = 0 ]
