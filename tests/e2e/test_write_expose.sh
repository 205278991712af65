# kctl expose and kctl autoscale against kubectl's, on the test cluster
# (helpers from test_write.sh: both; from test_write_create.sh: both_usage,
# same_created; from test_write_rollout.sh: rollout_namespaces, which
# deletes the namespaces afterwards so that their pods do not fill the node).

# expose_fixtures: the same objects in both namespaces: a deployment with
# one port, one with several (a port served over UDP and TCP, one twice),
# one whose selector has matchExpressions, a pod with labels and one
# without, a replication controller, a replica set, a stateful set,
# services and a config map; also written to fixtures.yaml.
expose_fixtures() {
  local ns
  cat >fixtures.yaml <<'EOF2'
apiVersion: apps/v1
kind: Deployment
metadata: {name: multi, labels: {app: multi, tier: be}}
spec:
  replicas: 0
  selector: {matchLabels: {app: multi}}
  template:
    metadata: {labels: {app: multi}}
    spec:
      containers:
      - name: a
        image: nginx
        ports: [{containerPort: 80}, {containerPort: 53, protocol: UDP}, {containerPort: 53, protocol: TCP}]
      - name: b
        image: nginx
        ports: [{containerPort: 8080, protocol: SCTP}, {containerPort: 80}]
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: expr}
spec:
  replicas: 0
  selector:
    matchLabels: {app: expr}
    matchExpressions: [{key: tier, operator: In, values: [a, b]}, {key: x, operator: Exists}]
  template:
    metadata: {labels: {app: expr, tier: a, x: "1"}}
    spec: {containers: [{name: a, image: nginx}]}
---
apiVersion: v1
kind: Pod
metadata: {name: lab, labels: {run: lab, role: "yes"}}
spec: {containers: [{name: a, image: nginx, ports: [{containerPort: 9000, name: metrics}]}]}
---
apiVersion: v1
kind: Pod
metadata: {name: nolabels}
spec: {containers: [{name: a, image: nginx, ports: [{containerPort: 9000}]}]}
---
apiVersion: v1
kind: ReplicationController
metadata: {name: rc1}
spec:
  replicas: 0
  selector: {app: rc1}
  template:
    metadata: {labels: {app: rc1}}
    spec: {containers: [{name: a, image: nginx, ports: [{containerPort: 7000}]}]}
---
apiVersion: apps/v1
kind: ReplicaSet
metadata: {name: rs1, labels: {team: x}}
spec:
  replicas: 0
  selector: {matchLabels: {app: rs1}}
  template:
    metadata: {labels: {app: rs1}}
    spec: {containers: [{name: a, image: nginx, ports: [{containerPort: 6000}, {containerPort: 6001}]}]}
---
apiVersion: v1
kind: Service
metadata: {name: base, labels: {app: base}}
spec:
  selector: {app: base}
  ports: [{name: http, port: 80, targetPort: 8080}, {name: dns, port: 53, protocol: UDP}]
---
apiVersion: v1
kind: Service
metadata: {name: noselector}
spec:
  ports: [{port: 80}]
---
apiVersion: apps/v1
kind: StatefulSet
metadata: {name: sts1}
spec:
  replicas: 0
  serviceName: sts1
  selector: {matchLabels: {app: sts1}}
  template:
    metadata: {labels: {app: sts1}}
    spec: {containers: [{name: a, image: nginx, ports: [{containerPort: 5000}]}]}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: cm}
EOF2
  for ns in "$W_K" "$W_C"; do
    kubectl -n "$ns" create deployment web --image=nginx --port=80 --replicas=0 >/dev/null
    kubectl -n "$ns" apply -f fixtures.yaml >/dev/null
  done
}

