# kctl debug against the 1.20 apiserver and the kubelet stand-in: the
# validation texts compared with kubectl, an ephemeral container with a
# custom profile (through the 1.20 EphemeralContainers API, where kubectl
# 1.32 fails), a pod copy and a node pod, each attached with -i, and the
# ephemeral PATCH body compared with the one kubectl sends.
# Uses exec_pod/exec_cleanup from test_exec.sh.

debug_name() { echo "kctl-debug-$1-$$-$RANDOM"; }

# A pod whose container has REQUIRED_ENV_VAR=value1.
debug_env_pod() {
  node_pod "$1" "labels: {app: debug-e2e}, annotations: {note: kept-or-not}" "  - name: main
    image: busybox
    command: [sh, -c, 'while true; do sleep 1; done']
    env: [{name: REQUIRED_ENV_VAR, value: value1}]"
}

# json_check OBJECT PYTHON-EXPR: evaluates EXPR with `o` bound to the object's JSON.
json_check() {
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" get "$1" -o json |
    python3 -c 'import json, sys; o = json.load(sys.stdin); sys.exit(0 if eval(sys.argv[1]) else 1)' "$2" ||
    fail "$1: not true: $2"
}

# The JSON body of the first PATCH in a -v=8 log, kubectl's or kctl's form.
patch_body() {
  python3 - "$1" <<'PY'
import json, re, sys
for line in open(sys.argv[1]):
    m = re.search(r'"Request Body" body=("\{.*")$', line)  # kubectl: a Go-quoted string
    body = json.loads(json.loads(m.group(1))) if m else None
    m2 = re.search(r'Request Body: (\{.*\})$', line)       # kctl
    body = body or (json.loads(m2.group(1)) if m2 else None)
    if body and "spec" in body and "ephemeralContainers" in body["spec"]:
        print(json.dumps(body, sort_keys=True)); break
PY
}

test_debug_validation_matches_kubectl() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  same_as_kubectl debug mypod
  same_as_kubectl debug mypod --image=busybox --replace
  same_as_kubectl debug mypod --image=busybox --same-node
  same_as_kubectl debug mypod --copy-to=x
  same_as_kubectl debug mypod --copy-to=x -- sh
  same_as_kubectl debug mypod --copy-to=x --image=busybox --target=app
  same_as_kubectl debug mypod --image=busybox -t
  same_as_kubectl debug mypod --image=BusyBox
  same_as_kubectl debug mypod --image=busybox --image-pull-policy=always
  same_as_kubectl debug --image=busybox
  same_as_kubectl debug mypod --copy-to=x --set-image=app=a --attach
  same_as_kubectl debug mypod --image=busybox --profile=foo
  same_as_kubectl debug mypod --copy-to=x --set-image=app=Bad
  expect 1 'invalid argument "FOO" for "--env" flag: FOO must be formatted as key=value' debug mypod --image=busybox --env=FOO
  printf 'image: x\n' >bad.yaml
  same_as_kubectl debug mypod --image=busybox --custom=bad.yaml
  same_as_kubectl debug mypod --image=busybox --custom=missing.yaml
  [ "$C_RC" = 1 ] || fail "rc $C_RC"
}

