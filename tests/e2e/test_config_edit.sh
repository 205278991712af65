# The config verbs that write: the same commands on two copies of a file,
# one edited by kubectl and one by kctl, must print the same and leave files
# that kubectl reads as the same configuration.

# edit_both ARGS...: runs the edit on k.yaml with kubectl and c.yaml with kctl.
edit_both() {
  local d; d=$(mktemp -d)
  K_RC=0; kubectl --kubeconfig k.yaml "$@" >"$d/ko" 2>"$d/ke" || K_RC=$?
  C_RC=0; "$KCTL" --kubeconfig c.yaml "$@" >"$d/co" 2>"$d/ce" || C_RC=$?
  sed -i 's/k\.yaml/FILE/g; s/kubectl config/KCTL config/g' "$d/ko" "$d/ke"
  sed -i 's/c\.yaml/FILE/g; s/kctl config/KCTL config/g' "$d/co" "$d/ce"
  cmp -s "$d/ko" "$d/co" || { diff "$d/ko" "$d/co" >&2; fail "stdout differs: $*"; return 1; }
  cmp -s "$d/ke" "$d/ce" || { diff "$d/ke" "$d/ce" >&2; fail "stderr differs: $*"; return 1; }
  [ "$K_RC" = "$C_RC" ] || { fail "exit code kubectl=$K_RC kctl=$C_RC: $*"; return 1; }
  rm -rf "$d"
  # Both files must read back (with kubectl) as the same configuration.
  diff <(kubectl --kubeconfig k.yaml config view --raw) <(kubectl --kubeconfig c.yaml config view --raw) >&2 ||
    { fail "files differ after: $*"; return 1; }
}

test_config_edits_match_kubectl() {
  write_rich_kubeconfig k.yaml
  cp k.yaml c.yaml
  echo "-----BEGIN CERTIFICATE-----" >ca.pem
  edit_both config use-context ctx-b
  edit_both config use-context nope
  edit_both config set-context ctx-c --cluster=zeta --user=u1
  edit_both config set-context ctx-c --namespace=x
  edit_both config set-context --current --namespace=y
  edit_both config set-context
  edit_both config set-cluster c2 --server=https://x.invalid:1 --insecure-skip-tls-verify=true
  edit_both config set-cluster c2 --tls-server-name=foo --proxy-url=http://p:3128
  edit_both config set-cluster c3 --server=https://y.invalid --certificate-authority=ca.pem --embed-certs
  edit_both config set-credentials u3 --token=abc
  edit_both config set-credentials u3 --username=a --password=b
  edit_both config set-credentials u4 --exec-command=/bin/plugin --exec-api-version=client.authentication.k8s.io/v1 --exec-arg=a --exec-arg=b --exec-env=K=V --exec-interactive-mode=Never
  edit_both config set clusters.c2.proxy-url http://q:3128
  edit_both config set contexts.ctx-c.namespace 12345
  edit_both config set current-context ctx-a
  edit_both config unset clusters.c2.proxy-url
  edit_both config unset clusters.c9.server
  edit_both config delete-context ctx-c
  edit_both config delete-context ctx-c
  edit_both config delete-cluster c2
  edit_both config delete-cluster c2
  edit_both config delete-user u3
  edit_both config delete-user u3
  edit_both config rename-context ctx-a ctx-z
  edit_both config rename-context ctx-a q
  edit_both config rename-context ctx-z ctx-b
  edit_both config delete-context ctx-z
}

test_config_edit_keeps_unknown_fields_and_mode() {
  write_rich_kubeconfig c.yaml
  chmod 0640 c.yaml
  "$KCTL" --kubeconfig c.yaml config set-context ctx-a --namespace=changed >/dev/null
  grep -q 'unknown-field: kept-in-files-not-in-view' c.yaml || fail "unknown field dropped"
  [ "$(stat -c %a c.yaml)" = 640 ] || fail "mode changed to $(stat -c %a c.yaml)"
  # A new file is created 0600, in a directory created on demand.
  "$KCTL" --kubeconfig new/dir/config config set-cluster x --server=https://x.invalid >/dev/null
  [ "$(stat -c %a new/dir/config)" = 600 ] || fail "new file mode $(stat -c %a new/dir/config)"
  kubectl --kubeconfig new/dir/config config get-clusters | grep -qx x
  # No temp files are left behind.
  [ -z "$(ls -A . | grep kctl-tmp)" ] || fail "temp files left"
}

test_config_edit_write_failure_is_clear() {
  : >notadir
  expect 1 "notadir/config" --kubeconfig notadir/config config set-cluster x --server=https://x.invalid
}

test_config_edit_through_symlink_keeps_link() {
  write_rich_kubeconfig real.yaml
  ln -s real.yaml link.yaml
  "$KCTL" --kubeconfig link.yaml config use-context ctx-b >/dev/null
  [ -L link.yaml ] || fail "symlink replaced by a file"
  grep -q 'current-context: ctx-b' real.yaml
}

test_config_writes_go_to_the_defining_file() {
  write_rich_kubeconfig a.yaml
  cat >b.yaml <<'KC'
apiVersion: v1
kind: Config
contexts:
- {name: ctx-b-only, context: {cluster: zeta, user: u1}}
KC
  export KUBECONFIG=a.yaml:b.yaml
  "$KCTL" config set-context ctx-b-only --namespace=nb >/dev/null
  grep -q 'namespace: nb' b.yaml || fail "edit of b's context did not go to b.yaml"
  ! grep -q 'namespace: nb' a.yaml
  "$KCTL" config set-context brand-new --cluster=zeta >/dev/null
  grep -q 'brand-new' a.yaml || fail "new context not in the first file"
  "$KCTL" config use-context ctx-b-only >/dev/null
  grep -q 'current-context: ctx-b-only' a.yaml || fail "current-context not written to the file that set it"
  # kubectl agrees with the result.
  [ "$(kubectl config current-context)" = ctx-b-only ]
  [ "$(kubectl config view -o jsonpath='{.contexts[?(@.name=="ctx-b-only")].context.namespace}')" = nb ]
}

test_config_edit_concurrent_readers_see_old_or_new() {
  # Atomic replace: a reader never sees a half-written file.
  write_rich_kubeconfig c.yaml
  local i
  for i in $(seq 1 30); do
    "$KCTL" --kubeconfig c.yaml config set-context ctx-a --namespace="ns-$i" >/dev/null &
    "$KCTL" --kubeconfig c.yaml config view >/dev/null || fail "reader saw a broken file"
    wait
  done
  "$KCTL" --kubeconfig c.yaml config view --minify | grep -q 'namespace: ns-30'
}
