#!/usr/bin/env bash
# Writes the fuzz targets' seed corpora (tests/fuzz/corpus/<target>/) from
# real inputs: kubeconfigs written by kubectl, the test cluster's own
# answers (objects, lists, Status errors, a watch stream with its ERROR
# event), kubectl's manifests, tar streams written by GNU tar and Python's
# tarfile, and the SPDY frames of spdy_seed_writer. Run once by hand with
# the test cluster up; the result is committed. No secret goes in: the
# kubeconfigs carry made-up tokens and base64 "certificates".
# Usage: make_corpus.sh FUZZ_BUILD_DIR   (a -Dfuzzing=true build)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: make_corpus.sh FUZZ_BUILD_DIR}" && pwd)
# shellcheck disable=SC1091
source "${KCTL_CLUSTER_DIR:-/tmp/kctl-test-cluster}/env.sh"
export KUBECONFIG=$KCTL_TEST_KUBECONFIG
out=$here/corpus
rm -rf "$out"; mkdir -p "$out"
work=$(mktemp -d); trap 'rm -rf "$work"; kubectl delete ns kctl-fuzz-corpus --wait=false >/dev/null 2>&1 || true' EXIT
c() { mkdir -p "$out/$1"; cat >"$out/$1/$2"; }   # c TARGET NAME < bytes

# --- kubeconfig: written by kubectl's own config commands -------------------
kc=$work/kubeconfig
fake_b64=$(printf 'not a certificate, a fuzz seed' | base64 -w0)
KUBECONFIG=$kc kubectl config set-cluster prod --server=https://10.0.0.1:6443 --tls-server-name=api.prod >/dev/null
KUBECONFIG=$kc kubectl config set clusters.prod.certificate-authority-data "$fake_b64" >/dev/null
KUBECONFIG=$kc kubectl config set-cluster dev --server=http://127.0.0.1:8080 --insecure-skip-tls-verify=true >/dev/null
KUBECONFIG=$kc kubectl config set-credentials alice --token=fake-token-for-fuzz-seeds >/dev/null
KUBECONFIG=$kc kubectl config set-credentials bob --username=bob --password=fake-password >/dev/null
KUBECONFIG=$kc kubectl config set-credentials carol --exec-command=/usr/bin/get-token --exec-api-version=client.authentication.k8s.io/v1 \
  --exec-arg=--cluster --exec-arg=prod --exec-env=REGION=eu >/dev/null
KUBECONFIG=$kc kubectl config set-credentials dave --client-certificate=/etc/kctl/dave.crt --client-key=/etc/kctl/dave.key >/dev/null
KUBECONFIG=$kc kubectl config set users.erin.client-certificate-data "$fake_b64" >/dev/null
KUBECONFIG=$kc kubectl config set-context prod --cluster=prod --user=alice --namespace=web >/dev/null
KUBECONFIG=$kc kubectl config set-context dev --cluster=dev --user=carol >/dev/null
KUBECONFIG=$kc kubectl config set-context broken --cluster=missing --user=nobody >/dev/null
KUBECONFIG=$kc kubectl config use-context prod >/dev/null
c fuzz_kubeconfig kubectl-written <"$kc"
KUBECONFIG=$kc kubectl config view -o json | c fuzz_kubeconfig kubectl-view.json
KUBECONFIG=$kc kubectl config view --minify --raw | c fuzz_kubeconfig kubectl-minified
c fuzz_kubeconfig test-cluster <"$KCTL_TEST_KUBECONFIG"
printf 'apiVersion: v1\nkind: Config\npreferences: {}\n' | c fuzz_kubeconfig empty-config

# --- manifests: kubectl's generators and the cluster's objects --------------
kubectl create deployment web --image=nginx --replicas=2 --port=80 --dry-run=client -o yaml | c fuzz_manifest deployment.yaml
kubectl create deployment web --image=nginx --dry-run=client -o json | c fuzz_manifest deployment.json
{ kubectl create configmap cfg --from-literal=a=1 --from-literal=b='two words' --dry-run=client -o yaml; echo ---
  kubectl create service clusterip web --tcp=80:8080 --dry-run=client -o yaml; echo ---
  kubectl create job once --image=busybox --dry-run=client -o yaml -- echo hi; } | c fuzz_manifest multi-document.yaml
kubectl get ns default kube-system -o yaml | c fuzz_manifest list.yaml
kubectl get clusterrole view -o json | c fuzz_manifest clusterrole.json

# --- objects for the templates: a pod as the cluster returns it -------------
kubectl create ns kctl-fuzz-corpus >/dev/null
kubectl apply -n kctl-fuzz-corpus -f - >/dev/null <<POD
apiVersion: v1
kind: Pod
metadata: {name: web-0, labels: {app: web, tier: front}, annotations: {note: "a b"}}
spec:
  nodeName: $KCTL_TEST_NODE
  containers:
  - {name: c, image: nginx, command: [sleep, "3600"], ports: [{containerPort: 80, name: http}], env: [{name: A, value: "1"}]}
  - {name: d, image: busybox, command: [sleep, "3600"]}