test_debug_ephemeral_custom_profile() {
  local p; p=$(debug_name eph)
  trap "exec_cleanup $p" EXIT
  debug_env_pod "$p"
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  # 1.20 refuses any securityContext on an ephemeral container: the
  # baseline profile sets none, and the custom profile changes env only.
  printf 'env:\n- name: REQUIRED_ENV_VAR\n  value: value2\n' >custom.yaml
  local out
  out=$(printf 'echo got=$REQUIRED_ENV_VAR\nexit\n' |
    timeout 60 "$KCTL" debug "$p" --image=busybox -c dbg -i --profile=baseline --env=REQUIRED_ENV_VAR=value1 \
      --custom=custom.yaml -- sh 2>err) || fail "rc $?: $out $(cat err)"
  case "$out" in *got=value2*) ;; *) fail "stdout: $out / $(cat err)" ;; esac
  grep -q "If you don't see a command prompt, try pressing enter." err || fail "stderr: $(cat err)"
  json_check "pod/$p" 'o["spec"]["ephemeralContainers"][0]["env"] == [{"name": "REQUIRED_ENV_VAR", "value": "value2"}]'
  json_check "pod/$p" '"securityContext" not in o["spec"]["ephemeralContainers"][0]'
  json_check "pod/$p" 'o["spec"]["ephemeralContainers"][0]["stdin"] is True'

  # The PATCH body is kubectl's, byte for byte once keys are sorted
  # (kubectl 1.32 then fails on 1.20: its answer is the old kind).
  kubectl -v=8 debug "$p" --image=busybox -c dbg2 --profile=baseline --env=REQUIRED_ENV_VAR=value1 \
    --custom=custom.yaml >/dev/null 2>k.log && fail "kubectl 1.32 succeeded on 1.20?"
  grep -q 'no kind "EphemeralContainers" is registered' k.log || fail "kubectl: $(tail -3 k.log)"
  "$KCTL" -v=8 debug "$p" --image=busybox -c dbg2 --profile=baseline --env=REQUIRED_ENV_VAR=value1 \
    --custom=custom.yaml >/dev/null 2>c.log || fail "kctl: $(tail -3 c.log)"
  local kb cb; kb=$(patch_body k.log); cb=$(patch_body c.log)
  [ -n "$kb" ] && [ "$kb" = "$cb" ] || fail "PATCH bodies differ: kubectl $kb kctl $cb"
  case "$kb" in *'"$setElementOrder/ephemeralContainers": [{"name": "dbg"}, {"name": "dbg2"}]'*) ;; *) fail "$kb" ;; esac
  json_check "pod/$p" '[c["name"] for c in o["spec"]["ephemeralContainers"]] == ["dbg", "dbg2"]'
}

test_debug_copy_set_image_and_custom() {
  local p; p=$(debug_name copy)
  trap "exec_cleanup $p $p-copy $p-run" EXIT
  debug_env_pod "$p"
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  printf '{"env": [{"name": "REQUIRED_ENV_VAR", "value": "value2"}]}\n' >custom.json
  "$KCTL" -v=9 debug "$p" --copy-to="$p-copy" --image=busybox -c dbg --set-image=main=busybox:1.36 --profile=general \
    --custom=custom.json >out 2>err || fail "$(cat out; tail -3 err)"
  json_check "pod/$p-copy" '[c["image"] for c in o["spec"]["containers"]] == ["busybox:1.36", "busybox"]'
  json_check "pod/$p-copy" 'o["spec"]["containers"][1]["env"] == [{"name": "REQUIRED_ENV_VAR", "value": "value2"}]'
  json_check "pod/$p-copy" 'o["spec"]["containers"][1]["securityContext"] == {"capabilities": {"add": ["SYS_PTRACE"]}}'
  json_check "pod/$p-copy" 'o["spec"]["shareProcessNamespace"] is True'
  # Without --same-node the copy is left to the scheduler (which then puts it
  # on the test node): no nodeName in what kctl sends.
  post_body err >copy.json
  body_check copy.json '"nodeName" not in b["spec"]'
  json_check "pod/$p-copy" '"labels" not in o["metadata"] and "annotations" not in o["metadata"]'
  # On the same node the copy runs, and -i attaches to its debug container.
  local got
  got=$(printf 'echo copy=$REQUIRED_ENV_VAR\nexit\n' |
    timeout 60 "$KCTL" debug "$p" --copy-to="$p-run" --same-node --image=busybox -c dbg -i --profile=general \
      --keep-labels --custom=custom.json -- sh 2>err) || fail "rc $?: $got $(cat err)"
  case "$got" in *copy=value2*) ;; *) fail "stdout: $got / $(cat err)" ;; esac
  json_check "pod/$p-run" 'o["metadata"]["labels"] == {"app": "debug-e2e"} and o["spec"]["nodeName"]'
}

test_debug_node_pod() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local out pod
  out=$(printf 'echo on-node\nexit\n' |
    timeout 60 "$KCTL" debug "node/$KCTL_TEST_NODE" --image=busybox -i --profile=sysadmin -- sh 2>err) ||
    fail "rc $?: $out $(cat err)"
  pod=$(sed -n 's/^Creating debugging pod \(node-debugger-[^ ]*\) with container debugger on node .*\.$/\1/p' <<<"$out")
  trap "exec_cleanup $pod" EXIT
  [ -n "$pod" ] || fail "no 'Creating debugging pod' line: $out"
  case "$out" in *on-node*) ;; *) fail "stdout: $out / $(cat err)" ;; esac
  json_check "pod/$pod" 'o["spec"]["hostPID"] and o["spec"]["hostNetwork"] and o["spec"]["hostIPC"]'
  json_check "pod/$pod" 'o["spec"]["volumes"][0]["hostPath"]["path"] == "/" and o["spec"]["containers"][0]["volumeMounts"][0]["mountPath"] == "/host"'
  json_check "pod/$pod" 'o["spec"]["containers"][0]["securityContext"] == {"privileged": True}'
  json_check "pod/$pod" 'o["spec"]["tolerations"] == [{"operator": "Exists"}] and o["spec"]["restartPolicy"] == "Never"'
}

