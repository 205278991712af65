#!/usr/bin/env bash
# Builds the control plane of the test cluster, kube-apiserver,
# kube-controller-manager and kube-scheduler 1.20.2, from Debian bookworm's
# `kubernetes` source package with Debian's Go, and caches them (and the
# source tree) outside the work tree. Builds only the binaries missing from
# the cache (a cache made before there was a controller manager only gets
# those two); does nothing when all three are there.
# Needs what install-deps.sh installs (deb-src lines, golang-go, rsync,
# dpkg-dev, golang-github-modern-go-reflect2-dev).
set -euo pipefail

CACHE=${KCTL_CLUSTER_CACHE:-$HOME/.cache/kctl-test-cluster}
BINARIES=(kube-apiserver kube-controller-manager kube-scheduler)
SRC=$CACHE/src/kubernetes   # kept so other binaries can be built from it later
KUBE_VERSION=v1.20.2
# Commit of the v1.20.2 tag (the orig tarball is a `git archive` of it).
KUBE_COMMIT=faecb196815e248d3ecfb03c680a4507229c2a56
KUBE_BUILD_EPOCH=1610544000   # 2021-01-13T13:20:00Z, the release's buildDate

mkdir -p "$CACHE/bin" "$CACHE/src"
# Two concurrent callers must not build into the same tree.
exec 9>"$CACHE/.build.lock"
flock 9

missing=()
for b in "${BINARIES[@]}"; do
  [ -x "$CACHE/bin/$b" ] || missing+=("$b")
done
if [ "${#missing[@]}" = 0 ]; then
  echo "control plane: using cached ${BINARIES[*]} in $CACHE/bin"
  exit 0
fi

if [ ! -f "$SRC/.kctl-unpacked" ]; then
  echo "control plane: fetching Debian source package kubernetes into $CACHE/src"
  rm -rf "$SRC" "$CACHE/src/dl"
  mkdir -p "$CACHE/src/dl"
  (cd "$CACHE/src/dl" && apt-get source --download-only -q kubernetes) || {
    echo "apt-get source kubernetes failed: run tests/cluster/install-deps.sh (adds deb-src lines)" >&2
    exit 1
  }
  dpkg-source -x "$CACHE"/src/dl/kubernetes_*.dsc "$SRC" >/dev/null
  if ! grep -q "tag: $KUBE_VERSION'" "$SRC/hack/lib/version.sh"; then
    echo "Debian's kubernetes source is not $KUBE_VERSION any more; update $0" >&2
    exit 1
  fi
  # The vendored reflect2 1.0.1 crashes (map iteration fault) when built with
  # Go >= 1.18; Debian's 1.0.2 has the fix and the same API.
  rsync -a --delete --exclude=LICENSE --exclude=BUILD \
    /usr/share/gocode/src/github.com/modern-go/reflect2/ \
    "$SRC/vendor/github.com/modern-go/reflect2/"
  # GOPATH layout as in debian/rules (k8s 1.20 builds in GOPATH mode).
  mkdir -p "$SRC/.go/src/k8s.io"
  ln -sfn ../../.. "$SRC/.go/src/k8s.io/kubernetes"
  rm -rf "$CACHE/src/dl"
  touch "$SRC/.kctl-unpacked"
fi

# Without a git checkout the build would report gitTreeState "archive"; a
# version file (and SOURCE_DATE_EPOCH for buildDate) gives /version the
# values of the official v1.20.2 release, except goVersion.
cat >"$SRC/.kctl-version" <<EOF
KUBE_GIT_COMMIT='$KUBE_COMMIT'
KUBE_GIT_TREE_STATE='clean'
KUBE_GIT_VERSION='$KUBE_VERSION'
KUBE_GIT_MAJOR='1'
KUBE_GIT_MINOR='20'
EOF

echo "control plane: building ${missing[*]} $KUBE_VERSION with $(go version) (takes 5-15 minutes)"
start=$(date +%s)
(
  cd "$SRC"
  # GOFLAGS is cleared: -mod=... is an error in GOPATH mode (and
  # hack/lib/golang.sh would take GOFLAGS=-p=N for build tags).
  # GOMAXPROCS bounds go's parallel jobs (its default -p) and each compiler's
  # threads: the machines running this are often small and shared.
  env -u GOFLAGS GOMAXPROCS="${KCTL_BUILD_JOBS:-2}" GOPATH="$SRC/.go" GO111MODULE=off CGO_ENABLED=0 \
    KUBE_GIT_VERSION_FILE="$SRC/.kctl-version" SOURCE_DATE_EPOCH=$KUBE_BUILD_EPOCH \
    make WHAT="${missing[*]/#/cmd/}"
)
for b in "${missing[@]}"; do
  cp -L "$SRC/_output/bin/$b" "$CACHE/bin/$b.tmp"
  mv "$CACHE/bin/$b.tmp" "$CACHE/bin/$b"
  "$CACHE/bin/$b" --version
done
echo "control plane: built ${missing[*]} in $(( $(date +%s) - start ))s"
