# kctl set image, env and resources against kubectl's, on Deployments of
# no replicas (the pod template is all that matters here). Uses
# test_write.sh's write_namespaces, both and W_OUT_FILTER.

# Server objects printed with -o yaml or json differ in what the server
# and its controllers fill in at their own pace.
SET_YAML_FILTER="sed -e '/^status:/,\$d' -e '/deployment.kubernetes.io\\/revision/d' -e '/^  annotations:\$/d' \
  -e 's/^\\(  *\\)\\(uid\\|resourceVersion\\|creationTimestamp\\|generation\\): .*/\\1\\2: X/'"
SET_JSON_FILTER="jq 'del(.status) | .metadata |= del(.uid, .resourceVersion, .creationTimestamp, .generation, .annotations)'"

# set_fixtures: in each namespace a Deployment web (containers app and
# side, init container init, label app=web), a ConfigMap cm and a Secret sec.
set_fixtures() {
  local ns
  for ns in "$W_K" "$W_C"; do
    kubectl -n "$ns" create -f - >/dev/null <<'YAML'
apiVersion: apps/v1
kind: Deployment
metadata: {name: web, labels: {app: web}}
spec:
  replicas: 0
  selector: {matchLabels: {app: web}}
  template:
    metadata: {labels: {app: web}}
    spec:
      initContainers:
      - {name: init, image: busybox:1}
      containers:
      - {name: app, image: nginx:1, env: [{name: KEEP, value: "k"}]}
      - {name: side, image: busybox:1}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: cm}
data: {a.b: "1"}
---
apiVersion: v1
kind: Secret
metadata: {name: sec}
stringData: {pw: p, user: u}
YAML
  done
}

# same_templates: the Deployments' pod templates in both namespaces.
same_templates() {
  local k c strip='[.items[] | {name: .metadata.name, template: .spec.template}]'
  k=$(kubectl get deployments -n "$W_K" -o json | jq -S "$strip")
  c=$(kubectl get deployments -n "$W_C" -o json | jq -S "$strip")
  [ "$k" = "$c" ] || { echo "    templates differ:" >&2; diff <(echo "$k") <(echo "$c") | head -30 >&2; return 1; }
}

test_write_set_image_matches_kubectl() {
  write_namespaces setimg
  set_fixtures
  both set image deployment/web app=nginx:2 -n @NS@
  both set image deployment/web app=nginx:2 -n @NS@
  both set image deployment web init=busybox:2 -n @NS@
  both set image deploy/web '*=nginx:3' -n @NS@
  same_templates
  both set image deploy/web nope=x -n @NS@
  both set image deploy/web nope=x app=nginx:4 -n @NS@
  both set image deploy/web app=nginx:5 -n @NS@ -o name
  both set image deploy/web app=nginx:6 -n @NS@ --dry-run=client
  both set image deploy/web app=nginx:6 -n @NS@ --dry-run=server
  both set image deploy -l app=web side=busybox:3 -n @NS@
  both set image deploy --all side=busybox:4 -n @NS@
  same_templates
  W_OUT_FILTER=$SET_YAML_FILTER both set image deploy/web app=nginx:7 -n @NS@ -o yaml
  W_OUT_FILTER=$SET_JSON_FILTER both set image deploy/web app=nginx:8 -n @NS@ -o json
  W_OUT_FILTER=$SET_JSON_FILTER both set image deploy/web app=nginx:9 -n @NS@ --dry-run=client -o json
  same_templates
  # Errors.
  both set image deploy/web -n @NS@
  both set image -n @NS@
  both set image deploy/web a=b x -n @NS@
  both set image deploy/web app- -n @NS@
  both set image deploy/web '*=a' b=c -n @NS@
  both set image deploy/nope a=b -n @NS@
  both set image configmap/cm a=b -n @NS@
  both set image deploy --all -l app=web a=b -n @NS@
  both set image deploy/web app=x --dry-run=bogus -n @NS@
  both set image deploy/web app=x -o wide -n @NS@
}

