# Transport settings from the kubeconfig and the environment.

test_cluster_info_matches_kubectl() {
  same_as_kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" cluster-info
}

test_in_cluster_config() {
  # What a pod sees: the service host and port, and the service account
  # files (kctl reads them from KCTL_SERVICE_ACCOUNT_DIR when set, so the
  # test needs no /var/run/secrets).
  mkdir sa
  cp "$KCTL_TEST_CA" sa/ca.crt
  printf '%s' "$KCTL_TEST_ADMIN_TOKEN" >sa/token
  printf 'kube-system' >sa/namespace
  KUBECONFIG=/nonexistent/config KUBERNETES_SERVICE_HOST=127.0.0.1 KUBERNETES_SERVICE_PORT=${KCTL_TEST_SERVER##*:} \
    KCTL_SERVICE_ACCOUNT_DIR=$PWD/sa "$KCTL" get --raw /api/v1/namespaces/default | grep -q '"name":"default"'
}

# A minimal HTTP CONNECT proxy that logs each tunnel it opens.
start_connect_proxy() {  # PORT LOGFILE
  python3 - "$1" "$2" <<'PY' &
import socket, sys, threading, time
port, log = int(sys.argv[1]), sys.argv[2]
srv = socket.socket(); srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
srv.bind(("127.0.0.1", port)); srv.listen(8); srv.settimeout(20)
def pipe(a, b):
    try:
        while True:
            d = a.recv(65536)
            if not d: break
            b.sendall(d)
    except OSError: pass
    finally:
        for s in (a, b):
            try: s.shutdown(socket.SHUT_RDWR)
            except OSError: pass
while True:
    try: c, _ = srv.accept()
    except socket.timeout: break
    head = b""
    while b"\r\n\r\n" not in head: head += c.recv(1)
    target = head.split()[1].decode()
    open(log, "a").write("CONNECT " + target + "\n")
    host, p = target.rsplit(":", 1)
    u = socket.create_connection((host, int(p)))
    c.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
    threading.Thread(target=pipe, args=(c, u), daemon=True).start()
    threading.Thread(target=pipe, args=(u, c), daemon=True).start()
PY
  PROXY_PID=$!
  sleep 0.5
}

test_proxy_url_from_kubeconfig_and_environment() {
  start_connect_proxy 23998 proxy.log
  "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" config view --raw >kc.yaml
  "$KCTL" --kubeconfig kc.yaml config set clusters.kctl-test.proxy-url http://127.0.0.1:23998 >/dev/null
  "$KCTL" --kubeconfig kc.yaml get --raw /api/v1/namespaces/default | grep -q '"name":"default"'
  grep -q "CONNECT 127.0.0.1:${KCTL_TEST_SERVER##*:}" proxy.log || fail "proxy-url not used"
  : >proxy.log
  HTTPS_PROXY=http://127.0.0.1:23998 "$KCTL" --kubeconfig "$KCTL_TEST_KUBECONFIG" get --raw /api/v1/namespaces/default | grep -q '"name":"default"'
  grep -q "CONNECT" proxy.log || fail "HTTPS_PROXY not used"
  kill "$PROXY_PID" 2>/dev/null || true
  # A proxy that is not there is a clear connection error.
  expect 1 "Unable to connect to the server:" --kubeconfig kc.yaml --request-timeout=5s get --raw /api 2>/dev/null || true
}
