# Plugins both ways: kctl runs kctl-* and kubectl-* executables from PATH
# with kubectl's rules, `kctl plugin list` reports as kubectl's does, and
# kctl itself runs as a kubectl plugin (kubectl-kctl).

# plugin_script PATH: a plugin that prints how it was called and exits 7.
plugin_script() {
  printf '#!/bin/sh\necho "${0##*/} args: $*"\necho "KUBECONFIG=$KUBECONFIG"\nexit 7\n' >"$1"
  chmod +x "$1"
}

# both_plugin ARGS...: kubectl and kctl with PATH as the test set it; the
# outputs must match once "kctl" reads "kubectl" (kctl names itself where
# kubectl does).
both_plugin() {
  local kubectl_bin; kubectl_bin=$(command -v kubectl)
  local ko ke kr=0 co ce cr=0
  ko=$(PATH=$PLUGIN_PATH "$kubectl_bin" "$@" 2>ke.txt) || kr=$?
  co=$(PATH=$PLUGIN_PATH "$KCTL" "$@" 2>ce.txt) || cr=$?
  local own='s/"kctl\([ "]\)/"kubectl\1/g'" ; s/'kctl /'kubectl /g"
  ke=$(cat ke.txt); ce=$(sed "$own" ce.txt)
  co=$(printf '%s' "$co" | sed "$own")
  [ "$ko/$kr" = "$co/$cr" ] || fail "$*: stdout kubectl: $ko ($kr) kctl: $co ($cr)"
  [ "$ke" = "$ce" ] || fail "$*: stderr kubectl: $ke kctl: $ce"
}

test_plugin_dispatch_matches_kubectl() {
  mkdir p1 p2
  PLUGIN_PATH=$PWD/p1:$PWD/p2
  plugin_script p1/kubectl-hello
  plugin_script p1/kubectl-foo_bar-baz
  plugin_script p1/kubectl-create-thing
  plugin_script p1/kubectl-version
  export KUBECONFIG=/nonexistent/kubeconfig
  # Arguments and environment reach the plugin as given; its exit code is
  # the command's.
  both_plugin hello a -b --c=d
  [ "$(PATH=$PLUGIN_PATH "$KCTL" hello x 2>&1)" = "kubectl-hello args: x
KUBECONFIG=/nonexistent/kubeconfig" ] || fail "hello: $(PATH=$PLUGIN_PATH "$KCTL" hello x 2>&1)"
  # The longest name first, dashes inside a word as underscores.
  both_plugin foo-bar baz qux
  both_plugin foo-bar
  # A generator create does not have.
  both_plugin create thing x
  # Flags before the name, unknown commands, built-ins first.
  both_plugin -v 6 hello
  both_plugin --context=x hello
  both_plugin --insecure-skip-tls-verify hello
  both_plugin nosuchplugin
  # (kubectl-version never runs: both print their own version.)
  local out
  out=$(PATH=$PLUGIN_PATH "$KCTL" version --client 2>&1) || fail "version: $out"
  case "$out" in "Client Version: "*) ;; *) fail "version: $out" ;; esac
  # kctl's own plugins come before kubectl's of the same name.
  plugin_script p2/kctl-hello
  [ "$(PATH=$PLUGIN_PATH "$KCTL" hello 2>&1 | head -n 1)" = "kctl-hello args: " ] || fail "kctl-hello was not preferred"
}

test_plugin_list_matches_kubectl() {
  mkdir p1 p2 empty
  PLUGIN_PATH=$PWD/empty
  both_plugin plugin list
  PLUGIN_PATH=$PWD/p1:$PWD/p2:$PWD/p1:$PWD/missing
  plugin_script p1/kubectl-hello
  plugin_script p2/kubectl-hello
  plugin_script p1/kubectl-get
  plugin_script p1/kubectl-create-thing
  printf 'x' >p1/kubectl-noexec
  mkdir p1/kubectl-adir
  both_plugin plugin list
  both_plugin plugin list --name-only
  # plugin alone: its help on stderr, exit code 1, as kubectl.
  local out rc=0
  out=$(PATH=$PLUGIN_PATH "$KCTL" plugin 2>&1 >/dev/null) || rc=$?
  [ "$rc" = 1 ] && [[ "$out" == *list* ]] || fail "plugin: $rc $out"
  both_plugin plugin nosuch
  PLUGIN_PATH=$PWD/p1
  rm p1/kubectl-noexec p1/kubectl-get p1/kubectl-create-thing
  both_plugin plugin list
}

# kctl installed as kubectl-kctl: `kubectl kctl ...` is kctl.
test_plugin_kctl_as_kubectl_plugin() {
  mkdir bin
  ln -s "$KCTL" bin/kubectl-kctl
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local via direct
  via=$(PATH=$PWD/bin:$PATH kubectl kctl get namespaces -o name)
  direct=$("$KCTL" get namespaces -o name)
  [ -n "$via" ] && [ "$via" = "$direct" ] || fail "kubectl kctl get: $via / kctl get: $direct"
  via=$(PATH=$PWD/bin:$PATH kubectl kctl get pods nosuchpod 2>&1) && fail "no error: $via"
  [ "$via" = 'Error from server (NotFound): pods "nosuchpod" not found' ] || fail "error: $via"
  PATH=$PWD/bin:$PATH kubectl plugin list 2>&1 | grep -qx "$PWD/bin/kubectl-kctl" || fail "plugin list does not show kubectl-kctl"
}
