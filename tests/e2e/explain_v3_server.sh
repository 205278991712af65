# start_explain_v3_server DIR: starts explain_v3_server.py on the documents
# of tests/unit/explain_fixtures, in the background, and writes DIR/pid and
# DIR/kubeconfig (plain HTTP, no credentials) for it. Used by
# test_explain_v3.sh and tests/unit/explain_fixtures/record_kubectl.sh.
explain_v3_src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

start_explain_v3_server() {
  local dir=$1 _
  python3 "$explain_v3_src/tests/e2e/explain_v3_server.py" "$explain_v3_src/tests/unit/explain_fixtures" "$dir/port" &
  echo $! >"$dir/pid"
  for _ in $(seq 1 50); do [ -s "$dir/port" ] && break; sleep 0.1; done
  [ -s "$dir/port" ] || { echo "explain_v3_server.py did not start" >&2; return 1; }
  cat >"$dir/kubeconfig" <<KC
apiVersion: v1
kind: Config
current-context: v3
clusters: [{name: v3, cluster: {server: "http://127.0.0.1:$(cat "$dir/port")"}}]
contexts: [{name: v3, context: {cluster: v3, user: v3}}]
users: [{name: v3, user: {}}]
KC
}
