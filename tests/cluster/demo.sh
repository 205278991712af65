#!/usr/bin/env bash
# Builds kctl, starts the local test cluster (a real kube-apiserver on
# 127.0.0.1) and runs kctl against it: the first thing a new user can try.
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
cd "$top"
bash tests/cluster/install-deps.sh
[ -d build ] || meson setup build >/dev/null
ninja -C build kctl >/dev/null
bash tests/cluster/start.sh
# shellcheck disable=SC1091
source "${KCTL_CLUSTER_DIR:-/tmp/kctl-test-cluster}/env.sh"
export KUBECONFIG=$KCTL_TEST_KUBECONFIG
set -x
build/kctl version
build/kctl config get-contexts
build/kctl cluster-info
build/kctl get --raw /api/v1/namespaces/default
{ set +x; } 2>/dev/null
echo
echo "The cluster keeps running. Try it yourself:"
echo "  export KUBECONFIG=$KUBECONFIG"
echo "  $top/build/kctl config view"
echo "Stop it with: bash tests/cluster/stop.sh"
