#!/usr/bin/env bash
# Restarts the running test cluster's kube-apiserver with the command line it
# has (read from /proc), to test what clients do across a restart: stops it
# with SIGTERM (its graceful shutdown ends open watches), stays down for
# DOWN seconds (clients see refused connections), starts it again and waits
# until it is ready. Everything else keeps running.
# Usage: restart-apiserver.sh [DOWN]   (default 2)
set -euo pipefail
DIR=${KCTL_CLUSTER_DIR:-/tmp/kctl-test-cluster}
PKI=$DIR/pki
down=${1:-2}
# shellcheck disable=SC1091
source "$DIR/env.sh"

pidfile=$DIR/kube-apiserver.pid
pid=$(cat "$pidfile" 2>/dev/null || true)
if [ -z "$pid" ] || [ "$(cat "/proc/$pid/comm" 2>/dev/null)" != kube-apiserver ]; then
  echo "restart-apiserver: kube-apiserver is not running (no live PID in $pidfile)" >&2
  exit 1
fi
mapfile -d '' command <"/proc/$pid/cmdline"

kill "$pid"
for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fi
sleep "$down"

echo "--- restarted by restart-apiserver.sh" >>"$DIR/kube-apiserver.log"
setsid "${command[@]}" >>"$DIR/kube-apiserver.log" 2>&1 </dev/null &
echo $! >"$pidfile"
for _ in $(seq 120); do
  if curl -sf --max-time 5 --cacert "$PKI/ca.crt" --cert "$PKI/admin.crt" --key "$PKI/admin.key" \
    "$KCTL_TEST_SERVER/readyz" >/dev/null 2>&1; then
    exit 0
  fi
  kill -0 "$(cat "$pidfile")" 2>/dev/null || { echo "restart-apiserver: kube-apiserver exited" >&2; tail -n 20 "$DIR/kube-apiserver.log" >&2; exit 1; }
  sleep 0.5
done
echo "restart-apiserver: kube-apiserver not ready after 60s" >&2
exit 1
