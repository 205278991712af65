# kctl port-forward over SPDY/3.1 (portforward.k8s.io) through the test
# cluster's bare apiserver and kubelet stand-in, compared with kubectl. The
# pod IP is 127.0.0.1: pods run tests/e2e/pf_server.py on free host ports.

pf_here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
pf_kubectl() { kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" "$@"; }
pf_name() { echo "kctl-pf-$1-$$-$RANDOM"; }
pf_free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# pf_pod NAME PORT [MODE [ARGS]] [-- LABEL_YAML]: a pod running pf_server.py
# on PORT (a container port named "data"), Running before it returns.
pf_pod() {
  local name=$1 port=$2 mode=${3:-echo} extra=${4:-} labels=${5:-"app: $1"}
  pf_kubectl apply -f - >/dev/null <<POD
apiVersion: v1
kind: Pod
metadata: {name: $name, labels: {$labels}}
spec:
  nodeName: $KCTL_TEST_NODE
  terminationGracePeriodSeconds: 0
  containers:
  - name: main
    image: python
    command: [python3, $pf_here/pf_server.py, $mode, "$port"$extra]
    ports: [{name: data, containerPort: $port}]
POD
  pf_kubectl wait --for=condition=Ready "pod/$name" --timeout=60s >/dev/null
  # The server listens shortly after the process starts.
  local i; for i in $(seq 50); do
    python3 -c "import socket; socket.create_connection(('127.0.0.1', $port), 1).close()" 2>/dev/null && return 0
    sleep 0.1
  done
  fail "server of $name not listening on $port"
}

pf_cleanup() { pf_kubectl delete "$@" --wait=false >/dev/null 2>&1 || true; }

# pf_start OUT ERR ARGS...: starts "$PF_BIN port-forward ARGS" in the
# background (PF_PID) and waits for its first "Forwarding from" line.
pf_start() {
  local out=$1 err=$2; shift 2
  "$PF_BIN" port-forward "$@" >"$out" 2>"$err" &
  PF_PID=$!
  local i; for i in $(seq 100); do
    grep -q '^Forwarding from' "$out" 2>/dev/null && return 0
    kill -0 "$PF_PID" 2>/dev/null || break
    sleep 0.1
  done
  fail "port-forward $* did not start: $(cat "$out" "$err")"
}

# pf_stop [SIGNAL]: signals PF_PID and waits; sets PF_RC.
pf_stop() {
  kill -"${1:-INT}" "$PF_PID" 2>/dev/null || true
  PF_RC=0; wait "$PF_PID" || PF_RC=$?
}

# kubectl's error lines without klog's timestamp and pid.
pf_strip_klog() { sed -E 's/^E[0-9]{4} [0-9:.]+ +[0-9]+ /E /'; }

pf_port_open() { python3 -c "import socket; socket.create_connection(('127.0.0.1', $1), 1).close()" 2>/dev/null; }

test_port_forward_matches_kubectl() {
  local p; p=$(pf_name same); local port; port=$(pf_free_port)
  trap "pf_cleanup pod $p" EXIT
  pf_pod "$p" "$port"
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local tool l
  for tool in kubectl "$KCTL"; do
    PF_BIN=$tool; l=$(pf_free_port)
    pf_start "out.$l" "err.$l" "pod/$p" "$l:$port" ":$port"
    local r; r=$(python3 "$pf_here/pf_client.py" echo "$l" 1000)
    [ "$r" = ok ] || fail "$tool echo: $r"
    sleep 0.2; pf_stop INT
    [ "$PF_RC" = 0 ] || fail "$tool exit code $PF_RC after SIGINT"
    # The random local port of ":R" differs between runs: compare shapes.
    sed -E "s/:$l /:L /; s/for $l\$/for L/; s/:[0-9]+ -> $port\$/:R -> $port/" "out.$l" >"shape.$(basename "$tool")"
    [ ! -s "err.$l" ] || fail "$tool stderr: $(cat "err.$l")"
  done
  diff "shape.kubectl" "shape.kctl" >&2 || fail "stdout differs"
  grep -qx "Forwarding from 127.0.0.1:L -> $port" shape.kctl || fail "$(cat shape.kctl)"
  grep -qx "Handling connection for L" shape.kctl || fail "$(cat shape.kctl)"
  # Errors before any connection, as kubectl.
  same_as_kubectl port-forward "$p" 99999
  same_as_kubectl port-forward "$p" nosuch
  same_as_kubectl port-forward "$p" 0
  same_as_kubectl port-forward "$p" "x:$port"
  same_as_kubectl port-forward "$p" "1:2:3" --address 1.2.3.x
  same_as_kubectl port-forward --address 1.2.3.x "$p" "$port"
  same_as_kubectl port-forward nosuch-pod 80
  same_as_kubectl port-forward "svc/nosuch-$$" 80
  # Usage errors name the program: kubectl's text with "kctl" for "kubectl".
  local args
  for args in "$p" "--pod-running-timeout 0s $p 80" "--pod-running-timeout x $p 80"; do
    run_both port-forward $args
    [ "$C_RC" = "$K_RC" ] && [ "$C_OUT" = "$K_OUT" ] && [ "$C_ERR" = "${K_ERR//kubectl/kctl}" ] ||
      fail "$args: kubectl: $K_ERR kctl: $C_ERR"
  done
  # A port already taken: kubectl's "Unable to listen" and error.
  # The holder binds a port of its own choosing and says which: a port
  # picked first can be taken by another socket before the holder binds it,
  # and then both tools listen and forward forever.
  python3 -c "import socket,time; s=socket.socket(); s.bind(('127.0.0.1',0)); s.listen(); f=open('busy.port','w'); f.write(str(s.getsockname()[1])); f.close(); time.sleep(8)" &
  local holder=$! busy i
  for i in $(seq 50); do [ -s busy.port ] && break; sleep 0.1; done
  busy=$(cat busy.port)
  same_as_kubectl port-forward --address 127.0.0.1 "$p" "$busy:$port"
  kill $holder 2>/dev/null || true
}

test_port_forward_not_running() {
  local p; p=$(pf_name pending)
  trap "pf_cleanup pod $p" EXIT
  # A node selector no node matches: the scheduler leaves the pod Pending.
  pf_kubectl run "$p" --image=busybox --restart=Never \
    --overrides='{"spec": {"nodeSelector": {"kctl.test/no-such-node": "true"}}}' >/dev/null
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  same_as_kubectl port-forward "$p" 80
  [ "$C_ERR" = "error: unable to forward port because pod is not running. Current status=Pending
" ] || fail "$C_ERR"
}

test_port_forward_concurrent_and_large() {
  local p; p=$(pf_name conc); local port; port=$(pf_free_port)
  trap "pf_cleanup pod $p" EXIT
  pf_pod "$p" "$port"
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  PF_BIN=$KCTL; local l; l=$(pf_free_port)
  pf_start out err "$p" "$l:$port"
  local r
  r=$(timeout 120 python3 "$pf_here/pf_client.py" echo "$l" 1048576 2); [ "$r" = ok ] || fail "2 conns: $r"
  r=$(timeout 120 python3 "$pf_here/pf_client.py" echo "$l" 1048576 10); [ "$r" = ok ] || fail "10 conns: $r"
  r=$(timeout 300 python3 "$pf_here/pf_client.py" echo "$l" 104857600 1); [ "$r" = ok ] || fail "100 MiB: $r"
  [ "$(grep -c "^Handling connection for $l\$" out)" = 13 ] || fail "$(cat out)"
  pf_stop INT
  [ "$PF_RC" = 0 ] && [ ! -s err ] || fail "rc $PF_RC: $(cat err)"
}

test_port_forward_several_ports() {
  local p; p=$(pf_name ports); local a b; a=$(pf_free_port); b=$(pf_free_port)
  local q; q=$(pf_name src)
  trap "pf_cleanup pod $p $q" EXIT
  pf_pod "$p" "$a"
  pf_pod "$q" "$b" source ", \"3000000\""
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  PF_BIN=$KCTL; local l; l=$(pf_free_port)
  pf_start out err "$p" "$l:$a" ":$a" "0:data"
  local ports; ports=$(sed -nE 's/^Forwarding from 127\.0\.0\.1:([0-9]+) -> .*/\1/p' out)
  [ "$(echo "$ports" | wc -l)" = 3 ] || fail "$(cat out)"
  local x r; for x in $ports; do
    r=$(python3 "$pf_here/pf_client.py" echo "$x" 100000); [ "$r" = ok ] || fail "port $x: $r"
  done
  grep -q "^Forwarding from \[::1\]:$l -> $a\$" out || fail "no ::1 listener: $(cat out)"
  pf_stop INT
  # A source pod: the pod closes first, the client sees every byte.
  pf_start out2 err2 "pod/$q" ":$b"
  x=$(sed -nE '1s/^Forwarding from 127\.0\.0\.1:([0-9]+) -> .*/\1/p' out2)
  r=$(python3 "$pf_here/pf_client.py" sink "$x")
  [ "${r%% *}" = 3000000 ] || fail "sink: $r"
  pf_stop INT
}

test_port_forward_no_listener() {
  local p; p=$(pf_name nolisten); local port; port=$(pf_free_port); local dead; dead=$(pf_free_port)
  trap "pf_cleanup pod $p" EXIT
  pf_pod "$p" "$port"
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local tool l
  for tool in kubectl "$KCTL"; do
    PF_BIN=$tool; l=$(pf_free_port)
    if [ "$tool" = kubectl ]; then pf_start out.k err.k "$p" "$l:$dead"; else pf_start out.c err.c "$p" "$l:$dead" --reconnect=false; fi
    python3 -c "import socket; s=socket.create_connection(('127.0.0.1',$l)); s.recv(1)" || true
    PF_RC=0; timeout 20 tail --pid="$PF_PID" -f /dev/null; wait "$PF_PID" || PF_RC=$?
    [ "$PF_RC" = 1 ] || fail "$tool exit $PF_RC"
    local s=c; [ "$tool" = kubectl ] && s=k
    sed -E "s/$l/L/g" "err.$s" | pf_strip_klog | sed -E 's/uid [0-9a-f-]+/uid U/' >"norm.$s"
  done
  diff norm.k norm.c >&2 || fail "stderr differs"
  grep -q "error forwarding port $dead to pod" norm.c || fail "$(cat norm.c)"
  tail -1 norm.c | grep -qx "error: lost connection to pod" || fail "$(cat norm.c)"
  # With reconnect (the default): the same error, then kctl dials again and
  # keeps listening.
  PF_BIN=$KCTL; l=$(pf_free_port)
  pf_start out err "$p" "$l:$dead"
  python3 -c "import socket; s=socket.create_connection(('127.0.0.1',$l)); s.recv(1)" || true
  local i; for i in $(seq 50); do grep -q '^Reconnected to pod/' err && break; sleep 0.2; done
  grep -q "an error occurred forwarding $l -> $dead" err || fail "$(cat err)"
  grep -qx "Lost connection to pod, reconnecting (--reconnect=false to exit instead)" err || fail "$(cat err)"
  grep -qx "Reconnected to pod/$p" err || fail "$(cat err)"
  kill -0 "$PF_PID" || fail "kctl exited"
  pf_port_open "$l" || fail "listener gone after reconnect"
  pf_stop INT
}

test_port_forward_svc_and_deploy() {
  local p; p=$(pf_name svc); local port; port=$(pf_free_port)
  local s=$p d=$p
  trap "pf_cleanup pod $p; pf_cleanup svc $s; pf_cleanup deploy $d" EXIT
  pf_pod "$p" "$port"
  pf_kubectl apply -f - >/dev/null <<OBJ
apiVersion: v1
kind: Service
metadata: {name: $s}
spec:
  selector: {app: $p}
  ports: [{name: web, port: 80, targetPort: data}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: $d}
spec:
  replicas: 0
  selector: {matchLabels: {app: $p}}
  template:
    metadata: {labels: {app: $p}}
    spec: {containers: [{name: main, image: python}]}
OBJ
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  PF_BIN=$KCTL; local l r
  for target in "svc/$s 80" "svc/$s web" "service/$s :80" "deploy/$d $port" "deployment/$d :data"; do
    l=$(pf_free_port)
    set -- $target
    local spec=$2; case $spec in :*) ;; *) spec="$l:$2" ;; esac
    pf_start "out.$l" "err.$l" "$1" "$spec"
    local x; x=$(sed -nE '1s/^Forwarding from 127\.0\.0\.1:([0-9]+) -> .*/\1/p' "out.$l")
    grep -q -- "-> $port\$" "out.$l" || fail "$target: $(cat "out.$l")"
    r=$(python3 "$pf_here/pf_client.py" echo "$x" 10000); [ "$r" = ok ] || fail "$target: $r"
    pf_stop INT
  done
  same_as_kubectl port-forward "svc/$s" 81
  same_as_kubectl port-forward "svc/$s" nosuch
}

