#!/usr/bin/env bash
# Sourced by deploy/checks/replica.sh and deploy/k8s/rehearse-pitr.sh: PostgreSQL instances of a check's own, in a
# directory of its own and on ports of its own (never the shared 5432), run as user postgres when started as root
# (initdb refuses root). pg_bin (deploy/lib.sh) picks the newest installed server binaries.
OWN_PG_USER="$(id -un)"; [ "$(id -u)" = 0 ] && OWN_PG_USER=postgres
own_pg() { # command args... — a server binary as the instance owner
  local b; b="$(pg_bin)"; [ -n "$b" ] || die "no PostgreSQL server binaries (apt-get install postgresql)"
  if [ "$(id -un)" = "$OWN_PG_USER" ]; then "$b/$1" "${@:2}"; else runuser -u "$OWN_PG_USER" -- "$b/$1" "${@:2}"; fi
}
own_pg_init() { # dir port [postgresql.conf lines...]
  local dir=$1 port=$2; shift 2
  mkdir -p "$dir" && chown "$OWN_PG_USER" "$dir" "$(dirname "$dir")"
  own_pg initdb -D "$dir" -U postgres --auth=trust >/dev/null
  { echo "port = $port"; echo "listen_addresses = '127.0.0.1'"; echo "unix_socket_directories = '$(dirname "$dir")'"; printf '%s\n' "$@"; } >> "$dir/postgresql.conf"
}
own_pg_start() { own_pg pg_ctl -D "$1" -l "$1.log" -w -t 120 start >/dev/null; }
own_pg_stop() { [ -s "$1/postmaster.pid" ] && own_pg pg_ctl -D "$1" -m fast -w stop >/dev/null 2>&1 || true; }
own_psql() { # port db sql — one value per line, no headers
  psql -h 127.0.0.1 -p "$1" -U postgres -d "$2" -v ON_ERROR_STOP=1 -tAqc "$3"
}
