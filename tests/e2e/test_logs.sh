# kctl logs against kubectl on the test cluster: containers are local
# processes whose output the kubelet stand-in keeps in CRI log files.

logs_name() { echo "kctl-logs-$1-$$-$RANDOM"; }

logs_cleanup() {
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" delete "$@" --wait=false >/dev/null 2>&1 || true
}

# logs_pod NAME LABEL RESTART CONTAINER=SCRIPT...: a pod on the test node
# labelled app=LABEL whose containers run the given shell scripts.
# $LOGS_POD_META: more metadata, YAML flow-mapping entries.
logs_pod() {
  local name=$1 label=$2 restart=$3; shift 3
  local containers="" c
  for c in "$@"; do
    containers+="  - name: '${c%%=*}'
    image: busybox
    command: [sh, -c, '${c#*=}']
"
  done
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" apply -f - >/dev/null <<POD
apiVersion: v1
kind: Pod
metadata: {name: $name, labels: {app: $label}${LOGS_POD_META:+, $LOGS_POD_META}}
spec:
  nodeName: $KCTL_TEST_NODE
  restartPolicy: $restart
  terminationGracePeriodSeconds: 0
  containers:
$containers
POD
}

logs_ready() {
  kubectl --kubeconfig "$KCTL_TEST_KUBECONFIG" wait --for=condition=Ready "pod/$1" --timeout=60s >/dev/null
}

# numbered PREFIX N: a script printing PREFIX-1 .. PREFIX-N, then idling.
numbered() { echo "i=1; while [ \$i -le $2 ]; do echo $1-\$i; i=\$((i+1)); done; sleep 100000"; }

# Waits until container $2 of pod $1 has logged $3 lines.
logs_wait_lines() {
  local i
  for i in $(seq 60); do
    [ "$(kubectl logs "$1" -c "$2" 2>/dev/null | wc -l)" -ge "$3" ] && return 0
    sleep 0.5
  done
  fail "pod $1 container $2 never logged $3 lines"
}

# Like same_as_kubectl, with stdout compared as sorted lines: kubectl reads
# several sources in Go map order, which is random.
same_as_kubectl_sorted() {
  run_both "$@"
  [ "$(printf '%s' "$K_OUT" | sort)" = "$(printf '%s' "$C_OUT" | sort)" ] || {
    fail "stdout differs for: $*"; diff <(printf '%s' "$K_OUT" | sort) <(printf '%s' "$C_OUT" | sort) | head >&2; return 1; }
  [ "$K_ERR" = "$C_ERR" ] || { fail "stderr differs for $*: kubectl '$K_ERR' kctl '$C_ERR'"; return 1; }
  [ "$K_RC" = "$C_RC" ] || { fail "exit code kubectl=$K_RC kctl=$C_RC for: $*"; return 1; }
}

