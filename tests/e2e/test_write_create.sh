# kctl create's generators and kctl run against kubectl's, on the test
# cluster (helpers from test_write.sh: write_namespaces, both, same_objects).

# compare_runs DIR KRC CRC ARGS...: kubectl's (DIR/ko, DIR/ke) and kctl's
# (DIR/co, DIR/ce) outputs, already normalised, and exit codes must match.
compare_runs() {
  local d=$1 krc=$2 crc=$3 ok=0
  shift 3
  if ! cmp -s "$d/ko" "$d/co" || ! cmp -s "$d/ke" "$d/ce"; then
    echo "    output differs for: $*" >&2
    diff "$d/ko" "$d/co" | head -10 >&2
    diff "$d/ke" "$d/ce" | head -10 >&2
    ok=1
  fi
  [ "$krc" = "$crc" ] || { echo "    exit code kubectl=$krc kctl=$crc for: $*" >&2; ok=1; }
  rm -rf "$d"
  return $ok
}

# both_usage ARGS...: as both, for errors that name the program ("See
# 'kubectl create deployment -h'") or carry a klog header (cobra's
# required flags: "E1128 13:20:02.831009   12698 run.go:72] ...").
both_usage() {
  local d a krc=0 crc=0 f
  local ka=() ca=()
  d=$(mktemp -d)
  for a in "$@"; do ka+=("${a//@NS@/$W_K}"); ca+=("${a//@NS@/$W_C}"); done
  kubectl "${ka[@]}" >"$d/ko" 2>"$d/ke" || krc=$?
  "$KCTL" "${ca[@]}" >"$d/co" 2>"$d/ce" || crc=$?
  sed -i "s/$W_K/@NS@/g; s/'kubectl /'kctl /g" "$d/ko" "$d/ke"
  sed -i "s/$W_C/@NS@/g" "$d/co" "$d/ce"
  for f in "$d/ke" "$d/ce"; do sed -i -E 's/^([EWIF])[0-9]{4} [0-9:.]+ +[0-9]+ /\1 /' "$f"; done
  compare_runs "$d" "$krc" "$crc" "$@"
}

# same_created TYPE [SKIP]: as same_objects, for objects controllers act
# on: status, controller-made uids and token names masked; objects whose
# name matches the regular expression SKIP (made by the cluster) left out.
same_created() {
  local strip='[.items[] | select(.metadata.name | test($skip) | not)
      | del(.metadata.uid, .metadata.resourceVersion, .metadata.creationTimestamp, .metadata.managedFields,
            .metadata.selfLink, .metadata.namespace, .status, .spec.nodeName, .spec.clusterIP, .spec.clusterIPs,
            .secrets)
      | if .spec.ports then .spec.ports |= map(del(.nodePort)) else . end
      | walk(if type == "object" then del(.["controller-uid"], .["batch.kubernetes.io/controller-uid"],
            .["deployment.kubernetes.io/revision"]) else . end)]'
  local k c skip=${2:-^$}
  k=$(kubectl get "$1" -n "$W_K" -o json | jq -S --arg skip "$skip" "$strip" | sed "s/$W_K/@NS@/g; s/default-token-[a-z0-9]*/default-token-X/g")
  c=$(kubectl get "$1" -n "$W_C" -o json | jq -S --arg skip "$skip" "$strip" | sed "s/$W_C/@NS@/g; s/default-token-[a-z0-9]*/default-token-X/g")
  [ "$k" = "$c" ] || { echo "    $1 objects differ:" >&2; diff <(echo "$k") <(echo "$c") | head -30 >&2; return 1; }
}

# same_cluster_object TYPE KNAME CNAME: the cluster-scoped objects each
# tool made (under its own name) match, names and volatile fields aside.
same_cluster_object() {
  local strip='del(.metadata.uid, .metadata.resourceVersion, .metadata.creationTimestamp,
      .metadata.managedFields, .metadata.selfLink, .metadata.name, .status)'
  local k c
  k=$(kubectl get "$1" "$2" -o json | jq -S "$strip" | sed "s/$2/@NAME@/g")
  c=$(kubectl get "$1" "$3" -o json | jq -S "$strip" | sed "s/$3/@NAME@/g")
  [ "$k" = "$c" ] || { echo "    $1 objects differ:" >&2; diff <(echo "$k") <(echo "$c") | head -30 >&2; return 1; }
}

