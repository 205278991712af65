# kctl get against kubectl on the test cluster: tables from the server,
# generic printers, selectors, several types, -f, errors and --watch.

GET_NS=kctl-get

# The fixture, made once per cluster and kept for later runs: configmaps and
# services with labels, a running pod, bob allowed to view the namespace (and
# nothing else).
get_fixture() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  kubectl get ns "$GET_NS" >/dev/null 2>&1 && return 0
  kubectl apply -f - >/dev/null <<EOF2
apiVersion: v1
kind: List
items:
- {apiVersion: v1, kind: Namespace, metadata: {name: $GET_NS}}
- {apiVersion: v1, kind: ConfigMap, metadata: {name: web-config, namespace: $GET_NS, labels: {app: web, tier: front, kctl-e2e: get}}, data: {a: "1", b: "2"}}
- {apiVersion: v1, kind: ConfigMap, metadata: {name: db-config, namespace: $GET_NS, labels: {app: db, kctl-e2e: get}}, data: {url: "postgres://db"}}
- {apiVersion: v1, kind: ConfigMap, metadata: {name: empty, namespace: $GET_NS, annotations: {note: "x"}}}
- {apiVersion: v1, kind: Service, metadata: {name: web, namespace: $GET_NS, labels: {app: web}}, spec: {ports: [{port: 80, targetPort: 8080, name: http}], selector: {app: web}}}
- {apiVersion: v1, kind: Service, metadata: {name: db, namespace: $GET_NS}, spec: {type: NodePort, ports: [{port: 5432}], selector: {app: db}}}
- {apiVersion: v1, kind: Secret, metadata: {name: creds, namespace: $GET_NS}, stringData: {password: hunter2}}
- {apiVersion: rbac.authorization.k8s.io/v1, kind: RoleBinding, metadata: {name: bob-view, namespace: $GET_NS}, roleRef: {apiGroup: rbac.authorization.k8s.io, kind: ClusterRole, name: view}, subjects: [{kind: User, name: bob}]}
EOF2
  kubectl apply -n "$GET_NS" -f - >/dev/null <<EOF2
apiVersion: v1
kind: Pod
metadata: {name: web-1, labels: {app: web}}
spec:
  nodeName: $KCTL_TEST_NODE
  terminationGracePeriodSeconds: 0
  containers:
  - {name: web, image: busybox, command: [sh, -c, 'sleep 100000']}
EOF2
  kubectl wait -n "$GET_NS" --for=condition=Ready pod/web-1 --timeout=60s >/dev/null
}

test_get_tables_match_kubectl() {
  get_fixture
  same_as_kubectl_aged get ns default kube-system
  same_as_kubectl_aged get namespace/default
  same_as_kubectl_aged get cm -n "$GET_NS"
  same_as_kubectl_aged get configmaps -n "$GET_NS" -o wide
  same_as_kubectl_aged get cm -n "$GET_NS" --show-labels
  same_as_kubectl_aged get cm -n "$GET_NS" -L app -L example.com/tier,tier
  same_as_kubectl_aged get cm -n "$GET_NS" --no-headers
  same_as_kubectl_aged get cm -n "$GET_NS" --show-kind
  same_as_kubectl_aged get svc -n "$GET_NS" -o wide
  same_as_kubectl_aged get pods -n "$GET_NS"
  same_as_kubectl_aged get po -n "$GET_NS" -o wide
  same_as_kubectl_aged get nodes
  same_as_kubectl_aged get node -o wide
  same_as_kubectl_aged get secrets -n "$GET_NS"
}

