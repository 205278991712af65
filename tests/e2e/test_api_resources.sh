# kctl api-resources and api-versions against kubectl, and kctl's discovery
# cache (<cache root>/kctl/discovery/<host_port>/discovery.json).

# ar ARGS...: api-resources against the test cluster, compared with kubectl.
ar() { same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" api-resources "$@"; }

# The cache's <host_port> for the test cluster (127.0.0.1_16443 by default).
discovery_host_dir() { local hp=${KCTL_TEST_SERVER#https://}; echo "${hp//:/_}"; }

test_api_resources_table() {
  ar
  ar -o wide
  ar -o name
  ar --no-headers
  ar -o wide --no-headers
  ar -o name --no-headers
  ar --sort-by=name
  ar --sort-by kind
  ar --sort-by=kind -o wide
}

test_api_resources_filters() {
  ar --namespaced=false
  ar --namespaced=true
  ar --namespaced
  ar --namespaced=0 -o name
  ar --api-group=apps
  ar --api-group=
  ar --api-group=events.k8s.io --sort-by=kind
  ar --api-group=nonexistent
  ar --verbs=list,get
  ar --verbs list --verbs create --api-group=apps
  ar --verbs=proxy
  ar --categories=all
  ar --categories=all,api-extensions
  ar --categories api-extensions -o wide
  ar --categories=all --categories=nope
  ar -o=wide --namespaced=false --api-group=storage.k8s.io
  ar --cached --api-group=apps
  ar -n kube-system --api-group=apps
}

test_api_resources_errors() {
  # Usage texts name the binary: same_as_kubectl_named (test_cli.sh) reads
  # "kubectl" as "kctl" there.
  same_as_kubectl_named --kubeconfig "$KCTL_TEST_KUBECONFIG" api-resources extra
  same_as_kubectl_named --kubeconfig "$KCTL_TEST_KUBECONFIG" api-resources extra -o bad
  ar -o json
  ar -o yaml
  ar -o bad --sort-by=bad
  ar --sort-by=bad
  same_as_kubectl_named --kubeconfig "$KCTL_TEST_KUBECONFIG" api-resources --namespaced=xyz
  same_as_kubectl_named --kubeconfig "$KCTL_TEST_KUBECONFIG" api-resources --no-such-flag
}

test_api_versions() {
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" api-versions
  same_as_kubectl_named --kubeconfig "$KCTL_TEST_KUBECONFIG" api-versions extra
}

# Both fail alike against a closed port; kubectl's klog line has its own
# time and pid.
test_api_discovery_unreachable_server() {
  local cmd
  for cmd in api-resources "api-resources --cached" "api-resources -o name" api-versions; do
    # shellcheck disable=SC2086
    run_both --kubeconfig "$KCTL_TEST_KUBECONFIG" --server https://127.0.0.1:1 --cache-dir "$PWD/c" $cmd
    [ "$K_OUT" = "$C_OUT" ] || fail "stdout of $cmd: $C_OUT"
    [ "$K_RC" = "$C_RC" ] || fail "exit code of $cmd: $C_RC, kubectl $K_RC"
    local strip='s/^E[0-9]\{4\} [0-9:.]\{15\} *[0-9]* /E /'
    [ "$(sed "$strip" <<<"$K_ERR")" = "$(sed "$strip" <<<"$C_ERR")" ] || fail "stderr of $cmd: $C_ERR
kubectl: $K_ERR"
  done
}

# The GETs a command makes at -v=6, sorted, without timings.
discovery_gets() {
  "$@" -v=6 2>&1 >/dev/null | sed -n 's/.*\] GET \([^ ]*\) .*/\1/p' | sort
}

test_api_discovery_same_requests_as_kubectl() {
  local k c
  k=$(KUBECACHEDIR=$PWD/k discovery_gets kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" api-resources)
  c=$(KUBECACHEDIR=$PWD/c discovery_gets "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" api-resources)
  [ -n "$c" ] && [ "$k" = "$c" ] || fail "requests differ: $(diff <(echo "$k") <(echo "$c"))"
  # api-versions needs only the two group lists (kubectl 1.32 also fetches
  # every group version on servers without aggregated discovery).
  c=$(KUBECACHEDIR=$PWD/c discovery_gets "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" api-versions)
  [ "$c" = "$KCTL_TEST_SERVER/api?timeout=32s
$KCTL_TEST_SERVER/apis?timeout=32s" ] || fail "api-versions: $c"
}

test_api_discovery_cache_warm_run_makes_no_request() {
  local cache=$PWD/cache file gets
  file=$cache/kctl/discovery/$(discovery_host_dir)/discovery.json
  # Cold: every group version once, then the file.
  gets=$(KUBECACHEDIR=$cache discovery_gets "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" api-resources --cached)
  [ "$(grep -c . <<<"$gets")" -gt 10 ] || fail "cold run: $gets"
  [ -s "$file" ] || fail "no cache file at $file"
  # kubectl's own files are never written by kctl.
  [ ! -e "$cache/discovery" ] || fail "kctl wrote under kubectl's discovery/"
  # Warm: no request at all, same output as kubectl.
  gets=$(KUBECACHEDIR=$cache discovery_gets "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" api-resources --cached)
  [ -z "$gets" ] || fail "warm run made requests: $gets"
  KUBECACHEDIR=$cache ar --cached
  # Without --cached api-resources asks the server, as kubectl does.
  gets=$(KUBECACHEDIR=$cache discovery_gets "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" api-resources)
  [ -n "$gets" ] || fail "api-resources did not refresh"
}

test_api_discovery_cache_dir_flag_and_env() {
  "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" --cache-dir "$PWD/flag" api-resources --cached >/dev/null
  [ -s flag/kctl/discovery/$(discovery_host_dir)/discovery.json ] || fail "--cache-dir not used"
  # --cache-dir wins over KUBECACHEDIR, which wins over $HOME/.kube/cache.
  KUBECACHEDIR=$PWD/env "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" --cache-dir "$PWD/flag2" api-versions >/dev/null
  KUBECACHEDIR=$PWD/env "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" api-resources --cached >/dev/null
  [ -s env/kctl/discovery/$(discovery_host_dir)/discovery.json ] || fail "KUBECACHEDIR not used"
  HOME=$PWD/home "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" api-resources --cached >/dev/null
  [ -s home/.kube/cache/kctl/discovery/$(discovery_host_dir)/discovery.json ] || fail "\$HOME/.kube/cache not used"
}

test_api_discovery_corrupt_or_unwritable_cache() {
  local cache=$PWD/cache file
  file=$cache/kctl/discovery/$(discovery_host_dir)/discovery.json
  KUBECACHEDIR=$cache "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" api-resources --cached >/dev/null
  # Half a file (as a crash of a writer without the rename would leave).
  head -c 300 "$file" >"$file.half" && mv "$file.half" "$file"
  KUBECACHEDIR=$cache ar --cached
  python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$file" || fail "corrupt cache not rewritten"
  printf '\0\1\2garbage' >"$file"
  KUBECACHEDIR=$cache ar --cached -o name
  # A cache root that is a file: nothing can be written, everything works.
  : >not-a-dir
  KUBECACHEDIR=$PWD/not-a-dir ar --cached
  KUBECACHEDIR=$PWD/not-a-dir same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" api-versions
  # No temporary file left behind.
  [ "$(ls "$(dirname "$file")")" = discovery.json ] || fail "leftovers: $(ls "$(dirname "$file")")"
}
