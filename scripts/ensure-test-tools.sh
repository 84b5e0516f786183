#!/usr/bin/env bash
# What the test suite needs beyond the Docker engine: a headless browser for the dashboard tests
# (Debian's chromium, driven by playwright-core), git (its http-backend serves test repositories),
# a private registry with logins (Debian's docker-registry, htpasswd from apache2-utils), and for
# the second Swarm node (scripts/swarm-two-node.sh) ip from iproute2, nsenter and unshare from
# util-linux. Each is installed from Debian's archive only when missing.
set -euo pipefail

need_pkgs=()
command -v chromium >/dev/null 2>&1 || need_pkgs+=(chromium)
command -v git >/dev/null 2>&1 || need_pkgs+=(git)
command -v docker-registry >/dev/null 2>&1 || need_pkgs+=(docker-registry)
command -v htpasswd >/dev/null 2>&1 || need_pkgs+=(apache2-utils)
command -v ip >/dev/null 2>&1 || need_pkgs+=(iproute2)
if ! command -v nsenter >/dev/null 2>&1 || ! command -v unshare >/dev/null 2>&1; then
  need_pkgs+=(util-linux)
fi
[ ${#need_pkgs[@]} -eq 0 ] && exit 0

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "berth: the tests need ${need_pkgs[*]}; install them (needs root and apt-get) and retry." >&2
  exit 1
fi
echo "berth: installing ${need_pkgs[*]} from Debian's archive for the tests ..." >&2
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