test_get_selectors_paging_and_namespaces() {
  get_fixture
  same_as_kubectl_aged get cm -n "$GET_NS" -l app=web
  same_as_kubectl_aged get cm -n "$GET_NS" -l 'app in (web,db),tier!=back'
  same_as_kubectl_aged get cm -n "$GET_NS" --field-selector metadata.name=db-config
  same_as_kubectl_aged get cm -A -l kctl-e2e=get
  same_as_kubectl_aged get cm --all-namespaces -l kctl-e2e=get -o wide
  same_as_kubectl_aged get cm -n "$GET_NS" --chunk-size=1
  same_as_kubectl_aged get cm -n "$GET_NS" --chunk-size=0
  # the paging itself: one request per item, continue tokens followed
  local out
  out=$("$KCTL" get cm -n "$GET_NS" --chunk-size=1 -v=6 2>&1 >/dev/null)
  [ "$(grep -c 'limit=1' <<<"$out")" -ge 3 ] || fail "expected one request per item: $out"
  grep -q 'continue=' <<<"$out" || fail "no continue token followed: $out"
}

test_get_several_types_and_names() {
  get_fixture
  same_as_kubectl_aged get cm,svc -n "$GET_NS"
  same_as_kubectl_aged get svc,cm -n "$GET_NS" -o name
  same_as_kubectl_aged get cm/web-config svc/web cm/db-config -n "$GET_NS"
  same_as_kubectl_aged get cm web-config db-config -n "$GET_NS"
  same_as_kubectl_aged get cm,svc web -n "$GET_NS"
  same_as_kubectl_aged get all -n "$GET_NS"
  same_as_kubectl_aged get ns,nodes --no-headers
}

test_get_generic_printers_match_kubectl() {
  get_fixture
  same_as_kubectl get cm web-config -n "$GET_NS" -o json
  same_as_kubectl get cm web-config -n "$GET_NS" -o yaml
  same_as_kubectl get cm -n "$GET_NS" -o json
  same_as_kubectl get cm -n "$GET_NS" -o yaml
  same_as_kubectl get cm,svc -n "$GET_NS" -o yaml
  same_as_kubectl get cm -n "$GET_NS" -o yaml --show-managed-fields
  same_as_kubectl get cm/web-config svc/web -n "$GET_NS" -o json
  same_as_kubectl get pods -n "$GET_NS" -o yaml
  same_as_kubectl get ns default -o name
  same_as_kubectl get cm -n "$GET_NS" -o json --chunk-size=1
  same_as_kubectl get cm -n kctl-get-empty-ns -o json
  same_as_kubectl get cm -n kctl-get-empty-ns -o yaml --ignore-not-found
}

test_get_from_manifests() {
  get_fixture
  cat >two.yaml <<EOF2
apiVersion: v1
kind: ConfigMap
metadata: {name: web-config, namespace: $GET_NS}
---
apiVersion: v1
kind: Service
metadata: {name: web, namespace: $GET_NS}
EOF2
  printf 'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: default\n' >one.yaml
  printf 'apiVersion: v1\nkind: Foo\nmetadata:\n  name: x\n' >foo.yaml
  mkdir dir && cp one.yaml dir/a.yaml && cp two.yaml dir/b.yml && echo nothing >dir/c.txt
  same_as_kubectl_aged get -f two.yaml
  same_as_kubectl get -f two.yaml -o name
  same_as_kubectl get -f one.yaml -o json
  same_as_kubectl_aged get -f dir
  same_as_kubectl get -f foo.yaml
  same_as_kubectl get -f nope.yaml
  same_as_kubectl get -f one.yaml ns
  # standard input: each tool reads its own copy
  [ "$(kubectl get -f - -o name <one.yaml)" = "$("$KCTL" get -f - -o name <one.yaml)" ] || fail "get -f - differs"
}

