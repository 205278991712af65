# kctl scale, rollout and wait against kubectl's, on Deployments the test
# cluster's controllers really roll out (see test_cluster_controllers.sh).
# Uses test_write.sh's write_namespaces and both; a rollout in progress
# depends on timing, so only its last line is compared there.

# rollout_deployment NS NAME REPLICAS: test_cluster_controllers.sh's
# Deployment of `sleep infinity`, labelled app=NAME too, rolled out before
# returning.
rollout_deployment() {
  cc_deployment "$@"
  kubectl -n "$1" label deployment "$2" "app=$2" >/dev/null
  kubectl -n "$1" rollout status "deployment/$2" --timeout=90s >/dev/null
}

# rollout_namespaces TAG: write_namespaces, deleted (without waiting) when
# the test's subshell exits, so that their pods do not fill the node.
rollout_namespaces() {
  write_namespaces "$1"
  # shellcheck disable=SC2064
  trap "kubectl delete namespace $W_K $W_C --wait=false >/dev/null 2>&1 || true" EXIT
}

# rollout_workloads NS: a StatefulSet db (2 replicas) and a DaemonSet agent,
# rolled out before returning.
rollout_workloads() {
  kubectl -n "$1" create -f - >/dev/null <<YAML
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  replicas: 2
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      terminationGracePeriodSeconds: 1
      containers:
      - {name: sleeper, image: busybox, command: [sleep, infinity]}
---
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      terminationGracePeriodSeconds: 1
      containers:
      - {name: sleeper, image: busybox, command: [sleep, infinity]}
YAML
  kubectl -n "$1" rollout status sts/db --timeout=90s >/dev/null
  kubectl -n "$1" rollout status ds/agent --timeout=90s >/dev/null
}

# in_both CMD...: runs a kubectl setup command in W_K and in W_C (@NS@).
in_both() {
  local a ka=() ca=()
  for a in "$@"; do ka+=("${a//@NS@/$W_K}"); ca+=("${a//@NS@/$W_C}"); done
  kubectl "${ka[@]}" >/dev/null
  kubectl "${ca[@]}" >/dev/null
}

# both_klog ARGS...: as both, with the klog line header (time, pid) of
# stderr masked, for errors kubectl logs instead of printing; client-go's
# reflector lines (kubectl's informer racing its own deadline, now and
# then) are left out.
both_klog() {
  local d krc=0 crc=0 a ka=() ca=()
  d=$(mktemp -d)
  for a in "$@"; do ka+=("${a//@NS@/$W_K}"); ca+=("${a//@NS@/$W_C}"); done
  kubectl "${ka[@]}" >"$d/ko" 2>"$d/ke" || krc=$?
  "$KCTL" "${ca[@]}" >"$d/co" 2>"$d/ce" || crc=$?
  sed -i -E '/^[IWEF][0-9]{4} .* reflector\.go:[0-9]+\]/d; s/^([IWEF])[0-9]{4} [0-9:.]+ +[0-9]+ /\1MMDD TIME PID /' \
    "$d/ke" "$d/ce"
  local ok=0
  cmp -s "$d/ko" "$d/co" || { echo "    stdout differs for: $*" >&2; diff "$d/ko" "$d/co" >&2; ok=1; }
  cmp -s "$d/ke" "$d/ce" || { echo "    stderr differs for: $*" >&2; diff "$d/ke" "$d/ce" >&2; ok=1; }
  [ "$krc" = "$crc" ] || { echo "    exit code kubectl=$krc kctl=$crc for: $*" >&2; ok=1; }
  rm -rf "$d"
  return $ok
}

# same_field TYPE JSONPATH: the field of every object of TYPE is the same in
# the two namespaces.
same_field() {
  local k c
  k=$(kubectl get "$1" -n "$W_K" -o "jsonpath=$2")
  c=$(kubectl get "$1" -n "$W_C" -o "jsonpath=$2")
  [ "$k" = "$c" ] || { echo "    $1 $2 differs: kubectl's '$k', kctl's '$c'" >&2; return 1; }
}

