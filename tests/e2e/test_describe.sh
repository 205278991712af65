# kctl describe against kubectl describe on the test cluster: the same
# objects, byte for byte (ages are compared where they cannot move between
# the two runs: events dated minutes or hours ago).

# A namespace of the test's own (deleted after the test, without waiting for
# the namespace controller).
describe_ns() { echo "${DESCRIBE_NS:?describe_setup first}"; }

describe_kubectl() { kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" "$@"; }

describe_cleanup() {
  describe_kubectl delete ns "$(describe_ns)" --wait=false >/dev/null 2>&1 || true
  describe_kubectl delete crd gadgets.e2e.kctl.test --wait=false >/dev/null 2>&1 || true
}

# A namespace with one object of each kind kctl has a describer for.
describe_setup() {
  DESCRIBE_NS="kctl-describe-e2e-$BASHPID-$RANDOM"
  local ns; ns=$(describe_ns)
  describe_kubectl create ns "$ns" >/dev/null
  describe_kubectl -n "$ns" create sa builder >/dev/null
  describe_kubectl -n "$ns" apply -f - >/dev/null <<EOF2
apiVersion: v1
kind: ConfigMap
metadata: {name: cm1, labels: {app: web}, annotations: {note: hello}}
data: {script: "#!/bin/sh\necho hi\n"}
binaryData: {bin: AAECAw==}
---
# One data key per object: kubectl describes a ConfigMap's data in Go's
# random map order.
apiVersion: v1
kind: ConfigMap
metadata: {name: cm2, labels: {app: web}}
data: {key1: value1}
---
apiVersion: v1
kind: Secret
metadata: {name: sec1}
stringData: {password: supersecret}
---
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{name: http, port: 80, targetPort: 8080}, {name: m, port: 9090, targetPort: metrics}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: web}
spec:
  replicas: 1
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec: {containers: [{name: c, image: busybox, command: [sleep, "3600"]}]}
---
apiVersion: v1
kind: ResourceQuota
metadata: {name: q1}
spec: {hard: {pods: "10"}}
---
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: {name: gadgets.e2e.kctl.test}
spec:
  group: e2e.kctl.test
  scope: Namespaced
  names: {plural: gadgets, singular: gadget, kind: Gadget}
  versions:
  - {name: v1, served: true, storage: true, schema: {openAPIV3Schema: {type: object, x-kubernetes-preserve-unknown-fields: true}}}
EOF2
  node_pod web-1 "namespace: $ns, labels: {app: web}, annotations: {team: core}" "  - name: c
    image: busybox
    command: [sleep, '3600']
    env: [{name: A, value: b}, {name: POD, valueFrom: {fieldRef: {fieldPath: metadata.name}}}]
    resources: {requests: {cpu: 10m, memory: 16Mi}, limits: {memory: 32Mi}}" 2>/dev/null ||
    describe_kubectl -n "$ns" wait --for=condition=Ready pod/web-1 --timeout=60s >/dev/null
  describe_kubectl wait --for=condition=Established crd/gadgets.e2e.kctl.test --timeout=30s >/dev/null
  # The controllers make the Deployment's ReplicaSet and pod: let them finish,
  # so that both tools describe the same state.
  describe_kubectl -n "$ns" rollout status deployment/web --timeout=60s >/dev/null
  describe_kubectl -n "$ns" apply -f - >/dev/null <<EOF2
apiVersion: e2e.kctl.test/v1
kind: Gadget
metadata: {name: g1}
spec: {size: 3, ratio: 1.5, tags: [a, b], parts: [{name: p1}], apiURL: x}
EOF2
  local uid; uid=$(describe_kubectl -n "$ns" get pod web-1 -o jsonpath='{.metadata.uid}')
  describe_kubectl -n "$ns" apply -f - >/dev/null <<EOF2
apiVersion: v1
kind: Event
metadata: {name: web-1.a}
involvedObject: {kind: Pod, name: web-1, namespace: $ns, uid: $uid, apiVersion: v1}
reason: Scheduled
message: assigned
source: {component: default-scheduler}
firstTimestamp: "$(date -u -d '-3 hours' +%Y-%m-%dT%H:%M:%SZ)"
lastTimestamp: "$(date -u -d '-3 hours' +%Y-%m-%dT%H:%M:%SZ)"
count: 1
type: Normal
EOF2
}

test_describe_kinds() {
  trap describe_cleanup RETURN
  describe_setup
  local ns; ns=$(describe_ns)
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" -n "$ns" describe pod web-1
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" -n "$ns" describe pods/web-1
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" -n "$ns" describe configmap cm1
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" -n "$ns" describe secret sec1
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" -n "$ns" describe svc web
  # Its events are seconds old (the deployment controller's): their ages may
  # tick between the two runs.
  same_as_kubectl_aged --kubeconfig "$KCTL_TEST_KUBECONFIG" -n "$ns" describe deploy web
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" describe ns "$ns"
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" -n "$ns" describe gadget g1
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" -n "$ns" describe cm,svc
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" -n "$ns" describe cm -l app=web
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" -n "$ns" describe pod web --show-events=false
}

test_describe_errors() {
  trap describe_cleanup RETURN
  describe_setup
  local ns; ns=$(describe_ns)
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" -n "$ns" describe pod nope
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" -n "$ns" describe pods/nope
  # (The endpoints controller made the Service's Endpoints: none with this label.)
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" -n "$ns" describe endpoints -l app=none
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" -n "$ns" describe cm -l app=none
}

# Ages move between the two runs (node pods' Age column, the Events table's
# Age column, which can also change the column's width): every duration token
# becomes AGE and runs of blanks are squeezed before comparing.
unage() { sed -E 's/(^|[ (])[0-9]+[smhd]([0-9]+[smhd])?([ )]|$)/\1AGE\3/g; s/ +/ /g'; }
# The node's pods change while earlier tests' namespaces are deleted in the
# background: the two runs are tried again (up to five times) until they
# saw the same pods.
test_describe_node() {
  local k c i
  for i in 1 2 3 4 5; do
    k=$(kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" describe node "$KCTL_TEST_NODE" | unage)
    c=$("$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" describe node "$KCTL_TEST_NODE" | unage)
    [ "$k" = "$c" ] && return 0
    sleep 3
  done
  diff <(echo "$k") <(echo "$c") | head -20 >&2
  fail "describe node differs"
}
