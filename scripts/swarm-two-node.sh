#!/usr/bin/env bash
# Test only: a real two-node Docker Swarm on one machine. The second node is a second dockerd in a
# network namespace of its own (`sw2`), joined to this machine's engine over a veth pair
# (198.18.77.1/24 on the host, 198.18.77.2/24 in the namespace: outside Docker's pools).
#
#   swarm-two-node.sh up [IMAGE...]   this engine becomes the manager (advertising 198.18.77.1),
#                                     the second engine joins as a worker labelled hardware=gpu,
#                                     advertising gpu=2 (Swarm 20.10 drops a networked task that
#                                     takes all of a node's discrete gpus: moby/moby#44378),
#                                     with IMAGEs copied into it; prints the second engine's socket.
#                                     A second node an earlier run left is removed first.
#   swarm-two-node.sh down            everything up made is undone, whatever state it is in
#
# Needs root, iproute2 (ip) and util-linux (nsenter, unshare). `down` always runs to the end and
# leaves this engine out of any Swarm; it removes docker_gwbridge only if `up` created it.
set -euo pipefail

dir=${BERTH_SWARM2_DIR:-/tmp/berth-swarm2}
ns=sw2
host_if=sw2-host
ns_if=sw2-node
host_addr=198.18.77.1
node_addr=198.18.77.2
sock=$dir/docker.sock
cgroup=swarm2

second() { DOCKER_HOST=unix://$sock docker "$@"; }

up() {
  if [ "$(docker info --format '{{.Swarm.LocalNodeState}}')" != inactive ]; then
    echo "swarm-two-node: this engine is in a Swarm already; leave it first" >&2
    exit 1
  fi
  if [ -e /run/netns/$ns ] || [ -e "$dir" ]; then
    echo "swarm-two-node: removing the second node an earlier run left" >&2
    down
    set -e
  fi
  mkdir -p "$dir"
  docker network inspect docker_gwbridge >/dev/null 2>&1 && touch "$dir/gwbridge-existed"

  ip netns add $ns
  ip link add $host_if type veth peer name $ns_if
  ip link set $ns_if netns $ns
  ip addr add $host_addr/24 dev $host_if
  ip link set $host_if up
  ip -n $ns addr add $node_addr/24 dev $ns_if
  ip -n $ns link set lo up
  ip -n $ns link set $ns_if up
  ip -n $ns route add default via $host_addr

  # deprecated-key-path is accepted only in the file: its own key gives it an engine ID of its own.
  cat >"$dir/daemon.json" <<EOF
{ "deprecated-key-path": "$dir/key.json", "node-generic-resources": ["gpu=2"] }
EOF
  # Not `ip netns exec`: it remounts /sys, which hides the cgroups dockerd needs. The lock a caller
  # holds (flock) must not live on in dockerd, so inherited descriptors are closed.
  (
    for fd in $(ls /proc/$BASHPID/fd); do
      if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null || true; fi
    done
    exec nsenter --net=/run/netns/$ns unshare --uts sh -c "hostname berth-node2 && exec env \
      DOCKER_SERVICE_PREFER_OFFLINE_IMAGE=1 dockerd --config-file '$dir/daemon.json' \
      --data-root '$dir/data' --exec-root '$dir/exec' --pidfile '$dir/docker.pid' \
      -H 'unix://$sock' --bip 172.31.254.1/24 --cgroup-parent /$cgroup" \
      >"$dir/dockerd.log" 2>&1 </dev/null
  ) &
  for _ in $(seq 1 100); do
    second info >/dev/null 2>&1 && break
    sleep 0.1
  done
  second info >/dev/null 2>&1 || {
    echo "swarm-two-node: the second dockerd did not answer in 10 s; see $dir/dockerd.log" >&2
    exit 1
  }
  if [ $# -gt 0 ]; then docker save "$@" | second load -q >/dev/null; fi

  docker swarm init --advertise-addr $host_addr --listen-addr $host_addr:2377 >/dev/null
  second swarm join --token "$(docker swarm join-token -q worker)" $host_addr:2377 >/dev/null
  docker node update --label-add hardware=gpu "$(second info --format '{{.Swarm.NodeID}}')" >/dev/null
  echo "unix://$sock"
}

down() {
  set +e
  # The manager first: a worker that leaves a live manager waits several seconds on it.
  if [ "$(docker info --format '{{.Swarm.LocalNodeState}}' 2>/dev/null)" != inactive ]; then
    docker swarm leave --force >/dev/null
  fi
  if [ -S "$sock" ]; then
    timeout 20 env DOCKER_HOST=unix://$sock docker swarm leave --force >/dev/null 2>&1
  fi
  if [ -s "$dir/docker.pid" ]; then
    pid=$(cat "$dir/docker.pid")
    kill -TERM "$pid" 2>/dev/null
    for _ in $(seq 1 150); do
      kill -0 "$pid" 2>/dev/null || break
      sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null
  fi
  # Whatever still runs in its cgroup (a shim, a container) goes before the cgroup does.
  for group in /sys/fs/cgroup/*/$cgroup /sys/fs/cgroup/$cgroup; do
    [ -d "$group" ] || continue
    find "$group" -name cgroup.procs -exec cat {} + 2>/dev/null | xargs -r kill -KILL 2>/dev/null
  done
  if [ -d "$dir" ]; then
    grep -F " $dir/" /proc/mounts | cut -d' ' -f2 | sort -r | while read -r m; do
      umount -l "$m"
    done
  fi
  for group in /sys/fs/cgroup/*/$cgroup /sys/fs/cgroup/$cgroup; do
    [ -d "$group" ] || continue
    for _ in $(seq 1 50); do
      find "$group" -depth -type d -exec rmdir {} + 2>/dev/null
      [ -d "$group" ] || break
      sleep 0.1
    done
  done
  ip link del $host_if 2>/dev/null
  [ -e /run/netns/$ns ] && ip netns del $ns
  if [ -d "$dir" ] && [ ! -e "$dir/gwbridge-existed" ]; then
    docker network rm docker_gwbridge >/dev/null 2>&1
  fi
  rm -rf "$dir"
  # What must hold afterwards, said plainly when it does not.
  status=0
  if [ "$(docker info --format '{{.Swarm.LocalNodeState}}' 2>/dev/null)" != inactive ]; then
    echo "swarm-two-node: this engine is still in a Swarm" >&2
    status=1
  fi
  if [ -e /run/netns/$ns ] || ip link show $host_if >/dev/null 2>&1; then
    echo "swarm-two-node: the namespace $ns or its veth is left" >&2
    status=1
  fi
  return $status
}

case ${1:-} in
  up)
    shift
    up "$@"
    ;;
  down) down ;;
  *)
    echo "usage: $0 up [IMAGE...] | down" >&2
    exit 2
    ;;
esac
