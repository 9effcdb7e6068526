#!/usr/bin/env bash
# Sourced by the image, bundle and check scripts: need_packages COMMAND:PACKAGE... installs the Debian package of every
# command that is missing (apt-get, as root, the way deploy/lib.sh installs PostgreSQL) and otherwise stops naming
# what to install. Nothing is installed when every command is there.
need_packages() {
  local pair missing=()
  for pair in "$@"; do
    command -v "${pair%%:*}" >/dev/null 2>&1 || missing+=("${pair#*:}")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  mapfile -t missing < <(printf '%s\n' "${missing[@]}" | sort -u)
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    printf '[packages] installing from Debian: %s\n' "${missing[*]}" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || { echo "apt-get install ${missing[*]} failed" >&2; exit 1; }
    for pair in "$@"; do
      command -v "${pair%%:*}" >/dev/null 2>&1 || { echo "${pair%%:*} still missing after apt-get install ${pair#*:}" >&2; exit 1; }
    done
  else
    echo "missing: ${missing[*]} (as root: apt-get install ${missing[*]})" >&2
    exit 1
  fi
}
# need_python_module MODULE PACKAGE: the Debian package of a Python 3 module that python3 cannot import.
need_python_module() {
  python3 -c "import $1" 2>/dev/null && return 0
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    printf '[packages] installing from Debian: %s\n' "$2" >&2
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >/dev/null \
      && python3 -c "import $1" || { echo "python3 module $1 missing after apt-get install $2" >&2; exit 1; }
  else
    echo "missing: python3 module $1 (as root: apt-get install $2)" >&2; exit 1
  fi
}
