# start_explain_v3_server DIR: starts explain_v3_server.py on the documents
# of tests/unit/explain_fixtures, in the background, and writes DIR/pid and
# DIR/kubeconfig (plain HTTP, no credentials) for it. Used by
# test_explain_v3.sh and tests/unit/explain_fixtures/record_kubectl.sh.
explain_v3_src=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

source "$explain_v3_src/tests/e2e/local_server.sh"

start_explain_v3_server() {
  local dir=$1
  python3 "$explain_v3_src/tests/e2e/explain_v3_server.py" "$explain_v3_src/tests/unit/explain_fixtures" "$dir/port" &
  echo $! >"$dir/pid"
  await_local_server "$dir" v3
}
