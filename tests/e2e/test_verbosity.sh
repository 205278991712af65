# -v levels: what kubectl shows, and never a secret at any level.

test_verbosity_levels_show_requests() {
  local log
  log=$("$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" -v=6 get --raw /api/v1/namespaces/default 2>&1 >/dev/null)
  case "$log" in *"Config loaded from file:  $KCTL_TEST_KUBECONFIG"*) ;; *) fail "no loader line: $log" ;; esac
  case "$log" in *"GET $KCTL_TEST_SERVER/api/v1/namespaces/default 200 OK in "*" milliseconds"*) ;; *) fail "no request line: $log" ;; esac
  log=$("$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" --v=7 get --raw /api 2>&1 >/dev/null)
  case "$log" in *"Request Headers:"*"User-Agent: kctl/v"*"Response Status: 200 OK in "*) ;; *) fail "-v=7: $log" ;; esac
  # Bodies are logged when kctl holds them; --raw streams them (as kubectl).
  log=$("$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" -v 8 version 2>&1 >/dev/null)
  case "$log" in *"Response Headers:"*"Content-Type: application/json"*"Response Body: {"*'"gitVersion": "v1.20.2"'*) ;; *) fail "-v=8: $log" ;; esac
  log=$("$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" -v=9 get --raw /api 2>&1 >/dev/null)
  case "$log" in *"curl -v -XGET "*"'$KCTL_TEST_SERVER/api'"*) ;; *) fail "-v=9: $log" ;; esac
  # Nothing at the default level.
  [ -z "$("$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" get --raw /api 2>&1 >/dev/null)" ]
}

# no_secret_in_logs KUBECONFIG SECRET...: every -v level, every secret.
no_secret_in_logs() {
  local kc=$1; shift
  local level log secret
  for level in 0 1 4 6 7 8 9 10; do
    log=$("$KCTL" --kubeconfig "$kc" -v="$level" get --raw /api/v1/namespaces/default 2>&1 || true)
    for secret in "$@"; do
      case "$log" in *"$secret"*) fail "secret leaked at -v=$level"; return 1 ;; esac
    done
  done
}

test_verbosity_never_prints_tokens_or_keys() {
  local key_line
  # A line from the middle of the admin key: any part of a key is a leak.
  key_line=$(sed -n '5p' "$KCTL_TEST_ADMIN_KEY")
  write_kubeconfig token.yaml "    token: $KCTL_TEST_ADMIN_TOKEN"
  no_secret_in_logs token.yaml "$KCTL_TEST_ADMIN_TOKEN"
  printf '%s\n' "$KCTL_TEST_BOB_TOKEN" >tok.txt
  write_kubeconfig tokenfile.yaml "    tokenFile: $PWD/tok.txt"
  no_secret_in_logs tokenfile.yaml "$KCTL_TEST_BOB_TOKEN"
  write_kubeconfig certdata.yaml "    client-certificate-data: $(base64 -w0 <"$KCTL_TEST_ADMIN_CERT")
    client-key-data: $(base64 -w0 <"$KCTL_TEST_ADMIN_KEY")"
  no_secret_in_logs certdata.yaml "$key_line" "$(base64 -w0 <"$KCTL_TEST_ADMIN_KEY" | cut -c100-160)"
  write_exec_plugin plugin.sh "$KCTL_TEST_ADMIN_TOKEN"
  write_kubeconfig exec.yaml "    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ./plugin.sh
      interactiveMode: Never"
  no_secret_in_logs exec.yaml "$KCTL_TEST_ADMIN_TOKEN"
  # --token on the command line too.
  local log
  log=$("$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" --token "$KCTL_TEST_BOB_TOKEN" -v=10 get --raw /api 2>&1 || true)
  case "$log" in *"$KCTL_TEST_BOB_TOKEN"*) fail "--token leaked" ;; esac
  # And config view without --raw.
  ! "$KCTL" --kubeconfig token.yaml config view | grep -q "$KCTL_TEST_ADMIN_TOKEN"
}
