# Errors a user meets: the message and the exit code.

test_error_unauthorized_matches_kubectl() {
  write_kubeconfig kc.yaml "    token: this-token-is-not-known"
  same_as_kubectl --kubeconfig kc.yaml get --raw /api/v1/namespaces
  [ "$C_ERR" = "error: You must be logged in to the server (Unauthorized)
" ] || fail "$C_ERR"
}

test_error_forbidden_matches_kubectl() {
  same_as_kubectl --kubeconfig "$KCTL_CLUSTER_DIR/bob.kubeconfig" get --raw /api/v1/namespaces
  same_as_kubectl --kubeconfig "$KCTL_CLUSTER_DIR/alice.kubeconfig" get --raw /api/v1/namespaces/default
  case "$C_ERR" in 'Error from server (Forbidden): namespaces "default" is forbidden: User "alice"'*) ;; *) fail "$C_ERR" ;; esac
}

test_error_not_found_matches_kubectl() {
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" get --raw /api/v1/namespaces/no-such-namespace
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" get --raw /no/such/path
}

test_error_missing_kubeconfig() {
  same_as_kubectl --kubeconfig does-not-exist.yaml get --raw /api
  [ "$C_ERR" = "error: stat does-not-exist.yaml: no such file or directory
" ]
  # Missing files in KUBECONFIG are skipped, like kubectl.
  KUBECONFIG=missing-1.yaml:$KCTL_TEST_KUBECONFIG same_as_kubectl get --raw /api/v1/namespaces/default
}

test_error_malformed_kubeconfig_names_file_and_line() {
  printf 'apiVersion: v1\nclusters:\n- name: x\n  cluster: {server: "a\n  bad: [\n' >bad.yaml
  expect 1 'error: error loading config file "bad.yaml": yaml: line ' --kubeconfig bad.yaml config view
  printf 'apiVersion: v1\nkind: Config\nusers:\n- name: u\n  user:\n    token: [a, b]\n' >badtype.yaml
  expect 1 'error loading config file "badtype.yaml": line 6: users[0].user.token: expected a string, got a list' \
    --kubeconfig badtype.yaml get --raw /api
  printf 'apiVersion: v1\nclusters: foo\n' >bad2.yaml
  expect 1 'error loading config file "bad2.yaml": line 2: clusters: expected a list, got a string' \
    --kubeconfig bad2.yaml config view
  # kubectl fails on the same files too.
  run_both --kubeconfig bad2.yaml config view
  [ "$K_RC" = 1 ]
}

test_error_kubeconfig_is_a_directory() {
  mkdir adir
  same_as_kubectl --kubeconfig adir config view
  same_as_kubectl --kubeconfig adir get --raw /api
}

test_error_current_context_names_no_context() {
  printf 'apiVersion: v1\nkind: Config\ncurrent-context: gone\n' >gone.yaml
  same_as_kubectl --kubeconfig gone.yaml get --raw /api
}

test_error_unknown_context_cluster_user() {
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" --context nope get --raw /api
  expect 1 'cluster "nope" does not exist' --kubeconfig "$KCTL_TEST_KUBECONFIG" --cluster nope get --raw /api
  expect 1 'auth info "nope" does not exist' --kubeconfig "$KCTL_TEST_KUBECONFIG" --user nope get --raw /api
}

test_error_unreachable_and_no_config() {
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" --server https://127.0.0.1:1 get --raw /api
  : >empty.yaml
  same_as_kubectl --kubeconfig empty.yaml get --raw /api
  [ "$C_ERR" = "The connection to the server localhost:8080 was refused - did you specify the right host or port?
" ]
}

test_error_request_timeout_value() {
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" --request-timeout=abc get --raw /api
  "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" --request-timeout=5s get --raw /api | grep -q APIVersions
}

test_error_request_timeout_expires() {
  # A listener that accepts and never answers: kctl must give up on time.
  # It binds a port of its own choosing and writes it down once listening
  # (a fixed port can be taken, and a busy machine starts python slowly).
  local port_file start end port i
  port_file=$(scratch)/port
  python3 -c 'import socket,time,sys
s=socket.socket(); s.bind(("127.0.0.1", 0)); s.listen(5)
open(sys.argv[1] + ".tmp", "w").write(str(s.getsockname()[1])); __import__("os").rename(sys.argv[1] + ".tmp", sys.argv[1])
c=[]; t=time.time()
while time.time()-t < 20: c.append(s.accept()[0])' "$port_file" &
  local pid=$!
  for i in $(seq 100); do [ -s "$port_file" ] && break; sleep 0.1; done
  port=$(cat "$port_file")
  start=$(date +%s)
  expect 1 "Unable to connect to the server:" --kubeconfig "$KCTL_TEST_KUBECONFIG" --server "https://127.0.0.1:$port" --request-timeout=1s get --raw /api
  end=$(date +%s)
  kill "$pid" 2>/dev/null || true
  [ $((end - start)) -le 4 ] || fail "took $((end - start)) s with --request-timeout=1s"
}
