#!/usr/bin/env bash
# Test and CI only: a local stand-in for the debian:12 base image, for machines that cannot pull
# from Docker Hub but reach Debian's archive: a minimal bookworm made with debootstrap (installed
# when missing, as root). Prints the image name. Idempotent.
set -euo pipefail
image=berth-test/debian:12
if docker image inspect "$image" >/dev/null 2>&1; then echo "$image"; exit 0; fi
if ! command -v debootstrap >/dev/null 2>&1; then
  apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >&2
fi
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian >&2
rm -rf "$root"/var/cache/apt/archives/*.deb "$root"/var/lib/apt/lists/*
tar -C "$root" -c . | docker import \
  -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  -c 'CMD ["bash"]' - "$image" >/dev/null
echo "$image"
