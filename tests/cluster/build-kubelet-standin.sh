#!/usr/bin/env bash
# Builds the kubelet stand-in (tests/cluster/kubelet-standin) inside the
# kubernetes source tree that build-control-plane.sh leaves in the cache, so that
# it uses the kubelet's own streaming code and the vendored client-go, and
# caches the binary. Rebuilds only when its sources (or Go, or this script)
# changed: their hash is kept beside the binary.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
CACHE=${KCTL_CLUSTER_CACHE:-$HOME/.cache/kctl-test-cluster}
SRC=$CACHE/src/kubernetes
BIN=$CACHE/bin/kubelet-standin   # 15 characters: all of it fits in /proc/PID/comm
PKG=k8s.io/kubernetes/cmd/kctl-kubelet-standin

mkdir -p "$CACHE/bin"
exec 9>"$CACHE/.build.lock"   # the lock of build-control-plane.sh: same source tree
flock 9

if [ ! -f "$SRC/.kctl-unpacked" ]; then
  echo "kubelet-standin: no kubernetes source tree in $SRC; run tests/cluster/build-control-plane.sh first" >&2
  exit 1
fi

hash=$(
  cd "$HERE/kubelet-standin"
  { sha256sum $(LC_ALL=C ls *.go); sha256sum "$HERE/build-kubelet-standin.sh" | cut -d' ' -f1; go version; } | sha256sum | cut -d' ' -f1
)
if [ -x "$BIN" ] && [ "$(cat "$BIN.sha256" 2>/dev/null)" = "$hash" ]; then
  echo "kubelet-standin: using cached $BIN"
  exit 0
fi

# The GOPATH and build cache of the control plane's `make` (hack/lib/golang.sh), so
# that the packages it compiled are reused; else the GOPATH build-control-plane.sh made.
GOPATH_DIR=$SRC/_output/local/go
[ -d "$GOPATH_DIR/src/k8s.io/kubernetes/" ] || GOPATH_DIR=$SRC/.go
mkdir -p "$SRC/_output/local/go/cache"

echo "kubelet-standin: building with $(go version)"
start=$(date +%s)
rsync -a --delete "$HERE/kubelet-standin/" "$SRC/cmd/kctl-kubelet-standin/"
# GOFLAGS is cleared: -mod=... is an error in GOPATH mode.
(
  cd "$GOPATH_DIR/src/k8s.io/kubernetes"
  env -u GOFLAGS GOPATH="$GOPATH_DIR" GO111MODULE=off CGO_ENABLED=0 \
    GOCACHE="$SRC/_output/local/go/cache" \
    go build -tags selinux,notest -ldflags "-s -w" -o "$BIN.tmp" "$PKG"
)
mv "$BIN.tmp" "$BIN"
echo "$hash" >"$BIN.sha256"
echo "kubelet-standin: built $BIN in $(( $(date +%s) - start ))s"
