# kctl's write verbs against kubectl's on the test cluster. Each step runs
# kubectl in one namespace and kctl in another (fresh ones per test, as
# both tools change what they act on); outputs, exit codes and the objects
# left behind must match, the two namespace names aside.

# write_namespaces TAG: sets W_K (kubectl's) and W_C (kctl's) and makes them.
write_namespaces() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  W_K=kctl-wk-$1-$$
  W_C=kctl-wc-$1-$$
  kubectl create ns "$W_K" >/dev/null
  kubectl create ns "$W_C" >/dev/null
}

# both ARGS...: runs `kubectl ARGS` with @NS@ as W_K and `kctl ARGS` with
# @NS@ as W_C; stdout, stderr and exit code must match with the names
# put back to @NS@ (and stderr through the sed expression W_MASK, if set;
# stdout through the command W_OUT_FILTER, if set).
both() {
  local d a krc=0 crc=0 ok=0
  local ka=() ca=()
  d=$(mktemp -d)
  for a in "$@"; do ka+=("${a//@NS@/$W_K}"); ca+=("${a//@NS@/$W_C}"); done
  kubectl "${ka[@]}" >"$d/ko" 2>"$d/ke" || krc=$?
  "$KCTL" "${ca[@]}" >"$d/co" 2>"$d/ce" || crc=$?
  sed -i "s/$W_K/@NS@/g" "$d/ko" "$d/ke"
  sed -i "s/$W_C/@NS@/g" "$d/co" "$d/ce"
  # Usage errors name the program: kctl's own name is expected there.
  sed -i "s/^See 'kctl /See 'kubectl /" "$d/ce"
  [ -z "${W_MASK:-}" ] || sed -i "$W_MASK" "$d/ke" "$d/ce"
  if [ -n "${W_OUT_FILTER:-}" ]; then
    eval "$W_OUT_FILTER" <"$d/ko" >"$d/kf" && mv "$d/kf" "$d/ko"
    eval "$W_OUT_FILTER" <"$d/co" >"$d/cf" && mv "$d/cf" "$d/co"
  fi
  if ! cmp -s "$d/ko" "$d/co"; then
    echo "    stdout differs for: $*" >&2
    diff "$d/ko" "$d/co" | head -20 >&2
    ok=1
  fi
  if ! cmp -s "$d/ke" "$d/ce"; then
    echo "    stderr differs for: $*" >&2
    diff "$d/ke" "$d/ce" | head -20 >&2
    ok=1
  fi
  [ "$krc" = "$crc" ] || { echo "    exit code kubectl=$krc kctl=$crc for: $*" >&2; ok=1; }
  rm -rf "$d"
  return $ok
}

# same_objects TYPE: what each tool left in its namespace, without the
# fields the server fills in differently every time (and without the
# kube-root-ca.crt ConfigMap, which a controller re-creates at its own pace).
same_objects() {
  local strip='[.items[] | select(.metadata.name != "kube-root-ca.crt") | del(.metadata.uid, .metadata.resourceVersion, .metadata.creationTimestamp,
      .metadata.managedFields, .metadata.selfLink, .metadata.namespace)]'
  local k c
  k=$(kubectl get "$1" -n "$W_K" -o json | jq -S "$strip" | sed "s/$W_K/@NS@/g")
  c=$(kubectl get "$1" -n "$W_C" -o json | jq -S "$strip" | sed "s/$W_C/@NS@/g")
  [ "$k" = "$c" ] || { echo "    $1 objects differ:" >&2; diff <(echo "$k") <(echo "$c") | head -30 >&2; return 1; }
}

write_manifest() {
  cat >"$1" <<'EOF2'
apiVersion: v1
kind: ConfigMap
metadata: {name: a, labels: {app: web}}
data: {x: "1"}
---
apiVersion: v1
kind: Bogus
metadata: {name: b}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c, labels: {app: db}}
data: {y: "2"}
EOF2
}

test_write_create_matches_kubectl() {
  write_namespaces create
  write_manifest m.yaml
  both create -f m.yaml -n @NS@
  same_objects configmaps
  both create -f m.yaml -n @NS@
  both create -f m.yaml -n @NS@ --dry-run=client -o yaml
  both create -f m.yaml -n @NS@ --dry-run=client -o json
  both create -f m.yaml -n @NS@ --dry-run=client -o name
  both create -f m.yaml -n @NS@ --dry-run=bogus
  both create -n @NS@
  both create -f /dev/null -n @NS@
  # An object that names another namespace than -n's.
  printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: d, namespace: elsewhere}\n' >other.yaml
  both create -f other.yaml -n @NS@
  printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: e}\n' >e.yaml
  both create -f e.yaml -n @NS@ --dry-run=server
  both create -f e.yaml -n @NS@ -o name --save-config
  same_objects configmaps
}

