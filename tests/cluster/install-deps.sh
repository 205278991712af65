#!/usr/bin/env bash
# Installs, from Debian's packages only, what building kctl and running its
# test cluster needs. Idempotent: a second run installs nothing.
set -euo pipefail

build_pkgs=(meson ninja-build g++ clang libclang-rt-14-dev pkg-config libcli11-dev libcurl4-openssl-dev
  libyaml-cpp-dev libyaml-dev nlohmann-json3-dev doctest-dev zlib1g-dev libssl-dev)
# The man pages' checks and the Debian package (tests/packaging).
packaging_pkgs=(groff-base man-db mandoc debhelper lintian)
# The test cluster: etcd, Go to build kube-apiserver from Debian's source package.
cluster_pkgs=(etcd-server golang-go rsync dpkg-dev openssl curl
  golang-github-modern-go-reflect2-dev time strace
  debootstrap)   # the sid chroot of build-streaming-front.sh

missing=()
for p in "${build_pkgs[@]}" "${cluster_pkgs[@]}" "${packaging_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done

need_src=0
if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
  need_src=1
fi

SUDO=""
[ "$(id -u)" = 0 ] || SUDO=sudo

if [ "$need_src" = 1 ]; then
  # apt-get source kubernetes needs a deb-src line for bookworm.
  $SUDO tee /etc/apt/sources.list.d/kctl-deb-src.sources >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm bookworm-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg

Types: deb-src
URIs: http://deb.debian.org/debian-security
Suites: bookworm-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
fi

if [ "${#missing[@]}" -gt 0 ] || [ "$need_src" = 1 ]; then
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -q
fi
if [ "${#missing[@]}" -gt 0 ]; then
  $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
