// kubectl explain's pages from an OpenAPI v2 document. Every expected page
// is kubectl 1.32's output for the same resource and path against
// kube-apiserver 1.20 (whose document the fixture is cut from).
#include <doctest/doctest.h>

#include <sstream>

#include "client/explain/explain_v2.h"
#include "explain_v2_fixture.h"

namespace kctl::explain {
namespace {

struct PageCase {
  const char* name;
  GroupVersionKind gvk;
  std::vector<std::string> fields;
  bool recursive;
  std::string_view expected;
};

const OpenApiV2Document& fixture() {
  static const OpenApiV2Document doc = [] {
    auto parsed = OpenApiV2Document::parse(testing::kOpenApiV2Fixture);
    REQUIRE(parsed.ok());
    return std::move(*parsed);
  }();
  return doc;
}

std::string explain(const ExplainRequest& request) {
  std::ostringstream out;
  auto r = explain_v2(out, fixture(), request);
  if (!r) return "error: " + r.error().message;
  return out.str();
}

const PageCase kPages[] = {
    {"pods", {"", "v1", "Pod"}, {}, false, R"txt(KIND:     Pod
VERSION:  v1

DESCRIPTION:
     Pod is a collection of containers that can run on a host. This resource is
     created by clients and scheduled onto hosts.

FIELDS:
   apiVersion	<string>
     APIVersion defines the versioned schema of this representation of an
     object. Servers should convert recognized schemas to the latest internal
     value, and may reject unrecognized values. More info:
     https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources

   kind	<string>
     Kind is a string value representing the REST resource this object
     represents. Servers may infer this from the endpoint the client submits
     requests to. Cannot be updated. In CamelCase. More info:
     https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

   metadata	<Object>
     Standard object's metadata. More info:
     https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

   spec	<Object>
     Specification of the desired behavior of the pod. More info:
     https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status

   status	<Object>
     Most recently observed status of the pod. This data may not be up to date.
     Populated by the system. Read-only. More info:
     https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status

)txt"},
    {"pods_spec_containers", {"", "v1", "Pod"}, {"spec", "containers"}, false, R"txt(KIND:     Pod
VERSION:  v1

RESOURCE: containers <[]Object>

DESCRIPTION:
     List of containers belonging to the pod. Containers cannot currently be
     added or removed. There must be at least one container in a Pod. Cannot be
     updated.

     A single application container that you want to run within a pod.

FIELDS:
   args	<[]string>
     Arguments to the entrypoint. The docker image's CMD is used if this is not
     provided. Variable references $(VAR_NAME) are expanded using the
     container's environment. If a variable cannot be resolved, the reference in
     the input string will be unchanged. The $(VAR_NAME) syntax can be escaped
     with a double $$, ie: $$(VAR_NAME). Escaped references will never be
     expanded, regardless of whether the variable exists or not. Cannot be
     updated. More info:
     https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell

   command	<[]string>
     Entrypoint array. Not executed within a shell. The docker image's
     ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME)
     are expanded using the container's environment. If a variable cannot be
     resolved, the reference in the input string will be unchanged. The
     $(VAR_NAME) syntax can be escaped with a double $$, ie: $$(VAR_NAME).
     Escaped references will never be expanded, regardless of whether the
     variable exists or not. Cannot be updated. More info:
     https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell

   env	<[]Object>
     List of environment variables to set in the container. Cannot be updated.

   envFrom	<[]Object>
     List of sources to populate environment variables in the container. The
     keys defined within a source must be a C_IDENTIFIER. All invalid keys will
     be reported as an event when the container is starting. When a key exists
     in multiple sources, the value associated with the last source will take
     precedence. Values defined by an Env with a duplicate key will take
     precedence. Cannot be updated.

   image	<string>
     Docker image name. More info:
     https://kubernetes.io/docs/concepts/containers/images This field is
     optional to allow higher level config management to default or override
     container images in workload controllers like Deployments and StatefulSets.

   imagePullPolicy	<string>
     Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always
     if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated.
     More info:
     https://kubernetes.io/docs/concepts/containers/images#updating-images

   lifecycle	<Object>
     Actions that the management system should take in response to container
     lifecycle events. Cannot be updated.

   livenessProbe	<Object>
     Periodic probe of container liveness. Container will be restarted if the
     probe fails. Cannot be updated. More info:
     https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

   name	<string> -required-
     Name of the container specified as a DNS_LABEL. Each container in a pod
     must have a unique name (DNS_LABEL). Cannot be updated.

   ports	<[]Object>
     List of ports to expose from the container. Exposing a port here gives the
     system additional information about the network connections a container
     uses, but is primarily informational. Not specifying a port here DOES NOT
     prevent that port from being exposed. Any port which is listening on the
     default "0.0.0.0" address inside a container will be accessible from the
     network. Cannot be updated.

   readinessProbe	<Object>
     Periodic probe of container service readiness. Container will be removed
     from service endpoints if the probe fails. Cannot be updated. More info:
     https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

   resources	<Object>
     Compute Resources required by this container. Cannot be updated. More info:
     https://kubernetes.io/docs/concepts/configuration/manage-compute-resources-container/

   securityContext	<Object>
     Security options the pod should run with. More info:
     https://kubernetes.io/docs/concepts/policy/security-context/ More info:
     https://kubernetes.io/docs/tasks/configure-pod-container/security-context/

   startupProbe	<Object>
     StartupProbe indicates that the Pod has successfully initialized. If
     specified, no other probes are executed until this completes successfully.
     If this probe fails, the Pod will be restarted, just as if the
     livenessProbe failed. This can be used to provide different probe
     parameters at the beginning of a Pod's lifecycle, when it might take a long
     time to load data or warm a cache, than during steady-state operation. This
     cannot be updated. More info:
     https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes

   stdin	<boolean>
     Whether this container should allocate a buffer for stdin in the container
     runtime. If this is not set, reads from stdin in the container will always
     result in EOF. Default is false.

   stdinOnce	<boolean>
     Whether the container runtime should close the stdin channel after it has
     been opened by a single attach. When stdin is true the stdin stream will
     remain open across multiple attach sessions. If stdinOnce is set to true,
     stdin is opened on container start, is empty until the first client
     attaches to stdin, and then remains open and accepts data until the client
     disconnects, at which time stdin is closed and remains closed until the
     container is restarted. If this flag is false, a container processes that
     reads from stdin will never receive an EOF. Default is false

   terminationMessagePath	<string>
     Optional: Path at which the file to which the container's termination
     message will be written is mounted into the container's filesystem. Message
     written is intended to be brief final status, such as an assertion failure
     message. Will be truncated by the node if greater than 4096 bytes. The
     total message length across all containers will be limited to 12kb.
     Defaults to /dev/termination-log. Cannot be updated.

   terminationMessagePolicy	<string>
     Indicate how the termination message should be populated. File will use the
     contents of terminationMessagePath to populate the container status message
     on both success and failure. FallbackToLogsOnError will use the last chunk
     of container log output if the termination message file is empty and the
     container exited with an error. The log output is limited to 2048 bytes or
     80 lines, whichever is smaller. Defaults to File. Cannot be updated.

   tty	<boolean>
     Whether this container should allocate a TTY for itself, also requires
     'stdin' to be true. Default is false.

   volumeDevices	<[]Object>
     volumeDevices is the list of block devices to be used by the container.

   volumeMounts	<[]Object>
     Pod volumes to mount into the container's filesystem. Cannot be updated.

   workingDir	<string>
     Container's working directory. If not specified, the container runtime's
     default will be used, which might be configured in the container image.
     Cannot be updated.

)txt"},
    {"containers_args", {"", "v1", "Pod"}, {"spec", "containers", "args"}, false, R"txt(KIND:     Pod
VERSION:  v1

FIELD:    args <[]string>

DESCRIPTION:
     Arguments to the entrypoint. The docker image's CMD is used if this is not
     provided. Variable references $(VAR_NAME) are expanded using the
     container's environment. If a variable cannot be resolved, the reference in
     the input string will be unchanged. The $(VAR_NAME) syntax can be escaped
     with a double $$, ie: $$(VAR_NAME). Escaped references will never be
     expanded, regardless of whether the variable exists or not. Cannot be
     updated. More info:
     https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell
)txt"},
    {"node_selector", {"", "v1", "Pod"}, {"spec", "nodeSelector"}, false, R"txt(KIND:     Pod
VERSION:  v1

FIELD:    nodeSelector <map[string]string>

DESCRIPTION:
     NodeSelector is a selector which must be true for the pod to fit on a node.
     Selector which must match a node's labels for the pod to be scheduled on
     that node. More info:
     https://kubernetes.io/docs/concepts/configuration/assign-pod-node/
)txt"},
    {"limits", {"", "v1", "Pod"}, {"spec", "containers", "resources", "limits"}, false, R"txt(KIND:     Pod
VERSION:  v1

FIELD:    limits <map[string]string>

DESCRIPTION:
     Limits describes the maximum amount of compute resources allowed. More
     info:
     https://kubernetes.io/docs/concepts/configuration/manage-compute-resources-container/

     Quantity is a fixed-point representation of a number. It provides
     convenient marshaling/unmarshaling in JSON and YAML, in addition to
     String() and AsInt64() accessors.

     The serialization format is:

     <quantity> ::= <signedNumber><suffix> (Note that <suffix> may be empty,
     from the "" case in <decimalSI>.) <digit> ::= 0 | 1 | ... | 9 <digits> ::=
     <digit> | <digit><digits> <number> ::= <digits> | <digits>.<digits> |
     <digits>. | .<digits> <sign> ::= "+" | "-" <signedNumber> ::= <number> |
     <sign><number> <suffix> ::= <binarySI> | <decimalExponent> | <decimalSI>
     <binarySI> ::= Ki | Mi | Gi | Ti | Pi | Ei (International System of units;
     See: http://physics.nist.gov/cuu/Units/binary.html) <decimalSI> ::= m | ""
     | k | M | G | T | P | E (Note that 1024 = 1Ki but 1000 = 1k; I didn't
     choose the capitalization.) <decimalExponent> ::= "e" <signedNumber> | "E"
     <signedNumber>

     No matter which of the three exponent forms is used, no quantity may
     represent a number greater than 2^63-1 in magnitude, nor may it have more
     than 3 decimal places. Numbers larger or more precise will be capped or
     rounded up. (E.g.: 0.1m will rounded up to 1m.) This may be extended in the
     future if we require larger or smaller quantities.

     When a Quantity is parsed from a string, it will remember the type of
     suffix it had, and will use the same type again when it is serialized.

     Before serializing, Quantity will be put in "canonical form". This means
     that Exponent/suffix will be adjusted up or down (with a corresponding
     increase or decrease in Mantissa) such that:
     a. No precision is lost b. No fractional digits will be emitted c. The
     exponent (or suffix) is as large as possible. The sign will be omitted
     unless the number is negative.

     Examples:
     1.5 will be serialized as "1500m" 1.5Gi will be serialized as "1536Mi"

     Note that the quantity will NEVER be internally represented by a floating
     point number. That is the whole point of this exercise.

     Non-canonical values will still parse as long as they are well formed, but
     will be re-emitted in their canonical form. (So always use canonical form,
     or don't diff.)

     This format is intended to make it difficult to use these numbers without
     writing some sort of special handling code in the hopes that that will
     cause implementors to also use a fixed point implementation.
)txt"},
    {"limits_key", {"", "v1", "Pod"}, {"spec", "containers", "resources", "limits", "cpu"}, false, R"txt(KIND:     Pod
VERSION:  v1

FIELD:    cpu <string>

DESCRIPTION:
     Quantity is a fixed-point representation of a number. It provides
     convenient marshaling/unmarshaling in JSON and YAML, in addition to
     String() and AsInt64() accessors.

     The serialization format is:

     <quantity> ::= <signedNumber><suffix> (Note that <suffix> may be empty,
     from the "" case in <decimalSI>.) <digit> ::= 0 | 1 | ... | 9 <digits> ::=
     <digit> | <digit><digits> <number> ::= <digits> | <digits>.<digits> |
     <digits>. | .<digits> <sign> ::= "+" | "-" <signedNumber> ::= <number> |
     <sign><number> <suffix> ::= <binarySI> | <decimalExponent> | <decimalSI>
     <binarySI> ::= Ki | Mi | Gi | Ti | Pi | Ei (International System of units;
     See: http://physics.nist.gov/cuu/Units/binary.html) <decimalSI> ::= m | ""
     | k | M | G | T | P | E (Note that 1024 = 1Ki but 1000 = 1k; I didn't
     choose the capitalization.) <decimalExponent> ::= "e" <signedNumber> | "E"
     <signedNumber>

     No matter which of the three exponent forms is used, no quantity may
     represent a number greater than 2^63-1 in magnitude, nor may it have more
     than 3 decimal places. Numbers larger or more precise will be capped or
     rounded up. (E.g.: 0.1m will rounded up to 1m.) This may be extended in the
     future if we require larger or smaller quantities.

     When a Quantity is parsed from a string, it will remember the type of
     suffix it had, and will use the same type again when it is serialized.

     Before serializing, Quantity will be put in "canonical form". This means
     that Exponent/suffix will be adjusted up or down (with a corresponding
     increase or decrease in Mantissa) such that:
     a. No precision is lost b. No fractional digits will be emitted c. The
     exponent (or suffix) is as large as possible. The sign will be omitted
     unless the number is negative.

     Examples:
     1.5 will be serialized as "1500m" 1.5Gi will be serialized as "1536Mi"

     Note that the quantity will NEVER be internally represented by a floating
     point number. That is the whole point of this exercise.

     Non-canonical values will still parse as long as they are well formed, but
     will be re-emitted in their canonical form. (So always use canonical form,
     or don't diff.)

     This format is intended to make it difficult to use these numbers without
     writing some sort of special handling code in the hopes that that will
     cause implementors to also use a fixed point implementation.
)txt"},
    {"name_foo", {"", "v1", "Pod"}, {"spec", "containers", "name", "foo"}, false, R"txt(KIND:     Pod
VERSION:  v1

FIELD:    foo <string>

DESCRIPTION:
     Name of the container specified as a DNS_LABEL. Each container in a pod
     must have a unique name (DNS_LABEL). Cannot be updated.
)txt"},
    {"deploy_template", {"apps", "v1", "Deployment"}, {"spec", "template"}, false, R"txt(KIND:     Deployment
VERSION:  apps/v1

RESOURCE: template <Object>

DESCRIPTION:
     Template describes the pods that will be created.

     PodTemplateSpec describes the data a pod should have when created from a
     template

FIELDS:
   metadata	<Object>
     Standard object's metadata. More info:
     https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

   spec	<Object>
     Specification of the desired behavior of the pod. More info:
     https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status

)txt"},
    {"deploy_strategy_recursive", {"apps", "v1", "Deployment"}, {"spec", "strategy"}, true, R"txt(KIND:     Deployment
VERSION:  apps/v1

RESOURCE: strategy <Object>

DESCRIPTION:
     The deployment strategy to use to replace existing pods with new ones.

     DeploymentStrategy describes how to replace existing pods with new ones.

FIELDS:
   rollingUpdate	<Object>
      maxSurge	<string>
      maxUnavailable	<string>
   type	<string>
)txt"},
    {"widget", {"explain-test.kctl.io", "v1", "ExplainWidget"}, {}, false, R"txt(KIND:     ExplainWidget
VERSION:  explain-test.kctl.io/v1

DESCRIPTION:
     ExplainWidget is a test resource for kctl explain. It has a second line:
     - a bullet
     - another bullet

         a code block line
     and the end.

FIELDS:
   apiVersion	<string>
     APIVersion defines the versioned schema of this representation of an
     object. Servers should convert recognized schemas to the latest internal
     value, and may reject unrecognized values. More info:
     https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources

   kind	<string>
     Kind is a string value representing the REST resource this object
     represents. Servers may infer this from the endpoint the client submits
     requests to. Cannot be updated. In CamelCase. More info:
     https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds

   metadata	<Object>
     Standard object's metadata. More info:
     https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata

   spec	<Object> -required-
     The widget's desired state.

   status	<Object>

)txt"},
    {"widget_spec_recursive", {"explain-test.kctl.io", "v1", "ExplainWidget"}, {"spec"}, true, R"txt(KIND:     ExplainWidget
VERSION:  explain-test.kctl.io/v1

RESOURCE: spec <Object>

DESCRIPTION:
     The widget's desired state.

FIELDS:
   anything	<>
   colour	<string>
   labels	<map[string]string>
   mapOfObjects	<map[string]Object>
      a	<string>
   parts	<[]Object>
      count	<number>
      name	<string>
      nested	<Object>
         deep	<boolean>
   port	<>
   size	<integer>
   tags	<[]string>
)txt"},
    {"widget_recursive", {"explain-test.kctl.io", "v1", "ExplainWidget"}, {}, true, R"txt(KIND:     ExplainWidget
VERSION:  explain-test.kctl.io/v1

DESCRIPTION:
     ExplainWidget is a test resource for kctl explain. It has a second line:
     - a bullet
     - another bullet

         a code block line
     and the end.

FIELDS:
   apiVersion	<string>
   kind	<string>
   metadata	<Object>
      annotations	<map[string]string>
      clusterName	<string>
      creationTimestamp	<string>
      deletionGracePeriodSeconds	<integer>
      deletionTimestamp	<string>
      finalizers	<[]string>
      generateName	<string>
      generation	<integer>
      labels	<map[string]string>
      managedFields	<[]Object>
         apiVersion	<string>
         fieldsType	<string>
         fieldsV1	<map[string]>
         manager	<string>
         operation	<string>
         time	<string>
      name	<string>
      namespace	<string>
      ownerReferences	<[]Object>
         apiVersion	<string>
         blockOwnerDeletion	<boolean>
         controller	<boolean>
         kind	<string>
         name	<string>
         uid	<string>
      resourceVersion	<string>
      selfLink	<string>
      uid	<string>
   spec	<Object>
      anything	<>
      colour	<string>
      labels	<map[string]string>
      mapOfObjects	<map[string]Object>
         a	<string>
      parts	<[]Object>
         count	<number>
         name	<string>
         nested	<Object>
            deep	<boolean>
      port	<>
      size	<integer>
      tags	<[]string>
   status	<Object>
      phase	<string>
)txt"},
    {"widget_port", {"explain-test.kctl.io", "v1", "ExplainWidget"}, {"spec", "port"}, false, R"txt(KIND:     ExplainWidget
VERSION:  explain-test.kctl.io/v1

DESCRIPTION:
     A port, number or name.
)txt"},
    {"widget_anything", {"explain-test.kctl.io", "v1", "ExplainWidget"}, {"spec", "anything"}, false, R"txt(KIND:     ExplainWidget
VERSION:  explain-test.kctl.io/v1

DESCRIPTION:
     Anything goes.
)txt"},
    {"widget_parts", {"explain-test.kctl.io", "v1", "ExplainWidget"}, {"spec", "parts"}, false, R"txt(KIND:     ExplainWidget
VERSION:  explain-test.kctl.io/v1

RESOURCE: parts <[]Object>

DESCRIPTION:
     The parts.

     One part.

FIELDS:
   count	<number>

   name	<string>

   nested	<Object>

)txt"},
    {"widget_map", {"explain-test.kctl.io", "v1", "ExplainWidget"}, {"spec", "mapOfObjects"}, false, R"txt(KIND:     ExplainWidget
VERSION:  explain-test.kctl.io/v1

RESOURCE: mapOfObjects <map[string]Object>

DESCRIPTION:
     <empty>

FIELDS:
   a	<string>

)txt"},
    {"widget_tags", {"explain-test.kctl.io", "v1", "ExplainWidget"}, {"spec", "tags"}, false, R"txt(KIND:     ExplainWidget
VERSION:  explain-test.kctl.io/v1

FIELD:    tags <[]string>

DESCRIPTION:
     Free-form tags.
)txt"},
    {"widget_deep", {"explain-test.kctl.io", "v1", "ExplainWidget"}, {"spec", "parts", "nested", "deep"}, false, R"txt(KIND:     ExplainWidget
VERSION:  explain-test.kctl.io/v1

FIELD:    deep <boolean>

DESCRIPTION:
     A very deep field with a long description that has to be wrapped because it
     is longer than eighty characters, much longer in fact.
)txt"},
    {"crd_schema_recursive", {"apiextensions.k8s.io", "v1", "CustomResourceDefinition"}, {"spec", "versions", "schema"}, true, R"txt(KIND:     CustomResourceDefinition
VERSION:  apiextensions.k8s.io/v1

RESOURCE: schema <Object>

DESCRIPTION:
     schema describes the schema used for validation, pruning, and defaulting of
     this version of the custom resource.

     CustomResourceValidation is a list of validation methods for
     CustomResources.

FIELDS:
   openAPIV3Schema	<Object>
      $ref	<string>
      $schema	<string>
      additionalItems	<>
      additionalProperties	<>
      allOf	<[]Object>
      anyOf	<[]Object>
      default	<>
      definitions	<map[string]Object>
      dependencies	<map[string]>
      description	<string>
      enum	<[]>
      example	<>
      exclusiveMaximum	<boolean>
      exclusiveMinimum	<boolean>
      externalDocs	<Object>
         description	<string>
         url	<string>
      format	<string>
      id	<string>
      items	<>
      maxItems	<integer>
      maxLength	<integer>
      maxProperties	<integer>
      maximum	<number>
      minItems	<integer>
      minLength	<integer>
      minProperties	<integer>
      minimum	<number>
      multipleOf	<number>
      not	<Object>
      nullable	<boolean>
      oneOf	<[]Object>
      pattern	<string>
      patternProperties	<map[string]Object>
      properties	<map[string]Object>
      required	<[]string>
      title	<string>
      type	<string>
      uniqueItems	<boolean>
      x-kubernetes-embedded-resource	<boolean>
      x-kubernetes-int-or-string	<boolean>
      x-kubernetes-list-map-keys	<[]string>
      x-kubernetes-list-type	<string>
      x-kubernetes-map-type	<string>
      x-kubernetes-preserve-unknown-fields	<boolean>
)txt"},
    {"crd_schema_props", {"apiextensions.k8s.io", "v1", "CustomResourceDefinition"}, {"spec", "versions", "schema", "openAPIV3Schema"}, false, R"txt(KIND:     CustomResourceDefinition
VERSION:  apiextensions.k8s.io/v1

RESOURCE: openAPIV3Schema <Object>

DESCRIPTION:
     openAPIV3Schema is the OpenAPI v3 schema to use for validation and pruning.

     JSONSchemaProps is a JSON-Schema following Specification Draft 4
     (http://json-schema.org/).

FIELDS:
   $ref	<string>

   $schema	<string>

   additionalItems	<>

   additionalProperties	<>

   allOf	<[]Object>

   anyOf	<[]Object>

   default	<>
     default is a default value for undefined object fields. Defaulting is a
     beta feature under the CustomResourceDefaulting feature gate. Defaulting
     requires spec.preserveUnknownFields to be false.

   definitions	<map[string]Object>

   dependencies	<map[string]>

   description	<string>

   enum	<[]>

   example	<>

   exclusiveMaximum	<boolean>

   exclusiveMinimum	<boolean>

   externalDocs	<Object>

   format	<string>
     format is an OpenAPI v3 format string. Unknown formats are ignored. The
     following formats are validated:

     - bsonobjectid: a bson object ID, i.e. a 24 characters hex string - uri: an
     URI as parsed by Golang net/url.ParseRequestURI - email: an email address
     as parsed by Golang net/mail.ParseAddress - hostname: a valid
     representation for an Internet host name, as defined by RFC 1034, section
     3.1 [RFC1034]. - ipv4: an IPv4 IP as parsed by Golang net.ParseIP - ipv6:
     an IPv6 IP as parsed by Golang net.ParseIP - cidr: a CIDR as parsed by
     Golang net.ParseCIDR - mac: a MAC address as parsed by Golang net.ParseMAC
     - uuid: an UUID that allows uppercase defined by the regex
     (?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$ -
     uuid3: an UUID3 that allows uppercase defined by the regex
     (?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?3[0-9a-f]{3}-?[0-9a-f]{4}-?[0-9a-f]{12}$ -
     uuid4: an UUID4 that allows uppercase defined by the regex
     (?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?4[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$
     - uuid5: an UUID5 that allows uppercase defined by the regex
     (?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?5[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$
     - isbn: an ISBN10 or ISBN13 number string like "0321751043" or
     "978-0321751041" - isbn10: an ISBN10 number string like "0321751043" -
     isbn13: an ISBN13 number string like "978-0321751041" - creditcard: a
     credit card number defined by the regex
     ^(?:4[0-9]{12}(?:[0-9]{3})?|5[1-5][0-9]{14}|6(?:011|5[0-9][0-9])[0-9]{12}|3[47][0-9]{13}|3(?:0[0-5]|[68][0-9])[0-9]{11}|(?:2131|1800|35\d{3})\d{11})$
     with any non digit characters mixed in - ssn: a U.S. social security number
     following the regex ^\d{3}[- ]?\d{2}[- ]?\d{4}$ - hexcolor: an hexadecimal
     color code like "#FFFFFF: following the regex
     ^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$ - rgbcolor: an RGB color code like rgb
     like "rgb(255,255,2559" - byte: base64 encoded binary data - password: any
     kind of string - date: a date string like "2006-01-02" as defined by
     full-date in RFC3339 - duration: a duration string like "22 ns" as parsed
     by Golang time.ParseDuration or compatible with Scala duration format -
     datetime: a date time string like "2014-12-15T19:30:20.000Z" as defined by
     date-time in RFC3339.

   id	<string>

   items	<>

   maxItems	<integer>

   maxLength	<integer>

   maxProperties	<integer>

   maximum	<number>

   minItems	<integer>

   minLength	<integer>

   minProperties	<integer>

   minimum	<number>

   multipleOf	<number>

   not	<Object>

   nullable	<boolean>

   oneOf	<[]Object>

   pattern	<string>

   patternProperties	<map[string]Object>

   properties	<map[string]Object>

   required	<[]string>

   title	<string>

   type	<string>

   uniqueItems	<boolean>

   x-kubernetes-embedded-resource	<boolean>
     x-kubernetes-embedded-resource defines that the value is an embedded
     Kubernetes runtime.Object, with TypeMeta and ObjectMeta. The type must be
     object. It is allowed to further restrict the embedded object. kind,
     apiVersion and metadata are validated automatically.
     x-kubernetes-preserve-unknown-fields is allowed to be true, but does not
     have to be if the object is fully specified (up to kind, apiVersion,
     metadata).

   x-kubernetes-int-or-string	<boolean>
     x-kubernetes-int-or-string specifies that this value is either an integer
     or a string. If this is true, an empty type is allowed and type as child of
     anyOf is permitted if following one of the following patterns:

     1) anyOf:
     - type: integer
     - type: string 2) allOf:
     - anyOf:
          - type: integer
          - type: string
     - ... zero or more

   x-kubernetes-list-map-keys	<[]string>
     x-kubernetes-list-map-keys annotates an array with the
     x-kubernetes-list-type `map` by specifying the keys used as the index of
     the map.

     This tag MUST only be used on lists that have the "x-kubernetes-list-type"
     extension set to "map". Also, the values specified for this attribute must
     be a scalar typed field of the child structure (no nesting is supported).

     The properties specified must either be required or have a default value,
     to ensure those properties are present for all list items.

   x-kubernetes-list-type	<string>
     x-kubernetes-list-type annotates an array to further describe its topology.
     This extension must only be used on lists and may have 3 possible values:

     1) `atomic`: the list is treated as a single entity, like a scalar.
          Atomic lists will be entirely replaced when updated. This extension
          may be used on any type of list (struct, scalar, ...).
     2) `set`:
          Sets are lists that must not have multiple items with the same value. Each
          value must be a scalar, an object with x-kubernetes-map-type `atomic` or an
          array with x-kubernetes-list-type `atomic`.
     3) `map`:
          These lists are like maps in that their elements have a non-index key
          used to identify them. Order is preserved upon merge. The map tag
          must only be used on a list with elements of type object.
     Defaults to atomic for arrays.

   x-kubernetes-map-type	<string>
     x-kubernetes-map-type annotates an object to further describe its topology.
     This extension must only be used when type is object and may have 2
     possible values:

     1) `granular`:
          These maps are actual maps (key-value pairs) and each fields are independent
          from each other (they can each be manipulated by separate actors). This is
          the default behaviour for all maps.
     2) `atomic`: the list is treated as a single entity, like a scalar.
          Atomic maps will be entirely replaced when updated.

   x-kubernetes-preserve-unknown-fields	<boolean>
     x-kubernetes-preserve-unknown-fields stops the API server decoding step
     from pruning fields which are not specified in the validation schema. This
     affects fields recursively, but switches back to normal pruning behaviour
     if nested properties or additionalProperties are specified in the schema.
     This can either be true or undefined. False is forbidden.

)txt"},
    {"fields_v1", {"", "v1", "Pod"}, {"metadata", "managedFields", "fieldsV1"}, false, R"txt(KIND:     Pod
VERSION:  v1

DESCRIPTION:
     FieldsV1 holds the first JSON version format as described in the "FieldsV1"
     type.

     FieldsV1 stores a set of fields in a data structure like a Trie, in JSON
     format.

     Each key is either a '.' representing the field itself, and will always map
     to an empty set, or a string representing a sub-field or item. The string
     will follow one of these four formats: 'f:<name>', where <name> is the name
     of a field in a struct, or key in a map 'v:<value>', where <value> is the
     exact json formatted value of a list item 'i:<index>', where <index> is
     position of a item in a list 'k:<keys>', where <keys> is a map of a list
     item's key fields to their unique values If a key maps to an empty Fields
     value, the field that key represents is part of the set.

     The exact format is defined in sigs.k8s.io/structured-merge-diff

     FieldsV1 stores a set of fields in a data structure like a Trie, in JSON
     format.

     Each key is either a '.' representing the field itself, and will always map
     to an empty set, or a string representing a sub-field or item. The string
     will follow one of these four formats: 'f:<name>', where <name> is the name
     of a field in a struct, or key in a map 'v:<value>', where <value> is the
     exact json formatted value of a list item 'i:<index>', where <index> is
     position of a item in a list 'k:<keys>', where <keys> is a map of a list
     item's key fields to their unique values If a key maps to an empty Fields
     value, the field that key represents is part of the set.

     The exact format is defined in sigs.k8s.io/structured-merge-diff
)txt"},
    {"labels", {"", "v1", "Pod"}, {"metadata", "labels"}, false, R"txt(KIND:     Pod
VERSION:  v1

FIELD:    labels <map[string]string>

DESCRIPTION:
     Map of string keys and values that can be used to organize and categorize
     (scope and select) objects. May match selectors of replication controllers
     and services. More info: http://kubernetes.io/docs/user-guide/labels
)txt"},
};

}  // namespace

TEST_CASE("explain pages match kubectl's") {
  for (const PageCase& c : kPages) {
    SUBCASE(c.name) { CHECK(explain({c.gvk, c.fields, c.recursive}) == c.expected); }
  }
}

TEST_CASE("explain errors") {
  CHECK(explain({{"", "v1", "Pod"}, {"spec", "nope"}, false}) == "error: field \"nope\" does not exist");
  CHECK(explain({{"explain-test.kctl.io", "v1", "ExplainWidget"}, {"spec", "mapOfObjects", "x", "a"}, false}) ==
        "error: field \"x\" does not exist");
  CHECK(explain({{"apps", "v1", "Pod"}, {}, false}) == "error: couldn't find resource for \"apps/v1, Kind=Pod\"");
}

}  // namespace kctl::explain
