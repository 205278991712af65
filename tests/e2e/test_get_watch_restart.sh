# get --watch across a kube-apiserver restart (beyond kubectl, whose watch
# ends silently when the server goes away): kctl must keep watching, say on
# stderr that it is retrying, and print every change made after the restart
# exactly once, with nothing printed twice.

restart_apiserver() { bash "$(dirname "${BASH_SOURCE[0]}")/../cluster/restart-apiserver.sh" "$@"; }

# wait_for_line FILE REGEX: up to 30 s until FILE has a line matching REGEX.
wait_for_line() {
  for _ in $(seq 60); do
    grep -Eq "$2" "$1" && return 0
    sleep 0.5
  done
  return 1
}

test_get_watch_resumes_across_apiserver_restart() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local ns=kctl-get-watch-restart pid
  kubectl get ns "$ns" >/dev/null 2>&1 || kubectl create ns "$ns" >/dev/null
  kubectl delete cm -n "$ns" --all >/dev/null 2>&1 || true
  kubectl create cm -n "$ns" before --from-literal=a=1 >/dev/null
  kubectl create cm -n "$ns" changed --from-literal=a=1 >/dev/null
  kubectl label cm -n "$ns" before changed watched=yes >/dev/null

  "$KCTL" get cm -n "$ns" -l watched=yes -w --output-watch-events -v=6 \
    -o 'jsonpath={.type} {.object.metadata.name} {.object.data.a}{"\n"}' >c.out 2>c.err &
  pid=$!
  wait_for_line c.out '^ADDED changed 1$' || { kill "$pid"; fail "kctl printed no initial list"; return 1; }

  # Down for 3 s: the retries see refused connections. A write kctl does
  # not watch (a Secret) moves the store's version past the last one kctl
  # saw; the restarted server's watch cache starts at the store's version,
  # so the watch from kctl's answers 410 Gone and kctl lists again (its -v=6
  # log shows the second list), then watches on.
  kubectl create secret generic -n "$ns" "moved-$RANDOM" >/dev/null
  restart_apiserver 3
  kill -0 "$pid" 2>/dev/null || { cat c.err >&2; fail "kctl exited when the apiserver went away"; return 1; }
  kubectl create cm -n "$ns" after --from-literal=a=2 >/dev/null
  kubectl label cm -n "$ns" after watched=yes >/dev/null
  kubectl patch cm -n "$ns" changed -p '{"data":{"a":"5"}}' >/dev/null
  kubectl delete cm -n "$ns" before >/dev/null
  wait_for_line c.out '^DELETED before' || { kill "$pid"; cat c.out c.err >&2; fail "kctl missed the changes after the restart"; return 1; }
  sleep 1  # anything printed twice would come now
  kill "$pid"
  wait "$pid" 2>/dev/null || true

  local want="ADDED before 1
ADDED changed 1
ADDED after 2
MODIFIED changed 5
DELETED before 1"
  [ "$(cat c.out)" = "$want" ] || { diff <(echo "$want") c.out >&2; fail "not the events before and after the restart, each once"; }
  grep -q 'watch of configmaps failed: .*; retrying in 1s' c.err || { cat c.err >&2; fail "no retry warning on stderr"; }
  [ "$(grep -c 'GET .*/configmaps?labelSelector=watched%3Dyes&limit=500 200 OK' c.err)" = 2 ] ||
    { cat c.err >&2; fail "kctl did not list again after the 410"; }
}
