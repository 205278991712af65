# kctl explain against the 1.20 cluster (OpenAPI v2 only, so kubectl 1.32
# uses its v2 layout): pages, --recursive, --api-version, CRDs and errors
# must be kubectl's byte for byte.

# same_as_kubectl with "kubectl" in kubectl's messages read as "kctl".
explain_same_as_kubectl_named() {
  run_both "$@"
  K_ERR=${K_ERR//kubectl/kctl}
  [ "$K_OUT" = "$C_OUT" ] || { diff <(printf '%s' "$K_OUT") <(printf '%s' "$C_OUT") | head -20 >&2; fail "stdout differs: $*"; return 1; }
  [ "$K_ERR" = "$C_ERR" ] || { diff <(printf '%s' "$K_ERR") <(printf '%s' "$C_ERR") >&2; fail "stderr differs: $*"; return 1; }
  [ "$K_RC" = "$C_RC" ] || { fail "exit code kubectl=$K_RC kctl=$C_RC: $*"; return 1; }
}

test_explain_builtin_pages() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  same_as_kubectl explain pods
  same_as_kubectl explain pods.spec
  same_as_kubectl explain pods.spec.containers
  same_as_kubectl explain pods.spec.containers.args          # an array of strings
  same_as_kubectl explain pods.metadata.labels               # a map
  same_as_kubectl explain pods.spec.containers.resources.limits.cpu
  same_as_kubectl explain pods.metadata.managedFields.fieldsV1
  same_as_kubectl explain pods.spec.containers.name.foo      # a primitive ends the walk
  same_as_kubectl explain deployments.spec.template
  same_as_kubectl explain svc.spec.ports.
  same_as_kubectl explain Pod
  same_as_kubectl explain "pods.spec['containers']"
}

test_explain_recursive() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  same_as_kubectl explain pods --recursive
  same_as_kubectl explain deployments.spec --recursive
  same_as_kubectl explain crd.spec.versions.schema --recursive   # JSONSchemaProps contains itself
}

test_explain_groups_and_versions() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  same_as_kubectl explain deployments --api-version=apps/v1
  same_as_kubectl explain deployments.apps.spec.replicas
  same_as_kubectl explain deploy.apps
  same_as_kubectl explain hpa --api-version=autoscaling/v2beta2
  same_as_kubectl explain pods --api-version=apps/v1
  same_as_kubectl explain pods --api-version=a/b/c
  same_as_kubectl explain deployments.apps --api-version=apps/v1
  same_as_kubectl explain pods --output=plaintext-openapiv2
  same_as_kubectl explain pods --output=foo
  same_as_kubectl explain pods -o plaintext-openapiv2
}

test_explain_errors() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  same_as_kubectl explain pods.spec.nope
  same_as_kubectl explain nope
  same_as_kubectl explain nope.spec --api-version=a/b/c
  same_as_kubectl explain 'pods.spec[containers]'
  same_as_kubectl explain 'pods.spec[0]'
  same_as_kubectl explain 'pods.spec[0]' --api-version=v1
  same_as_kubectl explain 'pods...spec'
  same_as_kubectl explain 'pods{x}'
  same_as_kubectl explain pods deployments
  explain_same_as_kubectl_named explain
}

test_explain_crd() {
  export KUBECONFIG=$KCTL_TEST_KUBECONFIG
  local crd=explaine2ewidgets.explain-e2e.kctl.io
  kubectl apply -f - >/dev/null <<'CRD'
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata:
  name: explaine2ewidgets.explain-e2e.kctl.io
spec:
  group: explain-e2e.kctl.io
  scope: Namespaced
  names: {plural: explaine2ewidgets, singular: explaine2ewidget, kind: ExplainE2EWidget, shortNames: [exe2e]}
  versions:
  - name: v1
    served: true
    storage: true
    schema:
      openAPIV3Schema:
        type: object
        description: "A test resource for kctl explain.\nIt has a second line:\n- a bullet\n- another bullet\n\n    a code block line\nand the end."
        required: [spec]
        properties:
          spec:
            type: object
            description: The widget's desired state.
            required: [size]
            properties:
              size: {type: integer, format: int32, description: How big the widget is.}
              tags: {type: array, items: {type: string}, description: Free-form tags.}
              labels: {type: object, additionalProperties: {type: string}}
              parts:
                type: array
                items:
                  type: object
                  properties:
                    name: {type: string}
                    nested: {type: object, properties: {deep: {type: boolean, description: "A very deep field with a long description that has to be wrapped because it is longer than eighty characters, much longer in fact."}}}
              port: {x-kubernetes-int-or-string: true, description: A port, number or name.}
              anything: {type: object, x-kubernetes-preserve-unknown-fields: true}
  - name: v2
    served: true
    storage: false
    schema:
      openAPIV3Schema:
        type: object
        properties:
          spec: {type: object, properties: {newField: {type: string}}}
CRD
  local ok=1
  for _ in $(seq 1 60); do
    kubectl explain exe2e --api-version=explain-e2e.kctl.io/v1 >/dev/null 2>&1 && kubectl explain exe2e >/dev/null 2>&1 && { ok=0; break; }
    sleep 0.5
  done
  local rc=0
  { [ $ok = 0 ] || fail "the CRD's schema was not published"; } &&
  same_as_kubectl explain explaine2ewidgets &&
  same_as_kubectl explain exe2e.spec --api-version=explain-e2e.kctl.io/v1 &&
  same_as_kubectl explain exe2e --recursive --api-version=explain-e2e.kctl.io/v1 &&
  same_as_kubectl explain exe2e.spec.parts --api-version=explain-e2e.kctl.io/v1 &&
  same_as_kubectl explain exe2e.spec.parts.nested.deep --api-version=explain-e2e.kctl.io/v1 &&
  same_as_kubectl explain exe2e.spec.port --api-version=explain-e2e.kctl.io/v1 &&
  same_as_kubectl explain exe2e.spec.anything --api-version=explain-e2e.kctl.io/v1 &&
  same_as_kubectl explain explaine2ewidgets.explain-e2e.kctl.io.spec || rc=$?
  kubectl delete crd "$crd" >/dev/null 2>&1 || true
  return $rc
}