test_debug_dry_run_prints_without_sending() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local out
  out=$("$KCTL" debug node/some-node --image=busybox --profile=netadmin --dry-run=client -o json -q) || fail "$out"
  python3 -c 'import json, sys; o = json.loads(sys.argv[1]); sys.exit(0 if o["spec"]["nodeName"] == "some-node" and o["spec"]["containers"][0]["securityContext"]["capabilities"]["add"] == ["NET_ADMIN", "NET_RAW"] else 1)' "$out" ||
    fail "$out"
  if kubectl get pods -o name | grep -q node-debugger-some-node; then fail "a pod was created"; fi
}

# The JSON body of kctl's POST of a pod in a -v=9 log.
post_body() {
  python3 - "$1" <<'PY'
import json, re, sys
for line in open(sys.argv[1]):
    m = re.search(r'Request Body: (\{.*\})$', line)
    if m and json.loads(m.group(1)).get("kind") == "Pod":
        print(json.dumps(json.loads(m.group(1)))); break
PY
}

# body_check FILE PYTHON-EXPR: EXPR with `b` bound to the captured body.
body_check() {
  python3 -c 'import json, sys; b = json.load(open(sys.argv[1])); sys.exit(0 if eval(sys.argv[2]) else 1)' "$1" "$2" ||
    fail "body not as expected ($2): $(cat "$1")"
}

