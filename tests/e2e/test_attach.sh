# kctl attach against kubectl on the test cluster (the kubelet stand-in
# keeps a stdin pipe for `stdin: true` containers and a pty for `tty: true`),
# and exec on TYPE/NAME through pod_for_object.

attach_name() { echo "kctl-attach-$1-$$-$RANDOM"; }

attach_cleanup() {
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" delete "$@" --wait=false >/dev/null 2>&1 || true
}

# attach_pod NAME RESTART CONTAINER-YAML...: one flow-style container per argument.
attach_pod() {
  local name=$1 restart=$2; shift 2
  local containers="" c
  for c in "$@"; do containers+="  - $c
"; done
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" apply -f - >/dev/null <<POD
apiVersion: v1
kind: Pod
metadata: {name: $name, labels: {app: $name}}
spec:
  nodeName: $KCTL_TEST_NODE
  restartPolicy: $restart
  terminationGracePeriodSeconds: 0
  containers:
$containers
POD
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" wait --for=condition=Ready "pod/$name" --timeout=60s >/dev/null
}

test_attach_output() {
  local p; p=$(attach_name out)
  trap "attach_cleanup pod/$p" EXIT
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  # Prints for a few seconds after attach starts, then exits: attach ends with it.
  attach_pod "$p" Never \
    "{name: out, image: busybox, command: [sh, -c, 'sleep 3; for i in 1 2 3; do echo line-\$i; sleep 0.3; done']}" \
    "{name: idle, image: busybox, command: [sleep, '100000']}"
  local out err rc=0
  out=$(timeout 30 "$KCTL" attach "$p" -c out 2>attach.err) || rc=$?
  err=$(cat attach.err)
  [ "$rc" = 0 ] || fail "exit code $rc: $err"
  [ "$out" = "line-1
line-2
line-3" ] || fail "stdout: $out"
  [ "$err" = "If you don't see a command prompt, try pressing enter." ] || fail "stderr: $err"
  # The container has exited now: the server's error, as kubectl prints it.
  same_as_kubectl attach "$p" -c out
  same_as_kubectl attach "$p" -c out -q
}

test_attach_stdin() {
  local p; p=$(attach_name in)
  trap "attach_cleanup pod/$p" EXIT
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  attach_pod "$p" Always "{name: cat, image: busybox, stdin: true, command: [cat]}"
  # The container's stdin stays open after ours ends: the session goes on
  # until it is stopped, for kubectl as for kctl.
  local k c
  k=$(printf 'hello\n' | timeout 5 kubectl attach -i "$p" 2>&1) || true
  c=$(printf 'hello\n' | timeout 5 "$KCTL" attach -i "$p" 2>&1) || true
  [ "$k" = "$c" ] || fail "kubectl: $k kctl: $c"
  [ "$c" = "If you don't see a command prompt, try pressing enter.
hello" ] || fail "kctl: $c"
  c=$(printf 'quiet\n' | timeout 5 "$KCTL" attach -iq "pod/$p" 2>&1) || true
  [ "$c" = "quiet" ] || fail "-q: $c"
  # -t for a container without a TTY: kubectl's complaint, then no TTY.
  k=$(timeout 3 kubectl attach -it "$p" </dev/null 2>&1) || true
  c=$(timeout 3 "$KCTL" attach -it "$p" </dev/null 2>&1) || true
  [ "$k" = "$c" ] || fail "kubectl: $k kctl: $c"
}

test_attach_tty_under_script() {
  command -v script >/dev/null || return 0
  local p; p=$(attach_name tty)
  trap "attach_cleanup pod/$p" EXIT
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  # A shell on a pty that reports its size after each size change.
  attach_pod "$p" Always \
    "{name: sh, image: busybox, stdin: true, tty: true, command: [sh, -c, 'trap \"stty size\" WINCH; while true; do sleep 0.2; done']}"
  local k c
  k=$(script -qec "stty rows 30 cols 100; timeout -k 2 4 kubectl attach -ti $p; echo rc=\$?" /dev/null </dev/null)
  c=$(script -qec "stty rows 30 cols 100; timeout -k 2 4 $KCTL attach -ti $p; echo rc=\$?" /dev/null </dev/null)
  [ "$k" = "$c" ] || fail "kubectl: $(printf %q "$k") kctl: $(printf %q "$c")"
  case "$c" in *"If you don't see a command prompt, try pressing enter."*"rc=124"*) ;; *) fail "$(printf %q "$c")" ;; esac
  # Without -i the TTY is still forced (the container has one), but no raw mode.
  k=$(timeout 3 kubectl attach "$p" </dev/null 2>&1) || true
  c=$(timeout 3 "$KCTL" attach "$p" </dev/null 2>&1) || true
  [ "$k" = "$c" ] || fail "kubectl: $k kctl: $c"
}

