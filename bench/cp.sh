#!/usr/bin/env bash
# kctl cp against kubectl cp on the running test cluster: wall time of a
# SIZE_MIB (default 256) MiB file in each direction, RUNS (default 3) runs
# each, checksums verified. Needs the test cluster (tests/cluster/start.sh).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
KCTL=${KCTL:-$top/build/kctl}
SIZE_MIB=${SIZE_MIB:-256}
RUNS=${RUNS:-3}
# shellcheck disable=SC1091
source "${KCTL_CLUSTER_DIR:-/tmp/kctl-test-cluster}/env.sh"
export KUBECONFIG=${KUBECONFIG_UNDER_TEST:-$KCTL_TEST_KUBECONFIG}

work=$(mktemp -d /tmp/kctl-cp-bench.XXXXXX)
pod=kctl-cp-bench-$$-$RANDOM
cleanup() { kubectl delete pod "$pod" --wait=false >/dev/null 2>&1 || true; rm -rf "$work"; }
trap cleanup EXIT
kubectl apply -f - >/dev/null <<POD
apiVersion: v1
kind: Pod
metadata: {name: $pod}
spec:
  nodeName: $KCTL_TEST_NODE
  terminationGracePeriodSeconds: 0
  containers:
  - {name: main, image: busybox, command: [sh, -c, 'while true; do sleep 1; done']}
POD
kubectl wait --for=condition=Ready "pod/$pod" --timeout=60s >/dev/null
head -c $((SIZE_MIB << 20)) /dev/urandom >"$work/src"
want=$(sha256sum <"$work/src")

secs() {  # wall seconds of "$@"
  local s e
  s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
  echo "scale=2; ($e - $s) / 1000000000" | bc
}

for tool in kubectl "$KCTL"; do
  up=() down=()
  for i in $(seq "$RUNS"); do
    rm -f "$work/up" "$work/down"
    up+=("$(secs "$tool" cp "$work/src" "$pod:$work/up")")
    [ "$(sha256sum <"$work/up")" = "$want" ] || { echo "upload checksum differs ($tool)"; exit 1; }
    down+=("$(secs "$tool" cp "$pod:$work/src" "$work/down")")
    [ "$(sha256sum <"$work/down")" = "$want" ] || { echo "download checksum differs ($tool)"; exit 1; }
  done
  printf '%-8s %d MiB upload: %s s   download: %s s\n' "$(basename "$tool")" "$SIZE_MIB" "${up[*]}" "${down[*]}"
done
