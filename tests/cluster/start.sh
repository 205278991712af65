#!/usr/bin/env bash
# Starts a real test cluster (Debian's etcd + kube-apiserver,
# kube-controller-manager and kube-scheduler 1.20.2, a kubelet stand-in for
# one node, a streaming front) on loopback, with its state in
# $KCTL_CLUSTER_DIR. Each fresh start makes new certificates, tokens and an
# empty etcd; if the cluster there is already running and ready, it only says
# so (or starts what of it is missing). Source $KCTL_CLUSTER_DIR/env.sh after.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
DIR=${KCTL_CLUSTER_DIR:-/tmp/kctl-test-cluster}
PORT=${KCTL_CLUSTER_PORT:-16443}
ETCD_PORT=${KCTL_CLUSTER_ETCD_PORT:-23790}   # peer port is ETCD_PORT+10
CACHE=${KCTL_CLUSTER_CACHE:-$HOME/.cache/kctl-test-cluster}
SERVER=https://127.0.0.1:$PORT
KUBELET_PORT=${KCTL_CLUSTER_KUBELET_PORT:-$((10250 + PORT - 16443))}
FRONT_PORT=${KCTL_CLUSTER_FRONT_PORT:-$((PORT + 1000))}   # the streaming front (README.md)
FRONT_SERVER=https://127.0.0.1:$FRONT_PORT
# Their HTTPS ports (only /healthz is used, to see them up); the usual 10257
# and 10259 plus the offset, as for the kubelet's, so two clusters can run.
CM_PORT=${KCTL_CLUSTER_CONTROLLER_MANAGER_PORT:-$((10257 + PORT - 16443))}
SCHED_PORT=${KCTL_CLUSTER_SCHEDULER_PORT:-$((10259 + PORT - 16443))}
NODE=kctl-test-node

"$HERE/build-control-plane.sh"
"$HERE/build-kubelet-standin.sh" || {
  echo "kctl test cluster: building the kubelet stand-in failed (tests/cluster/build-kubelet-standin.sh)" >&2
  exit 1
}
"$HERE/build-streaming-front.sh" || {
  echo "kctl test cluster: building the streaming front failed (tests/cluster/build-streaming-front.sh)" >&2
  exit 1
}

mkdir -p "$DIR"
DIR=$(cd "$DIR" && pwd)
PKI=$DIR/pki
exec 9>"$DIR/.start.lock"   # serialise concurrent start.sh on one dir
flock 9

ready() {
  curl -sf --max-time 5 --cacert "$PKI/ca.crt" --cert "$PKI/admin.crt" --key "$PKI/admin.key" \
    "$SERVER/readyz" >/dev/null 2>&1
}
running() { [ -f "$DIR/$1.pid" ] && kill -0 "$(cat "$DIR/$1.pid")" 2>/dev/null; }
port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
# The stand-in is up (its /healthz says so once it has registered the node) and
# the node is Ready.
node_ready() {
  local c=(-sf --max-time 5 --cacert "$PKI/ca.crt" --cert "$PKI/admin.crt" --key "$PKI/admin.key")
  curl "${c[@]}" "https://127.0.0.1:$KUBELET_PORT/healthz" >/dev/null 2>&1 &&
    curl "${c[@]}" "$SERVER/api/v1/nodes/$NODE" 2>/dev/null | tr -d ' \n' | grep -q '"type":"Ready","status":"True"'
}
# The kubelet stand-in (README.md): registers $NODE, runs its pods' containers as
# processes and serves exec/attach/port-forward/logs. Returns 1 if it fails.
start_standin() {
  if port_busy "$KUBELET_PORT"; then
    echo "port 127.0.0.1:$KUBELET_PORT (kubelet stand-in) is already in use by another process" >&2
    return 1
  fi
  setsid "$CACHE/bin/kubelet-standin" --kubeconfig "$DIR/kubelet.kubeconfig" --node-name "$NODE" \
    --port "$KUBELET_PORT" --client-ca-file "$PKI/ca.crt" \
    --tls-cert-file "$PKI/kubelet-serving.crt" --tls-private-key-file "$PKI/kubelet-serving.key" \
    --root-dir "$DIR/kubelet" --v=2 >"$DIR/kubelet-standin.log" 2>&1 </dev/null 9>&- &
  echo $! >"$DIR/kubelet-standin.pid"
  for _ in $(seq 60); do
    node_ready && return 0
    running kubelet-standin || break
    sleep 0.5
  done
  echo "kctl test cluster: the kubelet stand-in did not make node $NODE Ready; last lines of $DIR/kubelet-standin.log:" >&2
  tail -n 30 "$DIR/kubelet-standin.log" >&2
  return 1
}