# both_named KNAME CNAME ARGS...: as both, with @N@ as each tool's own
# name of a cluster-scoped object (put back to @N@ in the outputs).
both_named() {
  local kn=$1 cn=$2 d a krc=0 crc=0
  shift 2
  local ka=() ca=()
  d=$(mktemp -d)
  for a in "$@"; do ka+=("${a//@N@/$kn}"); ca+=("${a//@N@/$cn}"); done
  kubectl "${ka[@]}" >"$d/ko" 2>"$d/ke" || krc=$?
  "$KCTL" "${ca[@]}" >"$d/co" 2>"$d/ce" || crc=$?
  sed -i "s/$kn/@N@/g" "$d/ko" "$d/ke"
  sed -i "s/$cn/@N@/g" "$d/co" "$d/ce"
  compare_runs "$d" "$krc" "$crc" "$@"
}

test_write_create_configmap_secret() {
  write_namespaces gencm
  mkdir -p dir/sub
  echo hello >dir/a.txt
  printf '\xff\xfe' >dir/bin
  echo nested >dir/sub/skipped
  printf '# comment\n  A=1\nB=2=3\r\n\nD= spaced \n' >app.env
  both create configmap c1 -n @NS@ --from-literal=a=b --from-literal=c=d=e
  both create cm c2 -n @NS@ --from-file=dir --from-file=key=dir/a.txt
  both create cm c3 -n @NS@ --from-env-file=app.env -o name
  both create cm c4 -n @NS@ --from-literal=a=b --append-hash
  both create cm c5 -n @NS@ --from-literal=a=b --save-config -o name
  both create cm c1 -n @NS@ --from-literal=a=b
  both create cm c6 -n @NS@ --from-file=dir --dry-run=client -o yaml
  both create cm c6 -n @NS@ --from-file=dir --dry-run=client -o json
  both create cm c6 -n @NS@ --from-literal=x=y --dry-run=server
  both create cm c6 -n @NS@ --from-literal='bad key=1'
  both create cm c6 -n @NS@ --from-literal=a=1 --from-literal=a=2
  both create cm c6 -n @NS@ --from-literal=novalue
  both create cm c6 -n @NS@ --from-file=missing
  both create cm c6 -n @NS@ --from-file=k=dir
  both create cm c6 -n @NS@ --from-env-file=app.env --from-literal=a=b
  both create cm c6 -n @NS@ --dry-run=bogus
  both create cm c6 -n @NS@ -o bogus
  both_usage create cm -n @NS@
  same_objects configmaps

  both create secret generic s1 -n @NS@ --from-literal=a=b --from-file=dir
  both create secret generic s2 -n @NS@ --from-literal=a=b --type=example.com/x --append-hash -o name
  both create secret generic s3 -n @NS@ --from-env-file=app.env --dry-run=client -o yaml
  both create secret generic s3 -n @NS@ --from-literal=a=1 --from-literal=a=2
  both create secret docker-registry d1 -n @NS@ --docker-username=u --docker-password=p --docker-email=e@x
  both create secret docker-registry d2 -n @NS@ --docker-server=r.example --docker-username=u \
    --docker-password=p --dry-run=client -o json
  both create secret docker-registry d2 -n @NS@
  openssl req -x509 -newkey rsa:2048 -nodes -subj /CN=x -keyout tls.key -out tls.crt -days 1 2>/dev/null
  both create secret tls t1 -n @NS@ --cert=tls.crt --key=tls.key
  both create secret tls t2 -n @NS@ --cert=tls.crt --key=tls.key --dry-run=client -o yaml
  both create secret tls t2 -n @NS@
  both create secret tls t2 -n @NS@ --cert=missing.crt --key=tls.key
  same_created secrets ^default-token-
}

