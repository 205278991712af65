#!/usr/bin/env bash
# Packaging checks: `meson install` into a DESTDIR, then the Debian package
# built with dpkg-buildpackage from a copy of the tree, checked by lintian
# (no errors), unpacked into a scratch root with dpkg -x, and its binary
# run, directly and as the kubectl plugin kubectl-kctl.
# Usage: run.sh BUILD_DIR   (a configured and built meson build directory)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:?usage: run.sh BUILD_DIR}" && pwd)
work=$(mktemp -d /tmp/kctl-packaging.XXXXXX)
# The test cluster's settings, when it runs (the package's kctl is run
# against it too).
if [ -z "${KCTL_TEST_KUBECONFIG:-}" ] && [ -f "${KCTL_CLUSTER_DIR:-/tmp/kctl-test-cluster}/env.sh" ]; then
  # shellcheck disable=SC1091
  source "${KCTL_CLUSTER_DIR:-/tmp/kctl-test-cluster}/env.sh"
fi
trap 'rm -rf "$work"' EXIT
passed=0; failed=0
check() {  # check NAME COMMAND...: one named check, its output shown on failure
  local name=$1; shift
  if out=$("$@" 2>&1); then passed=$((passed + 1)); echo "ok   $name"
  else failed=$((failed + 1)); echo "FAIL $name"; printf '%s\n' "$out" | tail -20 | sed 's/^/    /'; fi
}

# --- meson install into a DESTDIR -------------------------------------------
installed() {
  local prefix; prefix=$(meson introspect "$build" --buildoptions | python3 -c \
    'import json,sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "prefix"))')
  meson install -C "$build" --destdir "$work/destdir" --no-rebuild >/dev/null
  local bin=$work/destdir$prefix/bin
  [ -x "$bin/kctl" ] || { echo "no $bin/kctl"; return 1; }
  [ "$(readlink "$bin/kubectl-kctl")" = kctl ] || { echo "kubectl-kctl: $(ls -l "$bin")"; return 1; }
  local mandir; mandir=$(meson introspect "$build" --buildoptions | python3 -c \
    'import json,sys; print(next(o["value"] for o in json.load(sys.stdin) if o["name"] == "mandir"))')
  [ -f "$work/destdir$prefix/$mandir/man1/kctl-get.1" ] || { echo "no man pages in $prefix/$mandir/man1"; return 1; }
  local f
  for f in bash-completion/completions/kctl zsh/vendor-completions/_kctl fish/vendor_completions.d/kctl.fish; do
    [ -s "$work/destdir$prefix/share/$f" ] || { echo "no $prefix/share/$f"; return 1; }
  done
  "$bin/kctl" version --client | grep -q '^Client Version: ' || return 1
  PATH=$bin:$PATH kubectl kctl version --client | grep -q '^Client Version: '
}
check "meson install --destdir: kctl, the kubectl-kctl link, man pages, completions" installed

# --- the Debian package -------------------------------------------------------
deb_build() {
  mkdir "$work/src"
  # The tracked tree as it is now (uncommitted changes included), without
  # build directories.
  (cd "$top" && git ls-files -z --cached --others --exclude-standard | tar --null -T - -cf -) | tar -xf - -C "$work/src"
  # noopt (-O0): the package's contents and layout are what is checked
  # here, and an optimised build would double CI's time (26 minutes on two
  # cores); nocheck: the unit tests ran already.
  (cd "$work/src" && DEB_BUILD_OPTIONS="nocheck noopt parallel=$(nproc)" dpkg-buildpackage -us -uc -b \
    >"$work/build.log" 2>&1) ||
    { tail -40 "$work/build.log"; return 1; }
  ls "$work"/kctl_*.deb >/dev/null
}
check "dpkg-buildpackage -us -uc -b" deb_build

deb_lintian() {
  command -v lintian >/dev/null || { echo "lintian is not installed"; return 1; }
  local out; out=$(lintian "$work"/kctl_*.deb || true)
  printf '%s\n' "$out"
  ! printf '%s\n' "$out" | grep -q '^E: '
}
check "lintian: no errors" deb_lintian

deb_installed() {
  dpkg -x "$work"/kctl_*.deb "$work/root"
  local bin=$work/root/usr/bin
  "$bin/kctl" version --client | grep -q '^Client Version: ' || return 1
  [ "$(readlink "$bin/kubectl-kctl")" = kctl ] || { ls -l "$bin"; return 1; }
  PATH=$bin:$PATH kubectl kctl version --client | grep -q '^Client Version: ' || return 1
  # Against the test cluster, when one is running.
  if [ -n "${KCTL_TEST_KUBECONFIG:-}" ]; then
    [ "$("$bin/kctl" --kubeconfig "$KCTL_TEST_KUBECONFIG" get namespace default -o name)" = namespace/default ] || return 1
  fi
  dpkg-deb -c "$work"/kctl_*.deb
}
check "dpkg -x: the installed kctl runs, also through kubectl" deb_installed

echo "packaging: $passed passed, $failed failed"
[ "$failed" = 0 ]