# The streaming front (README.md): WebSocket exec/attach/port-forward as a
# 1.31+ apiserver serves them, before the apiserver. Returns 1 if it fails.
start_front() {
  if port_busy "$FRONT_PORT"; then
    echo "port 127.0.0.1:$FRONT_PORT (streaming front) is already in use by another process" >&2
    return 1
  fi
  setsid "$CACHE/bin/streaming-front" --listen "127.0.0.1:$FRONT_PORT" --apiserver "$SERVER" \
    --ca "$PKI/ca.crt" --tls-cert "$PKI/streaming-front.crt" --tls-key "$PKI/streaming-front.key" \
    --client-cert "$PKI/streaming-front-client.crt" --client-key "$PKI/streaming-front-client.key" \
    --v=2 >"$DIR/streaming-front.log" 2>&1 </dev/null 9>&- &
  echo $! >"$DIR/streaming-front.pid"
  for _ in $(seq 40); do
    curl -sf --max-time 5 --cacert "$PKI/ca.crt" --cert "$PKI/admin.crt" --key "$PKI/admin.key" \
      "$FRONT_SERVER/readyz" >/dev/null 2>&1 && return 0
    running streaming-front || break
    sleep 0.5
  done
  echo "kctl test cluster: the streaming front did not answer on $FRONT_SERVER; last lines of $DIR/streaming-front.log:" >&2
  tail -n 30 "$DIR/streaming-front.log" >&2
  return 1
}
# kube-controller-manager and kube-scheduler (README.md): the controllers
# (Deployments get pods, namespaces are finalized ...) and the scheduler that
# binds pods to $NODE. Leader election is off: one instance each, and a
# restarted one must not wait for its dead predecessor's lease.
# --port=0: no insecure HTTP port (1.20 would serve 10252/10251 to everyone,
# and a second cluster could not start). Each serves HTTPS on its own port
# with a self-signed certificate in pki/; the test CA's client certificates
# are accepted there (--authentication-skip-lookup: else each looks for the
# apiserver's request-header CA, which this cluster has not, and logs an
# error about it every few seconds).
start_controllers() {
  local name port
  for port in "$CM_PORT" "$SCHED_PORT"; do
    if port_busy "$port"; then
      echo "port 127.0.0.1:$port (controller manager or scheduler) is already in use by another process" >&2
      return 1
    fi
  done
  # --use-service-account-credentials: each controller runs as its own service
  # account (system:serviceaccount:kube-system:<controller>) with the
  # system:controller:* RBAC roles, as in kubeadm's clusters; those accounts'
  # tokens come from the token controller, signed with sa.key.
  # --root-ca-file: put in those tokens' secrets and in the kube-root-ca.crt
  # config maps. --cluster-signing-*: the CSR signer signs with the test CA.
  setsid "$CACHE/bin/kube-controller-manager" \
    --kubeconfig="$DIR/controller-manager.kubeconfig" \
    --authentication-kubeconfig="$DIR/controller-manager.kubeconfig" \
    --authorization-kubeconfig="$DIR/controller-manager.kubeconfig" \
    --client-ca-file="$PKI/ca.crt" --authentication-skip-lookup \
    --bind-address=127.0.0.1 --secure-port="$CM_PORT" --port=0 \
    --cert-dir="$PKI/kube-controller-manager" \
    --leader-elect=false \
    --use-service-account-credentials=true \
    --service-account-private-key-file="$PKI/sa.key" --root-ca-file="$PKI/ca.crt" \
    --cluster-signing-cert-file="$PKI/ca.crt" --cluster-signing-key-file="$PKI/ca.key" \
    --cluster-name=kctl-test \
    >"$DIR/kube-controller-manager.log" 2>&1 </dev/null 9>&- &
  echo $! >"$DIR/kube-controller-manager.pid"
  setsid "$CACHE/bin/kube-scheduler" \
    --kubeconfig="$DIR/scheduler.kubeconfig" \
    --authentication-kubeconfig="$DIR/scheduler.kubeconfig" \
    --authorization-kubeconfig="$DIR/scheduler.kubeconfig" \
    --client-ca-file="$PKI/ca.crt" --authentication-skip-lookup \
    --bind-address=127.0.0.1 --secure-port="$SCHED_PORT" --port=0 \
    --cert-dir="$PKI/kube-scheduler" \
    --leader-elect=false \
    >"$DIR/kube-scheduler.log" 2>&1 </dev/null 9>&- &
  echo $! >"$DIR/kube-scheduler.pid"
  for name in kube-controller-manager kube-scheduler; do
    port=$CM_PORT; [ "$name" = kube-scheduler ] && port=$SCHED_PORT
    for _ in $(seq 60); do
      # -k: the certificate is the self-signed one it just made.
      curl -skf --max-time 5 "https://127.0.0.1:$port/healthz" >/dev/null 2>&1 && continue 2
      running "$name" || break
      sleep 0.5
    done
    echo "kctl test cluster: $name did not answer on https://127.0.0.1:$port/healthz; last lines of $DIR/$name.log:" >&2
    tail -n 30 "$DIR/$name.log" >&2
    return 1
  done
  # Schedulable: the node lifecycle controller has removed the taint
  # node.kubernetes.io/not-ready (README.md), usually within a second.
  local c=(-sf --max-time 5 --cacert "$PKI/ca.crt" --cert "$PKI/admin.crt" --key "$PKI/admin.key")
  local node
  for _ in $(seq 60); do
    node=$(curl "${c[@]}" "$SERVER/api/v1/nodes/$NODE" 2>/dev/null) &&
      ! grep -q '"node.kubernetes.io/not-ready"' <<<"$node" && return 0
    sleep 0.5
  done
  echo "kctl test cluster: node $NODE still has the taint node.kubernetes.io/not-ready; see $DIR/kube-controller-manager.log" >&2
  return 1
}
# Their client certificates and kubeconfigs (made here too for a cluster
# started before there was a controller manager). The names are those the
# default RBAC bindings of 1.20 know: system:kube-controller-manager and
# system:kube-scheduler (cluster roles of the same names, and the
# extension-apiserver-authentication-reader role for their --authentication-kubeconfig).
control_plane_files() {
  if [ ! -f "$PKI/controller-manager.crt" ]; then
    sign controller-manager "/CN=system:kube-controller-manager" "$client_ext"
    sign scheduler "/CN=system:kube-scheduler" "$client_ext"
  fi
  kubeconfig controller-manager.kubeconfig "    client-certificate: $PKI/controller-manager.crt
    client-key: $PKI/controller-manager.key"
  kubeconfig scheduler.kubeconfig "    client-certificate: $PKI/scheduler.crt
    client-key: $PKI/scheduler.key"
}
# Its certificates (made here too for a cluster started before the front
# existed), front.kubeconfig and its lines in env.sh.
front_files() {
  if [ ! -f "$PKI/streaming-front-client.crt" ]; then
    sign streaming-front "/CN=kctl-streaming-front" "$server_ext"
    sign streaming-front-client "/O=system:masters/CN=kctl-streaming-front" "$client_ext"
  fi
  sed "s|server: $SERVER\$|server: $FRONT_SERVER|" "$DIR/admin.kubeconfig" >"$DIR/front.kubeconfig"
  if [ -f "$DIR/env.sh" ] && ! grep -q KCTL_TEST_FRONT_SERVER "$DIR/env.sh"; then
    printf "export KCTL_TEST_FRONT_SERVER='%s'\nexport KCTL_TEST_FRONT_KUBECONFIG='%s'\n" \
      "$FRONT_SERVER" "$DIR/front.kubeconfig" >>"$DIR/env.sh"
  fi
}
ossl() { openssl "$@" 2>/dev/null; }
# sign NAME SUBJECT EXTENSIONS: key + certificate signed by the CA.
sign() {
  ossl req -newkey rsa:2048 -nodes -subj "$2" -keyout "$PKI/$1.key" -out "$PKI/$1.csr"
  ossl x509 -req -in "$PKI/$1.csr" -CA "$PKI/ca.crt" -CAkey "$PKI/ca.key" -CAcreateserial \
    -days 3650 -out "$PKI/$1.crt" -extfile <(printf '%s\n' "$3")
  rm "$PKI/$1.csr"
}
# The apiserver's names (also the front's: it serves as the apiserver).
server_ext="basicConstraints=CA:FALSE
keyUsage=digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:kctl-test-apiserver,DNS:localhost,IP:127.0.0.1"
client_ext="basicConstraints=CA:FALSE
keyUsage=digitalSignature,keyEncipherment
extendedKeyUsage=clientAuth"

