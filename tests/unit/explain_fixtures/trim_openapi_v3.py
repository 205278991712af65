#!/usr/bin/env python3
"""Cuts a real /openapi/v3 group-version document down to what kctl's
explain tests read: the schemas reachable from the given kinds and, of the
paths, only the operations' x-kubernetes-group-version-kind (kubectl finds a
resource's kind there).

Usage: trim_openapi_v3.py [--list-path PATH] IN.json OUT.json SCHEMA_NAME...
--list-path gives PATH a get operation with the first schema's kind: older
documents (kube-openapi's testdata) have no kinds in their operations.
The sources are real kube-apiserver documents: client-go's
openapi/openapitest/testdata (api/v1, apps/v1) and kube-openapi's
pkg/util/proto/testdata/openapi_v3_0_0 (apiextensions.k8s.io/v1)."""
import json
import sys


def reachable(schemas, roots):
    seen = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref" and isinstance(value, str):
                    name = value.split("/")[-1]
                    if name not in seen:
                        seen.add(name)
                        walk(schemas[name])
                else:
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    for root in roots:
        seen.add(root)
        walk(schemas[root])
    return seen


def main():
    args = sys.argv[1:]
    list_path = None
    if args[0] == "--list-path":
        list_path, args = args[1], args[2:]
    src, dst, roots = args[0], args[1], args[2:]
    doc = json.load(open(src))
    schemas = doc["components"]["schemas"]
    keep = reachable(schemas, roots)
    kinds = [gvk for name in roots for gvk in schemas[name].get("x-kubernetes-group-version-kind", [])]
    paths = {}
    for path, item in doc["paths"].items():
        ops = {}
        for method, op in item.items():
            if not isinstance(op, dict) or method == "parameters":
                continue
            gvk = op.get("x-kubernetes-group-version-kind")
            if gvk is not None and gvk not in kinds:
                break
            ops[method] = {k: v for k, v in op.items() if k in ("x-kubernetes-action", "x-kubernetes-group-version-kind")}
        else:
            if any("x-kubernetes-group-version-kind" in op for op in ops.values()):
                paths[path] = ops
    if list_path:
        paths[list_path] = {"get": {"x-kubernetes-action": "list", "x-kubernetes-group-version-kind": kinds[0]}}
    out = {"openapi": doc["openapi"], "info": doc["info"], "paths": paths,
           "components": {"schemas": {k: schemas[k] for k in sorted(keep)}}}
    with open(dst, "w") as f:
        json.dump(out, f, sort_keys=True, separators=(",", ":"))
        f.write("\n")


main()