test_logs_flags() {
  local p; p=$(logs_name flags)
  trap "logs_cleanup pod/$p" EXIT
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  logs_pod "$p" "$p" Always "a=$(numbered a 12)" "b=$(numbered b 12)"
  logs_ready "$p"
  logs_wait_lines "$p" a 12
  logs_wait_lines "$p" b 12
  same_as_kubectl logs "$p"
  [ "$C_ERR" = "Defaulted container \"a\" out of: a, b
" ] || fail "stderr: $C_ERR"
  [ "$(printf '%s' "$C_OUT" | head -1)" = a-1 ] || fail "stdout: $C_OUT"
  same_as_kubectl logs "$p" -c b
  same_as_kubectl logs "$p" b
  same_as_kubectl logs "pod/$p" -c b
  same_as_kubectl logs "$p" -c b --tail=3
  [ "$C_OUT" = "b-10
b-11
b-12
" ] || fail "--tail=3: $C_OUT"
  same_as_kubectl logs "$p" -c b --tail=0
  same_as_kubectl logs "$p" -c b --tail=-1
  same_as_kubectl logs "$p" -c a --timestamps
  printf '%s' "$C_OUT" | head -1 | grep -Eq '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}\.[0-9]{9}Z a-1$' ||
    fail "--timestamps: $C_OUT"
  same_as_kubectl logs "$p" -c a --limit-bytes=7
  [ "$C_OUT" = "a-1
a-2" ] || fail "--limit-bytes: $C_OUT"
  same_as_kubectl logs "$p" -c a --since=1h
  same_as_kubectl logs "$p" -c a --since-time=2000-01-01T00:00:00Z
  same_as_kubectl logs "$p" -c a --since-time=2999-01-01T00:00:00+02:00
  same_as_kubectl logs "$p" -c a --prefix --tail=2
  same_as_kubectl_sorted logs "$p" --all-containers
  same_as_kubectl_sorted logs "$p" --all-containers --prefix --tail=2
  same_as_kubectl logs "$p" --insecure-skip-tls-verify-backend -c b --tail=1
  same_as_kubectl logs "$p" --pod-running-timeout=5s -c b --tail=1
  kubectl annotate pod "$p" kubectl.kubernetes.io/default-container=b >/dev/null
  same_as_kubectl logs "$p" --tail=1
  kubectl annotate --overwrite pod "$p" kubectl.kubernetes.io/default-container=zz >/dev/null
  same_as_kubectl logs "$p" --tail=1
}

test_logs_errors() {
  local p; p=$(logs_name errors)
  trap "logs_cleanup pod/$p cronjob/$p" EXIT
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  logs_pod "$p" "$p" Always "a=$(numbered a 2)" "b=$(numbered b 2)"
  # A 1.20 server serves CronJob as batch/v1beta1 only: kctl falls back.
  kubectl apply -f - >/dev/null <<CJ
apiVersion: batch/v1beta1
kind: CronJob
metadata: {name: $p}
spec: {schedule: "0 0 1 1 *", jobTemplate: {spec: {template: {spec: {restartPolicy: Never, containers: [{name: a, image: x}]}}}}}
CJ
  same_as_kubectl logs "cronjob/$p"
  [ "$C_ERR" = "error: cannot get the logs from *v1beta1.CronJob: selector for *v1beta1.CronJob not implemented
" ] || fail "$C_ERR"
  same_as_kubectl exec "cj/$p" -- true
  same_as_kubectl attach "cronjobs.batch/$p"
  logs_ready "$p"
  same_as_kubectl logs "no-such-pod-$$"
  [ "$C_ERR" = "error: error from server (NotFound): pods \"no-such-pod-$$\" not found in namespace \"default\"
" ] || fail "$C_ERR"
  same_as_kubectl logs "deploy/no-such-$$"
  same_as_kubectl logs "cm/no-such-$$"
  same_as_kubectl logs "foo/bar"
  same_as_kubectl logs "$p" -c nope
  same_as_kubectl logs "$p" -c a -p
  same_as_kubectl logs "$p" -c a b
  same_as_kubectl logs "$p" --all-containers -c a
  same_as_kubectl logs "$p" --since=1s --since-time=2024-01-01T00:00:00Z
  same_as_kubectl logs "$p" --since=-1s
  same_as_kubectl logs "$p" --limit-bytes=-1
  same_as_kubectl logs "$p" --tail=-2
  same_as_kubectl logs "$p" --since-time=yesterday
  same_as_kubectl logs "$p" --since-time=2024-01-01
  same_as_kubectl logs "$p" --pod-running-timeout=0
  same_as_kubectl logs -l "app=no-such-$$"
  same_as_kubectl -n "no-such-ns-$$" logs "$p"
  # Usage errors name the program.
  local args
  for args in "" "$p extra more" "-l app=x $p" "--tail=abc $p" "--since=xx $p" "--pod-running-timeout=1 $p"; do
    run_both logs $args
    [ "$C_RC" = "$K_RC" ] && [ "$C_OUT" = "$K_OUT" ] && [ "$C_ERR" = "${K_ERR//kubectl/kctl}" ] ||
      fail "logs $args: kubectl: $K_ERR kctl: $C_ERR"
  done
}

test_logs_follow() {
  local p; p=$(logs_name follow)
  trap "logs_cleanup pod/$p" EXIT
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  logs_pod "$p" "$p" Never "main=echo one; sleep 4; echo two; sleep 1; echo three"
  logs_ready "$p"
  local start out rc=0
  start=$(date +%s)
  out=$(timeout 30 "$KCTL" logs -f "$p") || rc=$?
  [ "$rc" = 0 ] || fail "exit code $rc"
  [ "$out" = "one
two
three" ] || fail "follow: $out"
  [ $(( $(date +%s) - start )) -ge 2 ] || fail "follow ended before the container did"
  same_as_kubectl logs -f "$p"
  same_as_kubectl logs -f "$p" --timestamps
}

# Deletes the logs-test objects labelled app=$1 (pods, a deployment, a job...).
test_logs_selector() {
  local l; l=$(logs_name sel)
  trap "logs_cleanup pod -l app=$l" EXIT
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local p1=$l-1 p2=$l-2 p3=$l-3
  # Each container prints 12 lines at once, 3 more a second later, then exits.
  local script="i=1; while [ \$i -le 12 ]; do echo \$HOSTNAME-C-\$i; i=\$((i+1)); done; sleep 3; echo \$HOSTNAME-C-13; echo \$HOSTNAME-C-14; echo \$HOSTNAME-C-15"
  logs_pod "$p1" "$l" Never "x=${script//C/x}" "y=${script//C/y}"
  logs_pod "$p2" "$l" Never "x=${script//C/x}" "y=${script//C/y}"
  logs_ready "$p1"
  logs_ready "$p2"
  local out rc=0 line n=0
  out=$(timeout 60 "$KCTL" logs -f -l "app=$l" --all-containers --prefix) || rc=$?
  [ "$rc" = 0 ] || fail "exit code $rc"
  while IFS= read -r line; do
    n=$((n + 1))
    [[ "$line" =~ ^\[pod/($l-[12])/([xy])\]\ ([^ ]+)-([xy])-([0-9]+)$ ]] || { fail "mangled line: $line"; continue; }
    [ "${BASH_REMATCH[1]}" = "${BASH_REMATCH[3]}" ] && [ "${BASH_REMATCH[2]}" = "${BASH_REMATCH[4]}" ] ||
      fail "line from the wrong source: $line"
  done <<<"$out"
  # The default tail for a selector is 10: at least lines 6..15 of each of
  # the 4 streams, lines 3..15 when kctl started before the last 3 lines.
  [ "$n" -ge 40 ] && [ "$n" -le 52 ] || fail "$n lines: $out"
  for line in "$p1-x" "$p1-y" "$p2-x" "$p2-y"; do
    grep -q "^\[pod/${line%-?}/${line##*-}\] $line-15\$" <<<"$out" || fail "no $line-15 in: $out"
  done
  # Without -f: sequential, tail 10, same lines as kubectl.
  same_as_kubectl_sorted logs -l "app=$l" --all-containers --prefix
  same_as_kubectl_sorted logs -l "app=$l" --prefix --tail=1
  same_as_kubectl_sorted logs -l "app=$l" -c y --tail=2
  # Six streams are refused when following.
  logs_pod "$p3" "$l" Never "x=${script//C/x}" "y=${script//C/y}"
  logs_ready "$p3"
  same_as_kubectl logs -f -l "app=$l" --all-containers
  [ "$C_ERR" = "error: you are attempting to follow 6 log streams, but maximum allowed concurrency is 5, use --max-log-requests to increase the limit
" ] || fail "$C_ERR"
  same_as_kubectl logs -f -l "app=$l" --all-containers --max-log-requests=3
  out=$(timeout 60 "$KCTL" logs -f -l "app=$l" --all-containers --max-log-requests=6 --tail=1) || fail "rc $?"
  # -f follows each stream to its end (the third pod may still be running).
  [ "$(printf '%s\n' "$out" | grep -- '-15$' | sort | tr '\n' ' ')" = "$p1-x-15 $p1-y-15 $p2-x-15 $p2-y-15 $p3-x-15 $p3-y-15 " ] ||
    fail "6 streams: $out"
}

test_logs_workloads() {
  local l; l=$(logs_name wl)
  trap "logs_cleanup pod -l app=$l; logs_cleanup deploy/$l job/$l svc/$l rs/$l" EXIT
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  # The pods are made by hand, so that each has its own script and age: the
  # workloads make none (no replicas, no parallelism), and the pods have a
  # controller (the Service) so that the ReplicaSet and Job controllers do
  # not adopt them (and delete them: more pods than replicas).
  kubectl apply -f - >/dev/null <<OBJ
apiVersion: apps/v1
kind: Deployment
metadata: {name: $l}
spec:
  replicas: 0
  selector: {matchLabels: {app: $l}}
  template:
    metadata: {labels: {app: $l}}
    spec: {containers: [{name: main, image: busybox}]}
---
apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: $l}
spec:
  replicas: 0
  selector: {matchExpressions: [{key: app, operator: In, values: [$l, other]}]}
  template:
    metadata: {labels: {app: $l}}
    spec: {containers: [{name: main, image: busybox}]}
---
apiVersion: batch/v1
kind: Job
metadata: {name: $l}
spec:
  manualSelector: true
  parallelism: 0
  selector: {matchLabels: {app: $l}}
  template:
    metadata: {labels: {app: $l}}
    spec: {restartPolicy: Never, containers: [{name: main, image: busybox}]}
---
apiVersion: v1
kind: Service
metadata: {name: $l}
spec: {selector: {app: $l}, ports: [{port: 80}]}
OBJ
  # Before any pod: kubectl waits, then times out.
  same_as_kubectl logs "deploy/$l" --pod-running-timeout=1s
  # Flags are checked once the object is found, before waiting for a pod.
  same_as_kubectl logs "deploy/$l" --since=1s --since-time=2024-01-01T00:00:00Z
  local LOGS_POD_META
  LOGS_POD_META="ownerReferences: [{apiVersion: v1, kind: Service, name: $l, controller: true, uid: $(
    kubectl get "svc/$l" -o jsonpath='{.metadata.uid}')}]"
  logs_pod "$l-1" "$l" Always "main=$(numbered first 3)"
  logs_ready "$l-1"
  sleep 1.2  # distinct creation and ready times: an unambiguous order
  logs_pod "$l-2" "$l" Always "main=$(numbered second 3)" "side=$(numbered side 3)"
  logs_ready "$l-2"
  logs_wait_lines "$l-1" main 3
  logs_wait_lines "$l-2" main 3
  local t
  for t in "deploy/$l" "deployment.apps/$l" "rs/$l" "job/$l" "svc/$l" "deployments.v1.apps/$l"; do
    same_as_kubectl logs "$t"
    same_as_kubectl_sorted logs "$t" --all-pods
    same_as_kubectl_sorted logs "$t" --all-containers
  done
  [ "$C_ERR" = "Found 2 pods, using pod/$l-1
" ] || fail "$C_ERR"
  same_as_kubectl_sorted logs "deploy/$l" --all-pods --all-containers
  same_as_kubectl logs "deploy/$l" -c side
}

test_logs_previous() {
  local p; p=$(logs_name prev)
  local marker=/tmp/$p.marker
  trap "logs_cleanup pod/$p; rm -f $marker" EXIT
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  logs_pod "$p" "$p" Always \
    "main=if [ -e $marker ]; then echo second run; sleep 100000; else touch $marker; echo first run; exit 1; fi"
  local i
  for i in $(seq 60); do
    [ "$(kubectl get pod "$p" -o 'jsonpath={.status.containerStatuses[0].restartCount}')" -ge 1 ] 2>/dev/null && break
    sleep 0.5
  done
  logs_ready "$p"
  logs_wait_lines "$p" main 1
  same_as_kubectl logs "$p" -p
  [ "$C_OUT" = "first run
" ] || fail "-p: $C_OUT"
  same_as_kubectl logs "$p"
  [ "$C_OUT" = "second run
" ] || fail "current: $C_OUT"
  same_as_kubectl logs "$p" --previous --timestamps
}
