#!/usr/bin/env python3
"""Fills a namespace of the test cluster with N realistic pods for the
read-path benchmark: created through the API one by one on a kept-alive
connection (kubectl create -f of a 5,000-item List takes minutes), bound to
a Node of their own that no kubelet serves (so the kubelet stand-in starts
no processes), then given a Running status such as a kubelet reports, so
that the objects kctl and kubectl print have the size and shape of real
ones. The Node object must exist (the controller manager's pod garbage
collector deletes pods bound to a missing node), and the pods tolerate its
unreachable taint for good (or the node lifecycle controller evicts them).

Usage: populate_pods.py NAMESPACE COUNT   (env: KCTL_TEST_SERVER, KCTL_TEST_CA,
KCTL_TEST_ADMIN_CERT, KCTL_TEST_ADMIN_KEY from the cluster's env.sh)
"""
import http.client
import json
import os
import socket
import ssl
import sys
import threading
import urllib.parse


def connection():
    url = urllib.parse.urlparse(os.environ["KCTL_TEST_SERVER"])
    ctx = ssl.create_default_context(cafile=os.environ["KCTL_TEST_CA"])
    ctx.check_hostname = False
    ctx.load_cert_chain(os.environ["KCTL_TEST_ADMIN_CERT"], os.environ["KCTL_TEST_ADMIN_KEY"])
    conn = http.client.HTTPSConnection(url.hostname, url.port, context=ctx)
    conn.connect()
    # Headers and body go out as two writes: without this, each request
    # waits for the server's delayed ACK (40 ms).
    conn.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    return conn


def call(conn, method, path, body=None, content_type="application/json"):
    data = json.dumps(body).encode() if body is not None else None
    headers = {"Content-Type": content_type} if data else {}
    conn.request(method, path, body=data, headers=headers)
    resp = conn.getresponse()
    text = resp.read()
    return resp.status, text


def pod(ns, i):
    name = "web-%05d" % i
    return {
        "apiVersion": "v1",
        "kind": "Pod",
        "metadata": {
            "name": name,
            "namespace": ns,
            "labels": {"app": "web", "tier": "frontend", "pod-template-hash": "7d4b9c8f6d", "shard": str(i % 16)},
            "annotations": {"kubernetes.io/psp": "restricted", "prometheus.io/scrape": "true",
                            "prometheus.io/port": "9090"},
        },
        "spec": {
            "nodeName": "kctl-bench-node",
            "restartPolicy": "Always",
            "terminationGracePeriodSeconds": 30,
            "dnsPolicy": "ClusterFirst",
            "serviceAccountName": "default",
            "securityContext": {"runAsNonRoot": True, "fsGroup": 2000},
            "containers": [{
                "name": "web",
                "image": "registry.example.com/team/web:1.25.3",
                "imagePullPolicy": "IfNotPresent",
                "args": ["--listen=:8080", "--metrics=:9090", "--log-level=info"],
                "ports": [{"name": "http", "containerPort": 8080, "protocol": "TCP"},
                          {"name": "metrics", "containerPort": 9090, "protocol": "TCP"}],
                "env": [{"name": "POD_NAME", "valueFrom": {"fieldRef": {"fieldPath": "metadata.name"}}},
                        {"name": "LOG_FORMAT", "value": "json"},
                        {"name": "CACHE_SIZE", "value": "256Mi"}],
                "resources": {"requests": {"cpu": "100m", "memory": "128Mi"},
                              "limits": {"cpu": "500m", "memory": "256Mi"}},
                "readinessProbe": {"httpGet": {"path": "/healthz", "port": 8080}, "periodSeconds": 10},
                "livenessProbe": {"httpGet": {"path": "/livez", "port": 8080}, "initialDelaySeconds": 15},
                "volumeMounts": [{"name": "config", "mountPath": "/etc/web", "readOnly": True}],
            }],
            "volumes": [{"name": "config", "configMap": {"name": "web-config"}}],
            "tolerations": [{"key": k, "operator": "Exists", "effect": "NoExecute"}
                            for k in ("node.kubernetes.io/unreachable", "node.kubernetes.io/not-ready")],
        },
    }


def status(i):
    t = "2026-11-01T10:00:00Z"
    ip = "10.244.%d.%d" % (i // 250, i % 250 + 2)
    return {"status": {
        "phase": "Running",
        "hostIP": "192.168.10.21",
        "podIP": ip,
        "podIPs": [{"ip": ip}],
        "startTime": t,
        "qosClass": "Burstable",
        "conditions": [{"type": c, "status": "True", "lastProbeTime": None, "lastTransitionTime": t}
                       for c in ("Initialized", "Ready", "ContainersReady", "PodScheduled")],
        "containerStatuses": [{
            "name": "web", "ready": True, "started": True, "restartCount": i % 3,
            "image": "registry.example.com/team/web:1.25.3",
            "imageID": "registry.example.com/team/web@sha256:" + "ab" * 32,
            "containerID": "containerd://" + ("%064x" % (i * 7919)),
            "state": {"running": {"startedAt": t}},
            "lastState": {},
        }],
    }}


WORKERS = 8  # concurrent writes share etcd's commits


def create_range(ns, indices, made, failures):
    conn = connection()
    base = "/api/v1/namespaces/%s/pods" % ns
    for i in indices:
        st, text = call(conn, "POST", base, pod(ns, i))
        if st == 409:
            continue
        if st != 201:
            failures.append("creating pod %d: HTTP %d %s" % (i, st, text[:300]))
            return
        st, text = call(conn, "PATCH", "%s/web-%05d/status" % (base, i), status(i),
                        "application/merge-patch+json")
        if st != 200:
            failures.append("setting the status of pod %d: HTTP %d %s" % (i, st, text[:300]))
            return
        made.append(i)


def main():
    ns, count = sys.argv[1], int(sys.argv[2])
    st, _ = call(connection(), "POST", "/api/v1/namespaces",
                 {"apiVersion": "v1", "kind": "Namespace", "metadata": {"name": ns}})
    if st not in (201, 409):
        sys.exit("creating namespace %s: HTTP %d" % (ns, st))
    st, _ = call(connection(), "POST", "/api/v1/nodes",
                 {"apiVersion": "v1", "kind": "Node", "metadata": {"name": "kctl-bench-node"}})
    if st not in (201, 409):
        sys.exit("creating node kctl-bench-node: HTTP %d" % st)
    made, failures = [], []
    workers = [threading.Thread(target=create_range, args=(ns, range(w, count, WORKERS), made, failures))
               for w in range(WORKERS)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    if failures:
        sys.exit(failures[0])
    print("populate: %d pods created in namespace %s (%d asked)" % (len(made), ns, count))


if __name__ == "__main__":
    main()
