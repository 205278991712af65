#!/usr/bin/env python3
"""A stand-in kube-apiserver for `explain` from OpenAPI v3 (the test cluster,
1.20, has only v2): discovery for pods, deployments.apps, jobs.batch,
customresourcedefinitions and a CRD-like widgets.example.com, /openapi/v3
listing the documents in tests/unit/explain_fixtures (batch/v1 is left out
on purpose), and nothing else. Plain HTTP on 127.0.0.1.

Usage: explain_v3_server.py FIXTURE_DIR PORT_FILE
Writes the port it listens on to PORT_FILE, then serves until killed."""
import http.server
import json
import os
import sys

FIXTURES = sys.argv[1]

DOCUMENTS = {  # group-version path -> fixture file
    "api/v1": "api_v1.json",
    "apis/apps/v1": "apis_apps_v1.json",
    "apis/widgets.example.com/v1": "apis_widgets.example.com_v1.json",
    "apis/apiextensions.k8s.io/v1": "apis_apiextensions.k8s.io_v1.json",
}


def resource(name, kind, namespaced=True, short=(), singular=""):
    return {"name": name, "singularName": singular, "namespaced": namespaced, "kind": kind,
            "verbs": ["create", "delete", "get", "list", "patch", "update", "watch"],
            "shortNames": list(short)}


GROUPS = {  # group -> (version, resources)
    "apps": ("v1", [resource("deployments", "Deployment", short=["deploy"])]),
    "apiextensions.k8s.io": ("v1", [resource("customresourcedefinitions", "CustomResourceDefinition", namespaced=False,
                                             short=["crd", "crds"])]),
    "batch": ("v1", [resource("jobs", "Job")]),
    "widgets.example.com": ("v1", [resource("widgets", "Widget", short=["wd"], singular="widget")]),
}

ROUTES = {
    "/version": {"major": "1", "minor": "32", "gitVersion": "v1.32.0", "gitCommit": "0", "gitTreeState": "clean",
                 "buildDate": "2024-12-11T00:00:00Z", "goVersion": "go1.23.3", "compiler": "gc", "platform": "linux/amd64"},
    "/api": {"kind": "APIVersions", "versions": ["v1"],
             "serverAddressByClientCIDRs": [{"clientCIDR": "0.0.0.0/0", "serverAddress": "127.0.0.1:6443"}]},
    "/api/v1": {"kind": "APIResourceList", "groupVersion": "v1",
                "resources": [resource("pods", "Pod", short=["po"]), resource("namespaces", "Namespace", namespaced=False, short=["ns"])]},
    "/apis": {"kind": "APIGroupList", "apiVersion": "v1", "groups": [
        {"name": g, "versions": [{"groupVersion": f"{g}/{v}", "version": v}],
         "preferredVersion": {"groupVersion": f"{g}/{v}", "version": v}} for g, (v, _) in GROUPS.items()]},
    "/openapi/v3": {"paths": {gv: {"serverRelativeURL": f"/openapi/v3/{gv}?hash=0123456789ABCDEF"} for gv in DOCUMENTS}},
}
for g, (v, rs) in GROUPS.items():
    ROUTES[f"/apis/{g}/{v}"] = {"kind": "APIResourceList", "apiVersion": "v1", "groupVersion": f"{g}/{v}", "resources": rs}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        path = self.path.split("?", 1)[0]
        body = None
        if path in ROUTES:
            body = json.dumps(ROUTES[path]).encode()
        elif path.startswith("/openapi/v3/") and path[len("/openapi/v3/"):] in DOCUMENTS:
            with open(os.path.join(FIXTURES, DOCUMENTS[path[len("/openapi/v3/"):]]), "rb") as f:
                body = f.read()
        if body is None:
            body = json.dumps({"kind": "Status", "apiVersion": "v1", "status": "Failure", "message": "the server could not find the requested resource",
                               "reason": "NotFound", "details": {}, "code": 404}).encode()
            self.send_response(404)
        else:
            self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, fmt, *args):
        if os.environ.get("EXPLAIN_SERVER_LOG"):
            sys.stderr.write(fmt % args + "\n")


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(sys.argv[2] + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.rename(sys.argv[2] + ".tmp", sys.argv[2])
server.serve_forever()