# The pod behind svc/x is replaced by one of another name (same labels):
# kctl re-resolves the service and forwards on the same local port again,
# through the bare apiserver (SPDY) and through the front (the WebSocket
# tunnel).
test_port_forward_reconnect() {
  local p; p=$(pf_name re); local port; port=$(pf_free_port)
  trap "pf_cleanup pod -l app=$p; pf_cleanup svc $p" EXIT
  pf_pod "$p-0" "$port" echo "" "app: $p"
  pf_kubectl apply -f - >/dev/null <<OBJ
apiVersion: v1
kind: Service
metadata: {name: $p}
spec:
  selector: {app: $p}
  ports: [{name: web, port: 80, targetPort: data}]
OBJ
  PF_BIN=$KCTL
  local n=0 kc l r i
  for kc in "$KCTL_TEST_KUBECONFIG" "$KCTL_TEST_FRONT_KUBECONFIG"; do
    export KUBECONFIG=$kc
    l=$(pf_free_port)
    pf_start "out.$n" "err.$n" "svc/$p" "$l:80"
    r=$(python3 "$pf_here/pf_client.py" echo "$l" 10000); [ "$r" = ok ] || fail "$kc before: $r"
    pf_kubectl delete pod "$p-$n" --wait=true >/dev/null
    # The session to the old pod stays up until a connection through it
    # fails (as with kubectl); that one connection is lost, then kctl
    # re-resolves.
    r=$(python3 "$pf_here/pf_client.py" echo "$l" 10000 2>/dev/null)
    [ "$r" != ok ] || fail "$kc: a connection through the deleted pod worked"
    n=$((n + 1))
    pf_pod "$p-$n" "$port" echo "" "app: $p"
    for i in $(seq 100); do grep -q '^Reconnected to pod/' "err.$((n - 1))" && break; sleep 0.2; done
    grep -q "^Lost connection to pod, reconnecting" "err.$((n - 1))" || fail "$kc: $(cat "err.$((n - 1))")"
    grep -qx "Reconnected to pod/$p-$n" "err.$((n - 1))" || fail "$kc: $(cat "err.$((n - 1))")"
    r=$(python3 "$pf_here/pf_client.py" echo "$l" 10000); [ "$r" = ok ] || fail "$kc after: $r"
    pf_stop INT
    [ "$PF_RC" = 0 ] || fail "$kc: rc $PF_RC"
  done
  # The front's log has the reconnection's WebSocket tunnel to the new pod.
  grep -Eq "/pods/$p-2/portforward .*: tunnel portforward\$" "$KCTL_CLUSTER_DIR/streaming-front.log" ||
    fail "no tunnel to $p-2 through the front"
  # --reconnect=false: kubectl's exit when the pod goes away.
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  l=$(pf_free_port)
  pf_start out2 err2 "svc/$p" "$l:80" --reconnect=false
  pf_kubectl delete pod "$p-$n" --wait=true >/dev/null
  python3 "$pf_here/pf_client.py" echo "$l" 10 >/dev/null 2>&1 || true
  PF_RC=0; timeout 30 tail --pid="$PF_PID" -f /dev/null; wait "$PF_PID" || PF_RC=$?
  [ "$PF_RC" = 1 ] || fail "exit $PF_RC"
  grep -q "an error occurred forwarding $l -> $port: error forwarding port $port to pod" err2 || fail "$(cat err2)"
  [ "$(tail -1 err2)" = "error: lost connection to pod" ] || fail "$(cat err2)"
  pf_port_open "$l" && fail "listener still open" || true
}