test_write_set_env_matches_kubectl() {
  write_namespaces setenv
  set_fixtures
  both set env deploy/web A=1 B=2 -n @NS@
  both set env deploy/web A=1 -n @NS@
  both set env deploy/web B- -n @NS@
  both set env deploy/web Z- -n @NS@
  both set env deploy/web -e C=3 -c app -n @NS@
  both set env deploy/web --from=configmap/cm -c app -n @NS@
  both set env deploy/web --from=secret/sec --prefix=S_ --keys=pw -c 'ap*' -n @NS@
  both set env deploy/web EMPTY= -c side -n @NS@
  same_templates
  both set env deploy/web --list -n @NS@
  both set env deploy/web --list --resolve -c app -n @NS@
  both set env deploy/web A=3 --overwrite=false -n @NS@
  both set env deploy/web -c nope D=1 -n @NS@
  both set env deploy/web D=4 -o name -n @NS@
  both set env deploy/web D=5 --dry-run=client -n @NS@
  both set env deploy/web D=5 --dry-run=server -n @NS@
  W_OUT_FILTER=$SET_YAML_FILTER both set env deploy/web E=6 -c side -n @NS@ -o yaml
  W_OUT_FILTER=$SET_JSON_FILTER both set env deploy/web F=7 -c side --dry-run=client -n @NS@ -o json
  same_templates
  # Errors.
  both set env deploy/web 1A=1 -n @NS@
  both set env deploy/web .=1 -n @NS@
  both set env deploy/web A=1 A- -n @NS@
  both set env deploy/web A=1 x -n @NS@
  both set env deploy/web --keys=a D=1 -n @NS@
  both set env deploy/web --list -o yaml -n @NS@
  both set env deploy/web --from=deployment/web -n @NS@
  both set env deploy/nope A=1 -n @NS@
  both set env A=1 -n @NS@
  both set env configmap/cm A=1 -n @NS@
}

test_write_set_resources_matches_kubectl() {
  write_namespaces setres
  set_fixtures
  both set resources deploy/web --limits=cpu=200m,memory=512Mi -n @NS@
  both set resources deploy/web --limits=cpu=200m,memory=512Mi -n @NS@
  both set resources deploy/web --requests=cpu=0.1,memory=256Mi -c app -n @NS@
  both set resources deploy/web --limits=memory=1024Mi -c 'si*' -n @NS@
  same_templates
  both set resources deploy/web --limits=cpu=1 -c nope -n @NS@
  both set resources deploy/web --limits=cpu=2 -o name -n @NS@
  both set resources deploy/web --limits=cpu=3 --dry-run=client -n @NS@
  both set resources deploy/web --limits=cpu=3 --dry-run=server -n @NS@
  W_OUT_FILTER=$SET_YAML_FILTER both set resources deploy/web --limits=cpu=1500m -n @NS@ -o yaml
  same_templates
  # Errors.
  both set resources deploy/web -n @NS@
  both set resources deploy/web --limits=cpu=abc -n @NS@
  both set resources deploy/web --limits=foo -n @NS@
  both set resources deploy/web --requests=cpu=5 -n @NS@
  both set resources deploy/nope --limits=cpu=1 -n @NS@
  both set resources configmap/cm --limits=cpu=1 -n @NS@
}

test_write_set_local_matches_kubectl() {
  write_namespaces setlocal
  kubectl create deployment loc --image=nginx:1 --dry-run=client -o yaml >loc.yaml
  both set image --local -f loc.yaml nginx=nginx:2 -o yaml
  both set image --local -f loc.yaml nginx=nginx:2
  both set image --local -f loc.yaml nginx=nginx:2 -o name
  both set image --local -f loc.yaml nginx=nginx:1
  both set env --local -f loc.yaml A=1 -o yaml
  both set resources --local -f loc.yaml --limits=cpu=1,memory=1Gi -o yaml
  both set image --local deploy/loc nginx=x
  both set image --local nginx=x
  both set image --local -f loc.yaml nginx=x --dry-run=server
  both set env --local -f loc.yaml A=1 --dry-run=server
  both set resources --local -f loc.yaml --limits=cpu=1 --dry-run=server
}
