#!/usr/bin/env python3
"""Captures describe fixtures from the test cluster: for each case the
object (GET as JSON), the related lists kubectl's describer reads, kubectl
describe's output and the time it ran (so ages can be reproduced).

Usage: capture.py OUTDIR CASE...   with CASE as  kind:group:namespace:name:dirname
(group "core" for the core group). Needs KUBECONFIG and kubectl 1.32."""
import json, math, os, subprocess, sys, time, urllib.parse

def raw(path):
    r = subprocess.run(["kubectl", "get", "--raw", path], capture_output=True, text=True)
    return (json.loads(r.stdout) if r.returncode == 0 else None), r.stderr

def items(path, **params):
    q = urllib.parse.urlencode({k: v for k, v in params.items() if v})
    obj, _ = raw(path + ("?" + q if q else ""))
    return obj["items"] if obj else []

def resource_path(kind, group, ns, name):
    plural = {"Pod": "pods", "Namespace": "namespaces", "ConfigMap": "configmaps", "Secret": "secrets",
              "Service": "services", "Node": "nodes", "Deployment": "deployments", "ReplicaSet": "replicasets",
              "Widget": "widgets", "Event": "events"}[kind]
    base = "/api/v1" if group == "core" else {"apps": "/apis/apps/v1", "kctl.test": "/apis/kctl.test/v1"}[group]
    return base + (f"/namespaces/{ns}" if ns else "") + f"/{plural}/{name}"

def events(name, ns, kind, uid):
    sel = f"involvedObject.name={name},involvedObject.namespace={ns}"
    if kind: sel += f",involvedObject.kind={kind}"
    if uid: sel += f",involvedObject.uid={uid}"
    return items(f"/api/v1/namespaces/{ns}/events" if ns else "/api/v1/events", fieldSelector=sel)

def selector(sel):
    parts = [f"{k}={v}" for k, v in sorted((sel or {}).get("matchLabels", {}).items())]
    return ",".join(parts)

def related(kind, group, obj):
    m = obj["metadata"]; name, ns, uid = m["name"], m.get("namespace", ""), m["uid"]
    out = {}
    if kind == "Pod":
        out["events"] = events(name, ns, "", m.get("annotations", {}).get("kubernetes.io/config.mirror", uid))
    elif kind == "Namespace":
        out["resource_quotas"] = items(f"/api/v1/namespaces/{name}/resourcequotas")
        out["limit_ranges"] = items(f"/api/v1/namespaces/{name}/limitranges")
    elif kind == "Secret":
        pass
    elif kind == "Service":
        out["endpoint_slices"] = items(f"/apis/discovery.k8s.io/v1/namespaces/{ns}/endpointslices",
                                       labelSelector=f"kubernetes.io/service-name={name}")
        out["events"] = events(name, ns, "Service", uid)
    elif kind == "Node":
        out["pods"] = items("/api/v1/pods", fieldSelector=f"spec.nodeName={name},status.phase!=Succeeded,status.phase!=Failed")
        out["events"] = events(name, "", "Node", uid) + events(name, "", "Node", name)
        lease, err = raw(f"/apis/coordination.k8s.io/v1/namespaces/kube-node-lease/leases/{name}")
        if lease: out["lease"] = lease
        else: out["lease_error"] = err.strip().split("(NotFound): ")[-1]
    elif kind == "Deployment":
        out["events"] = events(name, ns, "Deployment", uid)
        out["replica_sets"] = items(f"/apis/apps/v1/namespaces/{ns}/replicasets", labelSelector=selector(obj["spec"]["selector"]))
    elif kind == "ReplicaSet":
        out["pods"] = items(f"/api/v1/namespaces/{ns}/pods", labelSelector=selector(obj["spec"]["selector"]))
        out["events"] = events(name, ns, "ReplicaSet", uid)
    else:
        out["events"] = events(name, ns, obj["kind"], uid)
    return out

def capture(outdir, case):
    kind, group, ns, name, dirname = case.split(":")
    d = os.path.join(outdir, dirname); os.makedirs(d, exist_ok=True)
    for _ in range(20):
        obj, _ = raw(resource_path(kind, group, ns, name))
        rel = related(kind, group, obj)
        before = time.time()
        args = ["kubectl", "describe", f"{kind.lower()}.{group}" if group not in ("core",) else kind.lower(), name]
        if ns: args += ["-n", ns]
        text = subprocess.run(args, capture_output=True, text=True, check=True).stdout
        after = time.time()
        again, _ = raw(resource_path(kind, group, ns, name))
        # The same second, and the object unchanged (a node's heartbeat).
        # kubectl describe node takes over a second here: its pods' ages
        # are minutes old, so the same minute is enough.
        same = math.floor(before) == math.floor(after) or (kind == "Node" and before // 60 == after // 60)
        if same and again == obj: break
        print(f"retrying {dirname}: {after - before:.2f}s, changed={again != obj}", file=sys.stderr)
    with open(os.path.join(d, "object.json"), "w") as f: json.dump(obj, f, indent=1, sort_keys=True)
    with open(os.path.join(d, "related.json"), "w") as f: json.dump(rel, f, indent=1, sort_keys=True)
    with open(os.path.join(d, "expected.txt"), "w") as f: f.write(text)
    with open(os.path.join(d, "now"), "w") as f: f.write(f"{math.floor(before)}\n")
    with open(os.path.join(d, "kind"), "w") as f: f.write(f"{'' if group == 'core' else group} {kind}\n")

if __name__ == "__main__":
    for c in sys.argv[2:]: capture(sys.argv[1], c)
