# kctl explain from OpenAPI v3 against explain_v3_server.py (the test cluster
# is 1.20 and serves only v2): kctl must print kubectl 1.32's pages and
# errors byte for byte. Needs python3; no network.

source "$(dirname "${BASH_SOURCE[0]}")/explain_v3_server.sh"

# Starts the stand-in server for this test (stopped when the test's subshell
# exits) and points KUBECONFIG at it.
explain_v3_server() {
  local dir; dir=$(scratch)
  trap 'kill "$(cat '"$dir"'/pid)" 2>/dev/null; rm -rf '"$dir" EXIT
  start_explain_v3_server "$dir" || { fail "explain_v3_server.py did not start"; return 1; }
  export KUBECONFIG=$dir/kubeconfig
}

test_explain_v3_pages() {
  explain_v3_server
  same_as_kubectl explain pods
  same_as_kubectl explain pods.spec
  same_as_kubectl explain pods.spec.containers
  same_as_kubectl explain pods.spec.containers.resources.limits
  same_as_kubectl explain "pods.spec['containers']"
  same_as_kubectl explain deployments.spec.template --recursive
  same_as_kubectl explain deploy.apps.spec.replicas
  same_as_kubectl explain deployments --api-version=apps/v1
  same_as_kubectl explain po.metadata --recursive
}

test_explain_v3_crd() {
  explain_v3_server
  same_as_kubectl explain widgets
  same_as_kubectl explain wd --recursive
  same_as_kubectl explain widgets.example.com.spec
  same_as_kubectl explain wd.spec.color          # enum values
  same_as_kubectl explain wd.spec.size
  same_as_kubectl explain wd.spec.parts.nested
  same_as_kubectl explain wd.spec.port
  same_as_kubectl explain crd.spec.versions.schema --recursive   # JSONSchemaProps contains itself
  same_as_kubectl explain crd.spec.versions.schema.openAPIV3Schema.properties.items
}

test_explain_v3_errors() {
  explain_v3_server
  same_as_kubectl explain pods.spec.nope
  same_as_kubectl explain pods.spec.containers.name.foo
  same_as_kubectl explain jobs                    # no v3 document for batch/v1
  same_as_kubectl explain namespaces              # no paths for the resource
  same_as_kubectl explain pods --api-version=apps/v1
  same_as_kubectl explain pods --api-version=a/b/c
  same_as_kubectl explain pods --output=foo
  same_as_kubectl explain pods --output=plaintext-openapiv2   # the server has no v2
  same_as_kubectl explain nope
  same_as_kubectl explain 'crd.spec.versions.schema.openAPIV3Schema.$ref'
}