test_write_rollout_scale_matches_kubectl() {
  rollout_namespaces scale
  rollout_deployment "$W_K" web 1
  rollout_deployment "$W_C" web 1
  in_both create cm c -n @NS@
  both scale deploy web --replicas=2 -n @NS@
  same_field deployments '{.items[*].spec.replicas}'
  both scale deployment/web --replicas=3 --current-replicas=5 -n @NS@
  both scale deployment/web --replicas=3 --current-replicas=2 -n @NS@
  both scale deploy web --replicas=1 --dry-run=client -o name -n @NS@
  both scale deploy web --replicas=1 --dry-run=server -n @NS@
  same_field deployments '{.items[*].spec.replicas}'
  both scale deploy web --replicas=-1 -n @NS@
  both scale deploy web --replicas=1 --current-replicas=-3 -n @NS@
  both scale deploy web missing --replicas=2 -n @NS@
  both scale deploy missing --replicas=1 -n @NS@
  both scale deploy missing1 missing2 --replicas=1 -n @NS@
  both scale deploy -l app=none --replicas=1 -n @NS@
  both scale deploy --replicas=1 -n @NS@
  both scale --replicas=1 -n @NS@
  both scale cm c --replicas=1 -n @NS@
  both scale deploy web deploy web --replicas=2 --resource-version=1 -n @NS@
  both scale deploy --all --replicas=2 --current-replicas=7 -n @NS@
  both scale deploy -l app=web --replicas=2 -o name -n @NS@
  both_klog scale deploy web -n @NS@
  # --timeout waits until the replicas are there.
  both scale deploy web --replicas=1 --timeout=60s -n @NS@
  same_field deployments '{.items[*].status.replicas}'
}

test_write_rollout_status_matches_kubectl() {
  rollout_namespaces status
  rollout_deployment "$W_K" web 2
  rollout_deployment "$W_C" web 2
  in_both create cm c -n @NS@
  both rollout status deploy/web -n @NS@
  both rollout status deployment web --watch=false -n @NS@
  both rollout status deploy -n @NS@
  both rollout status deploy/web --revision=1 -n @NS@
  both rollout status deploy/web --revision=5 -n @NS@
  both rollout status deploy/web --revision=-1 -n @NS@
  both rollout status deploy/missing -n @NS@
  both rollout status cm/c -n @NS@
  both rollout status -n @NS@
  both rollout status sts -n @NS@
  both rollout status deploy/web deploy/missing -n @NS@
  # A paused Deployment with a new template never rolls out.
  rollout_deployment "$W_K" held 1
  rollout_deployment "$W_C" held 1
  in_both rollout pause deploy/held -n @NS@
  in_both set env deploy/held A=1 -n @NS@
  both rollout status deploy/held --watch=false -n @NS@
  both rollout status deploy/held --timeout=3s -n @NS@
  both rollout status deploy/held deploy/web --timeout=3s -n @NS@
  # A rollout in progress: the last line is the same.
  in_both set env deploy/web B=2 -n @NS@
  local k c
  k=$(kubectl rollout status deploy/web -n "$W_K" --timeout=90s | tail -1)
  c=$("$KCTL" rollout status deploy/web -n "$W_C" --timeout=90s | tail -1)
  [ "$k" = 'deployment "web" successfully rolled out' ] || fail "kubectl's last line: $k"
  [ "$c" = "$k" ] || fail "kctl's last line: $c"
  both rollout status deploy/web --revision=2 -n @NS@
  # A StatefulSet and a DaemonSet, rolled out and restarted.
  rollout_workloads "$W_K"
  rollout_workloads "$W_C"
  both rollout status sts/db -n @NS@
  both rollout status daemonset agent --watch=false -n @NS@
  both rollout restart sts/db ds/agent -n @NS@
  k=$(kubectl rollout status sts/db -n "$W_K" --timeout=90s | tail -1)
  c=$("$KCTL" rollout status sts/db -n "$W_C" --timeout=90s | tail -1)
  [ "$c" = "$k" ] || fail "statefulset's last line: kubectl's $k, kctl's $c"
  k=$(kubectl rollout status ds/agent -n "$W_K" --timeout=90s | tail -1)
  c=$("$KCTL" rollout status ds/agent -n "$W_C" --timeout=90s | tail -1)
  [ "$c" = "$k" ] || fail "daemon set's last line: kubectl's $k, kctl's $c"
}