test_attach_errors() {
  local p; p=$(attach_name err)
  trap "attach_cleanup pod/$p; attach_cleanup cm/$p svc/$p-nosel" EXIT
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  attach_pod "$p" Always "{name: main, image: busybox, command: [sleep, '100000']}"
  kubectl create configmap "$p" >/dev/null
  kubectl create service clusterip "$p-nosel" --tcp=80 >/dev/null
  kubectl patch service "$p-nosel" --type=json -p '[{"op":"remove","path":"/spec/selector"}]' >/dev/null 2>&1 || true
  same_as_kubectl attach "no-such-pod-$$"
  same_as_kubectl attach "deploy/no-such-$$"
  same_as_kubectl attach "cm/$p"
  same_as_kubectl attach "svc/$p-nosel"
  same_as_kubectl attach "foo/bar"
  same_as_kubectl attach "$p" -c nope
  same_as_kubectl attach pod "no-such-pod-$$"
  same_as_kubectl attach a b c
  local args
  for args in "" "--pod-running-timeout=0 $p" "--pod-running-timeout=zz $p"; do
    run_both attach $args
    [ "$C_RC" = "$K_RC" ] && [ "$C_OUT" = "$K_OUT" ] && [ "$C_ERR" = "${K_ERR//kubectl/kctl}" ] ||
      fail "attach $args: kubectl: $K_ERR kctl: $C_ERR"
  done
}

test_exec_type_name() {
  local l; l=$(attach_name exec)
  trap "attach_cleanup pod -l app=$l; attach_cleanup deploy/$l svc/$l sts/$l cm/$l" EXIT
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  kubectl apply -f - >/dev/null <<OBJ
apiVersion: apps/v1
kind: Deployment
metadata: {name: $l}
spec:
  replicas: 0   # the pods are made by hand below
  selector: {matchLabels: {app: $l}}
  template:
    metadata: {labels: {app: $l}}
    spec: {containers: [{name: main, image: busybox}]}
---
apiVersion: v1
kind: Service
metadata: {name: $l}
spec: {selector: {app: $l}, ports: [{port: 80}]}
OBJ
  kubectl create configmap "$l" >/dev/null
  same_as_kubectl exec "deploy/$l" --pod-running-timeout=1s -- true
  [ "$C_ERR" = "error: timed out waiting for the condition
" ] || fail "$C_ERR"
  # Two pods, created apart: the older, longer-ready one is the pick.
  local p
  for p in "$l-1" "$l-2"; do
    kubectl apply -f - >/dev/null <<POD
apiVersion: v1
kind: Pod
metadata: {name: $p, labels: {app: $l}}
spec:
  nodeName: $KCTL_TEST_NODE
  terminationGracePeriodSeconds: 0
  containers: [{name: main, image: busybox, command: [sleep, '100000']}]
POD
    kubectl wait --for=condition=Ready "pod/$p" --timeout=60s >/dev/null
    sleep 1.2
  done
  local t
  for t in "deploy/$l" "deployment/$l" "deployments.apps/$l" "svc/$l" "service/$l" "pod/$l-2" "po/$l-2"; do
    same_as_kubectl exec "$t" -- sh -c 'echo $HOSTNAME'
  done
  [ "$C_OUT" = "$l-2
" ] || fail "$C_OUT"
  same_as_kubectl exec "cm/$l" -- true
  same_as_kubectl exec "sts/no-such-$$" -- true
  same_as_kubectl exec "svc.apps/$l" -- true
  same_as_kubectl exec "deploy/" -- true
  run_both exec "deploy/$l" --pod-running-timeout=bad -- true
  [ "$C_RC" = "$K_RC" ] && [ "$C_ERR" = "${K_ERR//kubectl/kctl}" ] || fail "kubectl: $K_ERR kctl: $C_ERR"
  run_both exec "deploy/$l" --pod-running-timeout=0 -- true
  [ "$C_RC" = "$K_RC" ] && [ "$C_ERR" = "${K_ERR//kubectl/kctl}" ] || fail "kubectl: $K_ERR kctl: $C_ERR"
}

# Through the streaming front attach speaks v5.channel.k8s.io over
# WebSocket (upstream's StreamTranslator), as kubectl 1.31+ does; through
# the bare 1.20 apiserver it falls back to SPDY. Same output both ways.
test_attach_websocket_and_fallback() {
  local p; p=$(attach_name ws)
  trap "attach_cleanup pod/$p" EXIT
  attach_pod "$p" Always "{name: ticker, image: busybox, command: [sh, -c, 'i=0; while true; do i=\$((i+1)); echo tick-\$i; sleep 0.5; done']}"
  local kc out expect
  for kc in "$KCTL_TEST_FRONT_KUBECONFIG" "$KCTL_TEST_KUBECONFIG"; do
    if [ "$kc" = "$KCTL_TEST_FRONT_KUBECONFIG" ]; then expect='websocket.go:133] The subprotocol is v5.channel.k8s.io'
    else expect='fallback.go:56] RemoteCommand fallback: unable to upgrade streaming request: websocket: bad handshake (403 Forbidden)'; fi
    out=$(timeout 3 "$KCTL" --kubeconfig "$kc" -v=6 attach "$p" 2>attach.err) || true
    grep -q "$expect" attach.err || fail "$kc: no '$expect' in: $(cat attach.err)"
    case "$out" in *tick-*tick-*) ;; *) fail "$kc: stdout: $out" ;; esac
    printf '%s\n' "$out" | grep -qv '^tick-[0-9]*$' && fail "$kc: stray output: $out"
  done
  return 0
}
