#!/usr/bin/env bash
# Every test kctl has: installs what is missing (Debian packages), builds
# kctl (release), builds it again with clang under the address and
# undefined-behaviour sanitizers with libFuzzer's coverage instrumentation
# and runs the unit tests there, starts the local test cluster (a real
# kube-apiserver built from Debian's source package), runs the end-to-end
# suite against it, checks the installation and the Debian package, runs
# every fuzz target for FUZZ_SECONDS (default 30) each, runs the benchmarks,
# and stops the cluster. Each stage says when it starts; the last line
# counts the results.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
started=$SECONDS
stage() { echo "== $* (at $(( (SECONDS - started) / 60 )) min)"; }

stage "dependencies"
bash tests/cluster/install-deps.sh

# The unit tests run in the sanitized build only: a second -O3 compile of
# them would cost CI minutes and find nothing the sanitizers miss.
stage "build: release"
[ -d build ] || meson setup build -Dtests=disabled >/dev/null
ninja -C build

# One clang build serves the sanitized unit tests and the fuzz targets.
# -no-pie: the coverage tables would otherwise need millions of relocations
# at every start of the sanitized kctl.
stage "build: clang, -fsanitize=address,undefined, fuzz targets"
[ -d build-san ] || CXX=clang++ meson setup build-san -Db_sanitize=address,undefined -Db_lundef=false \
  -Dfuzzing=true -Dbuildtype=debug -Dcpp_link_args=-no-pie >/dev/null
ninja -C build-san
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

unit_log=$(mktemp)
trap 'rm -f "$unit_log"' EXIT
stage "unit tests under address and undefined-behaviour sanitizers"
build-san/tests/kctl_unit | tee "$unit_log"

stage "test cluster"
bash tests/cluster/start.sh
trap 'rm -f "$unit_log"; bash tests/cluster/stop.sh >/dev/null 2>&1 || true' EXIT

stage "end-to-end tests (kctl against kube-apiserver, compared with kubectl)"
e2e_status=0
KCTL="$top/build/kctl" bash tests/e2e/run.sh | tee e2e.log || e2e_status=$?

stage "packaging (meson install, the Debian package)"
packaging_status=0
bash tests/packaging/run.sh build | tee packaging.log || packaging_status=$?

stage "fuzzing (${FUZZ_SECONDS:-30} s per target)"
fuzz_status=0
bash tests/fuzz/run.sh build-san "${FUZZ_SECONDS:-30}" | tee fuzz.log || fuzz_status=$?

stage "benchmarks (kctl against kubectl in the same run)"
bash bench/startup.sh || true
bash bench/streaming.sh || true
stage "done"

unit_passed=$(sed -n 's/.*test cases: *[0-9]* *| *\([0-9]*\) passed.*/\1/p' "$unit_log" | tail -1)
unit_failed=$(sed -n 's/.*test cases:.*| *\([0-9]*\) failed.*/\1/p' "$unit_log" | tail -1)
e2e_passed=$(sed -n 's/^e2e: \([0-9]*\) passed.*/\1/p' e2e.log)
e2e_failed=$(sed -n 's/^e2e: [0-9]* passed, \([0-9]*\) failed/\1/p' e2e.log)
pkg_passed=$(sed -n 's/^packaging: \([0-9]*\) passed.*/\1/p' packaging.log)
pkg_failed=$(sed -n 's/^packaging: [0-9]* passed, \([0-9]*\) failed/\1/p' packaging.log)
fuzz_targets=$(sed -n 's/^fuzz: \([0-9]*\) targets.*/\1/p' fuzz.log)
fuzz_failed=$(sed -n 's/^fuzz: .*, \([0-9]*\) failed/\1/p' fuzz.log)
rm -f e2e.log packaging.log fuzz.log
echo "total: $((unit_passed + e2e_passed + ${pkg_passed:-0} + ${fuzz_targets:-0} - ${fuzz_failed:-0})) passed," \
  "$((unit_failed + e2e_failed + ${pkg_failed:-1} + ${fuzz_failed:-1})) failed"
[ "$e2e_status" = 0 ] && [ "$packaging_status" = 0 ] && [ "$fuzz_status" = 0 ]
