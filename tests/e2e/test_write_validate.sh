# kubectl's client-side schema validation (--validate) of create -f
# against the 1.20 test server, whose OpenAPI has no fieldValidation
# parameter: the same refusals, words and exit codes as kubectl, and
# nothing sent for a refused document (helpers from test_write.sh).

# A Deployment with a replicas of the wrong type and an unknown container field.
validate_manifests() {
  cat >d1.yaml <<'EOF2'
apiVersion: apps/v1
kind: Deployment
metadata: {name: d1}
spec:
  replicas: "two"
  selector: {matchLabels: {app: d1}}
  template:
    metadata: {labels: {app: d1}}
    spec:
      containers:
      - name: c
        image: nginx
        bogus: 1
EOF2
  # A container without its required name.
  cat >nc.yaml <<'EOF2'
apiVersion: v1
kind: Pod
metadata: {name: p1}
spec:
  containers:
  - image: nginx
EOF2
  # The second document is invalid: kubectl creates the first and reads no further.
  cat >multi.yaml <<'EOF2'
apiVersion: v1
kind: ConfigMap
metadata: {name: a}
data: {x: "1"}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: b}
data: {x: 1}
bogus: true
---
apiVersion: v1
kind: ConfigMap
metadata: {name: c}
---
apiVersion: v1
kind: Bogus
metadata: {name: d}
EOF2
  cat >m2.yaml <<'EOF2'
apiVersion: v1
kind: Bogus
metadata: {name: e}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: f}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: g}
data: {x: 1}
EOF2
  printf 'kind: ConfigMap\nmetadata: {name: k1}\n' >noapi.yaml
  cat >list.yaml <<'EOF2'
apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: ConfigMap
  metadata: {name: l1}
  bogus: 1
- apiVersion: v1
  kind: Secret
  metadata: {name: l2}
  data: 5
EOF2
  printf '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"j1","labels":{"a":1}},"data":{"n":2.5},"binaryData":[1]}\n' >j.json
  # Repeated label and annotation keys, which only a JSON manifest can have.
  printf '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"j2","labels":{"a":"1","a":"2"},"annotations":{"x":"1","x":"2"}},"bogus":1}\n' >dup.json
}

# none TYPE NAME...: neither namespace holds any of these objects.
none() {
  local k c
  k=$(kubectl get "$@" -n "$W_K" -o name --ignore-not-found)
  c=$(kubectl get "$@" -n "$W_C" -o name --ignore-not-found)
  [ -z "$k$c" ] || { echo "    left behind: $k $c" >&2; return 1; }
}

test_write_validate_refuses_as_kubectl() {
  write_namespaces val
  validate_manifests
  both create -f d1.yaml -n @NS@
  none deployments d1
  both create -f nc.yaml -n @NS@
  both create --validate -f nc.yaml -n @NS@
  both create -f nc.yaml -n @NS@ --validate=true
  both create -f nc.yaml -n @NS@ --validate=strict -o name
  none pods p1
  both create -f noapi.yaml -n @NS@
  both create -f list.yaml -n @NS@
  both create -f j.json -n @NS@ --dry-run=client -o name
  both create -f dup.json -n @NS@
  cat dup.json j.json >two.json
  both create -f two.json -n @NS@
  none configmaps k1 l1 j1 j2
  none secrets l2
}

test_write_validate_off_lets_the_server_answer() {
  write_namespaces valoff
  validate_manifests
  both create -f nc.yaml -n @NS@ --validate=false
  both create -f nc.yaml -n @NS@ --validate=ignore --dry-run=server
  both create -f d1.yaml -n @NS@ --validate=0
  none pods p1
  none deployments d1
  both create -f list.yaml -n @NS@ --validate=false -o name
  same_objects configmaps
}

test_write_validate_warn_and_bad_values() {
  write_namespaces valwarn
  validate_manifests
  # kubectl's klog warning carries the time and its process id.
  W_MASK='s/^W[0-9]\{4\} [0-9:.]\{15\} \+[0-9]\+ /W /'
  both create -f nc.yaml -n @NS@ --validate=warn
  both create -f noapi.yaml -n @NS@ --validate=warn
  W_MASK=
  none pods p1
  both create -f nc.yaml -n @NS@ --validate=bogus
  both create -n @NS@ --validate=bogus
  both create -f nc.yaml -n @NS@ --validate=False
  none pods p1
}

test_write_validate_multi_document_files() {
  write_namespaces valmulti
  validate_manifests
  both create -f multi.yaml -n @NS@
  same_objects configmaps
  both create -f m2.yaml -f multi.yaml -n @NS@
  same_objects configmaps
  both create -f multi.yaml -f list.yaml -n @NS@ -o name
  same_objects configmaps
}
