#!/usr/bin/env bash
# Test and CI only: a local stand-in for a python:3 base image, for machines that cannot pull from
# Docker Hub. It holds this machine's python3 (its standard library without tests, pip in
# site-packages, the shared libraries it and its C modules link), `pip` and busybox.
# Prints the image name. Idempotent.
set -euo pipefail
image=berth-test/python:3
if docker image inspect "$image" >/dev/null 2>&1; then echo "$image"; exit 0; fi
python=$(python3 -c 'import sys; print(sys.executable)')
python=$(readlink -f "$python")
prefix=$(python3 -c 'import sys; print(sys.prefix)')
stdlib=$(python3 -c 'import sysconfig; print(sysconfig.get_path("stdlib"))')
purelib=$(python3 -c 'import sysconfig; print(sysconfig.get_path("purelib"))')
version=$(python3 -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')
bb=$(command -v busybox)
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/usr/local/bin" "$root/usr/local/lib/python$version/site-packages" "$root/bin" "$root/tmp" "$root/root" "$root/etc"
cp "$python" "$root/usr/local/bin/python3"
# The standard library without its tests and caches, and pip only of what is installed.
tar -C "$stdlib" --exclude=./test --exclude=./site-packages --exclude='__pycache__' \
  --exclude='./config-*' --exclude=./idlelib --exclude=./tkinter --exclude=./turtledemo -c . \
  | tar -C "$root/usr/local/lib/python$version" -x
cp -r "$purelib/pip" "$root/usr/local/lib/python$version/site-packages/"
cp -r "$purelib"/pip-*.dist-info "$root/usr/local/lib/python$version/site-packages/"
# The interpreter and its C modules link these; copy each once, at the path ldd gives.
for object in "$python" "$stdlib"/lib-dynload/*.so; do
  for lib in $(ldd "$object" 2>/dev/null | grep -o '/[^ ]*' || true); do
    [ -e "$root$lib" ] && continue
    mkdir -p "$root$(dirname "$lib")"
    cp -L "$lib" "$root$lib"
  done
done
printf '#!/bin/sh\nexec python3 -m pip "$@"\n' >"$root/usr/local/bin/pip"
chmod 755 "$root/usr/local/bin/pip"
cp "$bb" "$root/bin/busybox"
for applet in sh ls cat env mkdir rm cp mv ln chmod test echo grep; do ln -s busybox "$root/bin/$applet"; done
mkdir -p "$root/usr/bin" && ln -s /bin/busybox "$root/usr/bin/env"
printf 'root:x:0:0:root:/root:/bin/sh\n' >"$root/etc/passwd"
chmod 1777 "$root/tmp"
tar -C "$root" -c . | docker import \
  -c 'ENV PATH=/usr/local/bin:/bin' \
  -c "ENV PYTHONHOME=/usr/local" \
  -c 'ENV HOME=/root' - "$image" >/dev/null
echo "$image"
