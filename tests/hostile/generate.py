#!/usr/bin/env python3
"""Writes the corpus entries too big to keep in git into DIR: 100000
levels of nesting in YAML flow and block style, in JSON, and in a
kubeconfig. Usage: generate.py DIR"""
import os
import sys

N = 100000
out = sys.argv[1]
files = {
    "deep-flow.yaml": "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: deep}\nx: " + "[" * N + "]" * N + "\n",
    "deep-block.yaml": "- " * N + "x\n",
    "deep-array.json": "[" * N + "]" * N + "\n",
    "deep-object.json": '{"apiVersion":"v1","kind":"ConfigMap","metadata":{"name":"d"},"x":' + "[" * N + "]" * N + "}\n",
    "deep-kubeconfig.yaml": "apiVersion: v1\nkind: Config\nx: " + "[" * N + "]" * N + "\n",
}
for name, text in files.items():
    with open(os.path.join(out, name), "w") as f:
        f.write(text)
