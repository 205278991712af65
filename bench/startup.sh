#!/usr/bin/env bash
# Start-up cost of kctl against kubectl, measured in the same run:
# wall time of `version --client` (mean of N runs) and peak RSS
# (/usr/bin/time %M), plus what kctl maps at start. Targets (issue 2):
# kctl at most 1/10 of kubectl's wall time and 1/4 of its peak memory.
# With the test cluster running, also times `get --raw /api/v1/namespaces/default`.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
KCTL=${KCTL:-$top/build/kctl}
N=${N:-50}

mean_ms() {  # mean wall time in ms of N runs of "$@"
  local start end
  start=$(date +%s%N)
  for _ in $(seq "$N"); do "$@" >/dev/null 2>&1; done
  end=$(date +%s%N)
  echo $(( (end - start) / N / 1000 ))  # microseconds
}

peak_kb() {  # largest max-RSS of 5 runs
  local best=0 kb out
  out=$(mktemp)
  for _ in 1 2 3 4 5; do
    /usr/bin/time -f %M -o "$out" "$@" >/dev/null 2>&1 || true
    kb=$(tail -1 "$out")
    [ "$kb" -gt "$best" ] && best=$kb
  done
  rm -f "$out"
  echo "$best"
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }

report() {  # NAME KCTL_ARGS... -- KUBECTL_ARGS...
  local name=$1; shift
  local kargs=() cargs=()
  while [ "$1" != -- ]; do cargs+=("$1"); shift; done; shift
  kargs=("$@")
  local c_us k_us c_kb k_kb
  "$KCTL" "${cargs[@]}" >/dev/null 2>&1 || true  # warm the page cache
  kubectl "${kargs[@]}" >/dev/null 2>&1 || true
  c_us=$(mean_ms "$KCTL" "${cargs[@]}")
  k_us=$(mean_ms kubectl "${kargs[@]}")
  c_kb=$(peak_kb "$KCTL" "${cargs[@]}")
  k_kb=$(peak_kb kubectl "${kargs[@]}")
  printf '%-34s wall: kctl %7.2f ms  kubectl %7.2f ms  ratio %s | peak RSS: kctl %6d KB  kubectl %6d KB  ratio %s\n' \
    "$name" "$(awk -v u="$c_us" 'BEGIN{print u/1000}')" "$(awk -v u="$k_us" 'BEGIN{print u/1000}')" \
    "$(ratio "$c_us" "$k_us")" "$c_kb" "$k_kb" "$(ratio "$c_kb" "$k_kb")"
}

echo "bench: $N runs each; kubectl: $(kubectl version --client 2>/dev/null | head -1)"
report "version --client" version --client -- version --client
echo "bench: shared objects kctl maps for version --client: $(LD_DEBUG=files "$KCTL" version --client 2>&1 >/dev/null | grep -c 'calling init:')"
echo "bench: binary size: kctl $(stat -c %s "$KCTL") bytes, kubectl $(stat -L -c %s "$(command -v kubectl)") bytes"
env_file=${KCTL_CLUSTER_DIR:-/tmp/kctl-test-cluster}/env.sh
if [ -f "$env_file" ]; then
  # shellcheck disable=SC1090
  source "$env_file"
  if "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" get --raw /healthz >/dev/null 2>&1; then
    N=$(( N / 2 )) report "get --raw (test cluster)" \
      --kubeconfig "$KCTL_TEST_KUBECONFIG" get --raw /api/v1/namespaces/default -- \
      --kubeconfig "$KCTL_TEST_KUBECONFIG" get --raw /api/v1/namespaces/default
  fi
fi
