# kctl exec over WebSocket (v5.channel.k8s.io) through the streaming front
# (upstream's StreamTranslator), compared with kubectl, and the fallback to
# SPDY/3.1 on the bare 1.20 apiserver. Uses exec_pod/exec_name from test_exec.sh.

test_exec_websocket_negotiates_v5() {
  local p; p=$(exec_name ws)
  trap "exec_cleanup $p" EXIT
  exec_pod "$p"
  export KUBECONFIG=$KCTL_TEST_FRONT_KUBECONFIG
  local log; log=$("$KCTL" -v=6 exec "$p" -- echo hi 2>&1)
  case "$log" in *"websocket.go:133] The subprotocol is v5.channel.k8s.io"*hi*) ;; *) fail "$log" ;; esac
  case "$log" in *"SPDY"*) fail "SPDY used: $log" ;; esac
  same_as_kubectl exec "$p" -- sh -c 'echo out; echo err >&2; exit 3'
  [ "$C_ERR" = "err
command terminated with exit code 3
" ] || fail "stderr: $C_ERR"
  local code
  for code in 0 1 127 255; do
    same_as_kubectl exec "$p" -- sh -c "exit $code"
    [ "$C_RC" = "$code" ] || fail "exit $code: $C_RC"
  done
  same_as_kubectl exec "$p" -- no-such-command
  same_as_kubectl exec "no-such-pod-$$" -- echo hi
  # Same TLS setup as REST: tls-server-name, and a bearer token instead of a client certificate.
  same_as_kubectl --server "https://localhost:${KCTL_TEST_FRONT_SERVER##*:}" --tls-server-name "$KCTL_TEST_TLS_SERVER_NAME" \
    exec "$p" -- echo sni
  [ "$C_OUT" = "sni
" ] || fail "sni: $C_OUT$C_ERR"
  write_kubeconfig token.yaml "    token: $KCTL_TEST_ADMIN_TOKEN"
  sed -i "s#server: .*#server: $KCTL_TEST_FRONT_SERVER#" token.yaml
  log=$("$KCTL" --kubeconfig token.yaml -v=6 exec "$p" -- echo token 2>&1)
  case "$log" in *"The subprotocol is v5.channel.k8s.io"*token*) ;; *) fail "token: $log" ;; esac
}

test_exec_websocket_stdin() {
  local p; p=$(exec_name wsin)
  trap "exec_cleanup $p" EXIT
  exec_pod "$p"
  export KUBECONFIG=$KCTL_TEST_FRONT_KUBECONFIG
  # stdin EOF is the v5 CLOSE signal: cat ends and so does the session.
  local c; c=$(printf 'hello\n' | timeout 20 "$KCTL" exec -i "$p" -- cat) || fail "rc $?"
  [ "$c" = hello ] || fail "'$c'"
  c=$(timeout 20 "$KCTL" exec -i "$p" -- cat </dev/null) || fail "empty stdin: rc $?"
  [ -z "$c" ] || fail "'$c'"
  # 50 MiB both ways in 32 KiB messages, same checksums.
  head -c 52428800 /dev/urandom >big
  local want; want=$(sha256sum <big)
  c=$(timeout 120 "$KCTL" exec -i "$p" -- cat <big | sha256sum)
  [ "$c" = "$want" ] || fail "50 MiB through cat: $c, want $want"
  c=$(timeout 120 "$KCTL" exec -i "$p" -- sh -c 'cat | sha256sum' <big)
  [ "${c%% *}" = "${want%% *}" ] || fail "50 MiB upload: $c, want $want"
  # 20 MB out to a slow reader: every byte, then the status.
  c=$(timeout 120 "$KCTL" exec "$p" -- sh -c 'head -c 20000000 /dev/zero' | (sleep 2; wc -c))
  [ "$c" = 20000000 ] || fail "slow reader got $c bytes"
}

