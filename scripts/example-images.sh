#!/usr/bin/env bash
# Make the small images the examples and tests use available without any registry:
# `berth-examples/busybox:1` is Debian's static busybox (sh, httpd, wget, nc, sleep, ...).
# Idempotent: an image already present is left as it is.
set -euo pipefail
image=berth-examples/busybox:1

if docker image inspect "$image" >/dev/null 2>&1; then
  exit 0
fi
bb=$(command -v busybox || true)
if [ -z "$bb" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq busybox-static >/dev/null
    bb=$(command -v busybox)
  else
    echo "berth: busybox is needed to build $image; install busybox-static" >&2
    exit 1
  fi
fi
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/bin" "$root/tmp" "$root/etc" "$root/www" "$root/data" "$root/workspace"
cp "$bb" "$root/bin/busybox"
for applet in $("$root/bin/busybox" --list); do
  [ "$applet" = busybox ] || ln -s busybox "$root/bin/$applet"
done
chmod 1777 "$root/tmp"
printf 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/bin/sh\n' >"$root/etc/passwd"
printf 'root:x:0:\nnogroup:x:65534:\n' >"$root/etc/group"
echo 'berth example' >"$root/www/index.html"
tar -C "$root" -c . | docker import \
  -c 'ENV PATH=/bin' -c 'CMD ["sh"]' - "$image" >/dev/null
echo "berth: imported $image" >&2