test_get_errors_match_kubectl() {
  get_fixture
  same_as_kubectl get cm nope -n "$GET_NS"
  same_as_kubectl_aged get cm nope web-config other -n "$GET_NS"
  same_as_kubectl get cm nope -n "$GET_NS" --ignore-not-found
  same_as_kubectl get cm nope -n "$GET_NS" -o json
  same_as_kubectl get cm nope -n "$GET_NS" -o json --ignore-not-found
  same_as_kubectl get nosuchthing
  same_as_kubectl get cm -n kctl-get-empty-ns
  same_as_kubectl get nodes -l nosuch=label
  same_as_kubectl get cm -n "$GET_NS" -l 'a b'
  same_as_kubectl get cm -n "$GET_NS" --field-selector foo=bar
  same_as_kubectl get cm -o foo
  same_as_kubectl get cm x -A
  same_as_kubectl get cm x -l a=b
  same_as_kubectl get cm/x -l a=b
  same_as_kubectl get ns/a/b
  same_as_kubectl get cm --show-labels -o json
  same_as_kubectl get cm --output-watch-events
  same_as_kubectl get --raw /api -o json
  same_as_kubectl_named get cm --chunk-size=x
  run_both get
  [ "${K_ERR//kubectl/kctl}" = "$C_ERR" ] && [ "$K_RC" = "$C_RC" ] || fail "get without a type: $C_ERR"
}

test_get_forbidden_matches_kubectl() {
  get_fixture
  local bob=$KCTL_CLUSTER_DIR/bob.kubeconfig
  same_as_kubectl --kubeconfig "$bob" get cm -n "$GET_NS" -o name
  same_as_kubectl --kubeconfig "$bob" get secrets -n "$GET_NS"
  same_as_kubectl --kubeconfig "$bob" get secret creds -n "$GET_NS"
  same_as_kubectl --kubeconfig "$bob" get ns
  same_as_kubectl --kubeconfig "$bob" get cm -A -o json
}

# Both tools watch the same namespace while a configmap is created, changed
# and deleted; their outputs must be the same lines (ages masked).
test_get_watch_matches_kubectl() {
  get_fixture
  local ns=kctl-get-watch
  kubectl get ns "$ns" >/dev/null 2>&1 || kubectl create ns "$ns" >/dev/null
  kubectl delete cm -n "$ns" --all >/dev/null 2>&1 || true
  kubectl create cm -n "$ns" first --from-literal=a=1 >/dev/null
  local flags
  for flags in "" "--output-watch-events" "-o name" "-o json --output-watch-events" "--watch-only" "-o yaml" "-o yaml --output-watch-events" \
    "-o custom-columns=NAME:.metadata.name,B:.data.b" "--output-watch-events -o custom-columns=T:.type,N:.object.metadata.name" \
    "-o jsonpath={.metadata.name}{\"\\n\"}" "--output-watch-events -o jsonpath={.type}:{.object.data.b}{\"\\n\"}"; do
    # shellcheck disable=SC2086
    (timeout 6 kubectl get cm -n "$ns" -w $flags >k.out 2>k.err || true) &
    # shellcheck disable=SC2086
    (timeout 6 "$KCTL" get cm -n "$ns" -w $flags >c.out 2>c.err || true) &
    sleep 2
    kubectl create cm -n "$ns" second --from-literal=b=2 >/dev/null
    kubectl patch cm -n "$ns" second -p '{"data":{"b":"3"}}' >/dev/null
    kubectl delete cm -n "$ns" second >/dev/null
    wait
    sed -i -E 's/ +[0-9]+[smhd][0-9smhd]*$//; s/"(resourceVersion|creationTimestamp|uid|time)": ?"[^"]*"/"\1": X/g; s/(resourceVersion|creationTimestamp|uid|time): .*/\1: X/' k.out c.out
    diff k.out c.out >&2 || fail "watch output differs for flags '$flags'"
    diff k.err c.err >&2 || fail "watch errors differ for flags '$flags'"
    [ -s c.out ] || fail "kctl printed nothing for flags '$flags'"
  done
  # Bad templates end the watch before it starts, with kubectl's errors.
  local bad
  for bad in 'jsonpath={.metadata.name' jsonpath= custom-columns=NAME custom-columns=; do
    run_both get cm -n "$ns" -w -o "$bad"
    [ "$C_RC" = 1 ] && [ "$C_RC" = "$K_RC" ] && [ "$C_ERR" = "$K_ERR" ] && [ -z "$C_OUT" ] ||
      fail "-w -o $bad: kubectl rc=$K_RC $K_ERR; kctl rc=$C_RC $C_ERR"
  done
}