test_write_delete_matches_kubectl() {
  write_namespaces delete
  write_manifest m.yaml
  kubectl create -f m.yaml -n "$W_K" >/dev/null 2>&1 || true
  kubectl create -f m.yaml -n "$W_C" >/dev/null 2>&1 || true
  kubectl create cm extra -n "$W_K" >/dev/null
  kubectl create cm extra -n "$W_C" >/dev/null
  both delete cm a -n @NS@ --dry-run=client
  both delete cm a -n @NS@ --dry-run=server
  both delete cm a -n @NS@
  both delete cm a -n @NS@
  both delete cm a -n @NS@ --ignore-not-found
  both delete configmap/c -n @NS@ -o name
  both delete cm -l app=nothing -n @NS@
  both delete -n @NS@
  both delete cm -n @NS@
  both delete cm x -n @NS@ --now --grace-period=3
  both delete cm x -n @NS@ -o yaml
  both delete cm x -n @NS@ --cascade=bogus
  both delete cm x --all -n @NS@
  both delete cm --all -l a=b -n @NS@
  both delete -f m.yaml -n @NS@
  both delete cm --all -n @NS@ --cascade=orphan --wait=false
  # The garbage collector removes the orphan finalizer at its own pace.
  local i
  for i in $(seq 30); do
    [ "$(kubectl get cm -n "$W_K" -o json | jq '[.items[] | select(.metadata.deletionTimestamp)] | length')" = 0 ] &&
      [ "$(kubectl get cm -n "$W_C" -o json | jq '[.items[] | select(.metadata.deletionTimestamp)] | length')" = 0 ] &&
      break
    sleep 1
  done
  same_objects configmaps
}

test_write_label_annotate_match_kubectl() {
  write_namespaces label
  kubectl create cm q -n "$W_K" >/dev/null
  kubectl create cm q -n "$W_C" >/dev/null
  both label cm q -n @NS@ a=b
  both label cm q -n @NS@ a=b
  both label cm q -n @NS@ a=c
  both label cm q -n @NS@ a=c --overwrite
  both label cm q -n @NS@ a-
  both label cm q -n @NS@ a-
  both label cm q -n @NS@ 'a=b=c'
  both label cm q -n @NS@ 'a=b c'
  both label cm q -n @NS@ a=1 a-
  both label cm q -n @NS@
  both label cm q x=1 -n @NS@ -o name
  both label cm q -n @NS@ --list
  both label cm q y=2 -n @NS@
  both label cm -l x=1 -n @NS@ z=3
  both label cm q -n @NS@ w=1 --dry-run=client -o name
  both label cm q -n @NS@ v=1 --resource-version=1
  both annotate cm q -n @NS@ note=hi
  both annotate cm q -n @NS@ note=bye
  both annotate cm q -n @NS@ note=bye --overwrite
  both annotate cm q -n @NS@ note-
  both annotate cm q -n @NS@ 'url=a=b'
  both annotate cm q -n @NS@
  both annotate cm/q -n @NS@ plain
  same_objects configmaps
}

test_write_patch_matches_kubectl() {
  write_namespaces patch
  kubectl create cm p -n "$W_K" >/dev/null
  kubectl create cm p -n "$W_C" >/dev/null
  both patch cm p -n @NS@ -p '{"data":{"k":"v"}}'
  both patch cm p -n @NS@ -p '{"data":{"k":"v"}}'
  both patch cm p -n @NS@ --type merge -p 'data: {k2: v2}'
  both patch cm p -n @NS@ --type json -p '[{"op":"remove","path":"/data/k"}]'
  both patch cm p -n @NS@ --type json -p '[{"op":"remove","path":"/data/nothing"}]'
  both patch cm p -n @NS@ --type bogus -p '{}'
  both patch cm p -n @NS@
  printf 'metadata:\n  labels:\n    from: file\n' >patch.yaml
  both patch cm p -n @NS@ --patch-file patch.yaml -o name
  both patch cm p -n @NS@ -p '{"data":{"d":"1"}}' --dry-run=server
  both patch cm missing -n @NS@ -p '{"data":{"k":"v"}}'
  same_objects configmaps
}

test_write_replace_matches_kubectl() {
  write_namespaces replace
  printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: r}\ndata: {a: "1"}\n' >r.yaml
  both replace -f r.yaml -n @NS@
  kubectl create -f r.yaml -n "$W_K" >/dev/null
  kubectl create -f r.yaml -n "$W_C" >/dev/null
  printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: r, labels: {v: "2"}}\ndata: {b: "2"}\n' >r2.yaml
  both replace -f r2.yaml -n @NS@
  same_objects configmaps
  both replace -f r.yaml -n @NS@ --dry-run=client -o yaml
  both replace -f r.yaml -n @NS@ --dry-run=server
  same_objects configmaps
  both replace -f r.yaml -n @NS@ --save-config -o name
  same_objects configmaps
  both replace -f r2.yaml -n @NS@ --force
  same_objects configmaps
  both replace -f r2.yaml -n @NS@ --force --dry-run=server
  both replace -n @NS@
  both replace cm r -n @NS@
  write_manifest m.yaml
  both replace -f m.yaml -n @NS@
  # A stale resourceVersion is a conflict, and changes nothing.
  kubectl get cm r -n "$W_K" -o json | jq '.metadata.resourceVersion = "1" | .data.c = "3"' >stale-k.json
  kubectl get cm r -n "$W_C" -o json | jq '.metadata.resourceVersion = "1" | .data.c = "3"' >stale-c.json
  sed "s/$W_K/@NS@/g" stale-k.json >stale.json
  both replace -f stale.json -n @NS@
  same_objects configmaps
}