test_write_expose_deployment() {
  rollout_namespaces expdep
  expose_fixtures
  both expose deployment web -n @NS@ --dry-run=client -o yaml
  both expose deployment web -n @NS@ --dry-run=client -o json
  both expose deployment web -n @NS@
  both expose deployment web -n @NS@
  both expose deploy/web -n @NS@ --port=8080 --target-port=80 --name=web2 -o name
  both expose deploy web -n @NS@ --port=81 --target-port=http --name=web3 --type=NodePort -l x=y,z=w
  both expose deploy web -n @NS@ --port=82 --name=web4 --dry-run=server -o name
  both expose deploy web -n @NS@ --port=83 --name=web5 --dry-run=server
  both expose deploy web -n @NS@ --port=84 --name=web6 --protocol=UDP --session-affinity=ClientIP \
    --external-ip=10.1.2.3 --save-config --field-manager=mine
  both expose deploy web -n @NS@ --name=web7 --type=LoadBalancer --load-balancer-ip=10.9.9.9 \
    --selector=app=web,extra=1 --dry-run=client -o yaml
  both expose deploy web -n @NS@ --name=web8 --cluster-ip=None
  W_MASK='s/^W[0-9]\{4\} [0-9:.]\{15\} \+[0-9]\+ /W /' both expose deploy web -n @NS@ --name=bare --dry-run
  both expose deploy web -n @NS@ --name=web9 --save-config --dry-run=client -o json
  both expose deploy web -n @NS@ --name=web10 -o json --dry-run=client \
    --overrides='{"metadata":{"annotations":{"a":"b"}},"spec":{"externalTrafficPolicy":"Local","type":"NodePort","bogus":1,"ports":[{"port":99,"name":"x","nodePort":30001}]},"zzz":1}'
  both expose deploy web -n @NS@ --name=web11 --override-type=json \
    --overrides='[{"op":"add","path":"/spec/type","value":"NodePort"}]'
  both expose deploy web -n @NS@ --name=web12 --override-type=strategic --overrides='{"spec":{"ports":[{"port":81}]}}' \
    -o yaml --dry-run=client
  both expose deploy web -n @NS@ --name=web13 --overrides='{"spec":null}' -o json --dry-run=client
  both expose deploy web -n @NS@ --name=web14 --overrides='{bad'
  both expose deploy web -n @NS@ --name=web15 --overrides='{}' --override-type=bogus
  both expose deploy web -n @NS@ --name=web15 --overrides='{bad' --override-type=strategic
  both expose deploy web -n @NS@ --name=web15 --overrides='{}' --override-type=json
  both expose deploy web -n @NS@ --name=web15 --overrides='[1]'
  same_created services
}

test_write_expose_multi_port() {
  rollout_namespaces expmulti
  expose_fixtures
  both expose deployment multi -n @NS@ --dry-run=client -o yaml
  both expose deployment multi -n @NS@ --port=53 --name=m53 --dry-run=client -o yaml
  both expose deployment multi -n @NS@ --protocol=UDP --name=mudp -o json --dry-run=client
  both expose deployment multi -n @NS@ --name=mtcp --protocol=TCP
  both expose rs rs1 -n @NS@
  both expose rs rs1 -n @NS@ --name=rs1b --target-port=9999 -o yaml --dry-run=client
  same_created services
}

test_write_expose_pod_service_rc() {
  rollout_namespaces expother
  expose_fixtures
  both expose pod lab -n @NS@
  both expose pod lab -n @NS@ --port=444 --name=frontend -o yaml --dry-run=client
  both expose service base -n @NS@ --name=base2
  both expose svc base -n @NS@ --port=443 --target-port=8443 --name=base3 -o name
  both expose rc rc1 -n @NS@ --port=80 --target-port=7000
  both expose replicationcontroller rc1 -n @NS@ --name=rc1b --protocol=UDP
  same_created services
}

test_write_expose_errors() {
  rollout_namespaces experr
  expose_fixtures
  both expose deployment expr -n @NS@ --port=80
  both expose pod nolabels -n @NS@
  both expose svc noselector -n @NS@ --name=x
  both expose configmap cm -n @NS@ --port=80
  both expose deployment expr -n @NS@ --selector=app=expr
  both expose deployment web -n @NS@ --session-affinity=Bad
  both expose deployment web -n @NS@ --port=abc
  both expose deployment web -n @NS@ --selector=a
  both expose deployment web -n @NS@ -l a==b
  both expose deployment missing -n @NS@
  both expose deployment -n @NS@
  both expose -n @NS@
  both expose deployment web missing -n @NS@ --name=wm
  both expose deployment multi expr -n @NS@ --dry-run=client -o yaml
  both expose deployment web -n @NS@ --dry-run=bad
  both expose deployment web -n @NS@ -o wide
  both_usage expose deployment web -n @NS@ --validate
  both expose deployment web -n @NS@ --name=twice
  both expose deployment web -n @NS@ --name=twice
  same_created services
}

