#!/usr/bin/env bash
# Builds the streaming front (tests/cluster/streaming-front, README.md) with
# upstream's k8s.io/apiserver, client-go and streaming packages as Debian
# unstable ships them: in a `debootstrap --variant=minbase sid` chroot, cached
# in $CACHE/sid-chroot, built in GOPATH mode against /usr/share/gocode there.
# The binary is static and runs on the host; it is cached in
# $CACHE/bin/streaming-front and rebuilt only when its sources (or this script,
# or the chroot's Go packages) changed: their hash is kept beside the binary.
# Needs debootstrap on the host (install-deps.sh) and deb.debian.org.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${KCTL_CLUSTER_CACHE:-$HOME/.cache/kctl-test-cluster}
CHROOT=$CACHE/sid-chroot
BIN=$CACHE/bin/streaming-front   # 15 characters: all of it fits in /proc/PID/comm
MIRROR=${KCTL_DEBIAN_MIRROR:-http://deb.debian.org/debian}
PKGS=(golang-go golang-k8s-apiserver-dev golang-k8s-client-go-dev golang-k8s-streaming-dev)

mkdir -p "$CACHE/bin"
exec 9>"$CACHE/.front-build.lock"
flock 9

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo
# No /proc, /dev or /sys is mounted in the chroot, so nothing can be left
# mounted; Go finds its root through GOROOT, not /proc/self/exe.
in_chroot() {
  $SUDO chroot "$CHROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"
}

if [ ! -f "$CHROOT/.kctl-ready" ]; then
  command -v debootstrap >/dev/null || {
    echo "streaming-front: debootstrap is missing: run tests/cluster/install-deps.sh" >&2
    exit 1
  }
  echo "streaming-front: creating a Debian sid chroot in $CHROOT (takes a few minutes)"
  start=$(date +%s)
  $SUDO rm -rf "$CHROOT"
  $SUDO debootstrap --variant=minbase sid "$CHROOT" "$MIRROR" >"$CACHE/sid-debootstrap.log" 2>&1 || {
    echo "streaming-front: debootstrap sid failed; last lines of $CACHE/sid-debootstrap.log:" >&2
    tail -n 20 "$CACHE/sid-debootstrap.log" >&2
    exit 1
  }
  # sid's Release files can be past their Valid-Until on a mirror snapshot.
  echo 'Acquire::Check-Valid-Until "false";' | $SUDO tee "$CHROOT/etc/apt/apt.conf.d/99kctl" >/dev/null
  # A throw-away tree: dpkg need not fsync each of the ~350 packages' files.
  echo force-unsafe-io | $SUDO tee "$CHROOT/etc/dpkg/dpkg.cfg.d/99kctl" >/dev/null
  in_chroot apt-get update -q >"$CACHE/sid-apt.log" 2>&1 &&
    in_chroot apt-get install -y -q --no-install-recommends "${PKGS[@]}" >>"$CACHE/sid-apt.log" 2>&1 || {
    echo "streaming-front: installing ${PKGS[*]} in the sid chroot failed; last lines of $CACHE/sid-apt.log:" >&2
    tail -n 20 "$CACHE/sid-apt.log" >&2
    exit 1
  }
  in_chroot apt-get clean
  $SUDO touch "$CHROOT/.kctl-ready"
  echo "streaming-front: sid chroot ready in $(( $(date +%s) - start ))s"
fi

versions=$(in_chroot dpkg-query -W -f '${Package}=${Version} ' "${PKGS[@]}")
hash=$(
  cd "$HERE/streaming-front"
  { sha256sum $(LC_ALL=C ls *.go); sha256sum "$HERE/build-streaming-front.sh" | cut -d' ' -f1; echo "$versions"; } |
    sha256sum | cut -d' ' -f1
)
if [ -x "$BIN" ] && [ "$(cat "$BIN.sha256" 2>/dev/null)" = "$hash" ]; then
  echo "streaming-front: using cached $BIN"
  exit 0
fi

echo "streaming-front: building in the sid chroot ($versions)"
start=$(date +%s)
$SUDO rm -rf "$CHROOT/build/streaming-front"
$SUDO mkdir -p "$CHROOT/build"
$SUDO cp -r "$HERE/streaming-front" "$CHROOT/build/streaming-front"
# GOPATH mode against Debian's /usr/share/gocode; the build cache stays in the
# chroot, so a rebuild after a source change takes seconds.
# (`go telemetry off`: its sidecar would complain that there is no /proc.)
in_chroot sh -c 'cd /build/streaming-front && GOROOT=/usr/lib/go go telemetry off &&
  GOROOT=/usr/lib/go GOPATH=/usr/share/gocode GO111MODULE=off CGO_ENABLED=0 GOFLAGS= \
  GOCACHE=/root/.cache/go-build go build -trimpath -ldflags "-s -w" -o /build/streaming-front.bin .' || {
  echo "streaming-front: go build in $CHROOT/build/streaming-front failed" >&2
  exit 1
}
cp "$CHROOT/build/streaming-front.bin" "$BIN.tmp"
mv "$BIN.tmp" "$BIN"
echo "$hash" >"$BIN.sha256"
echo "streaming-front: built $BIN in $(( $(date +%s) - start ))s"