# The bodies of debug-spec.md §9 items 8-13 (kubectl 1.32 sends them as
# protobuf, so they are checked against the reference instead of diffed).
test_debug_request_bodies_as_kubectl() {
  local p; p=$(debug_name body)
  node_pod=""  # not local: the EXIT trap reads it after the function returned
  trap "exec_cleanup $p $p-general $p-legacy $p-setimg $p-replace \${node_pod:-}" EXIT
  # create, not apply: no last-applied annotation to tell apart from the pod's own.
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" create -f - >/dev/null <<POD
apiVersion: v1
kind: Pod
metadata: {name: $p, labels: {app: web}, annotations: {a: b}}
spec:
  nodeName: $KCTL_TEST_NODE
  terminationGracePeriodSeconds: 0
  initContainers: [{name: init, image: busybox, command: ['true']}]
  containers:
  - name: app
    image: busybox
    args: [x]
    command: [sh, -c, 'while true; do sleep 1; done']
    livenessProbe: {exec: {command: ['true']}}
    readinessProbe: {exec: {command: ['true']}}
    startupProbe: {exec: {command: ['true']}}
POD
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" wait --for=condition=Ready "pod/$p" --timeout=60s >/dev/null
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG

  # 8: a node pod with the general profile.
  "$KCTL" -v=9 debug "node/$KCTL_TEST_NODE" --image=busybox --profile=general >out 2>log || fail "$(tail -3 log)"
  node_pod=$(sed -n 's/^Creating debugging pod \(node-debugger-[^ ]*\) with container debugger on node .*\.$/\1/p' out)
  post_body log >node.json
  body_check node.json 'b["metadata"] == {"name": "'"$node_pod"'"} and b["spec"]["nodeName"] == "'"$KCTL_TEST_NODE"'"'
  body_check node.json 'b["spec"]["restartPolicy"] == "Never" and b["spec"]["tolerations"] == [{"operator": "Exists"}]'
  body_check node.json 'b["spec"]["hostIPC"] and b["spec"]["hostNetwork"] and b["spec"]["hostPID"]'
  body_check node.json 'b["spec"]["volumes"] == [{"name": "host-root", "hostPath": {"path": "/"}}]'
  body_check node.json 'b["spec"]["containers"] == [{"name": "debugger", "image": "busybox", "terminationMessagePolicy": "File", "volumeMounts": [{"name": "host-root", "mountPath": "/host"}]}]'

  # 10: a copy with the general profile.
  "$KCTL" -v=9 debug "$p" --image=busybox --copy-to="$p-general" --profile=general >out 2>log || fail "$(tail -3 log)"
  post_body log >general.json
  body_check general.json '"labels" not in b["metadata"] and "annotations" not in b["metadata"]'
  body_check general.json 'all(k not in b["spec"]["containers"][0] for k in ("livenessProbe", "readinessProbe", "startupProbe"))'
  body_check general.json '[c["name"] for c in b["spec"]["initContainers"]] == ["init"] and "nodeName" not in b["spec"]'
  body_check general.json 'b["spec"]["shareProcessNamespace"] is True and "ephemeralContainers" not in b["spec"]'
  body_check general.json 'b["spec"]["containers"][1]["name"].startswith("debugger-") and b["spec"]["containers"][1]["securityContext"] == {"capabilities": {"add": ["SYS_PTRACE"]}}'
  grep -q "^Defaulting debug container name to debugger-[bcdfghjklmnpqrstvwxz2456789]\{5\}\.$" out || fail "$(cat out)"

  # 11: legacy keeps annotations, probes and init containers, drops labels, warns.
  "$KCTL" -v=9 debug "$p" --image=busybox --copy-to="$p-legacy" -c dbg >out 2>log || fail "$(tail -3 log)"
  post_body log >legacy.json
  body_check legacy.json '"labels" not in b["metadata"] and b["metadata"]["annotations"] == {"a": "b"}'
  body_check legacy.json '"livenessProbe" in b["spec"]["containers"][0] and "initContainers" in b["spec"]'
  body_check legacy.json '"shareProcessNamespace" not in b["spec"] and "securityContext" not in b["spec"]["containers"][1]'
  grep -qF -- '--profile=legacy is deprecated and will be removed in the future.' log || fail "no legacy warning"

  # 12: a set-image-only copy: no profile, nothing stripped, no container added.
  "$KCTL" -v=9 debug "$p" --copy-to="$p-setimg" --set-image='*=alpine' --profile=restricted \
    --keep-init-containers=false >out 2>log || fail "$(tail -3 log)"
  post_body log >setimg.json
  body_check setimg.json '[c["image"] for c in b["spec"]["containers"]] == ["alpine"] and b["spec"]["initContainers"][0]["image"] == "busybox"'
  body_check setimg.json 'b["metadata"]["labels"] == {"app": "web"} and "livenessProbe" in b["spec"]["containers"][0]'

  # 13: an existing container gets the command, args cleared; then the original goes.
  "$KCTL" -v=9 debug "$p" --copy-to="$p-replace" -c app --replace --profile=general -- sh -c 'sleep 1' >out 2>log ||
    fail "$(tail -3 log)"
  post_body log >replace.json
  body_check replace.json 'b["spec"]["containers"][0]["command"] == ["sh", "-c", "sleep 1"] and "args" not in b["spec"]["containers"][0]'
  body_check replace.json 'b["spec"]["containers"][0]["image"] == "busybox" and len(b["spec"]["containers"]) == 1'
  grep -q "DELETE .*/pods/$p " log || fail "no DELETE of the original: $(grep -E 'POST|DELETE' log)"
  grep -qF '"gracePeriodSeconds":0' log || fail "no gracePeriodSeconds 0"
}

# -it on a terminal: the ephemeral container gets a TTY and the session is
# attached through it.
test_debug_tty_attach() {
  command -v script >/dev/null || return 0
  local p; p=$(debug_name tty)
  trap "exec_cleanup $p" EXIT
  debug_env_pod "$p"
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local out rc=0
  # The container sleeps long enough to be attached to even when the
  # stand-in reports it running late (a loaded CI machine): an attach to a
  # container that already exited fails.
  out=$(script -qec "stty rows 30 cols 100; $KCTL debug $p --image=busybox -c dbgt -it --profile=baseline -- sh -c 'sleep 4; [ -t 0 ] && echo tty-ok; stty size' </dev/tty" /dev/null </dev/null) || rc=$?
  [ "$rc" = 0 ] || fail "kctl debug -it exited $rc: $(printf %q "$out")"
  case "$out" in *tty-ok*"30 100"*) ;; *) fail "$(printf %q "$out")" ;; esac
  json_check "pod/$p" 'o["spec"]["ephemeralContainers"][0]["tty"] is True and o["spec"]["ephemeralContainers"][0]["stdin"] is True'
}
