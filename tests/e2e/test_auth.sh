# Every way of authenticating reaches the real apiserver: get --raw of the
# namespace list must give what kubectl gets with the same kubeconfig.

raw_same_as_kubectl() {  # KUBECONFIG_FILE
  same_as_kubectl --kubeconfig "$1" get --raw /api/v1/namespaces/default
  case "$C_OUT" in *'"kind":"Namespace"'*) ;; *) fail "no namespace in: $C_OUT" ;; esac
  "$KCTL" --kubeconfig "$1" get --raw /api/v1/namespaces | grep -q '"kind":"NamespaceList"'
}

test_auth_client_certificate_files() {
  write_kubeconfig kc.yaml "    client-certificate: $KCTL_TEST_ADMIN_CERT
    client-key: $KCTL_TEST_ADMIN_KEY"
  raw_same_as_kubectl kc.yaml
}

test_auth_client_certificate_data_and_ca_data() {
  local ca cert key
  ca=$(base64 -w0 <"$KCTL_TEST_CA"); cert=$(base64 -w0 <"$KCTL_TEST_ADMIN_CERT"); key=$(base64 -w0 <"$KCTL_TEST_ADMIN_KEY")
  cat >kc.yaml <<KC
apiVersion: v1
kind: Config
current-context: t
clusters: [{name: t, cluster: {server: "$KCTL_TEST_SERVER", certificate-authority-data: "$ca"}}]
contexts: [{name: t, context: {cluster: t, user: t}}]
users: [{name: t, user: {client-certificate-data: "$cert", client-key-data: "$key"}}]
KC
  raw_same_as_kubectl kc.yaml
}

test_auth_relative_paths_resolve_against_kubeconfig_dir() {
  mkdir -p conf/pki elsewhere
  cp "$KCTL_TEST_CA" "$KCTL_TEST_ADMIN_CERT" "$KCTL_TEST_ADMIN_KEY" conf/pki/
  write_kubeconfig conf/kc.yaml "    client-certificate: pki/$(basename "$KCTL_TEST_ADMIN_CERT")
    client-key: pki/$(basename "$KCTL_TEST_ADMIN_KEY")" "pki/$(basename "$KCTL_TEST_CA")"
  (cd elsewhere && raw_same_as_kubectl ../conf/kc.yaml)
  KUBECONFIG=$PWD/conf/kc.yaml "$KCTL" get --raw /api/v1/namespaces/default | grep -q '"name":"default"'
}

test_auth_token() {
  write_kubeconfig kc.yaml "    token: $KCTL_TEST_ADMIN_TOKEN"
  raw_same_as_kubectl kc.yaml
  # --token on the command line against a kubeconfig without a user.
  write_kubeconfig nouser.yaml "    {}"
  "$KCTL" --kubeconfig nouser.yaml --token "$KCTL_TEST_ADMIN_TOKEN" get --raw /api/v1/namespaces/default | grep -q '"name":"default"'
}

test_auth_token_file() {
  printf '%s\n' "$KCTL_TEST_ADMIN_TOKEN" >token.txt
  write_kubeconfig kc.yaml "    tokenFile: $PWD/token.txt"
  raw_same_as_kubectl kc.yaml
}

write_exec_plugin() {  # FILE TOKEN [COUNTER_FILE]
  cat >"$1" <<PLUGIN
#!/bin/sh
# A client-go credential plugin: records what it was given, prints a token.
echo "\$KUBERNETES_EXEC_INFO" > "\$(dirname "\$0")/exec-info.json"
echo "\$PLUGIN_ENV_VALUE" > "\$(dirname "\$0")/exec-env.txt"
n=\$(cat "\$(dirname "\$0")/calls" 2>/dev/null || echo 0); echo \$((n + 1)) > "\$(dirname "\$0")/calls"
token=$2
if [ -n "\${FIRST_TOKEN_BAD:-}" ] && [ "\$n" = 0 ]; then token=not-a-valid-token; fi
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"%s","expirationTimestamp":"2099-01-01T00:00:00Z"}}\n' "\$token"
PLUGIN
  chmod +x "$1"
}