POD
kubectl wait -n kctl-fuzz-corpus --for=condition=Ready pod/web-0 --timeout=60s >/dev/null
pod=$(kubectl get -n kctl-fuzz-corpus pod web-0 -o json | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin), separators=(",", ":")))')
jsonpath_seeds=(
  '{.metadata.name}' '{.items[*].metadata.name}' '{.spec.containers[?(@.name=="c")].image}'
  '{range .spec.containers[*]}{.name}{"\t"}{.image}{"\n"}{end}' '{.metadata.labels.app}'
  '{.status.containerStatuses[0].restartCount}' '{..image}' '{.spec.containers[-1:].name}'
  '{.metadata.annotations.note}' '{range .status.conditions[?(@.status=="True")]}{.type} {end}'
  '{$.kind}' '{.spec.containers[0:2].ports[*].containerPort}' '{.metadata.labels[*]}')
i=0; for t in "${jsonpath_seeds[@]}"; do printf '%s\n%s' "$t" "$pod" | c fuzz_jsonpath "template-$i"; i=$((i + 1)); done
columns_seeds=('NAME:.metadata.name,NS:.metadata.namespace' 'IMAGES:.spec.containers[*].image,READY:.status.containerStatuses[*].ready'
  'APP:{.metadata.labels.app},IP:.status.podIP' 'NAME:.metadata.name RESTARTS:.status.containerStatuses[0].restartCount')
i=0; for t in "${columns_seeds[@]}"; do printf '%s\n%s' "$t" "$pod" | c fuzz_custom_columns "spec-$i"; i=$((i + 1)); done
printf 'NAME IMAGE\n.metadata.name .spec.containers[0].image\n' | c fuzz_custom_columns template-file

# --- Status errors as the apiserver sends them ------------------------------
# The first two bytes choose the status (table in fuzz_status_error.cc) and
# the Content-Type.
status_seed() {  # status_seed NAME STATUS_INDEX TYPE_INDEX CURL_ARGS...
  local name=$1 si=$2 ti=$3; shift 3
  { printf "\\x$(printf %02x "$si")\\x$(printf %02x "$ti")"
    curl -s --cacert "$KCTL_TEST_CA" --cert "$KCTL_TEST_ADMIN_CERT" --key "$KCTL_TEST_ADMIN_KEY" "$@"; } | c fuzz_status_error "$name"
}
api=$KCTL_TEST_SERVER/api/v1/namespaces/kctl-fuzz-corpus
status_seed not-found 3 0 "$api/pods/nope"
status_seed already-exists 6 0 -X POST -H 'Content-Type: application/json' -d "$(kubectl get -n kctl-fuzz-corpus pod web-0 -o json)" "$api/pods"
status_seed invalid 9 0 -X POST -H 'Content-Type: application/json' -d '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"Bad_Name"}}' "$api/configmaps"
status_seed bad-request 0 0 "$api/pods?labelSelector=a%3D%3D%3Db"
status_seed unsupported-media 8 0 -X POST -H 'Content-Type: text/csv' -d 'a,b' "$api/configmaps"
{ printf '\x01\x00'; curl -s --cacert "$KCTL_TEST_CA" "$api/pods"; } | c fuzz_status_error forbidden-anonymous
printf '\x0b\x01<html><head><title>500 Internal Server Error</title></head><body><h1>Internal Server Error</h1></body></html>\n' | c fuzz_status_error html-500

# --- a watch stream, and the ERROR event of an expired version --------------
{ printf '\x20'   # piece size byte (fuzz_input.h)
  curl -s -N --cacert "$KCTL_TEST_CA" --cert "$KCTL_TEST_ADMIN_CERT" --key "$KCTL_TEST_ADMIN_KEY" \
    "$api/configmaps?watch=1&timeoutSeconds=4" &
  sleep 1
  kubectl create -n kctl-fuzz-corpus configmap w --from-literal=a=1 >/dev/null
  kubectl patch -n kctl-fuzz-corpus configmap w -p '{"data":{"a":"2"}}' >/dev/null
  kubectl delete -n kctl-fuzz-corpus configmap w >/dev/null
  wait; } | c fuzz_watch_events configmaps
{ printf '\x05'
  curl -s -N --cacert "$KCTL_TEST_CA" --cert "$KCTL_TEST_ADMIN_CERT" --key "$KCTL_TEST_ADMIN_KEY" \
    "$api/configmaps?watch=1&resourceVersion=1&timeoutSeconds=2"; } | c fuzz_watch_events from-version-1
# The event a watch from an expired version ends with (a 1.20 apiserver
# keeps every version of a young cluster in its watch cache, so it is
# written here in the apiserver's shape; tests/e2e/test_get_watch_restart.sh
# gets a real one).
printf '\x30{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"too old resource version: 1 (1136)","reason":"Expired","code":410}}\n' |
  c fuzz_watch_events error-expired
{ printf '\x40'
  curl -s -N --cacert "$KCTL_TEST_CA" --cert "$KCTL_TEST_ADMIN_CERT" --key "$KCTL_TEST_ADMIN_KEY" \
    "$api/pods?watch=1&timeoutSeconds=1"; } | c fuzz_watch_events pods

