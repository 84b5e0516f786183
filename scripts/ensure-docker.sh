#!/usr/bin/env bash
# Make a Docker engine answer on this machine.
# Where one already answers (a user's laptop, a CI runner with Docker) this does nothing.
# On a fresh Debian machine without one, it installs Debian's docker.io and starts dockerd.
set -euo pipefail

engine_answers() { docker info >/dev/null 2>&1; }

if engine_answers; then
  exit 0
fi

need_pkgs=()
command -v dockerd >/dev/null 2>&1 || need_pkgs+=(docker.io)
command -v docker-compose >/dev/null 2>&1 || need_pkgs+=(docker-compose)
command -v busybox >/dev/null 2>&1 || need_pkgs+=(busybox-static)
if [ ${#need_pkgs[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "berth: no Docker engine answers and I cannot install one here (needs root and apt-get)." >&2
    echo "berth: install Docker (https://docs.docker.com/engine/install/) and start it, then retry." >&2
    exit 1
  fi
  echo "berth: installing ${need_pkgs[*]} from Debian's archive ..." >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
fi

if ! engine_answers; then
  if [ "$(id -u)" != 0 ]; then
    echo "berth: dockerd is installed but not running; start it (sudo systemctl start docker) and retry." >&2
    exit 1
  fi
  echo "berth: starting dockerd (log: /var/log/berth-dockerd.log) ..." >&2
  # Without the caller's descriptors: a lock held around this script must not live on in dockerd.
  (
    for fd in $(ls /proc/$BASHPID/fd); do
      if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    exec nohup dockerd >/var/log/berth-dockerd.log 2>&1 </dev/null
  ) &
  for _ in $(seq 1 60); do
    engine_answers && break
    sleep 0.5
  done
fi

if ! engine_answers; then
  echo "berth: dockerd did not answer within 30 s; see /var/log/berth-dockerd.log" >&2
  exit 1
fi
echo "berth: Docker engine $(docker version --format '{{.Server.Version}}') is up" >&2
