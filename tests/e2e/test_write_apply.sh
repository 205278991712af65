# kctl apply against kubectl apply on the test cluster, with the harness of
# test_write.sh (both, same_objects, write_namespaces): outputs and exit
# codes must match, and after every step the objects each tool left must
# be the same.

# same_live TYPE: as same_objects, also without what the controllers write
# at their own pace (status, generation counters).
same_live() {
  local strip='[.items[] | select(.metadata.name != "kube-root-ca.crt") | del(.metadata.uid, .metadata.resourceVersion, .metadata.creationTimestamp,
      .metadata.managedFields, .metadata.selfLink, .metadata.namespace, .metadata.generation, .status)]'
  local k c
  k=$(kubectl get "$1" -n "$W_K" -o json | jq -S "$strip" | sed "s/$W_K/@NS@/g")
  c=$(kubectl get "$1" -n "$W_C" -o json | jq -S "$strip" | sed "s/$W_C/@NS@/g")
  [ "$k" = "$c" ] || { echo "    $1 objects differ:" >&2; diff <(echo "$k") <(echo "$c") | head -40 >&2; return 1; }
}

# kctl_objects TYPE: kctl's namespace's objects as a user wrote them
# (their status, which controllers keep writing, left out).
kctl_objects() {
  kubectl get "$1" -n "$W_C" -o json |
    jq -S '[.items[] | del(.status, .metadata.resourceVersion, .metadata.managedFields)]'
}

# apply_step N: the Deployment and ConfigMap of step N of a manifest's life.
apply_step() {
  local replicas=1 image=busybox:1.35 env_b='{name: B, value: "2"}' port2='{name: metrics, containerPort: 9090}'
  local label='tier: web,' sidecar='{name: side, image: busybox, command: [sleep, "3600"]}' a_value='"1"'
  case $1 in
    2) replicas=2; image=busybox:1.36 ;;                                # change fields
    3) replicas=2; image=busybox:1.36; env_b=; label= ;;                 # remove fields
    4) replicas=2; image=busybox:1.36; env_b=; label=; a_value='"9"'      # list items keyed by name
       port2='{name: admin, containerPort: 9091}'; sidecar='{name: side, image: busybox:1.36, command: [sleep, "60"]}' ;;
  esac
  cat <<EOF2
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels: {${label} app: web}
spec:
  replicas: $replicas
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      containers:
      - name: main
        image: $image
        command: [sleep, "3600"]
        env: [{name: A, value: $a_value}${env_b:+, $env_b}]
        ports: [{name: http, containerPort: 8080}, $port2]
      - $sidecar
---
apiVersion: v1
kind: ConfigMap
metadata: {name: settings}
data: {mode: step$1}
EOF2
}

test_write_apply_steps_match_kubectl() {
  write_namespaces apply
  local n
  for n in 1 2 3 4; do
    apply_step "$n" >step.yaml
    both apply -f step.yaml -n @NS@
    same_live deployments
    same_live configmaps
  done
  # Unchanged, and the dry runs.
  both apply -f step.yaml -n @NS@
  apply_step 1 >step1.yaml
  both apply -f step1.yaml -n @NS@ --dry-run=client
  both apply -f step1.yaml -n @NS@ --dry-run=server
  same_live deployments
  both apply -f step1.yaml -n @NS@ -o name
  same_live deployments
  # A field another manager set, absent from the manifest, stays.
  kubectl label cm settings -n "$W_K" extra=1 >/dev/null
  kubectl label cm settings -n "$W_C" extra=1 >/dev/null
  both apply -f step1.yaml -n @NS@
  same_live configmaps
  # A new object printed without being sent.
  printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: fresh}\ndata: {t: "<&>"}\n' >fresh.yaml
  both apply -f fresh.yaml -n @NS@ --dry-run=client -o yaml
  both apply -f fresh.yaml -n @NS@ --dry-run=client -o json
  both apply -f fresh.yaml -n @NS@
  same_live configmaps
  # An object created without apply: kubectl's warning, then the patch.
  kubectl create cm plain -n "$W_K" --from-literal=k=v >/dev/null
  kubectl create cm plain -n "$W_C" --from-literal=k=v >/dev/null
  printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: plain}\ndata: {k: w}\n' >plain.yaml
  both apply -f plain.yaml -n @NS@
  same_live configmaps
  both apply view-last-applied cm/plain -n @NS@
  both apply view-last-applied cm plain settings -n @NS@ -o json
  both apply view-last-applied cm -n @NS@
  both apply view-last-applied -f plain.yaml -n @NS@
  both apply view-last-applied cm/plain -n @NS@ -o wide
  both apply view-last-applied -n @NS@
  kubectl create cm bare -n "$W_K" >/dev/null
  kubectl create cm bare -n "$W_C" >/dev/null
  printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: bare}\ndata: {b: "1"}\n' >bare.yaml
  both apply view-last-applied cm bare -n @NS@
  both apply view-last-applied -f bare.yaml -n @NS@
  both apply set-last-applied -f bare.yaml -n @NS@
  both apply set-last-applied -f bare.yaml -n @NS@ --create-annotation
  both apply set-last-applied -f bare.yaml -n @NS@ --create-annotation
  both apply set-last-applied -f plain.yaml -n @NS@ -o name
  same_live configmaps
}