# kubeconfig FILE USER-FIELDS: one cluster/context "kctl-test", namespace default.
kubeconfig() {
  cat >"$DIR/$1" <<EOF
apiVersion: v1
kind: Config
clusters:
- name: kctl-test
  cluster:
    server: $SERVER
    certificate-authority: $PKI/ca.crt
users:
- name: kctl-test-user
  user:
$2
contexts:
- name: kctl-test
  context:
    cluster: kctl-test
    user: kctl-test-user
    namespace: default
current-context: kctl-test
EOF
}

if running etcd && running kube-apiserver && ready; then
  # Only the stand-in, the controller manager and scheduler or the front is
  # missing (it died, or the cluster was started before it existed): start
  # it, keeping the cluster.
  if ! running kubelet-standin && [ -f "$DIR/kubelet.kubeconfig" ]; then
    start_standin || exit 1
  fi
  if { ! running kube-controller-manager || ! running kube-scheduler; } && [ -f "$PKI/ca.key" ]; then
    "$HERE/stop.sh" --only kube-controller-manager kube-scheduler >/dev/null
    control_plane_files
    start_controllers || exit 1
  fi
  if ! running streaming-front && [ -f "$DIR/admin.kubeconfig" ]; then
    front_files
    start_front || exit 1
  fi
  if running kubelet-standin && running kube-controller-manager && running kube-scheduler &&
    running streaming-front; then
    echo "kctl test cluster already running and ready at $SERVER (state in $DIR)"
    exit 0
  fi
