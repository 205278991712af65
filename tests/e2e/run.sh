#!/usr/bin/env bash
# Runs every test_* function of tests/e2e/test_*.sh against the running test
# cluster. Usage: run.sh [PATTERN]   (only tests whose name contains PATTERN)
set -u
here=$(cd "$(dirname "$0")" && pwd)
: "${KCTL:?set KCTL to the kctl binary}"
: "${KCTL_CLUSTER_DIR:=/tmp/kctl-test-cluster}"
# shellcheck disable=SC1091
source "$KCTL_CLUSTER_DIR/env.sh"
source "$here/lib.sh"
for f in "$here"/test_*.sh; do source "$f"; done

# The tests must not read the developer's own kubeconfig or cache.
export HOME; HOME=$(mktemp -d /tmp/kctl-e2e-home.XXXXXX)
unset KUBECONFIG KCTL_CONTEXT KCTL_NAMESPACE KUBERNETES_SERVICE_HOST KUBERNETES_SERVICE_PORT

passed=0; failed=0; failures=()
for t in $(declare -F | awk '{print $3}' | grep '^test_' | sort); do
  case "$t" in *"${1:-}"*) ;; *) continue ;; esac
  dir=$(mktemp -d /tmp/kctl-e2e-run.XXXXXX); t0=$SECONDS
  (set -e; cd "$dir"; "$t"); rc=$?  # not in an if or ||: set -e must stay on
  if [ "$rc" = 0 ]; then
    passed=$((passed + 1)); echo "ok   $t ($((SECONDS - t0)) s)"
  else
    failed=$((failed + 1)); failures+=("$t"); echo "FAIL $t ($((SECONDS - t0)) s)"
  fi
  rm -rf "$dir"
done
rm -rf "$HOME"
[ "$failed" = 0 ] || printf 'failed: %s\n' "${failures[@]}"
echo "e2e: $passed passed, $failed failed"
[ "$failed" = 0 ]
