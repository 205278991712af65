# Faults (issue 8): a server that misbehaves (fault_server.py, a proxy in
# front of the test cluster), kctl killed while it writes a kubeconfig, and
# credentials that must never be printed, even at -v=9.

faults_src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
source "$faults_src/tests/e2e/local_server.sh"

# start_fault_server DIR: starts fault_server.py in the background; writes
# DIR/pid, DIR/hits (one line per fault served) and DIR/kubeconfig (plain
# HTTP to the proxy, no credentials: the proxy authenticates as admin).
start_fault_server() {
  local dir=$1
  python3 "$faults_src/tests/e2e/fault_server.py" "$dir/port" "$KCTL_TEST_SERVER" "$KCTL_TEST_CA" \
    "$KCTL_TEST_ADMIN_CERT" "$KCTL_TEST_ADMIN_KEY" 2>"$dir/hits" &
  echo $! >"$dir/pid"
  await_local_server "$dir" faults
}

# Drops klog's time and pid from E lines, so that kubectl's and kctl's
# stderr compare.
klog_plain() { sed -E 's/^([EWI])[0-9]{4} [0-9:.]+ +[0-9]+ /\1 /'; }

# same_as_kubectl_modulo_klog ARGS...: same_as_kubectl, klog headers aside.
same_as_kubectl_modulo_klog() {
  run_both "$@"
  K_ERR=$(printf '%s' "$K_ERR" | klog_plain); C_ERR=$(printf '%s' "$C_ERR" | klog_plain)
  [ "$K_OUT" = "$C_OUT" ] || { fail "stdout differs for $*: kubectl [$K_OUT] kctl [$C_OUT]"; return 1; }
  [ "$K_ERR" = "$C_ERR" ] || { fail "stderr differs for $*: kubectl [$K_ERR] kctl [$C_ERR]"; return 1; }
  [ "$K_RC" = "$C_RC" ] || { fail "exit code kubectl=$K_RC kctl=$C_RC for $*"; return 1; }
}

# The number of requests the proxy answered with fault $1 so far.
fault_hits() { grep -c "^fault-$1 " "$FAULT_DIR/hits" || true; }

# Runs the three commands of a fault check against kubectl: a table, -o
# json and a write verb; each must exit 1, and kubectl must not retry (one
# request per command and tool: the hits count).
fault_same_as_kubectl() {  # FAULT
  local before; before=$(fault_hits "$1")
  same_as_kubectl_modulo_klog --kubeconfig "$FAULT_DIR/kubeconfig" get pods -n "fault-$1"
  [ "$C_RC" = 1 ] || fail "get pods -n fault-$1: exit $C_RC"
  [ -z "$C_OUT" ] || fail "get pods -n fault-$1 printed: $C_OUT"
  same_as_kubectl_modulo_klog --kubeconfig "$FAULT_DIR/kubeconfig" get pods -o json -n "fault-$1"
  [ "$C_RC" = 1 ] || fail "get pods -o json -n fault-$1: exit $C_RC"
  same_as_kubectl_modulo_klog --kubeconfig "$FAULT_DIR/kubeconfig" delete pod x -n "fault-$1"
  [ "$C_RC" = 1 ] || fail "delete pod x -n fault-$1: exit $C_RC"
  case "$C_OUT" in *deleted*) fail "delete -n fault-$1 claims success: $C_OUT" ;; esac
  [ "$(fault_hits "$1")" = $((before + 6)) ] || fail "fault-$1: $(( $(fault_hits "$1") - before )) requests for 6 commands"
}

fault_setup() {
  FAULT_DIR=$PWD/faults; mkdir -p "$FAULT_DIR"
  start_fault_server "$FAULT_DIR"
  trap 'kill "$(cat "$FAULT_DIR/pid")" 2>/dev/null || true' EXIT
  # Discovery through the proxy once, so that the checks below only send
  # the faulty request.
  "$KCTL" --kubeconfig "$FAULT_DIR/kubeconfig" get pods -n default >/dev/null 2>&1
  kubectl --kubeconfig "$FAULT_DIR/kubeconfig" get pods -n default >/dev/null 2>&1
}