test_write_expose_from_file() {
  rollout_namespaces expfile
  expose_fixtures
  cat >rc.yaml <<'EOF2'
apiVersion: v1
kind: ReplicationController
metadata: {name: rc1, labels: {from: file}}
spec:
  selector: {app: rc1}
  template:
    metadata: {labels: {app: rc1}}
    spec: {containers: [{name: a, image: nginx, ports: [{containerPort: 7001}]}]}
EOF2
  both expose -f rc.yaml -n @NS@ --port=80 --target-port=8000 --dry-run=client -o yaml
  both expose -f rc.yaml -n @NS@
  # What kubectl derived from the first object is kept for the next ones.
  both expose -f fixtures.yaml -n @NS@ --dry-run=client -o name
  both expose -f fixtures.yaml -n @NS@ --dry-run=client -o yaml --port=80
  both expose sts sts1 -n @NS@ --port=80
  same_created services
}

# same_hpas: the autoscalers each tool made, spec and metadata (the
# controller's status differs by timing).
same_hpas() {
  local strip='[.items[] | {name: .metadata.name, labels: .metadata.labels, annotations: .metadata.annotations, spec}]'
  local k c
  k=$(kubectl get hpa -n "$W_K" -o json | jq -S "$strip" | sed "s/$W_K/@NS@/g")
  c=$(kubectl get hpa -n "$W_C" -o json | jq -S "$strip" | sed "s/$W_C/@NS@/g")
  [ "$k" = "$c" ] || { echo "    hpa objects differ:" >&2; diff <(echo "$k") <(echo "$c") | head -30 >&2; return 1; }
}

test_write_expose_autoscale_deployment() {
  rollout_namespaces asdep
  expose_fixtures
  both autoscale deployment web -n @NS@ --max=3 --dry-run=client -o yaml
  both autoscale deployment web -n @NS@ --max=3 --min=2 --cpu-percent=50 --dry-run=client -o json
  both autoscale deployment web -n @NS@ --max=3
  both autoscale deployment web -n @NS@ --max=3
  both autoscale deploy/web -n @NS@ --min=2 --max=5 --cpu-percent=80 --name=web2 -o name
  both autoscale deploy web -n @NS@ --max=4 --name=web3 --dry-run=server -o name
  both autoscale deploy web -n @NS@ --max=4 --name=web4 --dry-run=server
  both autoscale deploy web -n @NS@ --max=4 --name=web5 --save-config --field-manager=mine
  W_MASK='s/^W[0-9]\{4\} [0-9:.]\{15\} \+[0-9]\+ /W /' both autoscale deploy web -n @NS@ --max=4 --name=bare --dry-run
  both autoscale rs rs1 -n @NS@ --max=2
  both autoscale rc rc1 -n @NS@ --max=2 --min=1
  both autoscale deploy web multi -n @NS@ --max=2 --name=pair
  both autoscale statefulset sts1 -n @NS@ --max=2 -o yaml --dry-run=client
  both autoscale statefulset sts1 -n @NS@ --max=2 --cpu-percent=70
  both autoscale -f fixtures.yaml -n @NS@ --max=2 --name=fromfile --dry-run=client -o name
  same_hpas
}

test_write_expose_autoscale_errors() {
  rollout_namespaces aserr
  expose_fixtures
  both autoscale deploy web -n @NS@ --max=0
  both autoscale deploy web -n @NS@ --max=2 --min=3
  both_usage autoscale deploy web -n @NS@
  both_usage autoscale deploy web -n @NS@ --max=x
  both autoscale cm cm -n @NS@ --max=3
  both autoscale pod lab -n @NS@ --max=3
  both autoscale deploy missing -n @NS@ --max=3
  both autoscale deploy web missing -n @NS@ --max=3
  both autoscale deploy -n @NS@ --max=3
  both autoscale -n @NS@ --max=3
  both autoscale deploy web -n @NS@ --max=3 --dry-run=bad
  both autoscale deploy web -n @NS@ --max=3 --cpu-percent=0 --name=zero
  both autoscale deploy web -n @NS@ --max=3 -o wide
  both autoscale deploy web -n @NS@ --max=3 -o wide --dry-run=client
  same_hpas
}
