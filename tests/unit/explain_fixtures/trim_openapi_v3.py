#!/usr/bin/env python3
"""Cuts a real /openapi/v3 group-version document down to what kctl's
explain tests read: the schemas reachable from the given kinds and, of the
paths, only the operations' x-kubernetes-group-version-kind (kubectl finds a
resource's kind there).

Usage: trim_openapi_v3.py IN.json OUT.json SCHEMA_NAME...
The sources are client-go's openapitest/testdata (real kube-apiserver
documents)."""
import json
import sys


def reachable(schemas, roots):
    seen = set()

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "$ref":
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
    src, dst, roots = sys.argv[1], sys.argv[2], sys.argv[3:]
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
    out = {"openapi": doc["openapi"], "info": doc["info"], "paths": paths,
           "components": {"schemas": {k: schemas[k] for k in sorted(keep)}}}
    with open(dst, "w") as f:
        json.dump(out, f, sort_keys=True, separators=(",", ":"))
        f.write("\n")


main()
