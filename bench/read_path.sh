#!/usr/bin/env bash
# The read path against kubectl in the same run (issue 5): with BENCH_PODS
# (5,000) realistic pods in one namespace of the test cluster, times
# `get pods -A`, `get pods -A -o json` and `get pods -A -o yaml`: median
# wall time and median peak RSS (/usr/bin/time %M) of RUNS runs each, and
# checks that both tools print the same bytes (the AGE column aside).
# Targets: kctl at most 1/2 of kubectl's wall time and 1/5 of its peak memory.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
KCTL=${KCTL:-$top/build/kctl}
RUNS=${RUNS:-5}
BENCH_PODS=${BENCH_PODS:-5000}
BENCH_NS=${BENCH_NS:-kctl-bench-pods}
# shellcheck disable=SC1091
source "${KCTL_CLUSTER_DIR:-/tmp/kctl-test-cluster}/env.sh"
export KUBECONFIG=$KCTL_TEST_KUBECONFIG
cache=$(mktemp -d)
trap 'rm -rf "$cache"' EXIT

have=$(kubectl get pods -n "$BENCH_NS" --no-headers 2>/dev/null | wc -l)
if [ "$have" -lt "$BENCH_PODS" ]; then
  start=$(date +%s)
  python3 "$top/bench/populate_pods.py" "$BENCH_NS" "$BENCH_PODS"
  echo "bench: populating took $(( $(date +%s) - start )) s"
fi
total=$(kubectl get pods -A --no-headers | wc -l)

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# measure TOOL ARGS...: prints "<median wall ms> <median peak KB>".
measure() {
  local walls=() kbs=() out start end
  out=$(mktemp)
  for _ in $(seq "$RUNS"); do
    start=$(date +%s%N)
    /usr/bin/time -f %M -o "$out" "$@" >/dev/null 2>&1
    end=$(date +%s%N)
    walls+=($(( (end - start) / 1000000 )))
    kbs+=("$(tail -1 "$out")")
  done
  rm -f "$out"
  echo "$(printf '%s\n' "${walls[@]}" | median) $(printf '%s\n' "${kbs[@]}" | median)"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

# Same bytes? Ages move between the two runs, so the AGE column (tables) and
# nothing else is masked.
same_output() {
  local k c
  k=$(kubectl "$@" | sed -E 's/ +[0-9]+[smhd][0-9smhd]*$//')
  c=$("$KCTL" --cache-dir "$cache" "$@" | sed -E 's/ +[0-9]+[smhd][0-9smhd]*$//')
  [ "$k" = "$c" ] && echo same || echo DIFFERENT
}

echo "bench: $total pods in the cluster ($BENCH_PODS in $BENCH_NS); $RUNS runs each; kubectl $(kubectl version --client 2>/dev/null | head -1)"
"$KCTL" --cache-dir "$cache" get pods -A >/dev/null  # warm kctl's discovery cache, as kubectl's already is
kubectl get pods -A >/dev/null
for args in "get pods -A" "get pods -A -o json" "get pods -A -o yaml"; do
  # shellcheck disable=SC2086
  read -r c_ms c_kb < <(measure "$KCTL" --cache-dir "$cache" $args)
  # shellcheck disable=SC2086
  read -r k_ms k_kb < <(measure kubectl $args)
  # shellcheck disable=SC2086
  printf '%-22s wall: kctl %6d ms  kubectl %6d ms  ratio %s (target <= 0.5) | peak RSS: kctl %7d KB  kubectl %7d KB  ratio %s (target <= 0.2) | output %s\n' \
    "$args" "$c_ms" "$k_ms" "$(ratio "$c_ms" "$k_ms")" "$c_kb" "$k_kb" "$(ratio "$c_kb" "$k_kb")" "$(same_output $args)"
done
