# exec's process-level behaviour: one exec plugin run per command (the REST
# chain and the streaming handshake share the credential), and a terminal
# left in raw mode by nobody, whatever ends the session.

test_exec_runs_the_exec_plugin_once() {
  local p; p=$(exec_name plugin)
  trap "exec_cleanup $p" EXIT
  exec_pod "$p"
  write_exec_plugin plugin.sh "$KCTL_TEST_ADMIN_TOKEN"
  write_kubeconfig plugin.yaml "    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ./plugin.sh
      interactiveMode: Never"
  rm -f calls
  kubectl --kubeconfig plugin.yaml exec "$p" -- true
  local k; k=$(cat calls)
  rm -f calls
  "$KCTL" --kubeconfig plugin.yaml exec "$p" -- true
  local c; c=$(cat calls)
  [ "$c" = 1 ] && [ "$k" = "$c" ] || fail "plugin runs: kubectl $k, kctl $c"
}

# SIGTERM (and SIGHUP) during `exec -ti` restore the terminal's mode and
# exit 1, as kubectl's interrupt handler does.
test_exec_signal_restores_terminal() {
  command -v script >/dev/null || return 0
  local p; p=$(exec_name sig)
  trap "exec_cleanup $p" EXIT
  exec_pod "$p"
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local tool sig out
  for tool in kubectl "$KCTL"; do
    for sig in TERM HUP; do
      # An explicit </dev/tty: a background job of a non-interactive shell
      # otherwise reads /dev/null and never enters raw mode.
      out=$(script -qec "stty -g >before; $tool exec -ti $p -- sleep 30 </dev/tty & pid=\$!; sleep 2;
        stty -g >during; kill -$sig \$pid; wait \$pid; echo rc=\$?; stty -g >after" /dev/null </dev/null)
      case "$out" in *rc=1*) ;; *) fail "$tool $sig: $(printf %q "$out")" ;; esac
      cmp -s before after || fail "$tool $sig: terminal mode not restored"
      ! cmp -s before during || fail "$tool $sig: the terminal was never in raw mode"
    done
  done
}