test_fault_truncated_body() {
  fault_setup
  fault_same_as_kubectl truncated  # Content-Length larger than the body
  case "$C_ERR" in *"unexpected EOF"*) ;; *) fail "no EOF error: $C_ERR" ;; esac
  fault_same_as_kubectl chunkcut  # a chunked body cut mid-chunk
}

test_fault_invalid_json_body() {
  fault_setup
  local cmd
  # kubectl prints Go's JSON syntax error ("invalid character 'o' after
  # array element"); kctl its own decode error. Same exit code, nothing on
  # stdout but what kubectl prints too (an empty List for -o json).
  for cmd in "get pods" "get pods -o json" "delete pod x"; do
    # shellcheck disable=SC2086
    run_both --kubeconfig "$FAULT_DIR/kubeconfig" $cmd -n fault-badjson
    [ "$K_RC" = 1 ] && [ "$C_RC" = 1 ] || fail "$cmd: exit codes kubectl=$K_RC kctl=$C_RC"
    [ "$K_OUT" = "$C_OUT" ] || fail "$cmd: stdout kubectl [$K_OUT] kctl [$C_OUT]"
    case "$K_ERR" in *"invalid character"*) ;; *) fail "kubectl's error changed: $K_ERR" ;; esac
    case "$C_ERR" in *"cannot decode the response from the server"*) ;; *) fail "$cmd: $C_ERR" ;; esac
    [ "$(printf '%s' "$C_ERR" | wc -l)" -le 1 ] || fail "$cmd: more than one error line: $C_ERR"
  done
}

test_fault_html_500() {
  fault_setup
  local cmd what
  # kubectl ends apimachinery's generic message with what it was doing,
  # " (get pods)"; kctl does not add that part (yet): the rest is the same.
  for cmd in "get pods" "get pods -o json" "delete pod x"; do
    # shellcheck disable=SC2086
    run_both --kubeconfig "$FAULT_DIR/kubeconfig" $cmd -n fault-html500
    case "$cmd" in "delete pod x") what="delete pods x" ;; *) what="get pods" ;; esac
    [ "$K_RC" = 1 ] && [ "$C_RC" = 1 ] || fail "$cmd: exit codes kubectl=$K_RC kctl=$C_RC"
    [ "$K_OUT" = "$C_OUT" ] || fail "$cmd: stdout kubectl [$K_OUT] kctl [$C_OUT]"
    [ "$K_ERR" = "${C_ERR%$'\n'} ($what)"$'\n' ] || fail "$cmd: stderr kubectl [$K_ERR] kctl [$C_ERR]"
    case "$C_ERR" in 'Error from server (InternalError): an error on the server ("<html>\n<head>'*) ;; *) fail "$C_ERR" ;; esac
  done
  [ "$(fault_hits html500)" = 6 ] || fail "$(fault_hits html500) requests for 6 commands: a tool retried"
}

test_fault_slow_response_beyond_request_timeout() {
  fault_setup
  local cmd t0 t1
  # kubectl: "Unable to connect to the server: context deadline exceeded";
  # kctl names the request timeout. Both give up after 1 s, exit 1.
  for cmd in "get pods" "get pods -o json" "delete pod x"; do
    t0=$(date +%s%N)
    # shellcheck disable=SC2086
    run_both --kubeconfig "$FAULT_DIR/kubeconfig" --request-timeout=1s $cmd -n fault-slow
    t1=$(date +%s%N)
    [ "$K_RC" = 1 ] && [ "$C_RC" = 1 ] || fail "$cmd: exit codes kubectl=$K_RC kctl=$C_RC"
    [ "$K_OUT" = "$C_OUT" ] || fail "$cmd: stdout kubectl [$K_OUT] kctl [$C_OUT]"
    case "$K_ERR" in "Unable to connect to the server: "*) ;; *) fail "kubectl: $K_ERR" ;; esac
    case "$C_ERR" in "Unable to connect to the server: the server did not answer within the request timeout"*) ;;
      *) fail "$cmd: $C_ERR" ;; esac
    # Both tools together: well under the server's 10 s.
    [ $(( (t1 - t0) / 1000000 )) -lt 6000 ] || fail "$cmd took $(( (t1 - t0) / 1000000 )) ms for both tools"
  done
}