test_exec_websocket_tty_resize() {
  command -v script >/dev/null || return 0
  local p; p=$(exec_name wstty)
  trap "exec_cleanup $p" EXIT
  exec_pod "$p"
  export KUBECONFIG=$KCTL_TEST_FRONT_KUBECONFIG
  local k c cmd="sh -c 'stty size; sleep 3; stty size; exit 4'"
  # The client runs in the background on the terminal; the shell then
  # resizes the terminal, which sends SIGWINCH to the client.
  k=$(script -qec "stty rows 30 cols 100; kubectl exec -ti $p -- $cmd </dev/tty & sleep 1.5; stty rows 40 cols 120; wait \$!; echo rc=\$?" /dev/null </dev/null)
  c=$(script -qec "stty rows 30 cols 100; $KCTL exec -ti $p -- $cmd </dev/tty & sleep 1.5; stty rows 40 cols 120; wait \$!; echo rc=\$?" /dev/null </dev/null)
  # The first size races the command's start on the server for both
  # clients (the stand-in applies a resize asynchronously, as the kubelet
  # does): "0 0" there is the server's race, seen with kubectl too; the
  # resize after SIGWINCH and the exit code must always arrive.
  case "$c" in *"30 100"*"40 120"*"command terminated with exit code 4"*"rc=4"*) ;;
    *"0 0"*"40 120"*"command terminated with exit code 4"*"rc=4"*) return 0 ;;
    *) fail "kctl: $(printf %q "$c")" ;; esac
  # The pod's terminal shows a "^@" (a NUL reaches its stdin, with kubectl
  # too); where it lands among the output is a race for both clients.
  # kubectl's first size can lose its own race ("0 0"); then only kctl's
  # bytes, checked above, count.
  case "$k" in *"30 100"*"40 120"*) ;; *) return 0 ;; esac
  # kubectl's own stream handling sometimes logs a klog line into the
  # terminal ("websocket.go:296] Unknown stream id 1, discarding message");
  # it is kubectl's noise, not part of the session.
  k=$(printf '%s' "$k" | sed -E '/^[EWIF][0-9]{4} [0-9:.]+ +[0-9]+ [^ ]+:[0-9]+\] /d')
  [ "${k//'^@'/}" = "${c//'^@'/}" ] || fail "kubectl: $(printf %q "$k") kctl: $(printf %q "$c")"
}

test_exec_websocket_disabled_by_env() {
  local p; p=$(exec_name wsoff)
  trap "exec_cleanup $p" EXIT
  exec_pod "$p"
  export KUBECONFIG=$KCTL_TEST_FRONT_KUBECONFIG
  local log
  log=$(KUBECTL_REMOTE_COMMAND_WEBSOCKETS=FALSE "$KCTL" -v=6 exec "$p" -- echo hi 2>&1)
  case "$log" in *"negotiated stream protocol: v4.channel.k8s.io"*hi*) ;; *) fail "$log" ;; esac
  case "$log" in *"The subprotocol is"*) fail "WebSocket used: $log" ;; esac
  KUBECTL_REMOTE_COMMAND_WEBSOCKETS=false same_as_kubectl exec "$p" -- sh -c 'echo out; echo err >&2; exit 3'
  # Any other value keeps WebSockets on.
  log=$(KUBECTL_REMOTE_COMMAND_WEBSOCKETS=0 "$KCTL" -v=6 exec "$p" -- true 2>&1)
  case "$log" in *"The subprotocol is v5.channel.k8s.io"*) ;; *) fail "$log" ;; esac
}

test_exec_websocket_fallback_on_403() {
  local p; p=$(exec_name wsfb)
  trap "exec_cleanup $p" EXIT
  exec_pod "$p"
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local log; log=$("$KCTL" -v=6 exec "$p" -- echo hi 2>&1)
  case "$log" in
    *"fallback.go:56] RemoteCommand fallback: unable to upgrade streaming request: websocket: bad handshake (403 Forbidden): "*"negotiated stream protocol: v4.channel.k8s.io"*hi*) ;;
    *) fail "$log" ;;
  esac
  same_as_kubectl exec "$p" -- sh -c 'echo out; echo err >&2; exit 3'
  [ "$C_RC" = 3 ] || fail "exit $C_RC"
  c=$(printf 'hello\n' | timeout 20 "$KCTL" exec -i "$p" -- cat) || fail "rc $?"
  [ "$c" = hello ] || fail "'$c'"
}