test_write_create_workloads() {
  write_namespaces genwl
  both create deployment d1 -n @NS@ --image=nginx --replicas=2 --port=80
  both create deploy d2 -n @NS@ --image=nginx,busybox:1.36 -o name
  both create deploy d3 -n @NS@ --image=busybox --save-config -- sleep 3600
  both create deploy d4 -n @NS@ --image=busybox --dry-run=client -o yaml -- sleep 10
  both create deploy d4 -n @NS@ --image=busybox --dry-run=client -o json
  both create deploy d4 -n @NS@ --image=a --image=b -- sleep 1
  both_usage create deploy d4 -n @NS@
  both_usage create deploy d4 -n @NS@ --image=a --replicas=x
  both create deploy d1 -n @NS@ --image=nginx
  same_created deployments

  both create job j1 -n @NS@ --image=busybox -- echo hi
  both create job j2 -n @NS@ --image=busybox --dry-run=client -o yaml -- echo hi
  both create job j2 -n @NS@
  both create job j2 -n @NS@ --from=cronjob/missing
  both create job j2 -n @NS@ --from=cronjob/x -- echo
  both create job j2 -n @NS@ --from=nosuchtype/x
  same_created jobs

  # batch/v1 CronJob is not served by the 1.20 test server: the create
  # fails the same way, the client-side object must still match.
  both create cronjob c1 -n @NS@ --image=busybox --schedule='*/5 * * * *'
  both create cj c2 -n @NS@ --image=busybox --schedule='*/5 * * * *' --restart=Never --dry-run=client -o yaml -- date
  both create cj c2 -n @NS@ --image=busybox --schedule='*/5 * * * *' --dry-run=client -o json
  both_usage create cj c2 -n @NS@ --image=busybox

  both run p1 -n @NS@ --image=nginx
  both run p2 -n @NS@ --image=busybox --env=A=B --labels=x=y,z=w --port=80 --restart=Never --command -- sleep 3600
  both run p3 -n @NS@ --image=busybox --dry-run=client -o yaml -- a b
  both run p3 -n @NS@ --image=busybox --annotations=k=v --image-pull-policy=Always --dry-run=client -o json
  both run p3 -n @NS@ --image=busybox --env=A --dry-run=client
  both run p3 -n @NS@ --image=busybox --labels=bad --dry-run=client
  both_usage run p3 -n @NS@ --image=busybox --restart=Sometimes
  both_usage run -n @NS@ --image=busybox
  both_usage run p3 -n @NS@
  both run p1 -n @NS@ --image=nginx
  same_created pods '^(d[0-9]|j[0-9])-'
}

test_write_create_services() {
  write_namespaces gensvc
  both create service clusterip s1 -n @NS@ --tcp=80:8080,90,91:http
  both create svc clusterip s2 -n @NS@ --clusterip=None -o name
  both create svc nodeport s3 -n @NS@ --tcp=80:8080
  both create svc loadbalancer s4 -n @NS@ --tcp=80
  both create svc externalname s5 -n @NS@ --external-name=example.com
  both create svc clusterip s6 -n @NS@ --tcp=80 --dry-run=client -o yaml
  both create svc nodeport s6 -n @NS@ --tcp=80 --node-port=30080 --dry-run=client -o json
  both create svc clusterip s6 -n @NS@
  both create svc clusterip s6 -n @NS@ --tcp=abc
  both create svc clusterip s6 -n @NS@ --tcp=99999
  both create svc clusterip s6 -n @NS@ --tcp=80:
  both create svc externalname s6 -n @NS@ --external-name=Bad_Name
  both_usage create svc externalname s6 -n @NS@
  both_usage create svc nodeport s6 -n @NS@ --tcp=80 --node-port=x
  both create svc clusterip s1 -n @NS@ --tcp=80
  same_created services
}

