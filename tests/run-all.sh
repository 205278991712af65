#!/usr/bin/env bash
# Every test kctl has: installs what is missing (Debian packages), builds
# kctl with clang under the address and undefined-behaviour sanitizers with
# libFuzzer's coverage instrumentation and runs the unit tests there, starts
# the local test cluster (a real kube-apiserver built from Debian's source
# package; its binaries are built beside kctl when not cached), runs the
# end-to-end suite against it with the sanitized kctl (any sanitizer report
# fails it) while, beside it at low priority, the release build, the checks
# of the installation and the Debian package, and every fuzz target for
# FUZZ_SECONDS (default 30) each run; then the benchmarks of the release
# kctl, and stops the cluster. Each stage says when it starts; the last
# line counts the results.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
started=$SECONDS
stage() { echo "== $* (at $(( (SECONDS - started) / 60 )) min)"; }

stage "dependencies"
bash tests/cluster/install-deps.sh

logs=$(mktemp -d /tmp/kctl-run-all.XXXXXX)
trap 'rm -rf "$logs"' EXIT

# On a fresh machine the test cluster's binaries take a quarter of an hour
# (Go builds, a sid chroot fetched from the network): they are built beside
# kctl's own build; start.sh then finds them in its cache.
build_cluster() {
  bash tests/cluster/build-streaming-front.sh &
  local front=$! rc=0
  bash tests/cluster/build-control-plane.sh && bash tests/cluster/build-kubelet-standin.sh || rc=1
  wait "$front" || rc=1
  return "$rc"
}
build_cluster >"$logs/cluster-build.log" 2>&1 &
cluster_build_pid=$!
trap 'kill "$cluster_build_pid" 2>/dev/null || true; rm -rf "$logs"' EXIT

# One clang build serves the sanitized unit tests, the end-to-end suite
# and the fuzz targets. -no-pie: the coverage tables would otherwise need
# millions of relocations at every start of the sanitized kctl.
stage "build: clang, -fsanitize=address,undefined, fuzz targets (the test cluster's binaries beside it)"
[ -d build-san ] || CXX=clang++ meson setup build-san -Db_sanitize=address,undefined -Db_lundef=false \
  -Dfuzzing=true -Dbuildtype=debug -Dcpp_link_args=-no-pie >/dev/null
ninja -C build-san
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

stage "unit tests under address and undefined-behaviour sanitizers"
build-san/tests/kctl_unit | tee "$logs/unit.log"

stage "test cluster"
# A failed build shows here; start.sh then tries again and says what failed.
wait "$cluster_build_pid" || true
tail -n 15 "$logs/cluster-build.log"
bash tests/cluster/start.sh
trap 'rm -rf "$logs"; bash tests/cluster/stop.sh >/dev/null 2>&1 || true' EXIT

# While the end-to-end suite runs (it waits on the server much of the
# time), the release build, the packaging checks and the fuzzers use the
# idle CPU at the lowest priority; their output follows the suite's. The
# unit tests are not built for release: a second -O3 compile of them would
# find nothing the sanitizers miss.
beside_e2e() {
  renice -n 19 -p "$BASHPID" >/dev/null
  echo "== build: release (beside the end-to-end tests, at $(( (SECONDS - started) / 60 )) min)"
  { [ -d build ] || meson setup build -Dtests=disabled >/dev/null; } && ninja -C build | tail -3 ||
    { echo "release build failed"; echo 1 >"$logs/release.rc"; }
  echo "== packaging: meson install, the Debian package (at $(( (SECONDS - started) / 60 )) min)"
  bash tests/packaging/run.sh build >"$logs/packaging.log" 2>&1 || echo 1 >"$logs/packaging.rc"
  cat "$logs/packaging.log"
  echo "== fuzzing, ${FUZZ_SECONDS:-30} s per target (at $(( (SECONDS - started) / 60 )) min)"
  bash tests/fuzz/run.sh build-san "${FUZZ_SECONDS:-30}" >"$logs/fuzz.log" 2>&1 || echo 1 >"$logs/fuzz.rc"
  cat "$logs/fuzz.log"
  echo "== beside the end-to-end tests: done (at $(( (SECONDS - started) / 60 )) min)"
}
beside_e2e >"$logs/beside.log" 2>&1 &
beside_pid=$!
trap 'kill "$beside_pid" 2>/dev/null || true; rm -rf "$logs"; bash tests/cluster/stop.sh >/dev/null 2>&1 || true' EXIT