test_get_colour_only_when_asked_or_on_a_terminal() {
  get_fixture
  local plain colored
  plain=$("$KCTL" get pods -n "$GET_NS")
  case "$plain" in *$'\e['*) fail "colour written to a pipe" ;; esac
  colored=$("$KCTL" get pods -n "$GET_NS" --color=always)
  case "$colored" in *$'\e[1mNAME'*) ;; *) fail "no bold header with --color=always: $colored" ;; esac
  case "$colored" in *$'\e[32mRunning\e[0m'*) ;; *) fail "Running not green: $colored" ;; esac
  # the text without its escapes is kubectl's (the AGE column aside: a
  # second may pass between the two runs)
  local unage='s/ +[0-9]+[smhd][0-9smhd]*$//'
  [ "$(sed 's/\x1b\[[0-9;]*m//g' <<<"$colored" | sed -E "$unage")" = "$(sed -E "$unage" <<<"$plain")" ] ||
    fail "colour changed the layout"
  colored=$(NO_COLOR=1 script -qec "$KCTL get pods -n $GET_NS" /dev/null)
  case "$colored" in *$'\e['*) fail "colour despite NO_COLOR" ;; esac
  colored=$(script -qec "$KCTL get pods -n $GET_NS" /dev/null)
  case "$colored" in *$'\e[1mNAME'*) ;; *) fail "no colour on a terminal: $colored" ;; esac
  expect 1 'invalid --color value "pink"' get pods --color=pink
}

test_get_templates_and_sorting_match_kubectl() {
  get_fixture
  same_as_kubectl get cm -n "$GET_NS" -o 'jsonpath={.items[*].metadata.name}'
  same_as_kubectl get cm -n "$GET_NS" -o 'jsonpath={range .items[*]}{.metadata.name}{"\t"}{.data}{"\n"}{end}'
  same_as_kubectl get cm web-config -n "$GET_NS" -o 'jsonpath={.data.a} {.metadata.labels}'
  same_as_kubectl get pods -n "$GET_NS" -o 'jsonpath={..image}'
  same_as_kubectl get cm -n "$GET_NS" -o 'jsonpath={.items[?(@.metadata.name=="db-config")].data.url}'
  same_as_kubectl get cm -n "$GET_NS" -o 'custom-columns=NAME:.metadata.name,APP:.metadata.labels.app,KEYS:.data'
  same_as_kubectl get cm -n "$GET_NS" -o 'custom-columns=NAME:.metadata.name' --no-headers
  printf 'NAME APP\n.metadata.name .metadata.labels.app\n' >cols.txt
  same_as_kubectl get cm -n "$GET_NS" -o custom-columns-file=cols.txt
  printf '{.items[*].metadata.name}' >tmpl.txt
  same_as_kubectl get cm -n "$GET_NS" -o jsonpath-file=tmpl.txt
  same_as_kubectl_aged get cm -n "$GET_NS" --sort-by=.metadata.name
  same_as_kubectl_aged get cm -n "$GET_NS" --sort-by='{.metadata.labels.app}'
  same_as_kubectl get cm -n "$GET_NS" --sort-by=.metadata.name -o name
  same_as_kubectl get cm,svc -n "$GET_NS" --sort-by=.metadata.name -o 'custom-columns=N:.metadata.name'
  # bad templates and fields: kubectl's messages and exit codes
  same_as_kubectl get cm -n "$GET_NS" -o 'jsonpath={.items[0'
  same_as_kubectl get cm -n "$GET_NS" -o jsonpath
  same_as_kubectl get cm -n "$GET_NS" -o 'custom-columns=NAME'
  same_as_kubectl get cm -n "$GET_NS" -o custom-columns=
  same_as_kubectl get cm -n "$GET_NS" -o name --sort-by=.nope
  same_as_kubectl get cm -n "$GET_NS" --sort-by=.nope
}
