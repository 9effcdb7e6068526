#!/usr/bin/env bash
# Sourced by deploy/docker/*.sh and deploy/bundle/*.sh: picks the container tool (CONTAINER_TOOL: podman, else docker
# with a running engine) and, for podman in a machine or VM that withholds CAP_SYS_RESOURCE (so a container cannot be
# given more open files or processes than its parent has) or mixes cgroup v1 and v2 (crun refuses "hybrid mode"),
# a containers.conf of its own (CONTAINERS_CONF): runc when installed, and default ulimits no higher than this
# shell's. Nothing of the machine's own podman configuration is changed.
# Neither podman nor a running Docker engine: podman and runc are installed from Debian (deploy/packages.sh, as root).
. "$(dirname "${BASH_SOURCE[0]}")/../packages.sh"
if [ -z "${CONTAINER_TOOL:-}" ]; then
  if command -v podman >/dev/null; then CONTAINER_TOOL=podman
  elif command -v docker >/dev/null && docker info >/dev/null 2>&1; then CONTAINER_TOOL=docker
  else need_packages podman:podman runc:runc; CONTAINER_TOOL=podman; fi
fi
[ "$CONTAINER_TOOL" = podman ] && need_packages podman:podman runc:runc
if [ "$CONTAINER_TOOL" = podman ] && [ -z "${CONTAINERS_CONF:-}" ]; then
  _conf_dir="${IMAGE_WORK_DIR:-/var/tmp/qinghai-images}"
  mkdir -p "$_conf_dir"
  _nproc=$(ulimit -u); { [ "$_nproc" = unlimited ] || [ "$_nproc" -gt 32768 ]; } && _nproc=32768
  _nofile=$(ulimit -n); { [ "$_nofile" = unlimited ] || [ "$_nofile" -gt 65536 ]; } && _nofile=65536
  {
    echo "[containers]"
    echo "default_ulimits = [\"nofile=$_nofile:$_nofile\", \"nproc=$_nproc:$_nproc\"]"
    if command -v runc >/dev/null; then echo "[engine]"; echo "runtime = \"runc\""; fi
  } >"$_conf_dir/containers.conf"
  export CONTAINERS_CONF="$_conf_dir/containers.conf"
fi