test_write_apply_custom_resource_matches_kubectl() {
  write_namespaces applycr
  local crd=widgets.apply$$.kctl.test
  kubectl apply -f - >/dev/null <<EOF2
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: $crd}
spec:
  group: apply$$.kctl.test
  scope: Namespaced
  names: {plural: widgets, singular: widget, kind: Widget}
  versions:
  - {name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}}
EOF2
  trap "kubectl delete crd $crd --wait=false >/dev/null 2>&1 || true" RETURN
  kubectl wait --for=condition=Established "crd/$crd" --timeout=30s >/dev/null
  local v
  for v in 1 2; do
    if [ "$v" = 1 ]; then
      printf 'apiVersion: apply%s.kctl.test/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: 1, parts: [a, b], old: x}\n' $$ >w.yaml
    else
      printf 'apiVersion: apply%s.kctl.test/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: 2, parts: [c]}\n' $$ >w.yaml
    fi
    both apply -f w.yaml -n @NS@
    same_live widgets
  done
  both apply -f w.yaml -n @NS@
}

test_write_apply_bad_input_changes_nothing() {
  write_namespaces applybad
  apply_step 1 >step1.yaml
  kubectl apply -f step1.yaml -n "$W_K" >/dev/null
  kubectl apply -f step1.yaml -n "$W_C" >/dev/null
  # Another manager owns data.mode by server-side apply.
  printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {mode: owned}\n' >owner.yaml
  kubectl apply --server-side --force-conflicts --field-manager=owner -f owner.yaml -n "$W_K" >/dev/null
  kubectl apply --server-side --force-conflicts --field-manager=owner -f owner.yaml -n "$W_C" >/dev/null
  local before; before=$(kctl_objects deployments; kctl_objects configmaps)
  # Invalid YAML, an unknown kind, a missing name.
  printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata: {mode: [x\n' >bad.yaml
  both apply -f bad.yaml -n @NS@
  printf 'apiVersion: v1\nkind: Gizmo\nmetadata: {name: settings}\n' >kind.yaml
  both apply -f kind.yaml -n @NS@
  printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {labels: {a: b}}\ndata: {mode: x}\n' >noname.yaml
  both apply -f noname.yaml -n @NS@
  # Changing the kind's identity, and flags that do not go together.
  both apply -f step1.yaml -n @NS@ --force-conflicts
  both apply -f step1.yaml -n @NS@ --server-side --dry-run=client
  both apply -f step1.yaml -n @NS@ --server-side --force
  both apply -n @NS@
  # A conflicting server-side apply.
  printf 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: settings}\ndata: {mode: other}\n' >ssa.yaml
  both apply -f ssa.yaml -n @NS@ --server-side
  [ "$before" = "$(kctl_objects deployments; kctl_objects configmaps)" ] ||
    { echo "    bad input changed objects:" >&2; diff <(echo "$before") <(kctl_objects deployments; kctl_objects configmaps) >&2; return 1; }
  same_live configmaps
  # Forced, it takes the field over.
  both apply -f ssa.yaml -n @NS@ --server-side --force-conflicts
  same_live configmaps
}