test_port_forward_signals() {
  local p; p=$(pf_name sig); local port; port=$(pf_free_port)
  trap "pf_cleanup pod $p" EXIT
  pf_pod "$p" "$port"
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  PF_BIN=$KCTL; local l sig
  for sig in INT TERM; do
    l=$(pf_free_port)
    pf_start out err "$p" "$l:$port"
    python3 -c "import socket,time; s=socket.create_connection(('127.0.0.1',$l)); s.sendall(b'x'); time.sleep(0.5)"
    pf_stop "$sig"
    case $sig in INT) [ "$PF_RC" = 0 ] ;; TERM) [ "$PF_RC" = 143 ] ;; esac || fail "$sig: rc $PF_RC"
    pf_port_open "$l" && fail "$sig: listener still open" || true
    [ -z "$(pgrep -P "$PF_PID" 2>/dev/null)" ] || fail "$sig: children remain"
    kill -0 "$PF_PID" 2>/dev/null && fail "$sig: still running" || true
  done
}

# Through the streaming front (upstream's TunnelingHandler) port-forward
# speaks SPDY inside the WebSocket tunnel, as kubectl 1.31+; the bare 1.20
# apiserver refuses the tunnel and kctl falls back to SPDY/3.1; the
# variable turns the tunnel off. Traffic is checksummed each way.
test_port_forward_websocket_tunnel_and_fallback() {
  local p; p=$(pf_name ws); local port; port=$(pf_free_port)
  trap "pf_cleanup pod $p" EXIT
  pf_pod "$p" "$port"
  PF_BIN=$KCTL
  local kc expect l r
  for kc in front bare forced; do
    case $kc in
      front) export KUBECONFIG=$KCTL_TEST_FRONT_KUBECONFIG; unset KUBECTL_PORT_FORWARD_WEBSOCKETS
             expect='tunneling_dialer.go:85\] negotiated protocol: portforward.k8s.io' ;;
      bare) export KUBECONFIG=$KCTL_TEST_KUBECONFIG
            expect='fallback_dialer.go:53\] fallback to secondary dialer from primary dialer err: .*403 Forbidden' ;;
      forced) export KUBECONFIG=$KCTL_TEST_FRONT_KUBECONFIG KUBECTL_PORT_FORWARD_WEBSOCKETS=false
              expect='KUBECTL_PORT_FORWARD_WEBSOCKETS=false: using SPDY/3.1 only' ;;
    esac
    l=$(pf_free_port)
    pf_start out err -v=6 "$p" "$l:$port"
    r=$(timeout 120 python3 "$pf_here/pf_client.py" echo "$l" 1048576 4); [ "$r" = ok ] || fail "$kc, 4 conns: $r"
    r=$(timeout 300 python3 "$pf_here/pf_client.py" echo "$l" 33554432 1); [ "$r" = ok ] || fail "$kc, 32 MiB: $r"
    pf_stop INT
    grep -q "$expect" err || fail "$kc: $(cat err)"
    if [ "$kc" != bare ]; then ! grep -q 'fallback to secondary' err || fail "$kc fell back: $(cat err)"; fi
    [ "$PF_RC" = 0 ] || fail "$kc: rc $PF_RC"
  done
  unset KUBECTL_PORT_FORWARD_WEBSOCKETS
}
