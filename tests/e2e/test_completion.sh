# Shell completion: bash's completion function from `kctl completion bash`
# run on the words a user has typed, against the test cluster (resource
# types from discovery, names of live objects, namespaces, contexts).

# complete_bash WORD...: COMPREPLY for the words, the last one being
# completed, as bash would set it up; printed one per line.
complete_bash() {
  bash -c '
    source <("$KCTL" completion bash)
    COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
    COMP_WORDS[0]=$KCTL
    _kctl_complete
    printf "%s\n" "${COMPREPLY[@]}"
  ' complete_bash kctl "$@"
}

# expect_completion WANT WORD...: the candidates, one per line, must be WANT.
expect_completion() {
  local want=$1 got
  shift
  got=$(complete_bash "$@")
  [ "$got" = "$want" ] || fail "kctl $*<TAB>: want $(printf %q "$want") got $(printf %q "$got")"
}

test_completion_bash_matches_what_exists() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local ns=kctl-compl-$$
  kubectl create namespace "$ns" >/dev/null
  trap "kubectl delete namespace $ns --wait=false >/dev/null 2>&1" EXIT
  kubectl -n "$ns" create configmap alpha-one >/dev/null
  kubectl -n "$ns" create configmap alpha-two >/dev/null
  kubectl -n "$ns" create configmap beta >/dev/null
  kubectl -n "$ns" run web-1 --image=busybox >/dev/null

  # Verbs and subcommands.
  expect_completion "get" ge
  expect_completion "use-context" config use-
  expect_completion "status" rollout stat
  # Flags of the verb, and the global flags after it.
  expect_completion "--show-kind
--show-labels
--show-managed-fields" get --show-
  expect_completion "--kubeconfig" get --kubec
  # Resource types from discovery.
  expect_completion "configmaps" get configm
  expect_completion "deployments" rollout status deploym
  # Names of live objects, in -n's namespace.
  expect_completion "alpha-one
alpha-two" get configmaps -n "$ns" alph
  expect_completion "configmap/alpha-one
configmap/alpha-two" -n "$ns" describe configmap/alpha
  expect_completion "web-1" logs -n "$ns" we
  # Flag values: namespaces, contexts, output formats.
  expect_completion "$ns" get pods -n "kctl-compl-$$"
  expect_completion "$(kubectl config get-contexts -o name)" config use-context ""
  expect_completion "json
jsonpath=
jsonpath-file=" get pods -o js
  expect_completion "bash" completion ba
  # Nothing that does not exist.
  expect_completion "" get configmaps -n "$ns" zzz

  # The scripts for the other shells are valid for them, where installed.
  "$KCTL" completion bash | bash -n || fail "bash script"
  if command -v zsh >/dev/null; then "$KCTL" completion zsh | zsh -n || fail "zsh script"; fi
  if command -v fish >/dev/null; then "$KCTL" completion fish | fish -n || fail "fish script"; fi
  local out rc=0
  out=$("$KCTL" completion tcsh 2>&1) || rc=$?
  [ "$rc" = 1 ] && [[ "$out" == *'Unsupported shell type "tcsh"'* ]] || fail "tcsh: $rc $out"
}

# A warm discovery cache answers type completions without asking the
# server: only the list of names goes to it.
test_completion_uses_the_discovery_cache() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  "$KCTL" __complete get '' >/dev/null
  local out
  out=$(strace -f -e trace=connect -o strace.txt "$KCTL" __complete get '' | head -3)
  [ -n "$out" ] || fail "no types"
  ! grep -q 'sin_port' strace.txt || fail "type completion connected to the server: $(grep sin_port strace.txt)"
}
