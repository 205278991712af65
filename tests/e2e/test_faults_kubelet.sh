# Faults: the kubelet stand-in dies (SIGKILL) under `exec -i`, `exec -ti`
# and port-forward traffic, through the bare apiserver (SPDY) and through
# the streaming front (WebSocket v5 exec, the port-forward tunnel). Each test
# runs kubectl's and kctl's sessions side by side, kills the stand-in once
# and starts it again (tests/cluster/kubelet-standin-fault.sh, about 1.5 s),
# so the node is Ready for the tests that follow. Port-forward helpers
# (pf_stop) are those of test_port_forward.sh.

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

# fk_front_count REGEX: lines of the streaming front's log (one per request,
# with how it was handled) that match: proof that a "front" session used
# the WebSocket path, not a fallback to SPDY.
fk_front_count() { grep -Ec "$1" "$KCTL_CLUSTER_DIR/streaming-front.log" || true; }

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
  fk_exec_sessions "$p"
  local id
  for id in pid.kctl.bare pid.kctl.front tpid.kctl.bare tpid.kctl.front; do
    [ -z "$(pgrep -P "$(cat "$id")")" ] || fail "kctl ($id) has children: $(pgrep -a -P "$(cat "$id")")"
  done
  pgrep -f fk-remote- >/dev/null || fail "no remote command runs"
  for id in kubectl.front kctl.front tkubectl.front tkctl.front; do
    [ "$(fk_front_count "/namespaces/$FK_NS/pods/$p/exec\?.*fk-remote-$id&.*: translate exec\$")" = 1 ] ||
      fail "$id: not a WebSocket v5 session through the front"
  done

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
  echo "sessions ended within ${took}s of the kill" >&2
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

# fk_free_ports N: N distinct free ports, one Python start-up for all.
fk_free_ports() {
  python3 -c 'import socket,sys
socks = [socket.socket() for _ in range(int(sys.argv[1]))]
for s in socks: s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))' "$1"
}

