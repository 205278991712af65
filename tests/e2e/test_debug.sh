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
  "$KCTL" debug "$p" --copy-to="$p-copy" --image=busybox -c dbg --set-image=main=busybox:1.36 --profile=general \
    --custom=custom.json >out 2>err || fail "$(cat out err)"
  json_check "pod/$p-copy" '[c["image"] for c in o["spec"]["containers"]] == ["busybox:1.36", "busybox"]'
  json_check "pod/$p-copy" 'o["spec"]["containers"][1]["env"] == [{"name": "REQUIRED_ENV_VAR", "value": "value2"}]'
  json_check "pod/$p-copy" 'o["spec"]["containers"][1]["securityContext"] == {"capabilities": {"add": ["SYS_PTRACE"]}}'
  json_check "pod/$p-copy" 'o["spec"]["shareProcessNamespace"] is True and "nodeName" not in o["spec"]'
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
