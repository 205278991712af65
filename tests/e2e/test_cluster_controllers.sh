# The test cluster itself (tests/cluster/README.md): kube-controller-manager,
# kube-scheduler and the kubelet stand-in together make rollouts work. These
# tests use kubectl only (no kctl): they check the cluster that kctl's other
# tests run against.

cc_kubectl() { kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" "$@"; }

# cc_namespace PREFIX: creates a fresh namespace, named in $CC_NS, deleted
# (without waiting) when the test's subshell exits. Not to be called in $(...):
# the trap must be the test's.
cc_namespace() {
  CC_NS=$1-$(date +%s)-$RANDOM
  cc_kubectl create namespace "$CC_NS" >/dev/null
  # shellcheck disable=SC2064
  trap "cc_kubectl delete namespace $CC_NS --wait=false >/dev/null 2>&1 || true" EXIT
}

# cc_deployment NS NAME REPLICAS: a Deployment of `sleep infinity` (the
# stand-in runs `command`; there are no images).
cc_deployment() {
  cc_kubectl -n "$1" create -f - >/dev/null <<YAML
apiVersion: apps/v1
kind: Deployment
metadata: {name: $2}
spec:
  replicas: $3
  selector: {matchLabels: {app: $2}}
  template:
    metadata: {labels: {app: $2}}
    spec:
      terminationGracePeriodSeconds: 5
      containers:
      - {name: sleeper, image: busybox, command: [sleep, infinity]}
YAML
}

# cc_pods_ready NS SELECTOR N: exactly N pods (none being deleted), each
# Running on the test node with Ready, ContainersReady and a ready container.
cc_pods_ready() {
  local out want="Running True True true $KCTL_TEST_NODE"
  out=$(cc_kubectl -n "$1" get pods -l "$2" -o jsonpath='{range .items[*]}{.status.phase} {.status.conditions[?(@.type=="Ready")].status} {.status.conditions[?(@.type=="ContainersReady")].status} {.status.containerStatuses[0].ready} {.spec.nodeName}{"\n"}{end}')
  [ "$(printf '%s' "$out" | grep -c .)" = "$3" ] || { fail "want $3 pods for $2 in $1, got: $out"; return 1; }
  printf '%s\n' "$out" | grep -vqxF "$want" && { fail "pods not all '$want': $out"; return 1; }
  return 0
}

# cc_wait_pods NS SELECTOR N: waits (60s) until cc_pods_ready holds.
cc_wait_pods() {
  local _
  for _ in $(seq 120); do
    cc_pods_ready "$@" 2>/dev/null && return 0
    sleep 0.5
  done
  cc_pods_ready "$@"
}

test_cluster_node_schedulable() {
  # Capacity and allocatable, Ready, no taint (the node lifecycle controller
  # removed the creation-time not-ready taint) and a fresh Lease.
  local n
  n=$(cc_kubectl get node "$KCTL_TEST_NODE" -o jsonpath='{.status.allocatable.pods} {.status.capacity.cpu} {.status.conditions[?(@.type=="Ready")].status} taints={.spec.taints}')
  case "$n" in
    "110 "[0-9]*" True taints=") ;;
    *) fail "node: $n"; return 1 ;;
  esac
  local renew age
  renew=$(cc_kubectl -n kube-node-lease get lease "$KCTL_TEST_NODE" -o jsonpath='{.spec.renewTime}')
  age=$(( $(date +%s) - $(date -d "$renew" +%s) ))
  [ "$age" -le 30 ] || fail "lease renewed ${age}s ago ($renew)"
}

test_cluster_deployment_rollout() {
  cc_namespace cc-rollout; local ns=$CC_NS
  cc_deployment "$ns" web 2
  cc_kubectl -n "$ns" rollout status deployment/web --timeout=60s >/dev/null ||
    fail "rollout status: $(cc_kubectl -n "$ns" get deploy,rs,pods -o wide 2>&1)"
  cc_pods_ready "$ns" app=web 2
  # Scaling up and down.
  cc_kubectl -n "$ns" scale deployment/web --replicas=3 >/dev/null
  cc_kubectl -n "$ns" rollout status deployment/web --timeout=60s >/dev/null
  cc_wait_pods "$ns" app=web 3
  cc_kubectl -n "$ns" scale deployment/web --replicas=1 >/dev/null
  cc_wait_pods "$ns" app=web 1
  # A new template: a second ReplicaSet takes over, the old one goes to 0.
  cc_kubectl -n "$ns" set env deployment/web ROLLOUT=2 >/dev/null
  cc_kubectl -n "$ns" rollout status deployment/web --timeout=60s >/dev/null
  cc_wait_pods "$ns" app=web 1
  local rs
  rs=$(cc_kubectl -n "$ns" get rs -l app=web -o jsonpath='{range .items[*]}{.spec.replicas}{" "}{end}')
  [ "$rs" = "0 1 " ] || [ "$rs" = "1 0 " ] || fail "replica sets: $rs"
  local env
  env=$(cc_kubectl -n "$ns" get pods -l app=web -o jsonpath='{.items[0].spec.containers[0].env[0].value}')
  [ "$env" = 2 ] || fail "pod of the new template: env $env"
  # Deleting the Deployment: the garbage collector removes its replica sets
  # and pods.
  cc_kubectl -n "$ns" delete deployment web --wait --timeout=60s >/dev/null
  local _
  for _ in $(seq 120); do
    [ -z "$(cc_kubectl -n "$ns" get rs,pods -o name)" ] && return 0
    sleep 0.5
  done
  fail "left after deleting the deployment: $(cc_kubectl -n "$ns" get rs,pods -o name)"
}

