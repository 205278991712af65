# Faults: the kubelet stand-in dies (SIGKILL) under `exec -i`, `exec -ti`
# and port-forward traffic, through the bare apiserver (SPDY) and through
# the streaming front (WebSocket v5 exec, the port-forward tunnel). Each test
# runs kubectl's and kctl's sessions side by side, kills the stand-in once
# and starts it again (tests/cluster/kubelet-standin-fault.sh, about 1.5 s),
# so the node is Ready for the tests that follow.

fk_here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
fk_fault() { bash "$fk_here/../cluster/kubelet-standin-fault.sh" "$@"; }
fk_kubectl() { kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" "$@"; }

# fk_setup NAME: a namespace of its own with pod NAME (a shell loop), and the
# trap that removes it and starts the stand-in again whatever happens.
fk_setup() {
  FK_NS=kctl-fault-$1-$$-$RANDOM
  trap "fk_fault start; fk_kubectl delete ns $FK_NS --wait=false >/dev/null 2>&1 || true; fk_stop_all" EXIT
  fk_kubectl create ns "$FK_NS" >/dev/null
  fk_kubectl apply -n "$FK_NS" -f - >/dev/null <<POD
apiVersion: v1
kind: Pod
metadata: {name: $1}
spec:
  nodeName: $KCTL_TEST_NODE
  terminationGracePeriodSeconds: 0
  containers:
  - {name: main, image: busybox, command: [sh, -c, 'while true; do sleep 1; done']}
POD
  fk_kubectl wait -n "$FK_NS" --for=condition=Ready "pod/$1" --timeout=60s >/dev/null
}

# Background processes of the test, ended by the trap.
FK_PIDS=()
fk_stop_all() { local p; for p in "${FK_PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; }

# fk_kubeconfig TRANSPORT: bare (SPDY through the apiserver) or front.
fk_kubeconfig() { [ "$1" = front ] && echo "$KCTL_TEST_FRONT_KUBECONFIG" || echo "$KCTL_TEST_KUBECONFIG"; }
fk_bin() { [ "$1" = kctl ] && echo "$KCTL" || echo kubectl; }

# fk_wait_file FILE REGEX [TENTHS]: until FILE has a line matching REGEX.
fk_wait_file() {
  local i; for i in $(seq "${3:-100}"); do grep -Eq "$2" "$1" 2>/dev/null && return 0; sleep 0.1; done
  return 1
}

# fk_wait_exit PID SECONDS: until PID is gone (not our child: no wait).
fk_wait_exit() { timeout "$2" tail --pid="$1" -f /dev/null 2>/dev/null; ! kill -0 "$1" 2>/dev/null; }

# fk_exec_sessions POD: for each transport and tool, `exec -i POD -- cat`
# (stdin a FIFO that a sleeping writer keeps open) and `exec -ti` in a
# script(1) session (`stty -g` before, during and after). Files per session
# ID=TOOL.TRANSPORT: pid/rc/out/err.ID for -i, tpid/trc/ts/before/during/after.ID
# for -ti. The remote commands carry the name fk-remote-ID.
fk_exec_sessions() {
  local p=$1 t tool id bin
  for t in bare front; do
    for tool in kubectl kctl; do
      id=$tool.$t bin=$(fk_bin "$tool")
      mkfifo "in.$id"
      (exec 3>"in.$id"; echo "hello $id" >&3; exec sleep 120) &
      FK_PIDS+=($!)
      (
        export KUBECONFIG; KUBECONFIG=$(fk_kubeconfig "$t")
        "$bin" exec -n "$FK_NS" -i "$p" -- sh -c 'cat; :' "fk-remote-$id" <"in.$id" >"out.$id" 2>"err.$id" &
        echo $! >"pid.$id"
        local rc=0; wait $! || rc=$?; echo "$rc" >"rc.$id"  # set -e is on
      ) &
      FK_PIDS+=($!)
      # An explicit </dev/tty: a background job of a non-interactive shell
      # otherwise reads /dev/null and never enters raw mode.
      KUBECONFIG=$(fk_kubeconfig "$t") script -qec "stty -g >before.$id
        $bin exec -n $FK_NS -ti $p -- sh -c 'echo ready; sleep 120; :' fk-remote-t$id </dev/tty & echo \$! >tpid.$id
        for i in \$(seq 150); do grep -q ready ts.$id && break; sleep 0.1; done
        stty -g >during.$id; wait \$(cat tpid.$id); echo \$? >trc.$id; stty -g >after.$id" /dev/null </dev/null >"ts.$id" &
      FK_PIDS+=($!)
    done
  done
  for t in bare front; do
    for tool in kubectl kctl; do
      id=$tool.$t
      fk_wait_file "out.$id" "^hello $id\$" 150 || fail "$id -i: no echo: $(cat "out.$id" "err.$id")" || return 1
      fk_wait_file "during.$id" . 150 || fail "$id -ti: did not start: $(cat "ts.$id")" || return 1
      ! cmp -s "before.$id" "during.$id" || fail "$id -ti: the terminal never was in raw mode" || return 1
    done
  done
}

# What a user sees when the node's kubelet dies under `exec -i` and
# `exec -ti`. Through the bare apiserver the connection just ends: kubectl
# takes the missing status for success and exits 0 saying nothing; kctl
# says it lost the pod and exits 1. Through the front, the apiserver's
# stream translator itself takes the end of its SPDY leg for success and
# sends a Success status: there kctl can only do what kubectl does
# (compared). Either way kctl is gone within seconds with no child left,
# and the terminal is back in its mode.
test_faults_kubelet_killed_during_exec() {
  command -v script >/dev/null || { fail "script(1) is missing (util-linux)"; return 1; }
  local p=exec-victim
  fk_setup "$p"
  echo "setup done at ${SECONDS}s" >&2
  fk_exec_sessions "$p"
  echo "sessions run at ${SECONDS}s" >&2
  local id
  for id in pid.kctl.bare pid.kctl.front tpid.kctl.bare tpid.kctl.front; do
    [ -z "$(pgrep -P "$(cat "$id")")" ] || fail "kctl ($id) has children: $(pgrep -a -P "$(cat "$id")")"
  done
  pgrep -f fk-remote- >/dev/null || fail "no remote command runs"

  fk_fault kill
  local t tool start=$SECONDS
  for t in bare front; do
    for tool in kubectl kctl; do
      id=$tool.$t
      fk_wait_file "rc.$id" . 100 || fail "$id -i still runs 10 s after the kill"
      fk_wait_file "trc.$id" . 100 || fail "$id -ti still runs 10 s after the kill"
      cmp -s "before.$id" "after.$id" || fail "$id -ti: terminal mode not restored"
      # What the terminal showed, less the remote's "ready" line (and the
      # NUL, echoed as ^@, with which script(1) answers the EOF on its stdin).
      tr -d '\r' <"ts.$id" | sed 's/\^@//g' | grep -v '^ready$' >"tty-err.$id" || true
      # client-go's noise that races the end of a WebSocket session (lib.sh).
      sed -i '/websocket\.go:[0-9]*\] Unknown stream id [0-9]*, discarding message$/d' "err.$id" "tty-err.$id"
    done
  done
  local took=$((SECONDS - start))
  fk_fault start
  # Nothing of the sessions is left: not kctl, not a child of it, not the
  # remote commands (they die with the stand-in).
  for id in pid.kctl.bare pid.kctl.front tpid.kctl.bare tpid.kctl.front; do
    ! kill -0 "$(cat "$id")" 2>/dev/null || fail "kctl ($id) still runs"
  done
  ! pgrep -af fk-remote- || fail "remote commands left"
  for tool in kubectl kctl; do
    echo "$tool: -i bare rc=$(cat rc.$tool.bare) err=$(cat err.$tool.bare); -ti bare rc=$(cat trc.$tool.bare)" \
      "tty=$(cat tty-err.$tool.bare); -i front rc=$(cat rc.$tool.front) err=$(cat err.$tool.front);" \
      "-ti front rc=$(cat trc.$tool.front) tty=$(cat tty-err.$tool.front)" >&2
  done
  echo "sessions ended within ${took}s of the kill; at ${SECONDS}s" >&2
  # SPDY: kctl says what happened, on stderr or the terminal, and fails.
  [ "$(cat rc.kctl.bare)" = 1 ] && [ "$(cat err.kctl.bare)" = "error: lost connection to pod" ] ||
    fail "-i bare: rc $(cat rc.kctl.bare), $(cat err.kctl.bare)"
  [ "$(cat trc.kctl.bare)" = 1 ] && [ "$(cat tty-err.kctl.bare)" = "error: lost connection to pod" ] ||
    fail "-ti bare: rc $(cat trc.kctl.bare), $(cat tty-err.kctl.bare)"
  # WebSocket through the translator: as kubectl.
  [ "$(cat rc.kctl.front)" = "$(cat rc.kubectl.front)" ] && cmp -s err.kctl.front err.kubectl.front ||
    fail "-i front: kubectl rc $(cat rc.kubectl.front) $(cat err.kubectl.front), kctl rc $(cat rc.kctl.front) $(cat err.kctl.front)"
  [ "$(cat trc.kctl.front)" = "$(cat trc.kubectl.front)" ] && cmp -s tty-err.kctl.front tty-err.kubectl.front ||
    fail "-ti front: kubectl rc $(cat trc.kubectl.front) $(cat tty-err.kubectl.front), kctl rc $(cat trc.kctl.front) $(cat tty-err.kctl.front)"
}
