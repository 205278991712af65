#!/usr/bin/env bash
# Stops the test cluster started by start.sh in $KCTL_CLUSTER_DIR: the streaming
# front, the kubelet stand-in (which kills its pods' processes), kube-apiserver,
# then etcd, by their recorded PIDs. Leaves the state directory in place.
set -euo pipefail

DIR=${KCTL_CLUSTER_DIR:-/tmp/kctl-test-cluster}

for name in streaming-front kubelet-standin kube-apiserver etcd; do
  pidfile=$DIR/$name.pid
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  # Only signal the PID if it still is that program (PIDs get reused).
  if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "$name" ]; then
    kill "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    if kill -0 "$pid" 2>/dev/null; then
      echo "$name ($pid) ignored SIGTERM for 10s, killing it" >&2
      kill -9 "$pid"
    fi
    echo "stopped $name ($pid)"
  fi
  rm -f "$pidfile"
done
