# Helpers for kctl's end-to-end tests. Each test is a shell function named
# test_*; run.sh runs each in its own subshell under `set -e`, so the first
# failing check fails the test. Helpers are written to be safe under set -e.
# Needs: KCTL (the binary), the test cluster's env.sh sourced, kubectl on PATH.

# A scratch directory per test, removed by run.sh.
scratch() { mktemp -d "${TMPDIR:-/tmp}/kctl-e2e.XXXXXX"; }

fail() {
  echo "    FAIL: $*" >&2
  return 1
}

# kctl_sanitized: whether $KCTL is built with AddressSanitizer. Its memory
# ceiling is then higher: shadow memory and the freed-memory quarantine
# (256 MB) come on top of what kctl itself holds.
kctl_sanitized() { grep -q -a -m1 __asan_init "$KCTL"; }

# run_both ARGS...: runs kubectl and kctl with the same arguments and
# environment; sets K_OUT/K_ERR/K_RC and C_OUT/C_ERR/C_RC.
run_both() {
  local d; d=$(mktemp -d)
  K_RC=0; kubectl "$@" >"$d/ko" 2>"$d/ke" || K_RC=$?
  # client-go logs a message that races the end of a WebSocket session
  # ("Unknown stream id 1, discarding message") now and then: kubectl's
  # noise, not part of what kctl must print.
  sed -i '/websocket\.go:[0-9]*\] Unknown stream id [0-9]*, discarding message$/d' "$d/ke"
  C_RC=0; "$KCTL" "$@" >"$d/co" 2>"$d/ce" || C_RC=$?
  K_OUT=$(cat "$d/ko"; echo x); K_OUT=${K_OUT%x}
  K_ERR=$(cat "$d/ke"; echo x); K_ERR=${K_ERR%x}
  C_OUT=$(cat "$d/co"; echo x); C_OUT=${C_OUT%x}
  C_ERR=$(cat "$d/ce"; echo x); C_ERR=${C_ERR%x}
  rm -rf "$d"
}

# same_as_kubectl ARGS...: stdout, stderr and exit code must be identical.
same_as_kubectl() {
  run_both "$@"
  local ok=0
  if [ "$K_OUT" != "$C_OUT" ]; then
    echo "    stdout differs for: $*" >&2
    diff <(printf '%s' "$K_OUT") <(printf '%s' "$C_OUT") | head -20 >&2
    ok=1
  fi
  if [ "$K_ERR" != "$C_ERR" ]; then
    echo "    stderr differs for: $*" >&2
    diff <(printf '%s' "$K_ERR") <(printf '%s' "$C_ERR") | head -20 >&2
    ok=1
  fi
  [ "$K_RC" = "$C_RC" ] || { echo "    exit code kubectl=$K_RC kctl=$C_RC for: $*" >&2; ok=1; }
  return $ok
}

# same_as_kubectl_aged ARGS...: same_as_kubectl for output with ages
# ("5s", "2m3s"). Every age counts from a whole-second timestamp, so all of
# them tick together at the second; kubectl runs before and after kctl,
# and kctl's output must equal one of the two, as it does unless the
# clock ticks on both sides of kctl's run. Three tries, then the diff.
same_as_kubectl_aged() {
  local i d k2_out k2_err k2_rc
  for i in 1 2 3; do
    run_both "$@"
    if [ "$C_OUT" = "$K_OUT" ] && [ "$C_ERR" = "$K_ERR" ] && [ "$C_RC" = "$K_RC" ]; then return 0; fi
    d=$(mktemp -d)
    k2_rc=0; kubectl "$@" >"$d/out" 2>"$d/err" || k2_rc=$?
    k2_out=$(cat "$d/out"; echo x); k2_out=${k2_out%x}
    k2_err=$(cat "$d/err"; echo x); k2_err=${k2_err%x}
    rm -rf "$d"
    if [ "$C_OUT" = "$k2_out" ] && [ "$C_ERR" = "$k2_err" ] && [ "$C_RC" = "$k2_rc" ]; then return 0; fi
  done
  same_as_kubectl "$@"
}

# expect RC PATTERN ARGS...: runs kctl; the exit code must be RC and stderr+stdout
# must contain the fixed string PATTERN.
expect() {
  local want_rc=$1 pattern=$2; shift 2
  local out rc
  rc=0; out=$("$KCTL" "$@" 2>&1) || rc=$?
  [ "$rc" = "$want_rc" ] || { fail "exit code $rc, want $want_rc: kctl $* -> $out"; return 1; }
  case "$out" in
    *"$pattern"*) return 0 ;;
    *) fail "output of 'kctl $*' lacks '$pattern': $out"; return 1 ;;
  esac
}

# A kubeconfig for the test cluster with the given user stanza (YAML lines
# indented by 4 spaces), written to $1.
write_kubeconfig() {
  local file=$1 user_yaml=$2 ca=${3:-$KCTL_TEST_CA}
  cat >"$file" <<KC
apiVersion: v1
kind: Config
current-context: test
clusters:
- name: test
  cluster:
    server: $KCTL_TEST_SERVER
    certificate-authority: $ca
contexts:
- name: test
  context:
    cluster: test
    user: test
users:
- name: test
  user:
$user_yaml
KC
}

# node_pod NAME METADATA CONTAINERS: applies a pod bound to the test node
# (spec.nodeName: no wait for the scheduler) and waits until it is Ready. METADATA is a YAML flow
# mapping of extra metadata (or ""); CONTAINERS the indented list items.
node_pod() {
  local name=$1 extra=${2:+, $2} containers=$3
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" apply -f - >/dev/null <<POD
apiVersion: v1
kind: Pod
metadata: {name: $name$extra}
spec:
  nodeName: $KCTL_TEST_NODE
  terminationGracePeriodSeconds: 0
  containers:
$containers
POD
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" wait --for=condition=Ready "pod/$name" --timeout=60s >/dev/null
}
