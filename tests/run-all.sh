#!/usr/bin/env bash
# Every test kctl has: installs what is missing (Debian packages), builds
# kctl, runs the unit tests (also under ASan/UBSan), starts the local test
# cluster (a real kube-apiserver built from Debian's source package), runs
# the end-to-end suite against it, checks the installation and the Debian
# package, runs the benchmarks, and stops the cluster. The last line counts the results.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"

bash tests/cluster/install-deps.sh

[ -d build ] || meson setup build >/dev/null
ninja -C build

unit_log=$(mktemp)
trap 'rm -f "$unit_log"' EXIT
echo "== unit tests"
build/tests/kctl_unit | tee "$unit_log"
echo "== unit tests under address and undefined-behaviour sanitizers"
[ -d build-asan ] || meson setup build-asan -Db_sanitize=address,undefined -Dbuildtype=debug >/dev/null
ninja -C build-asan tests/kctl_unit
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 build-asan/tests/kctl_unit

echo "== test cluster"
bash tests/cluster/start.sh
trap 'rm -f "$unit_log"; bash tests/cluster/stop.sh >/dev/null 2>&1 || true' EXIT

echo "== end-to-end tests (kctl against kube-apiserver, compared with kubectl)"
e2e_status=0
KCTL="$top/build/kctl" bash tests/e2e/run.sh | tee e2e.log || e2e_status=$?

echo "== packaging (meson install, the Debian package)"
packaging_status=0
bash tests/packaging/run.sh build | tee packaging.log || packaging_status=$?

echo "== benchmarks (kctl against kubectl in the same run)"
bash bench/startup.sh || true
bash bench/streaming.sh || true

unit_passed=$(sed -n 's/.*test cases: *[0-9]* *| *\([0-9]*\) passed.*/\1/p' "$unit_log" | tail -1)
unit_failed=$(sed -n 's/.*test cases:.*| *\([0-9]*\) failed.*/\1/p' "$unit_log" | tail -1)
e2e_passed=$(sed -n 's/^e2e: \([0-9]*\) passed.*/\1/p' e2e.log)
e2e_failed=$(sed -n 's/^e2e: [0-9]* passed, \([0-9]*\) failed/\1/p' e2e.log)
pkg_passed=$(sed -n 's/^packaging: \([0-9]*\) passed.*/\1/p' packaging.log)
pkg_failed=$(sed -n 's/^packaging: [0-9]* passed, \([0-9]*\) failed/\1/p' packaging.log)
rm -f e2e.log packaging.log
echo "total: $((unit_passed + e2e_passed + ${pkg_passed:-0})) passed, $((unit_failed + e2e_failed + ${pkg_failed:-1})) failed"
[ "$e2e_status" = 0 ] && [ "$packaging_status" = 0 ]
