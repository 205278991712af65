#!/usr/bin/env bash
# Records kubectl's explain pages (OpenAPI v3, kubectl 1.32) for the unit
# tests in explain_v3_test.cc: serves this folder's documents with
# tests/e2e/explain_v3_server.py and writes kubectl's stdout and stderr for
# each case to expected/NAME.out and expected/NAME.err (when not empty).
# Usage: record_kubectl.sh   (kubectl on PATH)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'kill "$(cat "$work/pid")" 2>/dev/null; rm -rf "$work"' EXIT
source "$here/../../e2e/explain_v3_server.sh"
start_explain_v3_server "$work"
export KUBECONFIG=$work/kubeconfig HOME=$work/home

# NAME ARGS... (keep in step with kCases in tests/unit/explain_v3_test.cc)
while read -r name args; do
  [ -n "$name" ] || continue
  # shellcheck disable=SC2086
  kubectl explain $args >"$here/expected/$name.out" 2>"$work/err" || true
  if [ -s "$work/err" ]; then cp "$work/err" "$here/expected/$name.err"; else rm -f "$here/expected/$name.err"; fi
done <<'CASES'
pods pods
pods_recursive pods --recursive
pods_spec pods.spec
pods_spec_containers pods.spec.containers
pods_containers_limits pods.spec.containers.resources.limits
pods_metadata_labels pods.metadata.labels
pods_spec_nope pods.spec.nope
pods_nope_spec pods.nope.spec
pods_containers_name_foo pods.spec.containers.name.foo
pods_as_apps_v1 pods --api-version=apps/v1
namespaces namespaces
deployments_template_recursive deployments.spec.template --recursive
deployments_image deployments.spec.template.spec.containers.image
widgets widgets
widgets_recursive widgets --recursive
widgets_spec widgets.spec
widgets_spec_color widgets.spec.color
widgets_spec_size widgets.spec.size
widgets_spec_parts widgets.spec.parts
widgets_spec_loose widgets.spec.loose
widgets_spec_strict widgets.spec.strict
widgets_spec_port widgets.spec.port
crd_schema_recursive crd.spec.versions.schema --recursive
crd_open_api_v3_schema crd.spec.versions.schema.openAPIV3Schema
crd_schema_properties crd.spec.versions.schema.openAPIV3Schema.properties
crd_schema_properties_items crd.spec.versions.schema.openAPIV3Schema.properties.items
CASES