# Timeouts are 3s: kubectl's client-go warns of a "very short watch" when
# one ends within a second without events.
test_write_rollout_wait_matches_kubectl() {
  rollout_namespaces wait
  rollout_deployment "$W_K" web 1
  rollout_deployment "$W_C" web 1
  in_both create cm c -n @NS@
  in_both create cm d --from-literal=x=1 -n @NS@
  in_both label cm d app=web -n @NS@
  both wait --for=condition=Available deploy/web -n @NS@
  both wait --for=condition=available=TRUE deploy/web deployment/web -n @NS@
  both wait --for=condition=Available deploy/web -o name -n @NS@
  both_klog wait --for=condition=Bogus deploy/web --timeout=3s -n @NS@
  both wait --for=condition=Bogus deploy/web --timeout=0 -n @NS@
  both wait --for=condition=Available deploy/web --timeout=-1s -n @NS@
  both wait --for=condition=Available deploy/nope deploy/web -n @NS@
  both wait --for=condition=Available -n @NS@
  both wait --for=condition=Available deploy -n @NS@
  both wait --for=jsonpath='{.spec.replicas}'=1 deploy/web -n @NS@
  both_klog wait --for=jsonpath='{.spec.replicas}'=3 deploy/web --timeout=3s -n @NS@
  both wait --for=jsonpath='{.spec}' deploy/web -n @NS@
  both wait --for=jsonpath='{.spec}'=x deploy/web -n @NS@
  both wait --for=jsonpath='{.status.conditions[*].type}' deploy/web -n @NS@
  both wait --for=jsonpath='{.data.x}'=1 cm -l app=web -n @NS@
  both wait --for=jsonpath='{.data}' cm/c --timeout=0 -n @NS@
  both wait --for=jsonpath= cm/c -n @NS@
  both wait --for=jsonpath='{.a}=' cm/c -n @NS@
  both wait --for=jsonpath='{.a' cm/c -n @NS@
  both wait --for=bogus cm/c -n @NS@
  both wait cm/c -n @NS@
  both wait --for=condition=Ready pod -l app=none -n @NS@
  both wait --for=create cm/c -n @NS@
  both wait --for=create cm/nothing --timeout=3s -n @NS@
  both wait --for=delete cm/nothing -n @NS@
  both_klog wait --for=delete cm/c --timeout=3s -n @NS@
  both wait --for=delete cm/c --timeout=0 -n @NS@
}

test_write_rollout_wait_for_delete_in_progress() {
  rollout_namespaces waitdel
  in_both create cm c -n @NS@
  local ns out rc
  for ns in "$W_K" "$W_C"; do
    (sleep 2; kubectl delete cm c -n "$ns" --wait=false >/dev/null) &
    rc=0
    if [ "$ns" = "$W_K" ]; then
      out=$(kubectl wait --for=delete cm/c -n "$ns" --timeout=30s 2>&1) || rc=$?
    else
      out=$("$KCTL" wait --for=delete cm/c -n "$ns" --timeout=30s 2>&1) || rc=$?
    fi
    [ "$out/$rc" = "configmap/c condition met/0" ] || fail "wait in $ns: $out ($rc)"
    wait
  done
}

test_write_rollout_restart_pause_resume_match_kubectl() {
  rollout_namespaces restart
  rollout_deployment "$W_K" web 1
  rollout_deployment "$W_C" web 1
  in_both create cm c -n @NS@
  both rollout pause deploy/web -n @NS@
  both rollout pause deploy/web -n @NS@
  same_field deployments '{.items[*].spec.paused}'
  both rollout restart deploy/web -n @NS@
  both rollout resume deployment web -n @NS@ -o name
  both rollout resume deploy/web -n @NS@
  same_field deployments '{.items[*].spec.paused}'
  both rollout restart deploy/web -n @NS@
  local k c
  k=$(kubectl get deploy web -n "$W_K" -o jsonpath='{.spec.template.metadata.annotations.kubectl\.kubernetes\.io/restartedAt}')
  c=$(kubectl get deploy web -n "$W_C" -o jsonpath='{.spec.template.metadata.annotations.kubectl\.kubernetes\.io/restartedAt}')
  [[ "$k" =~ ^20[0-9-]+T[0-9:]+(Z|[+-][0-9:]+)$ ]] || fail "kubectl's restartedAt: $k"
  [[ "$c" =~ ^20[0-9-]+T[0-9:]+(Z|[+-][0-9:]+)$ ]] || fail "kctl's restartedAt: $c"
  both rollout restart cm/c -n @NS@
  both rollout pause cm/c -n @NS@
  both rollout resume cm/c deploy/web -n @NS@
  both rollout pause deploy/missing -n @NS@
  both rollout pause deploy/missing deploy/web -n @NS@
  both rollout pause -n @NS@
  both rollout restart -n @NS@
  both rollout pause deploy -l app=web -n @NS@
  both rollout resume deploy -l app=web -n @NS@
  kubectl rollout status deploy/web -n "$W_K" --timeout=90s >/dev/null
  "$KCTL" rollout status deploy/web -n "$W_C" --timeout=90s >/dev/null
  same_field deployments '{.items[*].spec.paused}'
}

