# Command-line handling: kubectl's flag syntax and its parse errors.

# same_as_kubectl, with "kubectl" in kubectl's messages read as "kctl".
same_as_kubectl_named() {
  run_both "$@"
  K_ERR=${K_ERR//kubectl/kctl}; K_OUT=${K_OUT//kubectl/kctl}
  [ "$K_OUT" = "$C_OUT" ] || { diff <(printf '%s' "$K_OUT") <(printf '%s' "$C_OUT") >&2; fail "stdout differs: $*"; return 1; }
  [ "$K_ERR" = "$C_ERR" ] || { diff <(printf '%s' "$K_ERR") <(printf '%s' "$C_ERR") >&2; fail "stderr differs: $*"; return 1; }
  [ "$K_RC" = "$C_RC" ] || { fail "exit code kubectl=$K_RC kctl=$C_RC: $*"; return 1; }
}

test_cli_unknown_flags_and_commands_match_kubectl() {
  same_as_kubectl_named version --bogus
  same_as_kubectl_named version -x
  same_as_kubectl_named config view --nope=1
  same_as_kubectl_named zzzz
}

test_cli_pflag_syntax() {
  # -v=N, --v N, -n=ns, --flag=value and flags after the verb all work.
  "$KCTL" -v=6 --kubeconfig="$KCTL_TEST_KUBECONFIG" get --raw /api 2>&1 >/dev/null | grep -q 'GET '
  "$KCTL" get --raw /api --kubeconfig "$KCTL_TEST_KUBECONFIG" --v 6 2>&1 >/dev/null | grep -q 'GET '
  [ "$(KCTL_NAMESPACE= "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" -n=kube-system config view --minify -o json >/dev/null; echo $?)" = 0 ]
}

test_cli_no_arguments_prints_help() {
  local out rc=0
  out=$("$KCTL") || rc=$?
  [ "$rc" = 0 ] || fail "exit $rc"
  case "$out" in *Usage*) ;; *) fail "no usage: $out" ;; esac
}
