#!/usr/bin/env bash
# Test and CI only: a local stand-in for a python:3 base image, for machines that cannot pull from
# Docker Hub. It holds this machine's python3 at the paths it has here (its standard library
# without tests, pip, the shared libraries it and its C modules link), `pip` and busybox; python3
# and pip are installed from Debian's archive when missing (as root). Prints the image name.
# Idempotent.
set -euo pipefail
image=berth-test/python:3
if docker image inspect "$image" >/dev/null 2>&1; then echo "$image"; exit 0; fi
if ! python3 -c 'import pip' >/dev/null 2>&1 || ! command -v busybox >/dev/null 2>&1; then
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-pip busybox-static >&2
fi
python=$(readlink -f "$(python3 -c 'import sys; print(sys.executable)')")
stdlib=$(python3 -c 'import sysconfig; print(sysconfig.get_path("stdlib"))')
pip=$(python3 -c 'import os, pip; print(os.path.dirname(pip.__file__))')
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root$(dirname "$python")" "$root$stdlib" "$root$(dirname "$pip")" "$root/usr/local/bin" \
  "$root/bin" "$root/tmp" "$root/root" "$root/etc"
cp "$python" "$root$python"
# The standard library without its tests, caches and installed packages; pip where it is here.
# EXTERNALLY-MANAGED (PEP 668, Debian) would make pip refuse to install into the image.
tar -C "$stdlib" --exclude=./test --exclude=./site-packages --exclude=./dist-packages \
  --exclude='__pycache__' --exclude='./config-*' --exclude=./idlelib --exclude=./tkinter \
  --exclude=./turtledemo --exclude=./EXTERNALLY-MANAGED -c . | tar -C "$root$stdlib" -x
cp -r "$pip" "$root$pip"
# The interpreter and its C modules link these; copy each once, at the path ldd gives.
for object in "$python" "$stdlib"/lib-dynload/*.so; do
  for lib in $(ldd "$object" 2>/dev/null | grep -o '/[^ ]*' || true); do
    [ -e "$root$lib" ] && continue
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
done
ln -s "$python" "$root/usr/local/bin/python3"
printf '#!/bin/sh\nexec python3 -m pip "$@"\n' >"$root/usr/local/bin/pip"
chmod 755 "$root/usr/local/bin/pip"
cp "$(command -v busybox)" "$root/bin/busybox"
for applet in sh ls cat env mkdir rm cp mv ln chmod test echo grep; do ln -s busybox "$root/bin/$applet"; done
mkdir -p "$root/usr/bin" && ln -sf /bin/busybox "$root/usr/bin/env"
printf 'root:x:0:0:root:/root:/bin/sh\n' >"$root/etc/passwd"
chmod 1777 "$root/tmp"
tar -C "$root" -c . | docker import \
  -c 'ENV PATH=/usr/local/bin:/bin' \
  -c 'ENV HOME=/root' - "$image" >/dev/null
echo "$image"