test_fault_endless_body() {
  fault_setup
  # kubectl reads an endless body until memory runs out (1.4 GB after 15 s
  # here); kctl holds at most 1 GiB of a response it does not stream. (get
  # prints its table errors without "error: ", as kubectl does.)
  local rc=0 rss secs
  /usr/bin/time -f '%M %e' -o time.txt timeout 120 "$KCTL" --kubeconfig "$FAULT_DIR/kubeconfig" \
    get pods -n fault-endless >out.txt 2>err.txt || rc=$?
  read -r rss secs < <(tail -1 time.txt)
  echo "    endless body: kctl exit $rc after $secs s, peak RSS $((rss / 1024)) MiB" >&2
  [ "$rc" = 1 ] || fail "exit $rc: $(cat err.txt)"
  [ ! -s out.txt ] || fail "stdout: $(head -c 300 out.txt)"
  [ "$(cat err.txt)" = "the server's response to GET http://127.0.0.1:$(cat "$FAULT_DIR/port")/api/v1/namespaces/fault-endless/pods?limit=500 exceeds 1073741824 bytes" ] ||
    fail "stderr: $(cat err.txt)"
  [ "$rss" -lt $((1300 * 1024)) ] || fail "peak RSS $rss KiB"
  # A streamed body has no cap: get --raw passes more than that on.
  timeout 30 "$KCTL" --kubeconfig "$FAULT_DIR/kubeconfig" get --raw /api/v1/namespaces/fault-endless/pods 2>err.txt |
    head -c 1100000000 | wc -c >count.txt
  [ "$(cat count.txt)" = 1100000000 ] || fail "get --raw stopped after $(cat count.txt) bytes: $(cat err.txt)"
}