test_write_rollout_history_undo_match_kubectl() {
  rollout_namespaces history
  rollout_deployment "$W_K" web 1
  rollout_deployment "$W_C" web 1
  in_both create cm c -n @NS@
  both rollout history deploy/web -n @NS@
  in_both set env deploy/web B=2 -n @NS@
  in_both annotate deploy/web kubernetes.io/change-cause='set B' -n @NS@
  in_both rollout status deploy/web --timeout=90s -n @NS@
  both rollout history deploy/web -n @NS@
  both rollout history deploy -n @NS@
  both rollout history deploy/web -o name -n @NS@
  both rollout history deploy/web --revision=1 -o name -n @NS@
  both rollout history deploy/web --revision=1 -n @NS@
  both rollout history deploy/web --revision=2 -n @NS@
  both rollout history deploy/web --revision=7 -n @NS@
  both rollout history deploy/web --revision=-1 -n @NS@
  both rollout history cm/c -n @NS@
  both rollout history -n @NS@
  both rollout undo deploy/web --to-revision=2 -n @NS@
  both rollout undo deploy/web --to-revision=9 -n @NS@
  both rollout undo deploy/web --to-revision=-1 -n @NS@
  both rollout undo cm/c -n @NS@
  both rollout undo -n @NS@
  both rollout undo deploy/web --dry-run=client -n @NS@
  both rollout undo deploy/web --to-revision=2 --dry-run=client -o name -n @NS@
  both rollout undo deploy/web --to-revision=1 --dry-run=server -n @NS@
  same_field deployments '{.items[*].spec.template}'
  both rollout undo deploy/web -n @NS@
  in_both rollout status deploy/web --timeout=90s -n @NS@
  both rollout history deploy/web -n @NS@
  same_field deployments '{.items[*].spec.template}'
  same_field deployments '{.items[*].metadata.annotations}'
  rollout_deployment "$W_K" single 1
  rollout_deployment "$W_C" single 1
  both rollout undo deploy/single -n @NS@
}

# history_workloads NS: a DaemonSet agent and a StatefulSet db (1 replica),
# their image changed twice (revisions 1 to 3, the last with a change
# cause), rolled out before returning.
history_workloads() {
  kubectl -n "$1" create -f - >/dev/null <<YAML
apiVersion: apps/v1
kind: DaemonSet
metadata: {name: agent}
spec:
  selector: {matchLabels: {app: agent}}
  template:
    metadata: {labels: {app: agent}}
    spec:
      terminationGracePeriodSeconds: 1
      containers:
      - {name: sleeper, image: busybox:1, command: [sleep, infinity]}
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  replicas: 1
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec:
      terminationGracePeriodSeconds: 1
      containers:
      - {name: sleeper, image: busybox:1, command: [sleep, infinity]}
YAML
  local w image
  for image in busybox:2 busybox:3; do
    [ "$image" = busybox:2 ] || kubectl -n "$1" annotate ds/agent sts/db kubernetes.io/change-cause="to $image" >/dev/null
    kubectl -n "$1" set image ds/agent sts/db "sleeper=$image" >/dev/null
    for w in ds/agent sts/db; do kubectl -n "$1" rollout status "$w" --timeout=90s >/dev/null; done
  done
}

test_write_rollout_history_undo_daemonset_statefulset_match_kubectl() {
  rollout_namespaces cr-history
  history_workloads "$W_K"
  history_workloads "$W_C"
  local w
  for w in ds/agent sts/db; do
    both rollout history "$w" -n @NS@
    both rollout history "$w" --revision=2 -n @NS@
    both rollout history "$w" --revision=9 -n @NS@
    both rollout history "$w" -o name -n @NS@
    # The objects as each revision has them: what differs between the
    # namespaces (uid, times, resourceVersion) left out.
    W_OUT_FILTER="grep -vE '^  (uid|resourceVersion|creationTimestamp):'" \
      both rollout history "$w" --revision=1 -o yaml -n @NS@
    W_OUT_FILTER="grep -vE '^        \"(uid|resourceVersion|creationTimestamp)\":'" \
      both rollout history "$w" -o json -n @NS@
    W_OUT_FILTER="grep -vE '^        \"(uid|resourceVersion|creationTimestamp)\":'" \
      both rollout undo "$w" --to-revision=1 --dry-run=server -o json -n @NS@
    both rollout undo "$w" --dry-run=client -n @NS@
    both rollout undo "$w" --to-revision=1 --dry-run=client -n @NS@
    both rollout undo "$w" --to-revision=1 --dry-run=server -n @NS@
    both rollout undo "$w" --to-revision=3 -n @NS@
    both rollout undo "$w" --to-revision=99 -n @NS@
    both rollout undo "$w" --to-revision=-1 -n @NS@
  done
  both rollout history daemonsets,statefulsets -n @NS@
  same_live daemonsets
  same_live statefulsets
  both rollout undo ds/agent sts/db -n @NS@
  in_both rollout status ds/agent --timeout=90s -n @NS@
  in_both rollout status sts/db --timeout=90s -n @NS@
  same_live daemonsets
  same_live statefulsets
  both rollout history ds/agent sts/db -n @NS@
  both rollout undo ds/agent sts/db --to-revision=1 -o name -n @NS@
  in_both rollout status ds/agent --timeout=90s -n @NS@
  in_both rollout status sts/db --timeout=90s -n @NS@
  same_live daemonsets
  same_live statefulsets
  both rollout history ds/agent --revision=1 -n @NS@
  both rollout history ds/agent sts/db -n @NS@
}