test_auth_exec_plugin() {
  write_exec_plugin plugin.sh "$KCTL_TEST_ADMIN_TOKEN"
  write_kubeconfig kc.yaml "    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ./plugin.sh
      interactiveMode: Never
      provideClusterInfo: true
      env: [{name: PLUGIN_ENV_VALUE, value: from-kubeconfig}]"
  raw_same_as_kubectl kc.yaml
  grep -q '"kind":"ExecCredential"' exec-info.json
  grep -q "\"server\":\"$KCTL_TEST_SERVER\"" exec-info.json
  grep -q '"interactive":false' exec-info.json
  [ "$(cat exec-env.txt)" = from-kubeconfig ]
}

test_auth_exec_plugin_retried_once_on_401() {
  write_exec_plugin plugin.sh "$KCTL_TEST_ADMIN_TOKEN"
  write_kubeconfig kc.yaml "    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ./plugin.sh
      interactiveMode: Never
      env: [{name: FIRST_TOKEN_BAD, value: '1'}]"
  "$KCTL" --kubeconfig kc.yaml get --raw /api/v1/namespaces/default | grep -q '"name":"default"'
  [ "$(cat calls)" = 2 ] || fail "plugin ran $(cat calls) times, want 2 (first token refused)"
}

test_auth_exec_plugin_errors_match_kubectl() {
  write_kubeconfig kc.yaml "    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: kctl-no-such-plugin
      installHint: install it with apt-get install kctl-no-such-plugin
      interactiveMode: Never"
  same_as_kubectl --kubeconfig kc.yaml get --raw /api
  printf '#!/bin/sh\nexit 3\n' >fail.sh; chmod +x fail.sh
  write_kubeconfig kc.yaml "    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ./fail.sh
      interactiveMode: Never"
  # kubectl runs a failing plugin twice and prints its error once; compare the message.
  expect 1 "Unable to connect to the server: getting credentials: exec: executable $PWD/fail.sh failed with exit code 3" \
    --kubeconfig kc.yaml get --raw /api
  write_kubeconfig kc.yaml "    exec:
      apiVersion: client.authentication.k8s.io/v1
      command: ./fail.sh
      interactiveMode: Always"
  expect 1 "exec plugin cannot support interactive mode: standard input is not a terminal" \
    --kubeconfig kc.yaml get --raw /api </dev/null
}

test_auth_basic_credentials_sent_and_masked() {
  # kube-apiserver 1.20 has no basic auth (removed in 1.19): the server
  # refuses the request, but the header must be sent, masked in logs, and
  # the refusal must read as kubectl's.
  write_kubeconfig kc.yaml "    username: someone
    password: basic-secret-password"
  same_as_kubectl --kubeconfig kc.yaml get --raw /api/v1/namespaces
  local log
  log=$("$KCTL" --kubeconfig kc.yaml -v=9 get --raw /api/v1/namespaces 2>&1 || true)
  case "$log" in *"Authorization: Basic <masked>"*) ;; *) fail "no masked basic header in: $log" ;; esac
  case "$log" in *basic-secret-password*|*"$(printf 'someone:basic-secret-password' | base64)"*) fail "password leaked" ;; esac
}

test_auth_impersonation_matches_kubectl() {
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" --as=bob get --raw /api/v1/namespaces
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" --as=bob --as-group=system:masters get --raw /api/v1/namespaces/default
}

test_auth_tls_server_name() {
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" --tls-server-name kctl-test-apiserver get --raw /api/v1/namespaces/default
  expect 1 "Unable to connect to the server:" --kubeconfig "$KCTL_TEST_KUBECONFIG" --tls-server-name wrong-name get --raw /api
}

test_auth_insecure_skip_tls_verify() {
  write_kubeconfig kc.yaml "    token: $KCTL_TEST_ADMIN_TOKEN" /nonexistent-ca.crt
  same_as_kubectl --kubeconfig kc.yaml --insecure-skip-tls-verify get --raw /api/v1/namespaces/default
  # Without a usable CA, the server certificate is refused.
  write_kubeconfig kc.yaml "    token: $KCTL_TEST_ADMIN_TOKEN" "$KCTL_TEST_ADMIN_CERT"
  expect 1 "Unable to connect to the server:" --kubeconfig kc.yaml get --raw /api
}