# fk_port_open PORT: something listens on 127.0.0.1:PORT (no Python start-up:
# checked while the stand-in is down).
fk_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Port-forward traffic when the node's kubelet dies. The forwarded port is
# an echo server on the host, not a process of the pod (those die with the
# stand-in): the pod IP is 127.0.0.1, so the same server answers before and
# after. Sessions per transport: kubectl, kctl (--reconnect, the default)
# and kctl --reconnect=false, each with a client whose echo traffic flows
# when the stand-in is killed. kubectl exits; kctl --reconnect=false exits
# as kubectl does and closes its port; kctl keeps its port, says it lost
# the pod and, once the stand-in is back, forwards new connections on it.
test_faults_kubelet_killed_during_port_forward() {
  local p=pf-victim
  fk_setup "$p"
  local ids=(kubectl.bare kctl.bare kctlnr.bare kubectl.front kctl.front kctlnr.front)
  local free server; read -ra free <<<"$(fk_free_ports 7)"; server=${free[6]}
  python3 "$fk_here/pf_server.py" echo "$server" &
  FK_PIDS+=($!)
  local id bin l args i=0
  for id in "${ids[@]}"; do
    l=${free[i]}; i=$((i + 1)); echo "$l" >"port.$id"
    bin=$KCTL args=(-n "$FK_NS" "pod/$p" "$l:$server")
    case $id in kubectl.*) bin=kubectl ;; kctlnr.*) args+=(--reconnect=false) ;; esac
    KUBECONFIG=$(fk_kubeconfig "${id#*.}") "$bin" port-forward "${args[@]}" >"out.$id" 2>"err.$id" &
    echo $! >"pid.$id"; FK_PIDS+=($!)
  done
  local ports=()
  for id in "${ids[@]}"; do
    fk_wait_file "out.$id" '^Forwarding from' 150 || fail "$id did not start: $(cat "out.$id" "err.$id")"
    ports+=("$(cat "port.$id")")
  done
  # One client process, a connection per session: "PORT flowing", "PORT ended: ...".
  python3 "$fk_here/pf_client.py" flow "${ports[@]}" >flow 2>&1 &
  FK_PIDS+=($!)
  for id in "${ids[@]}"; do
    fk_wait_file flow "^$(cat "port.$id") flowing\$" 150 || fail "$id: no traffic: $(cat flow "err.$id")"
  done
  # The front's three sessions are WebSocket tunnels.
  local forwards="/namespaces/$FK_NS/pods/$p/portforward "
  [ "$(fk_front_count "$forwards")" = 3 ] && [ "$(fk_front_count "$forwards.*: tunnel portforward\$")" = 3 ] ||
    fail "front: not three tunnels: $(grep -E "$forwards" "$KCTL_CLUSTER_DIR/streaming-front.log")"

  fk_fault kill
  local killed=$SECONDS t
  # While the stand-in is down: kctl keeps its port and says why it waits.
  for t in bare front; do
    fk_wait_file "err.kctl.$t" '^Lost connection to pod, reconnecting' 50 || fail "kctl.$t: $(cat "err.kctl.$t")"
    kill -0 "$(cat "pid.kctl.$t")" || fail "kctl.$t exited: $(cat "err.kctl.$t")"
    fk_port_open "$(cat "port.kctl.$t")" || fail "kctl.$t closed its port"
    [ -z "$(pgrep -P "$(cat "pid.kctl.$t")")" ] || fail "kctl.$t has children"
  done
  fk_fault start
  echo "stand-in down for $((SECONDS - killed))s" >&2

  for id in "${ids[@]}"; do
    fk_wait_file flow "^$(cat "port.$id") ended" 100 || fail "$id: the traffic went on after the kill: $(cat flow)"
  done
  # kubectl and kctl --reconnect=false: gone within seconds, exit code and
  # last line alike, port closed.
  local rc
  for id in kubectl.bare kctlnr.bare kubectl.front kctlnr.front; do
    fk_wait_exit "$(cat "pid.$id")" $((killed + 10 - SECONDS)) || fail "$id still runs 10 s after the kill"
    rc=0; wait "$(cat "pid.$id")" || rc=$?; echo "$rc" >"rc.$id"
    echo "$id: rc $rc, $(cat "err.$id"); $(grep "^$(cat "port.$id") ended" flow)" >&2
  done
  for t in bare front; do
    [ "$(cat "rc.kctlnr.$t")" = "$(cat "rc.kubectl.$t")" ] || fail "$t: exit kubectl $(cat "rc.kubectl.$t"), kctl $(cat "rc.kctlnr.$t")"
    [ "$(tail -1 "err.kctlnr.$t")" = "$(tail -1 "err.kubectl.$t")" ] ||
      fail "$t: kubectl: $(cat "err.kubectl.$t") kctl: $(cat "err.kctlnr.$t")"
    [ "$(tail -1 "err.kctlnr.$t")" = "error: lost connection to pod" ] || fail "$t: $(cat "err.kctlnr.$t")"
    ! fk_port_open "$(cat "port.kctlnr.$t")" || fail "kctl --reconnect=false ($t) left its port open"
  done
  # kctl: forwards again on the same local port.
  local r
  for t in bare front; do
    id=kctl.$t
    fk_wait_file "err.$id" "^Reconnected to pod/$p\$" 200 || fail "$id did not reconnect: $(cat "err.$id")"
    r=$(timeout 60 python3 "$fk_here/pf_client.py" echo "$(cat "port.$id")" 100000); [ "$r" = ok ] || fail "$id after: $r"
    PF_PID=$(cat "pid.$id"); pf_stop INT
    [ "$PF_RC" = 0 ] || fail "$id: rc $PF_RC after SIGINT"
    ! fk_port_open "$(cat "port.$id")" || fail "$id left its port open"
  done
  # (While the stand-in was down each of kctl's tunnels was refused and
  # it tried SPDY, as kubectl's fallback dialer does; which of the two
  # worked once it was back is a race, so it is not checked.)
}
