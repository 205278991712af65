# kctl exec over SPDY/3.1 through the test cluster's apiserver and kubelet
# stand-in, compared with kubectl (which falls back to SPDY on this 1.20
# server on its own).

# exec_pod NAME [CONTAINER...]: creates a pod on the test node with the
# given containers (default: one named "main") and waits until it runs.
exec_pod() {
  local name=$1; shift
  local containers="" c
  [ $# -gt 0 ] || set -- main
  for c in "$@"; do
    containers+="  - {name: $c, image: busybox, command: [sh, -c, 'while true; do sleep 1; done']}
"
  done
  node_pod "$name" "" "$containers"
}

exec_cleanup() {
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" delete pod "$@" --wait=false >/dev/null 2>&1 || true
}

exec_name() { echo "kctl-exec-$1-$$-$RANDOM"; }

test_exec_matches_kubectl() {
  local p; p=$(exec_name one)
  trap "exec_cleanup $p" EXIT
  exec_pod "$p"
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  same_as_kubectl exec "$p" -- echo hi
  [ "$C_OUT" = "hi
" ] || fail "stdout: $C_OUT"
  same_as_kubectl exec "$p" -- sh -c 'echo out; echo err >&2; exit 3'
  [ "$C_RC" = 3 ] || fail "exit code $C_RC"
  [ "$C_ERR" = "err
command terminated with exit code 3
" ] || fail "stderr: $C_ERR"
  same_as_kubectl exec "$p" -- sh -c 'exit 255'
  same_as_kubectl exec "$p" -- no-such-command
  same_as_kubectl exec -c main "$p" -- true
  same_as_kubectl exec "pod/$p" -- echo typed
  same_as_kubectl exec "$p"
  # Usage errors name the program: kubectl's text with "kctl" for "kubectl".
  run_both exec "$p" echo hi
  [ "$C_RC" = "$K_RC" ] && [ "$C_ERR" = "${K_ERR//kubectl/kctl}" ] || fail "kubectl: $K_ERR kctl: $C_ERR"
  same_as_kubectl exec -- echo hi
}

test_exec_stdin() {
  local p; p=$(exec_name stdin)
  trap "exec_cleanup $p" EXIT
  exec_pod "$p"
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local k c
  k=$(printf 'a\nb\n' | kubectl exec -i "$p" -- cat)
  c=$(printf 'a\nb\n' | "$KCTL" exec -i "$p" -- cat)
  [ "$k" = "$c" ] && [ "$c" = "a
b" ] || fail "kubectl '$k' kctl '$c'"
  # 5 MB both ways: no stall at the 64 KiB SPDY window, same checksums.
  head -c 5000000 /dev/urandom >big
  local want; want=$(sha256sum <big)
  c=$(timeout 60 "$KCTL" exec -i "$p" -- cat <big | sha256sum)
  [ "$c" = "$want" ] || fail "5 MB through cat: $c, want $want"
  c=$(timeout 60 "$KCTL" exec -i "$p" -- sh -c 'cat | sha256sum' <big)
  [ "${c%% *}" = "${want%% *}" ] || fail "5 MB upload: $c, want $want"
  # -t without a terminal: kubectl's warning, and no tty.
  run_both exec -ti "$p" -- echo t </dev/null
  [ "$K_OUT$K_ERR$K_RC" = "$C_OUT$C_ERR$C_RC" ] || fail "kubectl: $K_OUT$K_ERR$K_RC kctl: $C_OUT$C_ERR$C_RC"
  [ "$C_ERR" = "Unable to use a TTY - input is not a terminal or the right kind of file
" ] || fail "$C_ERR"
}

test_exec_containers() {
  local p; p=$(exec_name two)
  trap "exec_cleanup $p" EXIT
  exec_pod "$p" a b
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  same_as_kubectl exec "$p" -- echo hi
  [ "$C_ERR" = "Defaulted container \"a\" out of: a, b
" ] || fail "$C_ERR"
  same_as_kubectl exec -q "$p" -- echo hi
  same_as_kubectl exec -c b "$p" -- echo hi
  same_as_kubectl exec -c nope "$p" -- echo hi
  kubectl annotate pod "$p" kubectl.kubernetes.io/default-container=b >/dev/null
  same_as_kubectl exec "$p" -- sh -c 'echo $HOSTNAME-ok'
  [ -z "$C_ERR" ] || fail "$C_ERR"
}

test_exec_errors() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  same_as_kubectl exec "no-such-pod-$$" -- echo hi
  [ "$C_ERR" = "Error from server (NotFound): pods \"no-such-pod-$$\" not found
" ] || fail "$C_ERR"
  local p; p=$(exec_name done)
  trap "exec_cleanup $p" EXIT
  kubectl apply -f - >/dev/null <<POD
apiVersion: v1
kind: Pod
metadata: {name: $p}
spec:
  nodeName: $KCTL_TEST_NODE
  restartPolicy: Never
  containers:
  - {name: main, image: busybox, command: ['true']}
POD
  local i
  for i in $(seq 60); do
    [ "$(kubectl get pod "$p" -o 'jsonpath={.status.phase}')" = Succeeded ] && break
    sleep 0.5
  done
  same_as_kubectl exec "$p" -- echo hi
  [ "$C_ERR" = "error: cannot exec into a container in a completed pod; current phase is Succeeded
" ] || fail "$C_ERR"
}

test_exec_tty_under_script() {
  command -v script >/dev/null || return 0
  local p; p=$(exec_name tty)
  trap "exec_cleanup $p" EXIT
  exec_pod "$p"
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local k c
  k=$(script -qec "stty rows 30 cols 100; kubectl exec -ti $p -- sh -c 'stty size; exit 4'; echo rc=\$?" /dev/null </dev/null)
  c=$(script -qec "stty rows 30 cols 100; $KCTL exec -ti $p -- sh -c 'stty size; exit 4'; echo rc=\$?" /dev/null </dev/null)
  # script(1) answers the EOF on its stdin with a NUL that the terminal
  # echoes as "^@" wherever it lands among the command's output: that
  # timing is script's, not the client's, so the echo is left out.
  k=${k//^@/}; c=${c//^@/}
  # kubectl's first resize sometimes arrives after stty ran ("0 0", its
  # own race after the WebSocket attempt): then only kctl's bytes are checked.
  case "$k" in *"0 0"*) ;; *) [ "$k" = "$c" ] || fail "kubectl: $(printf %q "$k") kctl: $(printf %q "$c")" ;; esac
  case "$c" in *"30 100"*"command terminated with exit code 4"*"rc=4"*) ;; *) fail "$(printf %q "$c")" ;; esac
}

# The upgrade request carries the same credentials as REST requests, and
# uses the same TLS setup (client certificates, tls-server-name).
test_exec_auth_and_tls() {
  local p; p=$(exec_name auth)
  trap "exec_cleanup $p" EXIT
  exec_pod "$p"
  write_kubeconfig token.yaml "    token: $KCTL_TEST_ADMIN_TOKEN"
  printf '%s\n' "$KCTL_TEST_ADMIN_TOKEN" >token.txt
  write_kubeconfig tokenfile.yaml "    tokenFile: $PWD/token.txt"
  write_exec_plugin plugin.sh "$KCTL_TEST_ADMIN_TOKEN"
  write_kubeconfig plugin.yaml "    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ./plugin.sh
      interactiveMode: Never"
  write_kubeconfig cert.yaml "    client-certificate: $KCTL_TEST_ADMIN_CERT
    client-key: $KCTL_TEST_ADMIN_KEY"
  local kc
  for kc in token.yaml tokenfile.yaml plugin.yaml cert.yaml; do
    same_as_kubectl --kubeconfig "$kc" exec "$p" -- echo "via $kc"
    [ "$C_OUT" = "via $kc
" ] || fail "$kc: $C_OUT$C_ERR"
  done
  same_as_kubectl --kubeconfig cert.yaml --server "https://localhost:${KCTL_TEST_SERVER##*:}" \
    --tls-server-name "$KCTL_TEST_TLS_SERVER_NAME" exec "$p" -- echo sni
  # A user who may read the pod but not exec: the refused upgrade (403
  # with a Status body) is kubectl's error.
  local role=kctl-exec-read-$$-$RANDOM
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" create role "$role" --verb=get --resource=pods >/dev/null
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" create rolebinding "$role" --role="$role" --user=bob >/dev/null
  trap "exec_cleanup $p; kubectl --kubeconfig $KCTL_TEST_KUBECONFIG delete role,rolebinding $role >/dev/null 2>&1" EXIT
  write_kubeconfig bob.yaml "    token: $KCTL_TEST_BOB_TOKEN"
  local i
  for i in $(seq 20); do  # RBAC caches: wait until bob may read the pod
    "$KCTL" --kubeconfig bob.yaml get --raw "/api/v1/namespaces/default/pods/$p" >/dev/null 2>&1 && break
    sleep 0.5
  done
  same_as_kubectl --kubeconfig bob.yaml exec "$p" -- echo hi
  [ "$C_ERR" = "Error from server (Forbidden): pods \"$p\" is forbidden: User \"bob\" cannot create resource \"pods/exec\" in API group \"\" in the namespace \"default\"
" ] || fail "$C_ERR"
}