test_fault_kubeconfig_write_killed() {
  # kctl config set-context killed with SIGKILL at random points, 200 times:
  # the file always parses and is byte for byte the old or the new content.
  # kctl writes a temporary file next to it and renames it over the config;
  # a kill before the rename can leave that temporary file behind
  # (CONFIG.kctl-tmp-XXXXXX, which no loader reads), nothing else.
  mkdir kc
  cat >kc/config <<'KC'
apiVersion: v1
kind: Config
clusters: [{name: c, cluster: {server: "https://127.0.0.1:1"}}]
users: [{name: u, user: {token: not-a-secret}}]
contexts: [{name: ctx, context: {cluster: c, user: u, namespace: ns-a}}]
current-context: ctx
KC
  "$KCTL" --kubeconfig kc/config config set-context ctx --namespace=ns-a >/dev/null
  cp kc/config a.yaml
  "$KCTL" --kubeconfig kc/config config set-context ctx --namespace=ns-b >/dev/null
  cp kc/config b.yaml
  cmp -s a.yaml b.yaml && fail "the two contents do not differ"
  timeout 120 python3 - "$KCTL" kc/config a.yaml b.yaml <<'PY'
import os, random, subprocess, sys, time, yaml
kctl, path, a_file, b_file = sys.argv[1:5]
content = {"ns-a": open(a_file, "rb").read(), "ns-b": open(b_file, "rb").read()}
random.seed(os.getpid())
def run(ns):
    return subprocess.Popen([kctl, "--kubeconfig", path, "config", "set-context", "ctx", "--namespace=" + ns],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
# Kill delays spread over the time a whole run takes on this machine now,
# so that kills land before, during and after the write.
times = []
for ns in ("ns-b", "ns-a", "ns-b", "ns-a"):
    t0 = time.monotonic(); run(ns).wait(); times.append(time.monotonic() - t0)
span = 1.3 * sorted(times)[len(times) // 2]
killed = finished = flips = 0
for i in range(200):
    before = open(path, "rb").read()
    old = "ns-a" if before == content["ns-a"] else "ns-b"
    new = "ns-b" if old == "ns-a" else "ns-a"
    p = run(new)
    time.sleep(random.uniform(0, span))
    p.kill()
    rc = p.wait()
    killed += rc == -9
    finished += rc == 0
    after = open(path, "rb").read()
    if after not in (content["ns-a"], content["ns-b"]):
        sys.exit("run %d: the kubeconfig is neither the old nor the new content:\n%r" % (i, after))
    yaml.safe_load(after)
    flips += after != before
print("    kubeconfig kills: delays 0-%.1f ms, %d killed, %d finished first, %d changed the file" %
      (span * 1000, killed, finished, flips), file=sys.stderr)
if killed == 0 or flips == 0:
    sys.exit("the kills did not land both before and after the write")
PY
  kubectl config view --kubeconfig kc/config >/dev/null
  local other
  other=$(cd kc && ls -A | grep -v -e '^config$' -e '^config\.kctl-tmp-......$' || true)
  [ -z "$other" ] || fail "files left next to the kubeconfig: $other"
  echo "    temporary files left: $(cd kc && ls -A | grep -c kctl-tmp || true)" >&2
}

# Every verb of kctl at -v=9 with the kubeconfig $1, all output appended to
# $2; objects it creates are named after $3. Failing verbs are fine: the
# point is what gets printed.
secrets_every_verb() {
  local kc=$1 log=$2 s=$3 cmd
  local -a cmds=(
    "get pods" "get pods -o yaml" "get --raw /api/v1/namespaces" "describe pod p"
    "create configmap c1-$s --from-literal=a=b" "apply -f cm-$s.yaml" "replace -f cm-$s.yaml"
    "patch configmap c1-$s -p {\"data\":{\"x\":\"y\"}}" "label configmap c1-$s k=v --overwrite"
    "annotate configmap c1-$s k=v --overwrite" "edit configmap c1-$s" "delete configmap c1-$s c2-$s"
    "scale deployment d --replicas=0" "rollout status deployment/d --timeout=2s" "rollout history deployment/d"
    "rollout restart deployment/d" "set image deployment/d busybox=busybox:$s" "autoscale deployment d --max=2 --name=h-$s"
    "delete hpa h-$s" "expose deployment d --port=80 --name=svc-$s" "delete service svc-$s"
    "run r-$s --image=busybox" "delete pod r-$s --wait=false" "logs p" "exec p -- echo hi"
    "attach pend --pod-running-timeout=1s" "cp p:/etc/hostname hostname-$s.txt"
    "debug p --image=busybox --copy-to=dbg-$s --quiet" "delete pod dbg-$s --wait=false"
    "explain pods" "api-resources" "api-versions" "cluster-info" "version"
    "wait --for=condition=Ready pod/p --timeout=2s" "config view" "config get-contexts" "config current-context"
  )
  printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c2-%s}\ndata: {k: v}\n' "$s" >"cm-$s.yaml"
  for cmd in "${cmds[@]}"; do
    echo "### kctl $cmd" >>"$log"
    # shellcheck disable=SC2086
    EDITOR=true timeout 20 "$KCTL" --kubeconfig "$kc" -v=9 $cmd >>"$log" 2>&1 </dev/null || true
  done
  echo "### kctl port-forward" >>"$log"
  timeout 2 "$KCTL" --kubeconfig "$kc" -v=9 port-forward pod/p 0:80 >>"$log" 2>&1 </dev/null || true
}

test_fault_secrets_never_printed() {
  local admin=(kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG")
  SECRETS_NS="kctl-secrets-$$-$RANDOM"  # not local: the EXIT trap reads it
  local ns=$SECRETS_NS
  trap 'kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" delete namespace "$SECRETS_NS" --wait=false >/dev/null 2>&1 || true' EXIT
  "${admin[@]}" create namespace "$ns" >/dev/null
  "${admin[@]}" -n "$ns" create deployment d --image=busybox --replicas=0 >/dev/null
  "${admin[@]}" -n "$ns" apply -f - >/dev/null <<POD
apiVersion: v1
kind: Pod
metadata: {name: p}
spec:
  nodeName: $KCTL_TEST_NODE
  terminationGracePeriodSeconds: 0
  containers: [{name: busybox, image: busybox, command: [sh, -c, 'while true; do sleep 1; done']}]
---
apiVersion: v1
kind: Pod
metadata: {name: pend}
spec:
  nodeName: no-such-node
  containers: [{name: c, image: busybox}]
POD
  "${admin[@]}" -n "$ns" wait --for=condition=Ready pod/p --timeout=60s >/dev/null

  # The secrets: the admin token (static, in a token file and from an exec
  # plugin), a basic-auth password (the 1.20 apiserver has no basic auth:
  # the requests still go out), and the admin client key.
  local password="kctl-e2e-pw-Xq7vR2mZ9t" user=kctl-e2e-basic-user
  printf '%s\n' "$KCTL_TEST_ADMIN_TOKEN" >token.txt
  cat >plugin.sh <<PLUGIN
#!/bin/sh
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"%s"}}\n' "$KCTL_TEST_ADMIN_TOKEN"
PLUGIN
  chmod +x plugin.sh
  local ca cert key
  ca=$(base64 -w0 <"$KCTL_TEST_CA"); cert=$(base64 -w0 <"$KCTL_TEST_ADMIN_CERT"); key=$(base64 -w0 <"$KCTL_TEST_ADMIN_KEY")
  local -A users=(
    [token]="{token: $KCTL_TEST_ADMIN_TOKEN}"
    [tokenfile]="{tokenFile: $PWD/token.txt}"
    [basic]="{username: $user, password: $password}"
    [exec]="{exec: {apiVersion: client.authentication.k8s.io/v1, command: $PWD/plugin.sh, interactiveMode: Never}}"
    [key]="{client-certificate-data: $cert, client-key-data: $key}"
  )
  local -a secrets=("$KCTL_TEST_ADMIN_TOKEN" "$password" "$(printf '%s:%s' "$user" "$password" | base64 -w0)" "$key")
  local line
  while IFS= read -r line; do
    case "$line" in -----*) ;; *) secrets+=("$line") ;; esac
  done <"$KCTL_TEST_ADMIN_KEY"

  local c secret
  "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" api-resources >/dev/null  # discovery cached once
  for c in "${!users[@]}"; do
    cat >"kc-$c.yaml" <<KC
