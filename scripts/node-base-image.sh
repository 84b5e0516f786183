#!/usr/bin/env bash
# Test and CI only: a local stand-in for the node:<major> base image, for machines that cannot pull
# from Docker Hub. It holds a node binary (this machine's, or Node 24 from the npm registry), the
# libraries it links, npm, busybox and the CA bundle (so npm inside a build reaches the registry
# through a TLS-intercepting proxy). Usage: node-base-image.sh [24|20] (default 24).
# Prints the image name. Idempotent.
set -euo pipefail
major=${1:-24}
image=berth-test/node:$major
if docker image inspect "$image" >/dev/null 2>&1; then echo "$image"; exit 0; fi
if [ "$major" = 24 ]; then
  node=$(bash "$(dirname "$0")/node24.sh")
else
  node=$(readlink -f "$(command -v node)")
fi
[ "$("$node" -p 'process.versions.node.split(".")[0]')" = "$major" ] || {
  echo "node-base-image: $node is not Node $major" >&2
  exit 1
}
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mkdir -p "$root/usr/local/bin" "$root/usr/local/lib" "$root/bin" "$root/tmp" "$root/etc/ssl/certs" "$root/root"
cp "$node" "$root/usr/local/bin/node"
for lib in $(ldd "$node" | grep -o '/[^ ]*'); do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
npm_dir=$(npm root -g)/npm
cp -r "$npm_dir" "$root/usr/local/lib/npm"
ln -s ../lib/npm/bin/npm-cli.js "$root/usr/local/bin/npm"
cp "$(command -v busybox)" "$root/bin/busybox"
for applet in sh ls cat env mkdir rm cp mv ln chmod; do ln -s busybox "$root/bin/$applet"; done
mkdir -p "$root/usr/bin" && ln -s /bin/busybox "$root/usr/bin/env"
cp /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"
chmod 1777 "$root/tmp"
tar -C "$root" -c . | docker import \
  -c 'ENV PATH=/usr/local/bin:/bin' \
  -c 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  -c 'ENV npm_config_cafile=/etc/ssl/certs/ca-certificates.crt' \
  -c 'ENV HOME=/root' - "$image" >/dev/null
echo "$image"