# The suite runs the sanitized kctl: what it checks holds for the release
# build too (same code; the sanitizers find undefined behaviour that could
# make -O3 differ), and it puts every command kctl has under ASan and UBSan
# against a real server. Reports go to files, not into the output the tests
# compare; any report fails the stage. Leak checking is for the unit tests
# and fuzzers: LeakSanitizer's thread-stopping tracer crashes on these
# machines when kctl has several threads (discovery), and it would add
# 0.2 s to each of thousands of runs.
stage "end-to-end tests (sanitized kctl against kube-apiserver, compared with kubectl)"
e2e_status=0
san_reports=$logs/sanitizer-reports
mkdir "$san_reports"
ASAN_OPTIONS="detect_leaks=0:log_path=$san_reports/asan" \
  UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$san_reports/ubsan" \
  KCTL="$top/build-san/kctl" bash tests/e2e/run.sh | tee "$logs/e2e.log" || e2e_status=$?
san_count=$(find "$san_reports" -type f | wc -l)
if [ "$san_count" -gt 0 ]; then
  echo "sanitizer reports from the end-to-end run:"
  for f in "$san_reports"/*; do echo "--- $f"; head -60 "$f"; done
  echo "e2e: sanitizer reports: $san_count"
  e2e_status=1
fi

stage "waiting for the release build, packaging and fuzzing"
wait "$beside_pid" || true
cat "$logs/beside.log"
packaging_status=0; [ ! -f "$logs/packaging.rc" ] || packaging_status=1
fuzz_status=0; [ ! -f "$logs/fuzz.rc" ] || fuzz_status=1
release_status=0; [ ! -f "$logs/release.rc" ] || release_status=1

stage "benchmarks (kctl against kubectl in the same run)"
if [ "$release_status" = 0 ]; then
  bash bench/startup.sh || true
  bash bench/streaming.sh || true
fi
stage "done"

unit_passed=$(sed -n 's/.*test cases: *[0-9]* *| *\([0-9]*\) passed.*/\1/p' "$logs/unit.log" | tail -1)
unit_failed=$(sed -n 's/.*test cases:.*| *\([0-9]*\) failed.*/\1/p' "$logs/unit.log" | tail -1)
e2e_passed=$(sed -n 's/^e2e: \([0-9]*\) passed.*/\1/p' "$logs/e2e.log")
e2e_failed=$(sed -n 's/^e2e: [0-9]* passed, \([0-9]*\) failed/\1/p' "$logs/e2e.log")
pkg_passed=$(sed -n 's/^packaging: \([0-9]*\) passed.*/\1/p' "$logs/packaging.log")
pkg_failed=$(sed -n 's/^packaging: [0-9]* passed, \([0-9]*\) failed/\1/p' "$logs/packaging.log")
fuzz_targets=$(sed -n 's/^fuzz: \([0-9]*\) targets.*/\1/p' "$logs/fuzz.log")
fuzz_failed=$(sed -n 's/^fuzz: .*, \([0-9]*\) failed/\1/p' "$logs/fuzz.log")
echo "total: $((unit_passed + e2e_passed + ${pkg_passed:-0} + ${fuzz_targets:-0} - ${fuzz_failed:-0})) passed," \
  "$((unit_failed + ${e2e_failed:-1} + san_count + ${pkg_failed:-1} + ${fuzz_failed:-1} + release_status)) failed"
[ "$e2e_status" = 0 ] && [ "$packaging_status" = 0 ] && [ "$fuzz_status" = 0 ] && [ "$release_status" = 0 ]
