#!/usr/bin/env bash
# Kills the running test cluster's kubelet stand-in with SIGKILL and starts
# it again, to test what clients of exec, attach and port-forward do when the
# node's kubelet dies under them. The rest of the cluster keeps running.
#   kubelet-standin-fault.sh kill    SIGKILL, returns once it is dead (its
#                                    pods' processes die with it: Pdeathsig)
#   kubelet-standin-fault.sh start   starts it with the command line it had
#                                    (appending to its log), returns once it
#                                    serves and the node is Ready; does
#                                    nothing if it runs
# The command line is read from /proc, as restart-apiserver.sh does, so this
# works for any cluster's ports (KCTL_CLUSTER_DIR says which cluster).
set -euo pipefail
DIR=${KCTL_CLUSTER_DIR:-/tmp/kctl-test-cluster}
PKI=$DIR/pki
pidfile=$DIR/kubelet-standin.pid
saved=$DIR/kubelet-standin.cmdline
# shellcheck disable=SC1091
source "$DIR/env.sh"

live_pid() {
  local pid; pid=$(cat "$pidfile" 2>/dev/null || true)
  [ -n "$pid" ] && [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = kubelet-standin ] || return 1
  # A zombie (killed, not yet reaped by PID 1) is dead too.
  [ "$(awk '{print $3}' "/proc/$pid/stat" 2>/dev/null)" != Z ] || return 1
  echo "$pid"
}

case ${1:-} in
kill)
  pid=$(live_pid) || { echo "kubelet-standin-fault: the stand-in is not running ($pidfile)" >&2; exit 1; }
  cp "/proc/$pid/cmdline" "$saved"
  kill -9 "$pid"
  for _ in $(seq 100); do live_pid >/dev/null || break; sleep 0.05; done
  if live_pid >/dev/null; then echo "kubelet-standin-fault: $pid survived SIGKILL" >&2; exit 1; fi
  # start.sh takes a zombie's PID for a running stand-in: forget it.
  rm -f "$pidfile"
  ;;
start)
  live_pid >/dev/null && exit 0
  [ -s "$saved" ] || { echo "kubelet-standin-fault: no saved command line ($saved)" >&2; exit 1; }
  mapfile -d '' command <"$saved"
  port= node=
  for ((i = 0; i + 1 < ${#command[@]}; i++)); do
    case ${command[i]} in --port) port=${command[i + 1]} ;; --node-name) node=${command[i + 1]} ;; esac
  done
  echo "--- started again by kubelet-standin-fault.sh" >>"$DIR/kubelet-standin.log"
  setsid "${command[@]}" >>"$DIR/kubelet-standin.log" 2>&1 </dev/null &
  echo $! >"$pidfile"
  c=(-sf --max-time 5 --cacert "$PKI/ca.crt" --cert "$PKI/admin.crt" --key "$PKI/admin.key")
  for _ in $(seq 120); do
    if curl "${c[@]}" "https://127.0.0.1:$port/healthz" >/dev/null 2>&1 &&
      curl "${c[@]}" "$KCTL_TEST_SERVER/api/v1/nodes/$node" 2>/dev/null | tr -d ' \n' |
      grep -q '"type":"Ready","status":"True"'; then
      rm -f "$saved"
      exit 0
    fi
    live_pid >/dev/null || break
    sleep 0.25
  done
  echo "kubelet-standin-fault: the stand-in did not come back; last lines of $DIR/kubelet-standin.log:" >&2
  tail -n 20 "$DIR/kubelet-standin.log" >&2
  exit 1
  ;;
*)
  echo "usage: kubelet-standin-fault.sh kill|start" >&2
  exit 2
  ;;
esac
