# Port-forward's WebSocket tunnel (SPDY/3.1+portforward.k8s.io) through the
# streaming front (upstream's TunnelingHandler), driven by
# build/tests/websocket_tunnel_probe: the SPDY session inside WebSocket
# binary messages, two connections (requestid 0 and 1) in one tunnel, the
# error stream's text, and the upgrade failure that makes kubectl fall back
# on the bare 1.20 apiserver.

test_websocket_tunnel_portforward() {
  local probe; probe=$(dirname "$KCTL")/tests/websocket_tunnel_probe
  [ -x "$probe" ] || { fail "no $probe"; return 1; }
  local p; p=$(exec_name tunnel)
  local port=$((20000 + RANDOM % 20000))
  trap "exec_cleanup $p" EXIT
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" apply -f - >/dev/null <<POD
apiVersion: v1
kind: Pod
metadata: {name: $p}
spec:
  nodeName: $KCTL_TEST_NODE
  terminationGracePeriodSeconds: 0
  containers:
  - {name: main, image: python, command: [python3, -m, http.server, "$port", --bind, 127.0.0.1]}
POD
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" wait --for=condition=Ready "pod/$p" --timeout=60s >/dev/null
  local out i
  for i in $(seq 20); do  # until the server listens
    out=$(printf 'GET / HTTP/1.0\r\n\r\n' | timeout 30 "$probe" "$KCTL_TEST_FRONT_KUBECONFIG" "$p" "$port" 2 2>log) && break
    sleep 0.5
  done
  [ "$(printf '%s' "$out" | grep -ac '^HTTP/1.0 200 OK')" = 2 ] || fail "two responses expected: $out $(cat log)"
  grep -q "tunneling_dialer.go:85] negotiated protocol: portforward.k8s.io" log || fail "$(cat log)"
  # Nothing listens on port 1: the error stream's text, as the kubelet writes it.
  if printf x | timeout 30 "$probe" "$KCTL_TEST_FRONT_KUBECONFIG" "$p" 1 >/dev/null 2>log; then fail "port 1 forwarded"; fi
  grep -q "error forwarding port 1 to pod default/$p" log || fail "$(cat log)"
  # The 1.20 apiserver refuses the tunnel: an upgrade failure (SPDY fallback case).
  if printf x | timeout 30 "$probe" "$KCTL_TEST_KUBECONFIG" "$p" "$port" >/dev/null 2>log; then fail "tunnel through 1.20"; fi
  grep -q "unable to upgrade streaming request: websocket: bad handshake (403 Forbidden)" log || fail "$(cat log)"
}
