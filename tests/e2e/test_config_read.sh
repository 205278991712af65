# config view / get-contexts / get-clusters / get-users / current-context:
# byte for byte what kubectl prints for the same files.

# A kubeconfig using most fields, with secrets to redact.
write_rich_kubeconfig() {
  cat >"$1" <<'KC'
apiVersion: v1
kind: Config
current-context: ctx-a
preferences: {}
clusters:
- name: zeta
  cluster:
    server: https://127.0.0.1:16443
    certificate-authority-data: Zm9vYmFy
    tls-server-name: kctl-test-apiserver
    proxy-url: http://127.0.0.1:3128
    disable-compression: true
    extensions:
    - name: ext1
      extension: {a: b, n: 1}
- name: alpha
  cluster:
    server: https://example.invalid:6443
    insecure-skip-tls-verify: true
    unknown-field: kept-in-files-not-in-view
contexts:
- name: ctx-a
  context: {cluster: zeta, user: u1, namespace: ns-a}
- name: ctx-b
  context: {cluster: alpha, user: u2}
users:
- name: u1
  user:
    token: super-secret-token-123
    client-key-data: a2V5
    client-certificate: certs/cert.pem
    as: someone
    as-groups: [g1, g2]
- name: u2
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: ./plugin.sh
      args: ["x", "--flag=1"]
      env: [{name: A, value: b}]
      installHint: install it
      provideClusterInfo: true
    username: bob
    password: pw-secret
KC
}

test_config_view_matches_kubectl() {
  write_rich_kubeconfig rich.yaml
  same_as_kubectl --kubeconfig rich.yaml config view
  same_as_kubectl --kubeconfig rich.yaml config view --raw
  same_as_kubectl --kubeconfig rich.yaml config view -o json
  same_as_kubectl --kubeconfig rich.yaml config view -o json --raw
  same_as_kubectl --kubeconfig rich.yaml config view --minify
  same_as_kubectl --kubeconfig rich.yaml config view --minify --context ctx-b
}

test_config_view_of_cluster_kubeconfig_matches_kubectl() {
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" config view
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" config view --flatten
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" config view --flatten --raw -o json
}

test_config_view_empty_and_missing_files() {
  : >empty.yaml
  same_as_kubectl --kubeconfig empty.yaml config view
  same_as_kubectl --kubeconfig empty.yaml config view -o json
  same_as_kubectl --kubeconfig missing.yaml config view
  same_as_kubectl --kubeconfig empty.yaml config current-context
}

test_config_get_contexts_matches_kubectl() {
  write_rich_kubeconfig rich.yaml
  same_as_kubectl --kubeconfig rich.yaml config get-contexts
  same_as_kubectl --kubeconfig rich.yaml config get-contexts -o name
  same_as_kubectl --kubeconfig rich.yaml config get-contexts --no-headers
  same_as_kubectl --kubeconfig rich.yaml config get-contexts ctx-b
  same_as_kubectl --kubeconfig rich.yaml config get-contexts ctx-b nope
  # kubectl lists clusters and users in Go map order (random); kctl sorts.
  [ "$("$KCTL" --kubeconfig rich.yaml config get-clusters)" = "$(printf 'NAME\nalpha\nzeta')" ]
  diff <(kubectl --kubeconfig rich.yaml config get-users | sort) <("$KCTL" --kubeconfig rich.yaml config get-users | sort)
  same_as_kubectl --kubeconfig rich.yaml config current-context
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" config get-contexts
}

test_config_merge_kubeconfig_list_matches_kubectl() {
  write_rich_kubeconfig a.yaml
  # b redefines ctx-a (ignored: a wins), adds ctx-c and its own current-context.
  cat >b.yaml <<'KC'
apiVersion: v1
kind: Config
current-context: ctx-c
clusters:
- {name: zeta, cluster: {server: https://shadowed.invalid}}
- {name: other, cluster: {server: https://other.invalid}}
contexts:
- {name: ctx-a, context: {cluster: other, user: nobody}}
- {name: ctx-c, context: {cluster: other, user: u1, namespace: from-b}}
users: []
KC
  KUBECONFIG=a.yaml:b.yaml same_as_kubectl config view
  KUBECONFIG=a.yaml:b.yaml same_as_kubectl config get-contexts
  KUBECONFIG=b.yaml:a.yaml same_as_kubectl config get-contexts
  KUBECONFIG=missing.yaml:b.yaml:a.yaml same_as_kubectl config view -o json
  KUBECONFIG=b.yaml:a.yaml same_as_kubectl config current-context
}

test_kctl_context_env_selects_context_without_writing() {
  write_rich_kubeconfig rich.yaml
  cp rich.yaml before.yaml
  [ "$(KCTL_CONTEXT=ctx-b "$KCTL" --kubeconfig rich.yaml config current-context)" = ctx-b ]
  KCTL_CONTEXT=ctx-b "$KCTL" --kubeconfig rich.yaml config get-contexts | grep -q '^\*  *ctx-b'
  # --context still wins over the environment.
  [ "$(KCTL_CONTEXT=ctx-b "$KCTL" --kubeconfig rich.yaml config view --minify --context ctx-a -o json | grep -c '"name": "ctx-a"')" = 1 ]
  cmp -s rich.yaml before.yaml || fail "KCTL_CONTEXT rewrote the kubeconfig"
  KCTL_CONTEXT=nope expect 1 'context "nope" does not exist' --kubeconfig rich.yaml get --raw /api
}
