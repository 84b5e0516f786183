#!/usr/bin/env bash
# Restart this machine's Docker engine (dockerd stopped, then started again), for the reliability
# tests and the soak. Uses the way the engine runs here: systemd's docker unit when it is active,
# else the dockerd that scripts/ensure-docker.sh started (stopped by its pidfile, started the same
# way). Prints when the engine stopped and when it answered again (epoch ms), one per line:
#   stopped <ms>
#   answering <ms>
# Run it only while no one else uses the engine (the tests hold /tmp/docker-heavy.lock).
set -euo pipefail
# Descriptors inherited from the caller (a lock held by flock) must not live on in dockerd.
for fd in $(ls /proc/$$/fd); do
  if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
done
ms() { date +%s%3N; }

if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet docker 2>/dev/null; then
  systemctl stop docker
  echo "stopped $(ms)"
  systemctl start docker
else
  pidfile=/var/run/docker.pid
  if [ ! -s "$pidfile" ]; then
    echo "berth: no dockerd pidfile at $pidfile; is the engine running here?" >&2
    exit 1
  fi
  pid=$(cat "$pidfile")
  kill -TERM "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  echo "stopped $(ms)"
  nohup dockerd >>/var/log/berth-dockerd.log 2>&1 </dev/null &
fi
for _ in $(seq 1 600); do
  if docker info >/dev/null 2>&1; then
    echo "answering $(ms)"
    exit 0
  fi
  sleep 0.1
done
echo "berth: dockerd did not answer within 60 s; see /var/log/berth-dockerd.log" >&2
exit 1
