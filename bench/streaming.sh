#!/usr/bin/env bash
# Streaming throughput and latency of kctl against kubectl, in the same run
# on the test cluster (issue 3 targets: exec round trip at most 0.7 of
# kubectl's; cp and port-forward throughput at least 1.5x kubectl's):
#   exec -- true round trip, median of N runs, through the bare 1.20
#     apiserver (both fall back to SPDY) and through the streaming front
#     (both speak v5.channel.k8s.io over WebSocket);
#   cp of a SIZE_MB file to and from a pod, median of R runs, through the
#     bare apiserver (SPDY) and the front (v5 over WebSocket);
#   port-forward of PF_MB from a pod to a local client, median of R runs,
#     through the bare apiserver (SPDY) and the front (WebSocket tunnel).
# Each transfer also reports the client's own CPU time: on a 2-CPU machine
# the apiserver, the kubelet stand-in and the front share the CPUs with the
# client, so the client's CPU bounds what a faster client can gain.
# Needs the test cluster (tests/cluster/start.sh).
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
KCTL=${KCTL:-$top/build/kctl}
N=${N:-15}; R=${R:-3}; SIZE_MB=${SIZE_MB:-256}; PF_MB=${PF_MB:-1024}
# shellcheck disable=SC1091
source "${KCTL_CLUSTER_DIR:-/tmp/kctl-test-cluster}/env.sh"
work=$(mktemp -d /tmp/kctl-bench.XXXXXX)
pod=kctl-bench-$$
pf_port=$(( 20000 + RANDOM % 20000 ))
cleanup() {
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" delete pod "$pod" --wait=false >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# A pod whose main process serves PF_MB of zeros to every connection on
# pf_port (pods are local processes on the test node; the pod IP is
# 127.0.0.1).
kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" apply -f - >/dev/null <<POD
apiVersion: v1
kind: Pod
metadata: {name: $pod}
spec:
  nodeName: $KCTL_TEST_NODE
  terminationGracePeriodSeconds: 0
  containers:
  - name: main
    image: busybox
    command:
    - python3
    - -c
    - |
      import socket, threading
      chunk = bytes(1 << 20)
      def serve(c):
          with c:
              try:
                  c.recv(1)
                  for _ in range($PF_MB): c.sendall(chunk)
              except OSError:
                  pass
      s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
      s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
      s.bind(("127.0.0.1", $pf_port)); s.listen(16)
      while True:
          threading.Thread(target=serve, args=(s.accept()[0],), daemon=True).start()
POD
kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" wait --for=condition=Ready "pod/$pod" --timeout=60s >/dev/null

now_ns() { date +%s%N; }
median() { sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.3f", a / b }'; }
ms() { awk -v n="$1" 'BEGIN { printf "%.1f", n / 1e6 }'; }
mibps() { awk -v mb="$1" -v n="$2" 'BEGIN { printf "%.1f", mb / (n / 1e9) }'; }

# time_ns CMD...: wall time of one run (the command must succeed).
time_ns() {
  local start end
  start=$(now_ns)
  "$@" >/dev/null 2>"$work/stderr" || { echo "bench: failed: $* ($(tail -3 "$work/stderr"))" >&2; return 1; }
  end=$(now_ns)
  echo $(( end - start ))
}

median_of() {  # RUNS CMD...
  local runs=$1; shift
  for _ in $(seq "$runs"); do time_ns "$@"; done | median
}

exec_round_trip() {  # LABEL KUBECONFIG
  local k c
  "$KCTL" --kubeconfig "$2" exec "$pod" -- true; kubectl --kubeconfig "$2" exec "$pod" -- true  # warm up
  c=$(median_of "$N" "$KCTL" --kubeconfig "$2" exec "$pod" -- true)
  k=$(median_of "$N" kubectl --kubeconfig "$2" exec "$pod" -- true)
  printf 'bench: exec -- true, %-22s kctl %7s ms  kubectl %7s ms  ratio %s (target <= 0.7)\n' \
    "$1:" "$(ms "$c")" "$(ms "$k")" "$(ratio "$c" "$k")"
}

# cpu_s CMD...: user+system seconds of one run (the command must succeed).
cpu_s() {
  /usr/bin/time -f '%U %S' -o "$work/cpu" "$@" >/dev/null 2>"$work/stderr" ||
    { echo "bench: failed: $* ($(tail -3 "$work/stderr"))" >&2; return 1; }
  awk '{ printf "%.2f", $1 + $2 }' "$work/cpu"
}

cp_both_ways() {  # LABEL KUBECONFIG
  local kc=$2
  head -c $(( SIZE_MB << 20 )) /dev/urandom >"$work/src.bin"
  local sum; sum=$(sha256sum <"$work/src.bin")
  local tool up down t cpu
  for tool in "$KCTL" kubectl; do
    up=$(for i in $(seq "$R"); do
      t=$(time_ns "$tool" --kubeconfig "$kc" cp "$work/src.bin" "$pod:$work/up-$i.bin")
      [ "$(sha256sum <"$work/up-$i.bin")" = "$sum" ] || { echo "bench: cp upload corrupted" >&2; exit 1; }
      rm -f "$work/up-$i.bin"; echo "$t"
    done | median)
    down=$(for i in $(seq "$R"); do
      t=$(time_ns "$tool" --kubeconfig "$kc" cp "$pod:$work/src.bin" "$work/down-$i.bin")
      [ "$(sha256sum <"$work/down-$i.bin")" = "$sum" ] || { echo "bench: cp download corrupted" >&2; exit 1; }
      rm -f "$work/down-$i.bin"; echo "$t"
    done | median)
    # The client's own CPU for one download (the servers' share is the same for both).
    cpu=$(cpu_s "$tool" --kubeconfig "$kc" cp "$pod:$work/src.bin" "$work/down-cpu.bin"); rm -f "$work/down-cpu.bin"
    eval "${tool##*/}_up=$up ${tool##*/}_down=$down ${tool##*/}_cpu=$cpu"
  done
  printf 'bench: cp %d MiB to pod,   %-9s kctl %7.1f MiB/s  kubectl %7.1f MiB/s  speed-up %s (target >= 1.5)\n' "$SIZE_MB" \
    "$1:" "$(mibps "$SIZE_MB" "$kctl_up")" "$(mibps "$SIZE_MB" "$kubectl_up")" "$(ratio "$kubectl_up" "$kctl_up")"
  printf 'bench: cp %d MiB from pod, %-9s kctl %7.1f MiB/s  kubectl %7.1f MiB/s  speed-up %s (target >= 1.5); client CPU kctl %ss kubectl %ss\n' "$SIZE_MB" \
    "$1:" "$(mibps "$SIZE_MB" "$kctl_down")" "$(mibps "$SIZE_MB" "$kubectl_down")" "$(ratio "$kubectl_down" "$kctl_down")" \
    "$kctl_cpu" "$kubectl_cpu"
  rm -f "$work/src.bin"
}

# pull LOCAL_PORT: reads PF_MB MiB through the forwarded port.
pull() {
  python3 - "$1" "$PF_MB" "$work/pull-cpu" <<'PY'
import resource, socket, sys
port, want, cpu_log = int(sys.argv[1]), int(sys.argv[2]) << 20, sys.argv[3]
s = socket.create_connection(("127.0.0.1", port)); s.sendall(b"g")
got = 0
while True:
    b = s.recv(1 << 20)
    if not b: break
    got += len(b)
r = resource.getrusage(resource.RUSAGE_SELF)
with open(cpu_log, "a") as f: f.write("%.3f\n" % (r.ru_utime + r.ru_stime))
sys.exit(0 if got == want else "short read: %d of %d bytes" % (got, want))
PY
}

# proc_cpu PID: user+system seconds the process has used so far.
proc_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.2f", ($14 + $15) / hz }' "/proc/$1/stat"; }

# The pipeline besides the client: the servers and the pod's process.
pipeline_pids() {
  pgrep -x kube-apiserver; pgrep -x kubelet-standin; pgrep -x streaming-front
  pgrep -f "127.0.0.1\", $pf_port"
}
pipeline_cpu() {  # PIDS...: their user+system seconds so far, summed
  local p total=0
  for p in "$@"; do total=$(awk -v t="$total" -v c="$(proc_cpu "$p")" 'BEGIN { print t + c }'); done
  echo "$total"
}

port_forward() {  # LABEL KUBECONFIG
  local tool local_port fwd_pid results=() cpus=() i pids before rest
  pids=$(pipeline_pids)
  for tool in "$KCTL" kubectl; do
    local_port=$(( pf_port + 1 + RANDOM % 1000 ))
    "$tool" --kubeconfig "$2" port-forward "pod/$pod" "$local_port:$pf_port" >"$work/pf.log" 2>&1 &
    fwd_pid=$!
    for i in $(seq 100); do grep -q Forwarding "$work/pf.log" 2>/dev/null && break; sleep 0.1; done
    : >"$work/pull-cpu"
    # shellcheck disable=SC2086
    before=$(pipeline_cpu $pids)
    results+=("$(median_of "$R" pull "$local_port")")
    # CPU seconds per GiB: the client's, and the rest's (servers, pod, reader).
    cpus+=("$(awk -v c="$(proc_cpu "$fwd_pid")" -v r="$R" -v mb="$PF_MB" 'BEGIN { printf "%.2f", c / r / (mb / 1024) }')")
    # shellcheck disable=SC2086
    rest=$(awk -v a="$before" -v b="$(pipeline_cpu $pids)" -v r="$R" -v mb="$PF_MB" \
      '{ pull += $1 } END { printf "%.2f", (b - a + pull) / r / (mb / 1024) }' "$work/pull-cpu")
    kill "$fwd_pid"; wait "$fwd_pid" 2>/dev/null || true
  done
  printf 'bench: port-forward %d MiB, %-9s kctl %7.1f MiB/s  kubectl %7.1f MiB/s  speed-up %s (target >= 1.5)\n' \
    "$PF_MB" "$1:" "$(mibps "$PF_MB" "${results[0]}")" "$(mibps "$PF_MB" "${results[1]}")" \
    "$(ratio "${results[1]}" "${results[0]}")"
  # With a client that used no CPU at all, the rest alone would fill the
  # machine's CPUs at this rate: the most any client could reach here.
  local ceiling; ceiling=$(awk -v n="$(nproc)" -v rest="$rest" 'BEGIN { printf "%.1f", n * 1024 / rest }')
  printf 'bench:   CPU s per GiB: kctl %s, kubectl %s, the rest (servers, pod, reader) %s; on %d CPUs a zero-CPU client could reach %s MiB/s = %sx kubectl\n' \
    "${cpus[0]}" "${cpus[1]}" "$rest" "$(nproc)" "$ceiling" \
    "$(awk -v c="$ceiling" -v mb="$PF_MB" -v k="${results[1]}" 'BEGIN { printf "%.2f", c / (mb / (k / 1e9)) }')"
}

direct() {  # the pod's own speed, without any forwarding, for reference
  local t; t=$(median_of "$R" pull "$pf_port")
  printf 'bench: direct read of %d MiB from the pod process (no forwarding): %.1f MiB/s\n' "$PF_MB" "$(mibps "$PF_MB" "$t")"
}

echo "bench: streaming; kubectl $(kubectl version --client 2>/dev/null | head -1 | awk '{print $3}'); exec runs $N, transfer runs $R"
exec_round_trip "apiserver 1.20 (SPDY)" "$KCTL_TEST_KUBECONFIG"
exec_round_trip "front (WebSocket)" "$KCTL_TEST_FRONT_KUBECONFIG"
cp_both_ways "SPDY" "$KCTL_TEST_KUBECONFIG"
cp_both_ways "WebSocket" "$KCTL_TEST_FRONT_KUBECONFIG"
direct
port_forward "SPDY" "$KCTL_TEST_KUBECONFIG"
port_forward "WS tunnel" "$KCTL_TEST_FRONT_KUBECONFIG"
