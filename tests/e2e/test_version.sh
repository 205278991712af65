# kctl version: the server part is what kubectl prints; --client opens no socket.

test_version_server_line_matches_kubectl() {
  local k c
  k=$(kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" version 2>/dev/null | grep '^Server Version:')
  c=$("$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" version | grep '^Server Version:')
  [ -n "$k" ] && [ "$k" = "$c" ] || fail "kubectl '$k' kctl '$c'"
  "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" version | grep -q '^Client Version: v[0-9]'
}

test_version_json_server_block_matches_kubectl() {
  local k c
  k=$(kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" version -o json 2>/dev/null | sed -n '/"serverVersion"/,$p')
  c=$("$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" version -o json | sed -n '/"serverVersion"/,$p')
  [ -n "$k" ] && [ "$k" = "$c" ] || { diff <(echo "$k") <(echo "$c") >&2; fail "serverVersion differs"; }
}

test_version_yaml_server_block_matches_kubectl() {
  local k c
  k=$(kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" version -o yaml 2>/dev/null | sed -n '/^serverVersion:/,$p')
  c=$("$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" version -o yaml | sed -n '/^serverVersion:/,$p')
  [ -n "$k" ] && [ "$k" = "$c" ] || { diff <(echo "$k") <(echo "$c") >&2; fail "serverVersion differs"; }
}

test_version_client_opens_no_socket() {
  # An unreachable server and no kubeconfig at all: --client must not care,
  # and must not open a socket (strace shows every socket() call).
  local out
  out=$(KUBECONFIG=/nonexistent "$KCTL" --server https://127.0.0.1:1 version --client)
  case "$out" in "Client Version: v"[0-9]*) ;; *) fail "$out" ;; esac
  strace -f -e trace=socket,connect -o trace.txt "$KCTL" version --client >/dev/null
  ! grep -q 'socket(' trace.txt || fail "version --client opened a socket: $(cat trace.txt)"
  strace -f -e trace=socket,connect -o trace.txt "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" config view >/dev/null
  ! grep -q 'socket(' trace.txt || fail "config view opened a socket"
}

test_version_bad_output_format() {
  same_as_kubectl version --client -o foo
}

test_version_unreachable_server() {
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" --server https://127.0.0.1:1 get --raw /version
  [ "$C_RC" = 1 ]
  case "$C_ERR" in *"The connection to the server 127.0.0.1:1 was refused - did you specify the right host or port?"*) ;; *) fail "$C_ERR" ;; esac
}