# --- tar streams: GNU tar as a container runs it, Python's formats ----------
t=$work/tree; mkdir -p "$t/dir/sub" "$t/$(printf 'long%.0s' {1..30})"
echo hello >"$t/dir/a.txt"; printf 'x%.0s' {1..700} >"$t/dir/sub/b.bin"; ln -s a.txt "$t/dir/link"
ln "$t/dir/a.txt" "$t/dir/hard"; echo l >"$t/$(printf 'long%.0s' {1..30})/$(printf 'name%.0s' {1..30}).txt"
(cd "$t" && tar cf - dir) | c fuzz_tar gnu-tar-dir
(cd "$t" && tar cf - --format=gnu .) | c fuzz_tar gnu-long-names
(cd "$t" && tar cf - --format=pax .) | c fuzz_tar pax
(cd "$t" && tar cf - --format=ustar dir) | c fuzz_tar ustar
python3 - "$out/fuzz_tar" <<'PY'
import io, sys, tarfile
def add(tf, name, data=b"", **kw):
    ti = tarfile.TarInfo(name); ti.size = len(data)
    for k, v in kw.items(): setattr(ti, k, v)
    tf.addfile(ti, io.BytesIO(data))
for fmt, name in ((tarfile.PAX_FORMAT, "python-pax-escapes"), (tarfile.GNU_FORMAT, "python-gnu-escapes")):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=fmt) as tf:
        add(tf, "ok/file", b"fine\n")
        add(tf, "../escape", b"no\n")
        add(tf, "/abs/path", b"abs\n")
        add(tf, "ok/link", type=tarfile.SYMTYPE, linkname="../../outside")
        add(tf, "ok/hard", type=tarfile.LNKTYPE, linkname="/etc/passwd")
        add(tf, "ok/" + "x" * 200, b"long\n")
        add(tf, "ok/fifo", type=tarfile.FIFOTYPE)
    open(f"{sys.argv[1]}/{name}", "wb").write(buf.getvalue())
PY

# --- WebSocket messages from the server (RFC 6455, unmasked) ----------------
python3 - "$out" <<'PY'
import json, os, struct, sys
out = sys.argv[1] + "/fuzz_websocket_channels"; os.makedirs(out, exist_ok=True)
def frame(op, payload, fin=True):
    b = bytes([(0x80 if fin else 0) | op]); n = len(payload)
    b += bytes([n]) if n < 126 else (bytes([126]) + struct.pack(">H", n) if n < 65536 else bytes([127]) + struct.pack(">Q", n))
    return b + payload
status = json.dumps({"metadata": {}, "status": "Failure", "message": "command terminated with non-zero exit code: error executing command [sh -c exit 3], exit code 3",
                     "reason": "NonZeroExitCode", "details": {"causes": [{"reason": "ExitCode", "message": "3"}]}}, separators=(",", ":")).encode()
v5 = frame(2, b"\x01") + frame(2, b"\x01hello\n") + frame(2, b"\x02oops\n") + frame(2, b"\xff\x01") + frame(2, b"\x03" + status) + frame(8, struct.pack(">H", 1000))
open(out + "/v5-session", "wb").write(b"\x10" + v5)
frag = frame(2, b"\x01part one, ", fin=False) + frame(9, b"ping") + frame(0, b"part two", fin=True) + frame(2, b"\x03" + b'{"metadata":{},"status":"Success"}')
open(out + "/fragmented", "wb").write(b"\x3f" + frag)
big = frame(2, b"\x01" + b"y" * 70000) + frame(8, b"")
open(out + "/large-message", "wb").write(b"\x3f" + big)
PY

# --- debug --custom profiles (kubectl's documented examples and more) -------
printf 'env:\n- name: DEBUG\n  value: "1"\nsecurityContext:\n  capabilities:\n    add: [NET_ADMIN]\n' | c fuzz_debug_custom_profile env-caps.yaml
printf '{"env":[{"name":"A","value":"b"}],"resources":{"limits":{"cpu":"100m"}},"volumeMounts":[{"name":"v","mountPath":"/v"}]}' | c fuzz_debug_custom_profile resources.json
printf 'securityContext:\n  runAsUser: 0\n  privileged: false\nimagePullPolicy: Always\nstdin: false\nworkingDir: ""\n' | c fuzz_debug_custom_profile security.yaml
printf 'command: [sh]\nimage: nope\nname: x\nports: [{containerPort: 1}]\n' | c fuzz_debug_custom_profile disallowed.yaml

# --- SPDY sessions ------------------------------------------------------------
mkdir -p "$out/fuzz_spdy_frames"
"$build/tests/fuzz/spdy_seed_writer" "$out/fuzz_spdy_frames"

for d in "$out"/*/; do echo "$(basename "$d"): $(ls "$d" | wc -l) seeds"; done