test_cluster_pod_delete_wait() {
  # The stand-in stops the containers and finalizes the pod (deletes it with
  # grace period 0), so `delete --wait` returns; the ReplicaSet replaces it.
  cc_namespace cc-delete; local ns=$CC_NS
  cc_deployment "$ns" del 1
  cc_kubectl -n "$ns" rollout status deployment/del --timeout=60s >/dev/null
  local pod; pod=$(cc_kubectl -n "$ns" get pods -l app=del -o name)
  local start=$SECONDS
  timeout 90 kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" -n "$ns" delete "$pod" --wait --timeout=60s >/dev/null ||
    fail "delete --wait of $pod"
  [ $((SECONDS - start)) -lt 30 ] || fail "delete --wait took $((SECONDS - start))s"
  cc_wait_pods "$ns" app=del 1
  [ "$(cc_kubectl -n "$ns" get pods -l app=del -o name)" != "$pod" ] || fail "$pod was not replaced"
}

test_cluster_namespace_delete() {
  # The namespace controller empties the namespace (pods through the stand-in)
  # and removes its finalizer; before, namespaces stayed Terminating.
  local ns; ns=cc-nsdel-$(date +%s)-$RANDOM
  cc_kubectl create namespace "$ns" >/dev/null
  cc_deployment "$ns" doomed 2
  cc_kubectl -n "$ns" rollout status deployment/doomed --timeout=60s >/dev/null
  cc_kubectl -n "$ns" create configmap cm --from-literal=a=b >/dev/null
  timeout 150 kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" delete namespace "$ns" --wait --timeout=120s >/dev/null ||
    fail "namespace $ns not deleted: $(cc_kubectl get namespace "$ns" -o jsonpath='{.status}' 2>&1)"
  cc_kubectl get namespace "$ns" >/dev/null 2>&1 && fail "namespace $ns still exists"
  return 0
}

test_cluster_job_completes() {
  cc_namespace cc-job; local ns=$CC_NS
  cc_kubectl -n "$ns" create -f - >/dev/null <<YAML
apiVersion: batch/v1
kind: Job
metadata: {name: once}
spec:
  backoffLimit: 0
  template:
    spec:
      restartPolicy: Never
      containers:
      - {name: main, image: busybox, command: [sh, -c, "echo job done"]}
YAML
  cc_kubectl -n "$ns" wait --for=condition=complete job/once --timeout=60s >/dev/null ||
    fail "job: $(cc_kubectl -n "$ns" get job,pods -o wide 2>&1)"
  [ "$(cc_kubectl -n "$ns" get job once -o jsonpath='{.status.succeeded}')" = 1 ] || fail "succeeded != 1"
  [ "$(cc_kubectl -n "$ns" logs job/once)" = "job done" ] || fail "job logs: $(cc_kubectl -n "$ns" logs job/once 2>&1)"
}

test_cluster_service_accounts() {
  # The service account and token controllers: a new namespace gets the
  # "default" account with a token signed by the cluster, and the root CA
  # publisher its kube-root-ca.crt.
  cc_namespace cc-sa; local ns=$CC_NS
  local _ secret=""
  for _ in $(seq 60); do
    secret=$(cc_kubectl -n "$ns" get serviceaccount default -o jsonpath='{.secrets[0].name}' 2>/dev/null) || true
    [ -n "$secret" ] && break
    sleep 0.5
  done
  [ -n "$secret" ] || { fail "no token secret for $ns/default"; return 1; }
  local token
  token=$(cc_kubectl -n "$ns" get secret "$secret" -o jsonpath='{.data.token}' | base64 -d)
  # The apiserver accepts the token: who it is comes back in a 403 for a
  # request the account may not make.
  local out
  out=$(kubectl --server "$KCTL_TEST_SERVER" --certificate-authority "$KCTL_TEST_CA" --token "$token" get nodes 2>&1) || true
  case "$out" in
    *"system:serviceaccount:$ns:default"*) ;;
    *) fail "token of $ns/default: $out"; return 1 ;;
  esac
  cc_kubectl -n "$ns" get configmap kube-root-ca.crt -o jsonpath='{.data.ca\.crt}' | cmp -s - "$KCTL_TEST_CA" ||
    fail "kube-root-ca.crt is not the cluster's CA"
}