fi
"$HERE/stop.sh" >/dev/null   # leftovers of a half-dead cluster

for p in "$PORT" "$ETCD_PORT" $((ETCD_PORT + 10)) "$KUBELET_PORT" "$FRONT_PORT" "$CM_PORT" "$SCHED_PORT"; do
  if port_busy "$p"; then
    echo "port 127.0.0.1:$p is already in use by another process" >&2
    exit 1
  fi
done

# Only remove what this script creates: $DIR may be a directory with other files.
rm -rf "$PKI" "$DIR/etcd-data" "$DIR"/*.kubeconfig "$DIR/env.sh" "$DIR"/*.log "$DIR/kubelet"
mkdir -p "$PKI"
chmod 700 "$PKI"

# --- certificates -----------------------------------------------------------
ossl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj "/CN=kctl-test-ca" \
  -keyout "$PKI/ca.key" -out "$PKI/ca.crt"
sign apiserver "/CN=kctl-test-apiserver" "$server_ext"
sign admin "/O=system:masters/CN=admin" "$client_ext"
sign alice "/CN=alice" "$client_ext"
# For the apiserver's connections to kubelets (exec, logs, port-forward).
sign apiserver-kubelet-client "/O=system:masters/CN=kube-apiserver-kubelet-client" "$client_ext"
# For the kubelet stand-in: its identity towards the apiserver (system:masters,
# as it writes the node and pod statuses) and its serving certificate.
sign kubelet "/O=system:masters/CN=system:node:$NODE" "$client_ext"
sign kubelet-serving "/CN=$NODE" "basicConstraints=CA:FALSE
keyUsage=digitalSignature,keyEncipherment
extendedKeyUsage=serverAuth
subjectAltName=DNS:$NODE,DNS:localhost,IP:127.0.0.1"
ossl genrsa -out "$PKI/sa.key" 2048
ossl rsa -in "$PKI/sa.key" -pubout -out "$PKI/sa.pub"

# --- static tokens: long random hex, so tests can grep output for leaks -----
ADMIN_TOKEN=$(openssl rand -hex 32)
BOB_TOKEN=$(openssl rand -hex 32)
# token,user,uid,"groups"
cat >"$PKI/tokens.csv" <<EOF
$ADMIN_TOKEN,admin-token-user,admin-token-user,"system:masters"
$BOB_TOKEN,bob,bob
EOF

# --- etcd -------------------------------------------------------------------
# setsid: the daemons must outlive the shell (and process group) that ran us;
# 9>&-: and must not inherit, and so hold forever, the start lock.
# --unsafe-no-fsync: a throw-away test store; without it every write waits
# for the disk (about 40 ms here), and the read-path benchmark's 5,000 pods
# take minutes to create.
setsid /usr/bin/etcd --name kctl-test --data-dir "$DIR/etcd-data" --unsafe-no-fsync \
  --listen-client-urls "http://127.0.0.1:$ETCD_PORT" --advertise-client-urls "http://127.0.0.1:$ETCD_PORT" \
  --listen-peer-urls "http://127.0.0.1:$((ETCD_PORT + 10))" \
  --initial-advertise-peer-urls "http://127.0.0.1:$((ETCD_PORT + 10))" \
  --initial-cluster "kctl-test=http://127.0.0.1:$((ETCD_PORT + 10))" \
  >"$DIR/etcd.log" 2>&1 </dev/null 9>&- &
echo $! >"$DIR/etcd.pid"

# fail WHAT LOG: report a start-up failure with the end of the log, clean up.
fail() {
  echo "kctl test cluster: $1; last lines of $2:" >&2
  tail -n 30 "$2" >&2
  "$HERE/stop.sh" >/dev/null
  exit 1
}
for _ in $(seq 60); do
  curl -sf --max-time 2 "http://127.0.0.1:$ETCD_PORT/health" >/dev/null 2>&1 && break
  running etcd || fail "etcd exited" "$DIR/etcd.log"
  sleep 0.5
done
curl -sf --max-time 2 "http://127.0.0.1:$ETCD_PORT/health" >/dev/null || fail "etcd not healthy after 30s" "$DIR/etcd.log"

# --- kube-apiserver -----------------------------------------------------------
# --insecure-port=0: 1.20 would otherwise serve unauthenticated HTTP on :8080.
# --endpoint-reconciler-type=none: Endpoints may not hold a loopback address,
# so the "kubernetes" service's endpoints could never be written.
setsid "$CACHE/bin/kube-apiserver" \
  --bind-address=127.0.0.1 --advertise-address=127.0.0.1 --secure-port="$PORT" --insecure-port=0 \
  --endpoint-reconciler-type=none \
  --etcd-servers="http://127.0.0.1:$ETCD_PORT" \
  --cert-dir="$PKI" --tls-cert-file="$PKI/apiserver.crt" --tls-private-key-file="$PKI/apiserver.key" \
  --client-ca-file="$PKI/ca.crt" --token-auth-file="$PKI/tokens.csv" \
  --authorization-mode=Node,RBAC \
  --disable-admission-plugins=ServiceAccount \
  --feature-gates=EphemeralContainers=true \
  --allow-privileged=true \
  --service-cluster-ip-range=10.96.0.0/16 \
  --service-account-key-file="$PKI/sa.pub" --service-account-signing-key-file="$PKI/sa.key" \
  --service-account-issuer=https://kubernetes.default.svc.cluster.local \
  --kubelet-preferred-address-types=InternalIP \
  --kubelet-client-certificate="$PKI/apiserver-kubelet-client.crt" \
  --kubelet-client-key="$PKI/apiserver-kubelet-client.key" \
  >"$DIR/kube-apiserver.log" 2>&1 </dev/null 9>&- &
echo $! >"$DIR/kube-apiserver.pid"

for _ in $(seq 120); do
  ready && break
  running kube-apiserver || fail "kube-apiserver exited" "$DIR/kube-apiserver.log"
  sleep 0.5
done
ready || fail "kube-apiserver not ready after 60s" "$DIR/kube-apiserver.log"

# --- kubeconfigs and env.sh -----------------------------------------------------
kubeconfig admin.kubeconfig "    client-certificate: $PKI/admin.crt
    client-key: $PKI/admin.key"
kubeconfig alice.kubeconfig "    client-certificate: $PKI/alice.crt
    client-key: $PKI/alice.key"
kubeconfig bob.kubeconfig "    token: $BOB_TOKEN"
kubeconfig kubelet.kubeconfig "    client-certificate: $PKI/kubelet.crt
    client-key: $PKI/kubelet.key"

start_standin || { "$HERE/stop.sh" >/dev/null; exit 1; }
control_plane_files
start_controllers || { "$HERE/stop.sh" >/dev/null; exit 1; }

cat >"$DIR/env.sh" <<EOF
export KCTL_CLUSTER_DIR='$DIR'
export KCTL_TEST_SERVER='$SERVER'
export KCTL_TEST_TLS_SERVER_NAME='kctl-test-apiserver'
export KCTL_TEST_CA='$PKI/ca.crt'
export KCTL_TEST_ADMIN_CERT='$PKI/admin.crt'
export KCTL_TEST_ADMIN_KEY='$PKI/admin.key'
export KCTL_TEST_ALICE_CERT='$PKI/alice.crt'
export KCTL_TEST_ALICE_KEY='$PKI/alice.key'
export KCTL_TEST_ADMIN_TOKEN='$ADMIN_TOKEN'
export KCTL_TEST_BOB_TOKEN='$BOB_TOKEN'
export KCTL_TEST_KUBECONFIG='$DIR/admin.kubeconfig'
export KCTL_TEST_NODE='$NODE'
EOF
front_files   # after env.sh: appends its lines to it
start_front || { "$HERE/stop.sh" >/dev/null; exit 1; }

echo "kctl test cluster ready at $SERVER, streaming front at $FRONT_SERVER (state in $DIR; source $DIR/env.sh)"
curl -sf --cacert "$PKI/ca.crt" -H "Authorization: Bearer $ADMIN_TOKEN" "$SERVER/version"
echo
# kubectl is not part of a fresh Debian machine: check with it only when present.
if command -v kubectl >/dev/null; then
  kubectl --kubeconfig "$DIR/admin.kubeconfig" get ns
  kubectl --kubeconfig "$DIR/admin.kubeconfig" version
fi