test_write_create_misc_namespaced() {
  write_namespaces genmisc
  both create serviceaccount sa1 -n @NS@
  both create sa sa2 -n @NS@ --dry-run=client -o yaml
  both create sa sa1 -n @NS@
  same_created serviceaccounts ^default$

  both create quota q1 -n @NS@ --hard=pods=10,cpu=1,requests.memory=1Gi --scopes=NotTerminating
  both create quota q2 -n @NS@ --hard=pods=1 --dry-run=client -o json
  both create quota q2 -n @NS@ --hard=pods
  both create quota q2 -n @NS@ --hard=pods=abc
  both create quota q2 -n @NS@ --scopes=BestEffort,,x
  same_objects resourcequotas

  both create role r1 -n @NS@ --verb=get,list --resource=pods,deploy,rs.apps,pods/log --resource-name=x
  both create role r2 -n @NS@ --verb=get --resource='*' --dry-run=client -o yaml
  both create role r2 -n @NS@ --verb=unusual --resource=pods --dry-run=client -o yaml
  both create role r2 -n @NS@ --verb=bind --resource=pods
  both create role r2 -n @NS@ --verb=get
  both create role r2 -n @NS@ --resource=pods
  both create role r2 -n @NS@ --verb=get --resource=nosuchthing
  both create role r2 -n @NS@ --verb=get --resource=.apps
  same_objects roles

  both create rolebinding b1 -n @NS@ --role=r1 --user=u --group=g --serviceaccount=ns:sa
  both create rolebinding b2 -n @NS@ --clusterrole=view --dry-run=client -o json
  both create rolebinding b2 -n @NS@ --role=a --clusterrole=b
  both create rolebinding b2 -n @NS@ --role=a --serviceaccount=nocolon
  same_objects rolebindings

  both create ingress i1 -n @NS@ --rule='a.com/x*=svc:http,tls' --rule='a.com/y=svc2:81,tls=s1' \
    --rule='b.com/=s:1,tls=s1' --class=nginx --default-backend=def:8080 --annotation=a=b
  both create ing i2 -n @NS@ --rule='/=svc:80' --dry-run=client -o yaml
  both create ing i2 -n @NS@
  both create ing i2 -n @NS@ --rule=bad
  both create ing i2 -n @NS@ --default-backend=svc
  both create ing i2 -n @NS@ --default-backend=svc:80 --annotation=noequals
  same_objects ingresses.networking.k8s.io

  # policy/v1 is not served by the 1.20 test server.
  both create poddisruptionbudget p1 -n @NS@ --selector=app=x --min-available=1
  both create pdb p2 -n @NS@ --selector='app=x,tier in (a,b),!old' --max-unavailable=50% --dry-run=client -o yaml
  both create pdb p2 -n @NS@ --selector=app=x --min-available=1 --dry-run=client -o json
  both create pdb p2 -n @NS@ --selector=app=x
  both create pdb p2 -n @NS@ --min-available=1
  both create pdb p2 -n @NS@ --selector=app=x --min-available=1 --max-unavailable=1
  both create pdb p2 -n @NS@ --selector=app=x --min-available=lots
}

test_write_create_cluster_scoped() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local k=kctl-k-$$ c=kctl-c-$$ W_K=unused-k W_C=unused-c
  both_named "$k-ns" "$c-ns" create namespace @N@
  both_named "$k-ns" "$c-ns" create ns @N@ --dry-run=client -o yaml
  both_named "$k-ns" "$c-ns" create ns @N@
  same_cluster_object namespace "$k-ns" "$c-ns"
  both_usage create ns a b

  both_named "$k-cr" "$c-cr" create clusterrole @N@ --verb=get,list --resource=pods,deployments.apps \
    --non-resource-url=/logs/*
  both_named "$k-agg" "$c-agg" create clusterrole @N@ --aggregation-rule=rbac.example.com/aggregate=true -o name
  both_named "$k-x" "$c-x" create clusterrole @N@ --verb=get --resource=pods --dry-run=client -o json
  both_named "$k-x" "$c-x" create clusterrole @N@ --verb=get
  both_named "$k-x" "$c-x" create clusterrole @N@ --verb=post --non-resource-url=/a --dry-run=client
  both_named "$k-x" "$c-x" create clusterrole @N@ --verb=get --non-resource-url=nope
  both_named "$k-x" "$c-x" create clusterrole @N@ --aggregation-rule=a=b --verb=get
  both_named "$k-cr" "$c-cr" create clusterrole @N@ --verb=get --resource=pods
  same_cluster_object clusterrole "$k-cr" "$c-cr"
  same_cluster_object clusterrole "$k-agg" "$c-agg"

  both_named "$k-crb" "$c-crb" create clusterrolebinding @N@ --clusterrole=view --user=u --serviceaccount=a:b
  both_named "$k-x" "$c-x" create clusterrolebinding @N@ --clusterrole=view --group=g --dry-run=client -o yaml
  both_named "$k-crb" "$c-crb" create clusterrolebinding @N@ --clusterrole=view
  same_cluster_object clusterrolebinding "$k-crb" "$c-crb"
  both_usage create clusterrolebinding x

  both_named "$k-pc" "$c-pc" create priorityclass @N@ --value=1000 --description=hi --preemption-policy=Never
  both_named "$k-x" "$c-x" create pc @N@ --value=5 --global-default --dry-run=client -o json
  both_named "$k-pc" "$c-pc" create pc @N@ --value=1
  same_cluster_object priorityclass "$k-pc" "$c-pc"
  both_usage create pc x --value=abc

  kubectl delete ns "$k-ns" "$c-ns" --wait=false >/dev/null
  kubectl delete clusterrole "$k-cr" "$c-cr" "$k-agg" "$c-agg" >/dev/null
  kubectl delete clusterrolebinding "$k-crb" "$c-crb" >/dev/null
  kubectl delete priorityclass "$k-pc" "$c-pc" >/dev/null
}
