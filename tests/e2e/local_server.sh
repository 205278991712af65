# await_local_server DIR NAME: waits until a test server started in the
# background has written its port to DIR/port, then writes DIR/kubeconfig
# (plain HTTP to 127.0.0.1:PORT, no credentials). NAME names the server in
# the error and the kubeconfig's context. Used by explain_v3_server.sh and
# test_faults.sh.
await_local_server() {
  local dir=$1 name=$2 _
  for _ in $(seq 1 100); do [ -s "$dir/port" ] && break; sleep 0.1; done
  [ -s "$dir/port" ] || { echo "$name did not start" >&2; return 1; }
  cat >"$dir/kubeconfig" <<KC
apiVersion: v1
kind: Config
current-context: $name
clusters: [{name: $name, cluster: {server: "http://127.0.0.1:$(cat "$dir/port")"}}]
contexts: [{name: $name, context: {cluster: $name, user: $name}}]
users: [{name: $name, user: {}}]
KC
}
