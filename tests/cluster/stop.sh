#!/usr/bin/env bash
# Stops the test cluster started by start.sh in $KCTL_CLUSTER_DIR: the streaming
# front, kube-scheduler, kube-controller-manager, the kubelet stand-in (which
# kills its pods' processes), kube-apiserver, then etcd, by their recorded
# PIDs. Leaves the state directory in place.
# Usage: stop.sh [--only NAME...]   (--only: just those, e.g. kube-scheduler)
set -euo pipefail

DIR=${KCTL_CLUSTER_DIR:-/tmp/kctl-test-cluster}
names=(streaming-front kube-scheduler kube-controller-manager kubelet-standin kube-apiserver etcd)
if [ "${1:-}" = --only ]; then
  shift
  names=("$@")
fi

for name in "${names[@]}"; do
  pidfile=$DIR/$name.pid
  [ -f "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  # Only signal the PID if it still is that program (PIDs get reused);
  # /proc/PID/comm holds the first 15 characters of its name.
  if [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = "${name:0:15}" ]; then
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