apiVersion: v1
kind: Config
current-context: t
clusters: [{name: t, cluster: {server: "$KCTL_TEST_SERVER", certificate-authority-data: "$ca"}}]
contexts: [{name: t, context: {cluster: t, user: t, namespace: $ns}}]
users: [{name: t, user: ${users[$c]}}]
KC
    secrets_every_verb "kc-$c.yaml" "log-$c.txt" "$c" &
  done
  wait
  # The check can see a secret: config view --raw prints the kubeconfig.
  "$KCTL" --kubeconfig kc-token.yaml config view --raw | grep -qF -- "$KCTL_TEST_ADMIN_TOKEN" ||
    fail "config view --raw does not show the token"
  for c in "${!users[@]}"; do
    # The credential worked (but for basic auth): the verbs reached the API.
    if [ "$c" != basic ]; then
      grep -q "GET https://[^ ]*/api/v1/namespaces/$ns/pods/p 200 OK" "log-$c.txt" ||
        fail "$c: no successful GET of pod p in the -v=9 log"
    fi
    for secret in "${secrets[@]}"; do
      if grep -qF -- "$secret" "log-$c.txt"; then
        fail "$c: a secret was printed: $(grep -F -- "$secret" "log-$c.txt" | head -3 | cut -c1-300)"
      fi
    done
  done
}
