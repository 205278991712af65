// An OpenAPI v2 document in the shape kube-apiserver 1.20 serves it: the
// real definitions of Pod, ObjectMeta, Deployment, CustomResourceDefinition and a test
// CRD (ExplainWidget, with maps, arrays, int-or-string and free-form fields)
// and the definitions they reach, the others reduced to their type.
#pragma once

#include <string_view>

namespace kctl::explain::testing {

inline constexpr std::string_view kOpenApiV2Fixture = R"json({
 "definitions": {
  "io.k8s.api.apps.v1.Deployment": {
   "description": "Deployment enables declarative updates for Pods and ReplicaSets.",
   "properties": {
    "apiVersion": {
     "description": "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
     "type": "string"
    },
    "kind": {
     "description": "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
     "type": "string"
    },
    "metadata": {
     "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
     "description": "Standard object metadata."
    },
    "spec": {
     "$ref": "#/definitions/io.k8s.api.apps.v1.DeploymentSpec",
     "description": "Specification of the desired behavior of the Deployment."
    },
    "status": {
     "$ref": "#/definitions/io.k8s.api.apps.v1.DeploymentStatus",
     "description": "Most recently observed status of the Deployment."
    }
   },
   "type": "object",
   "x-kubernetes-group-version-kind": [
    {
     "group": "apps",
     "kind": "Deployment",
     "version": "v1"
    }
   ]
  },
  "io.k8s.api.apps.v1.DeploymentSpec": {
   "description": "DeploymentSpec is the specification of the desired behavior of the Deployment.",
   "properties": {
    "minReadySeconds": {
     "description": "Minimum number of seconds for which a newly created pod should be ready without any of its container crashing, for it to be considered available. Defaults to 0 (pod will be considered available as soon as it is ready)",
     "format": "int32",
     "type": "integer"
    },
    "paused": {
     "description": "Indicates that the deployment is paused.",
     "type": "boolean"
    },
    "progressDeadlineSeconds": {
     "description": "The maximum time in seconds for a deployment to make progress before it is considered to be failed. The deployment controller will continue to process failed deployments and a condition with a ProgressDeadlineExceeded reason will be surfaced in the deployment status. Note that progress will not be estimated during the time a deployment is paused. Defaults to 600s.",
     "format": "int32",
     "type": "integer"
    },
    "replicas": {
     "description": "Number of desired pods. This is a pointer to distinguish between explicit zero and not specified. Defaults to 1.",
     "format": "int32",
     "type": "integer"
    },
    "revisionHistoryLimit": {
     "description": "The number of old ReplicaSets to retain to allow rollback. This is a pointer to distinguish between explicit zero and not specified. Defaults to 10.",
     "format": "int32",
     "type": "integer"
    },
    "selector": {
     "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector",
     "description": "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the ones affected by this deployment. It must match the pod template's labels."
    },
    "strategy": {
     "$ref": "#/definitions/io.k8s.api.apps.v1.DeploymentStrategy",
     "description": "The deployment strategy to use to replace existing pods with new ones.",
     "x-kubernetes-patch-strategy": "retainKeys"
    },
    "template": {
     "$ref": "#/definitions/io.k8s.api.core.v1.PodTemplateSpec",
     "description": "Template describes the pods that will be created."
    }
   },
   "required": [
    "selector",
    "template"
   ],
   "type": "object"
  },
  "io.k8s.api.apps.v1.DeploymentStatus": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.apps.v1.DeploymentStrategy": {
   "description": "DeploymentStrategy describes how to replace existing pods with new ones.",
   "properties": {
    "rollingUpdate": {
     "$ref": "#/definitions/io.k8s.api.apps.v1.RollingUpdateDeployment",
     "description": "Rolling update config params. Present only if DeploymentStrategyType = RollingUpdate."
    },
    "type": {
     "description": "Type of deployment. Can be \"Recreate\" or \"RollingUpdate\". Default is RollingUpdate.",
     "type": "string"
    }
   },
   "type": "object"
  },
  "io.k8s.api.apps.v1.RollingUpdateDeployment": {
   "description": "Spec to control the desired behavior of rolling update.",
   "properties": {
    "maxSurge": {
     "$ref": "#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString",
     "description": "The maximum number of pods that can be scheduled above the desired number of pods. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). This can not be 0 if MaxUnavailable is 0. Absolute number is calculated from percentage by rounding up. Defaults to 25%. Example: when this is set to 30%, the new ReplicaSet can be scaled up immediately when the rolling update starts, such that the total number of old and new pods do not exceed 130% of desired pods. Once old pods have been killed, new ReplicaSet can be scaled up further, ensuring that total number of pods running at any time during the update is at most 130% of desired pods."
    },
    "maxUnavailable": {
     "$ref": "#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString",
     "description": "The maximum number of pods that can be unavailable during the update. Value can be an absolute number (ex: 5) or a percentage of desired pods (ex: 10%). Absolute number is calculated from percentage by rounding down. This can not be 0 if MaxSurge is 0. Defaults to 25%. Example: when this is set to 30%, the old ReplicaSet can be scaled down to 70% of desired pods immediately when the rolling update starts. Once new pods are ready, old ReplicaSet can be scaled down further, followed by scaling up the new ReplicaSet, ensuring that the total number of pods available at all times during the update is at least 70% of desired pods."
    }
   },
   "type": "object"
  },
  "io.k8s.api.core.v1.Affinity": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.Container": {
   "description": "A single application container that you want to run within a pod.",
   "properties": {
    "args": {
     "description": "Arguments to the entrypoint. The docker image's CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. The $(VAR_NAME) syntax can be escaped with a double $$, ie: $$(VAR_NAME). Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell",
     "items": {
      "type": "string"
     },
     "type": "array"
    },
    "command": {
     "description": "Entrypoint array. Not executed within a shell. The docker image's ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container's environment. If a variable cannot be resolved, the reference in the input string will be unchanged. The $(VAR_NAME) syntax can be escaped with a double $$, ie: $$(VAR_NAME). Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell",
     "items": {
      "type": "string"
     },
     "type": "array"
    },
    "env": {
     "description": "List of environment variables to set in the container. Cannot be updated.",
     "items": {
      "$ref": "#/definitions/io.k8s.api.core.v1.EnvVar"
     },
     "type": "array",
     "x-kubernetes-patch-merge-key": "name",
     "x-kubernetes-patch-strategy": "merge"
    },
    "envFrom": {
     "description": "List of sources to populate environment variables in the container. The keys defined within a source must be a C_IDENTIFIER. All invalid keys will be reported as an event when the container is starting. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.",
     "items": {
      "$ref": "#/definitions/io.k8s.api.core.v1.EnvFromSource"
     },
     "type": "array"
    },
    "image": {
     "description": "Docker image name. More info: https://kubernetes.io/docs/concepts/containers/images This field is optional to allow higher level config management to default or override container images in workload controllers like Deployments and StatefulSets.",
     "type": "string"
    },
    "imagePullPolicy": {
     "description": "Image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images",
     "type": "string"
    },
    "lifecycle": {
     "$ref": "#/definitions/io.k8s.api.core.v1.Lifecycle",
     "description": "Actions that the management system should take in response to container lifecycle events. Cannot be updated."
    },
    "livenessProbe": {
     "$ref": "#/definitions/io.k8s.api.core.v1.Probe",
     "description": "Periodic probe of container liveness. Container will be restarted if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"
    },
    "name": {
     "description": "Name of the container specified as a DNS_LABEL. Each container in a pod must have a unique name (DNS_LABEL). Cannot be updated.",
     "type": "string"
    },
    "ports": {
     "description": "List of ports to expose from the container. Exposing a port here gives the system additional information about the network connections a container uses, but is primarily informational. Not specifying a port here DOES NOT prevent that port from being exposed. Any port which is listening on the default \"0.0.0.0\" address inside a container will be accessible from the network. Cannot be updated.",
     "items": {
      "$ref": "#/definitions/io.k8s.api.core.v1.ContainerPort"
     },
     "type": "array",
     "x-kubernetes-list-map-keys": [
      "containerPort",
      "protocol"
     ],
     "x-kubernetes-list-type": "map",
     "x-kubernetes-patch-merge-key": "containerPort",
     "x-kubernetes-patch-strategy": "merge"
    },
    "readinessProbe": {
     "$ref": "#/definitions/io.k8s.api.core.v1.Probe",
     "description": "Periodic probe of container service readiness. Container will be removed from service endpoints if the probe fails. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"
    },
    "resources": {
     "$ref": "#/definitions/io.k8s.api.core.v1.ResourceRequirements",
     "description": "Compute Resources required by this container. Cannot be updated. More info: https://kubernetes.io/docs/concepts/configuration/manage-compute-resources-container/"
    },
    "securityContext": {
     "$ref": "#/definitions/io.k8s.api.core.v1.SecurityContext",
     "description": "Security options the pod should run with. More info: https://kubernetes.io/docs/concepts/policy/security-context/ More info: https://kubernetes.io/docs/tasks/configure-pod-container/security-context/"
    },
    "startupProbe": {
     "$ref": "#/definitions/io.k8s.api.core.v1.Probe",
     "description": "StartupProbe indicates that the Pod has successfully initialized. If specified, no other probes are executed until this completes successfully. If this probe fails, the Pod will be restarted, just as if the livenessProbe failed. This can be used to provide different probe parameters at the beginning of a Pod's lifecycle, when it might take a long time to load data or warm a cache, than during steady-state operation. This cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle#container-probes"
    },
    "stdin": {
     "description": "Whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.",
     "type": "boolean"
    },
    "stdinOnce": {
     "description": "Whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the first client attaches to stdin, and then remains open and accepts data until the client disconnects, at which time stdin is closed and remains closed until the container is restarted. If this flag is false, a container processes that reads from stdin will never receive an EOF. Default is false",
     "type": "boolean"
    },
    "terminationMessagePath": {
     "description": "Optional: Path at which the file to which the container's termination message will be written is mounted into the container's filesystem. Message written is intended to be brief final status, such as an assertion failure message. Will be truncated by the node if greater than 4096 bytes. The total message length across all containers will be limited to 12kb. Defaults to /dev/termination-log. Cannot be updated.",
     "type": "string"
    },
    "terminationMessagePolicy": {
     "description": "Indicate how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. The log output is limited to 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated.",
     "type": "string"
    },
    "tty": {
     "description": "Whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false.",
     "type": "boolean"
    },
    "volumeDevices": {
     "description": "volumeDevices is the list of block devices to be used by the container.",
     "items": {
      "$ref": "#/definitions/io.k8s.api.core.v1.VolumeDevice"
     },
     "type": "array",
     "x-kubernetes-patch-merge-key": "devicePath",
     "x-kubernetes-patch-strategy": "merge"
    },
    "volumeMounts": {
     "description": "Pod volumes to mount into the container's filesystem. Cannot be updated.",
     "items": {
      "$ref": "#/definitions/io.k8s.api.core.v1.VolumeMount"
     },
     "type": "array",
     "x-kubernetes-patch-merge-key": "mountPath",
     "x-kubernetes-patch-strategy": "merge"
    },
    "workingDir": {
     "description": "Container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated.",
     "type": "string"
    }
   },
   "required": [
    "name"
   ],
   "type": "object"
  },
  "io.k8s.api.core.v1.ContainerPort": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.EnvFromSource": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.EnvVar": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.EphemeralContainer": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.HostAlias": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.Lifecycle": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.LocalObjectReference": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.Pod": {
   "description": "Pod is a collection of containers that can run on a host. This resource is created by clients and scheduled onto hosts.",
   "properties": {
    "apiVersion": {
     "description": "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
     "type": "string"
    },
    "kind": {
     "description": "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
     "type": "string"
    },
    "metadata": {
     "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
     "description": "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
    },
    "spec": {
     "$ref": "#/definitions/io.k8s.api.core.v1.PodSpec",
     "description": "Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
    },
    "status": {
     "$ref": "#/definitions/io.k8s.api.core.v1.PodStatus",
     "description": "Most recently observed status of the pod. This data may not be up to date. Populated by the system. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
    }
   },
   "type": "object",
   "x-kubernetes-group-version-kind": [
    {
     "group": "",
     "kind": "Pod",
     "version": "v1"
    }
   ]
  },
  "io.k8s.api.core.v1.PodDNSConfig": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.PodReadinessGate": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.PodSecurityContext": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.PodSpec": {
   "description": "PodSpec is a description of a pod.",
   "properties": {
    "activeDeadlineSeconds": {
     "description": "Optional duration in seconds the pod may be active on the node relative to StartTime before the system will actively try to mark it failed and kill associated containers. Value must be a positive integer.",
     "format": "int64",
     "type": "integer"
    },
    "affinity": {
     "$ref": "#/definitions/io.k8s.api.core.v1.Affinity",
     "description": "If specified, the pod's scheduling constraints"
    },
    "automountServiceAccountToken": {
     "description": "AutomountServiceAccountToken indicates whether a service account token should be automatically mounted.",
     "type": "boolean"
    },
    "containers": {
     "description": "List of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated.",
     "items": {
      "$ref": "#/definitions/io.k8s.api.core.v1.Container"
     },
     "type": "array",
     "x-kubernetes-patch-merge-key": "name",
     "x-kubernetes-patch-strategy": "merge"
    },
    "dnsConfig": {
     "$ref": "#/definitions/io.k8s.api.core.v1.PodDNSConfig",
     "description": "Specifies the DNS parameters of a pod. Parameters specified here will be merged to the generated DNS configuration based on DNSPolicy."
    },
    "dnsPolicy": {
     "description": "Set DNS policy for the pod. Defaults to \"ClusterFirst\". Valid values are 'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'. DNS parameters given in DNSConfig will be merged with the policy selected with DNSPolicy. To have DNS options set along with hostNetwork, you have to specify DNS policy explicitly to 'ClusterFirstWithHostNet'.",
     "type": "string"
    },
    "enableServiceLinks": {
     "description": "EnableServiceLinks indicates whether information about services should be injected into pod's environment variables, matching the syntax of Docker links. Optional: Defaults to true.",
     "type": "boolean"
    },
    "ephemeralContainers": {
     "description": "List of ephemeral containers run in this pod. Ephemeral containers may be run in an existing pod to perform user-initiated actions such as debugging. This list cannot be specified when creating a pod, and it cannot be modified by updating the pod spec. In order to add an ephemeral container to an existing pod, use the pod's ephemeralcontainers subresource. This field is alpha-level and is only honored by servers that enable the EphemeralContainers feature.",
     "items": {
      "$ref": "#/definitions/io.k8s.api.core.v1.EphemeralContainer"
     },
     "type": "array",
     "x-kubernetes-patch-merge-key": "name",
     "x-kubernetes-patch-strategy": "merge"
    },
    "hostAliases": {
     "description": "HostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts file if specified. This is only valid for non-hostNetwork pods.",
     "items": {
      "$ref": "#/definitions/io.k8s.api.core.v1.HostAlias"
     },
     "type": "array",
     "x-kubernetes-patch-merge-key": "ip",
     "x-kubernetes-patch-strategy": "merge"
    },
    "hostIPC": {
     "description": "Use the host's ipc namespace. Optional: Default to false.",
     "type": "boolean"
    },
    "hostNetwork": {
     "description": "Host networking requested for this pod. Use the host's network namespace. If this option is set, the ports that will be used must be specified. Default to false.",
     "type": "boolean"
    },
    "hostPID": {
     "description": "Use the host's pid namespace. Optional: Default to false.",
     "type": "boolean"
    },
    "hostname": {
     "description": "Specifies the hostname of the Pod If not specified, the pod's hostname will be set to a system-defined value.",
     "type": "string"
    },
    "imagePullSecrets": {
     "description": "ImagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec. If specified, these secrets will be passed to individual puller implementations for them to use. For example, in the case of docker, only DockerConfig type secrets are honored. More info: https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod",
     "items": {
      "$ref": "#/definitions/io.k8s.api.core.v1.LocalObjectReference"
     },
     "type": "array",
     "x-kubernetes-patch-merge-key": "name",
     "x-kubernetes-patch-strategy": "merge"
    },
    "initContainers": {
     "description": "List of initialization containers belonging to the pod. Init containers are executed in order prior to containers being started. If any init container fails, the pod is considered to have failed and is handled according to its restartPolicy. The name for an init container or normal container must be unique among all containers. Init containers may not have Lifecycle actions, Readiness probes, Liveness probes, or Startup probes. The resourceRequirements of an init container are taken into account during scheduling by finding the highest request/limit for each resource type, and then using the max of of that value or the sum of the normal containers. Limits are applied to init containers in a similar fashion. Init containers cannot currently be added or removed. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/init-containers/",
     "items": {
      "$ref": "#/definitions/io.k8s.api.core.v1.Container"
     },
     "type": "array",
     "x-kubernetes-patch-merge-key": "name",
     "x-kubernetes-patch-strategy": "merge"
    },
    "nodeName": {
     "description": "NodeName is a request to schedule this pod onto a specific node. If it is non-empty, the scheduler simply schedules this pod onto that node, assuming that it fits resource requirements.",
     "type": "string"
    },
    "nodeSelector": {
     "additionalProperties": {
      "type": "string"
     },
     "description": "NodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/",
     "type": "object"
    },
    "overhead": {
     "additionalProperties": {
      "$ref": "#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"
     },
     "description": "Overhead represents the resource overhead associated with running a pod for a given RuntimeClass. This field will be autopopulated at admission time by the RuntimeClass admission controller. If the RuntimeClass admission controller is enabled, overhead must not be set in Pod create requests. The RuntimeClass admission controller will reject Pod create requests which have the overhead already set. If RuntimeClass is configured and selected in the PodSpec, Overhead will be set to the value defined in the corresponding RuntimeClass, otherwise it will remain unset and treated as zero. More info: https://git.k8s.io/enhancements/keps/sig-node/20190226-pod-overhead.md This field is alpha-level as of Kubernetes v1.16, and is only honored by servers that enable the PodOverhead feature.",
     "type": "object"
    },
    "preemptionPolicy": {
     "description": "PreemptionPolicy is the Policy for preempting pods with lower priority. One of Never, PreemptLowerPriority. Defaults to PreemptLowerPriority if unset. This field is beta-level, gated by the NonPreemptingPriority feature-gate.",
     "type": "string"
    },
    "priority": {
     "description": "The priority value. Various system components use this field to find the priority of the pod. When Priority Admission Controller is enabled, it prevents users from setting this field. The admission controller populates this field from PriorityClassName. The higher the value, the higher the priority.",
     "format": "int32",
     "type": "integer"
    },
    "priorityClassName": {
     "description": "If specified, indicates the pod's priority. \"system-node-critical\" and \"system-cluster-critical\" are two special keywords which indicate the highest priorities with the former being the highest priority. Any other name must be defined by creating a PriorityClass object with that name. If not specified, the pod priority will be default or zero if there is no default.",
     "type": "string"
    },
    "readinessGates": {
     "description": "If specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all its containers are ready AND all conditions specified in the readiness gates have status equal to \"True\" More info: https://git.k8s.io/enhancements/keps/sig-network/0007-pod-ready%2B%2B.md",
     "items": {
      "$ref": "#/definitions/io.k8s.api.core.v1.PodReadinessGate"
     },
     "type": "array"
    },
    "restartPolicy": {
     "description": "Restart policy for all containers within the pod. One of Always, OnFailure, Never. Default to Always. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy",
     "type": "string"
    },
    "runtimeClassName": {
     "description": "RuntimeClassName refers to a RuntimeClass object in the node.k8s.io group, which should be used to run this pod.  If no RuntimeClass resource matches the named class, the pod will not be run. If unset or empty, the \"legacy\" RuntimeClass will be used, which is an implicit class with an empty definition that uses the default runtime handler. More info: https://git.k8s.io/enhancements/keps/sig-node/runtime-class.md This is a beta feature as of Kubernetes v1.14.",
     "type": "string"
    },
    "schedulerName": {
     "description": "If specified, the pod will be dispatched by specified scheduler. If not specified, the pod will be dispatched by default scheduler.",
     "type": "string"
    },
    "securityContext": {
     "$ref": "#/definitions/io.k8s.api.core.v1.PodSecurityContext",
     "description": "SecurityContext holds pod-level security attributes and common container settings. Optional: Defaults to empty.  See type description for default values of each field."
    },
    "serviceAccount": {
     "description": "DeprecatedServiceAccount is a depreciated alias for ServiceAccountName. Deprecated: Use serviceAccountName instead.",
     "type": "string"
    },
    "serviceAccountName": {
     "description": "ServiceAccountName is the name of the ServiceAccount to use to run this pod. More info: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/",
     "type": "string"
    },
    "setHostnameAsFQDN": {
     "description": "If true the pod's hostname will be configured as the pod's FQDN, rather than the leaf name (the default). In Linux containers, this means setting the FQDN in the hostname field of the kernel (the nodename field of struct utsname). In Windows containers, this means setting the registry value of hostname for the registry key HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Services\\Tcpip\\Parameters to FQDN. If a pod does not have FQDN, this has no effect. Default to false.",
     "type": "boolean"
    },
    "shareProcessNamespace": {
     "description": "Share a single process namespace between all of the containers in a pod. When this is set containers will be able to view and signal processes from other containers in the same pod, and the first process in each container will not be assigned PID 1. HostPID and ShareProcessNamespace cannot both be set. Optional: Default to false.",
     "type": "boolean"
    },
    "subdomain": {
     "description": "If specified, the fully qualified Pod hostname will be \"<hostname>.<subdomain>.<pod namespace>.svc.<cluster domain>\". If not specified, the pod will not have a domainname at all.",
     "type": "string"
    },
    "terminationGracePeriodSeconds": {
     "description": "Optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period will be used instead. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. Defaults to 30 seconds.",
     "format": "int64",
     "type": "integer"
    },
    "tolerations": {
     "description": "If specified, the pod's tolerations.",
     "items": {
      "$ref": "#/definitions/io.k8s.api.core.v1.Toleration"
     },
     "type": "array"
    },
    "topologySpreadConstraints": {
     "description": "TopologySpreadConstraints describes how a group of pods ought to spread across topology domains. Scheduler will schedule pods in a way which abides by the constraints. All topologySpreadConstraints are ANDed.",
     "items": {
      "$ref": "#/definitions/io.k8s.api.core.v1.TopologySpreadConstraint"
     },
     "type": "array",
     "x-kubernetes-list-map-keys": [
      "topologyKey",
      "whenUnsatisfiable"
     ],
     "x-kubernetes-list-type": "map",
     "x-kubernetes-patch-merge-key": "topologyKey",
     "x-kubernetes-patch-strategy": "merge"
    },
    "volumes": {
     "description": "List of volumes that can be mounted by containers belonging to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes",
     "items": {
      "$ref": "#/definitions/io.k8s.api.core.v1.Volume"
     },
     "type": "array",
     "x-kubernetes-patch-merge-key": "name",
     "x-kubernetes-patch-strategy": "merge,retainKeys"
    }
   },
   "required": [
    "containers"
   ],
   "type": "object"
  },
  "io.k8s.api.core.v1.PodStatus": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.PodTemplateSpec": {
   "description": "PodTemplateSpec describes the data a pod should have when created from a template",
   "properties": {
    "metadata": {
     "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
     "description": "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
    },
    "spec": {
     "$ref": "#/definitions/io.k8s.api.core.v1.PodSpec",
     "description": "Specification of the desired behavior of the pod. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status"
    }
   },
   "type": "object"
  },
  "io.k8s.api.core.v1.Probe": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.ResourceRequirements": {
   "description": "ResourceRequirements describes the compute resource requirements.",
   "properties": {
    "limits": {
     "additionalProperties": {
      "$ref": "#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"
     },
     "description": "Limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-compute-resources-container/",
     "type": "object"
    },
    "requests": {
     "additionalProperties": {
      "$ref": "#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"
     },
     "description": "Requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. More info: https://kubernetes.io/docs/concepts/configuration/manage-compute-resources-container/",
     "type": "object"
    }
   },
   "type": "object"
  },
  "io.k8s.api.core.v1.SecurityContext": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.Toleration": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.TopologySpreadConstraint": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.Volume": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.VolumeDevice": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.api.core.v1.VolumeMount": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceColumnDefinition": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceConversion": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinition": {
   "description": "CustomResourceDefinition represents a resource that should be exposed on the API server.  Its name MUST be in the format <.spec.name>.<.spec.group>.",
   "properties": {
    "apiVersion": {
     "description": "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
     "type": "string"
    },
    "kind": {
     "description": "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
     "type": "string"
    },
    "metadata": {
     "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"
    },
    "spec": {
     "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionSpec",
     "description": "spec describes how the user wants the resources to appear"
    },
    "status": {
     "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionStatus",
     "description": "status indicates the actual state of the CustomResourceDefinition"
    }
   },
   "required": [
    "spec"
   ],
   "type": "object",
   "x-kubernetes-group-version-kind": [
    {
     "group": "apiextensions.k8s.io",
     "kind": "CustomResourceDefinition",
     "version": "v1"
    }
   ]
  },
  "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionNames": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionSpec": {
   "description": "CustomResourceDefinitionSpec describes how a user wants their resource to appear",
   "properties": {
    "conversion": {
     "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceConversion",
     "description": "conversion defines conversion settings for the CRD."
    },
    "group": {
     "description": "group is the API group of the defined custom resource. The custom resources are served under `/apis/<group>/...`. Must match the name of the CustomResourceDefinition (in the form `<names.plural>.<group>`).",
     "type": "string"
    },
    "names": {
     "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionNames",
     "description": "names specify the resource and kind names for the custom resource."
    },
    "preserveUnknownFields": {
     "description": "preserveUnknownFields indicates that object fields which are not specified in the OpenAPI schema should be preserved when persisting to storage. apiVersion, kind, metadata and known fields inside metadata are always preserved. This field is deprecated in favor of setting `x-preserve-unknown-fields` to true in `spec.versions[*].schema.openAPIV3Schema`. See https://kubernetes.io/docs/tasks/access-kubernetes-api/custom-resources/custom-resource-definitions/#pruning-versus-preserving-unknown-fields for details.",
     "type": "boolean"
    },
    "scope": {
     "description": "scope indicates whether the defined custom resource is cluster- or namespace-scoped. Allowed values are `Cluster` and `Namespaced`.",
     "type": "string"
    },
    "versions": {
     "description": "versions is the list of all API versions of the defined custom resource. Version names are used to compute the order in which served versions are listed in API discovery. If the version string is \"kube-like\", it will sort above non \"kube-like\" version strings, which are ordered lexicographically. \"Kube-like\" versions start with a \"v\", then are followed by a number (the major version), then optionally the string \"alpha\" or \"beta\" and another number (the minor version). These are sorted first by GA > beta > alpha (where GA is a version with no suffix such as beta or alpha), and then by comparing major version, then minor version. An example sorted list of versions: v10, v2, v1, v11beta2, v10beta3, v3beta1, v12alpha1, v11alpha2, foo1, foo10.",
     "items": {
      "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionVersion"
     },
     "type": "array"
    }
   },
   "required": [
    "group",
    "names",
    "scope",
    "versions"
   ],
   "type": "object"
  },
  "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionStatus": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceDefinitionVersion": {
   "description": "CustomResourceDefinitionVersion describes a version for CRD.",
   "properties": {
    "additionalPrinterColumns": {
     "description": "additionalPrinterColumns specifies additional columns returned in Table output. See https://kubernetes.io/docs/reference/using-api/api-concepts/#receiving-resources-as-tables for details. If no columns are specified, a single column displaying the age of the custom resource is used.",
     "items": {
      "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceColumnDefinition"
     },
     "type": "array"
    },
    "deprecated": {
     "description": "deprecated indicates this version of the custom resource API is deprecated. When set to true, API requests to this version receive a warning header in the server response. Defaults to false.",
     "type": "boolean"
    },
    "deprecationWarning": {
     "description": "deprecationWarning overrides the default warning returned to API clients. May only be set when `deprecated` is true. The default warning indicates this version is deprecated and recommends use of the newest served version of equal or greater stability, if one exists.",
     "type": "string"
    },
    "name": {
     "description": "name is the version name, e.g. \u201cv1\u201d, \u201cv2beta1\u201d, etc. The custom resources are served under this version at `/apis/<group>/<version>/...` if `served` is true.",
     "type": "string"
    },
    "schema": {
     "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceValidation",
     "description": "schema describes the schema used for validation, pruning, and defaulting of this version of the custom resource."
    },
    "served": {
     "description": "served is a flag enabling/disabling this version from being served via REST APIs",
     "type": "boolean"
    },
    "storage": {
     "description": "storage indicates this version should be used when persisting custom resources to storage. There must be exactly one version with storage=true.",
     "type": "boolean"
    },
    "subresources": {
     "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresources",
     "description": "subresources specify what subresources this version of the defined custom resource have."
    }
   },
   "required": [
    "name",
    "served",
    "storage"
   ],
   "type": "object"
  },
  "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceSubresources": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.CustomResourceValidation": {
   "description": "CustomResourceValidation is a list of validation methods for CustomResources.",
   "properties": {
    "openAPIV3Schema": {
     "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps",
     "description": "openAPIV3Schema is the OpenAPI v3 schema to use for validation and pruning."
    }
   },
   "type": "object"
  },
  "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ExternalDocumentation": {
   "description": "ExternalDocumentation allows referencing an external resource for extended documentation.",
   "properties": {
    "description": {
     "type": "string"
    },
    "url": {
     "type": "string"
    }
   },
   "type": "object"
  },
  "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON": {
   "description": "JSON represents any valid JSON value. These types are supported: bool, int64, float64, string, []interface{}, map[string]interface{} and nil."
  },
  "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps": {
   "description": "JSONSchemaProps is a JSON-Schema following Specification Draft 4 (http://json-schema.org/).",
   "properties": {
    "$ref": {
     "type": "string"
    },
    "$schema": {
     "type": "string"
    },
    "additionalItems": {
     "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool"
    },
    "additionalProperties": {
     "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool"
    },
    "allOf": {
     "items": {
      "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps"
     },
     "type": "array"
    },
    "anyOf": {
     "items": {
      "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps"
     },
     "type": "array"
    },
    "default": {
     "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON",
     "description": "default is a default value for undefined object fields. Defaulting is a beta feature under the CustomResourceDefaulting feature gate. Defaulting requires spec.preserveUnknownFields to be false."
    },
    "definitions": {
     "additionalProperties": {
      "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps"
     },
     "type": "object"
    },
    "dependencies": {
     "additionalProperties": {
      "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray"
     },
     "type": "object"
    },
    "description": {
     "type": "string"
    },
    "enum": {
     "items": {
      "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON"
     },
     "type": "array"
    },
    "example": {
     "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSON"
    },
    "exclusiveMaximum": {
     "type": "boolean"
    },
    "exclusiveMinimum": {
     "type": "boolean"
    },
    "externalDocs": {
     "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.ExternalDocumentation"
    },
    "format": {
     "description": "format is an OpenAPI v3 format string. Unknown formats are ignored. The following formats are validated:\n\n- bsonobjectid: a bson object ID, i.e. a 24 characters hex string - uri: an URI as parsed by Golang net/url.ParseRequestURI - email: an email address as parsed by Golang net/mail.ParseAddress - hostname: a valid representation for an Internet host name, as defined by RFC 1034, section 3.1 [RFC1034]. - ipv4: an IPv4 IP as parsed by Golang net.ParseIP - ipv6: an IPv6 IP as parsed by Golang net.ParseIP - cidr: a CIDR as parsed by Golang net.ParseCIDR - mac: a MAC address as parsed by Golang net.ParseMAC - uuid: an UUID that allows uppercase defined by the regex (?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$ - uuid3: an UUID3 that allows uppercase defined by the regex (?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?3[0-9a-f]{3}-?[0-9a-f]{4}-?[0-9a-f]{12}$ - uuid4: an UUID4 that allows uppercase defined by the regex (?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?4[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$ - uuid5: an UUID5 that allows uppercase defined by the regex (?i)^[0-9a-f]{8}-?[0-9a-f]{4}-?5[0-9a-f]{3}-?[89ab][0-9a-f]{3}-?[0-9a-f]{12}$ - isbn: an ISBN10 or ISBN13 number string like \"0321751043\" or \"978-0321751041\" - isbn10: an ISBN10 number string like \"0321751043\" - isbn13: an ISBN13 number string like \"978-0321751041\" - creditcard: a credit card number defined by the regex ^(?:4[0-9]{12}(?:[0-9]{3})?|5[1-5][0-9]{14}|6(?:011|5[0-9][0-9])[0-9]{12}|3[47][0-9]{13}|3(?:0[0-5]|[68][0-9])[0-9]{11}|(?:2131|1800|35\\d{3})\\d{11})$ with any non digit characters mixed in - ssn: a U.S. social security number following the regex ^\\d{3}[- ]?\\d{2}[- ]?\\d{4}$ - hexcolor: an hexadecimal color code like \"#FFFFFF: following the regex ^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$ - rgbcolor: an RGB color code like rgb like \"rgb(255,255,2559\" - byte: base64 encoded binary data - password: any kind of string - date: a date string like \"2006-01-02\" as defined by full-date in RFC3339 - duration: a duration string like \"22 ns\" as parsed by Golang time.ParseDuration or compatible with Scala duration format - datetime: a date time string like \"2014-12-15T19:30:20.000Z\" as defined by date-time in RFC3339.",
     "type": "string"
    },
    "id": {
     "type": "string"
    },
    "items": {
     "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray"
    },
    "maxItems": {
     "format": "int64",
     "type": "integer"
    },
    "maxLength": {
     "format": "int64",
     "type": "integer"
    },
    "maxProperties": {
     "format": "int64",
     "type": "integer"
    },
    "maximum": {
     "format": "double",
     "type": "number"
    },
    "minItems": {
     "format": "int64",
     "type": "integer"
    },
    "minLength": {
     "format": "int64",
     "type": "integer"
    },
    "minProperties": {
     "format": "int64",
     "type": "integer"
    },
    "minimum": {
     "format": "double",
     "type": "number"
    },
    "multipleOf": {
     "format": "double",
     "type": "number"
    },
    "not": {
     "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps"
    },
    "nullable": {
     "type": "boolean"
    },
    "oneOf": {
     "items": {
      "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps"
     },
     "type": "array"
    },
    "pattern": {
     "type": "string"
    },
    "patternProperties": {
     "additionalProperties": {
      "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps"
     },
     "type": "object"
    },
    "properties": {
     "additionalProperties": {
      "$ref": "#/definitions/io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaProps"
     },
     "type": "object"
    },
    "required": {
     "items": {
      "type": "string"
     },
     "type": "array"
    },
    "title": {
     "type": "string"
    },
    "type": {
     "type": "string"
    },
    "uniqueItems": {
     "type": "boolean"
    },
    "x-kubernetes-embedded-resource": {
     "description": "x-kubernetes-embedded-resource defines that the value is an embedded Kubernetes runtime.Object, with TypeMeta and ObjectMeta. The type must be object. It is allowed to further restrict the embedded object. kind, apiVersion and metadata are validated automatically. x-kubernetes-preserve-unknown-fields is allowed to be true, but does not have to be if the object is fully specified (up to kind, apiVersion, metadata).",
     "type": "boolean"
    },
    "x-kubernetes-int-or-string": {
     "description": "x-kubernetes-int-or-string specifies that this value is either an integer or a string. If this is true, an empty type is allowed and type as child of anyOf is permitted if following one of the following patterns:\n\n1) anyOf:\n   - type: integer\n   - type: string\n2) allOf:\n   - anyOf:\n     - type: integer\n     - type: string\n   - ... zero or more",
     "type": "boolean"
    },
    "x-kubernetes-list-map-keys": {
     "description": "x-kubernetes-list-map-keys annotates an array with the x-kubernetes-list-type `map` by specifying the keys used as the index of the map.\n\nThis tag MUST only be used on lists that have the \"x-kubernetes-list-type\" extension set to \"map\". Also, the values specified for this attribute must be a scalar typed field of the child structure (no nesting is supported).\n\nThe properties specified must either be required or have a default value, to ensure those properties are present for all list items.",
     "items": {
      "type": "string"
     },
     "type": "array"
    },
    "x-kubernetes-list-type": {
     "description": "x-kubernetes-list-type annotates an array to further describe its topology. This extension must only be used on lists and may have 3 possible values:\n\n1) `atomic`: the list is treated as a single entity, like a scalar.\n     Atomic lists will be entirely replaced when updated. This extension\n     may be used on any type of list (struct, scalar, ...).\n2) `set`:\n     Sets are lists that must not have multiple items with the same value. Each\n     value must be a scalar, an object with x-kubernetes-map-type `atomic` or an\n     array with x-kubernetes-list-type `atomic`.\n3) `map`:\n     These lists are like maps in that their elements have a non-index key\n     used to identify them. Order is preserved upon merge. The map tag\n     must only be used on a list with elements of type object.\nDefaults to atomic for arrays.",
     "type": "string"
    },
    "x-kubernetes-map-type": {
     "description": "x-kubernetes-map-type annotates an object to further describe its topology. This extension must only be used when type is object and may have 2 possible values:\n\n1) `granular`:\n     These maps are actual maps (key-value pairs) and each fields are independent\n     from each other (they can each be manipulated by separate actors). This is\n     the default behaviour for all maps.\n2) `atomic`: the list is treated as a single entity, like a scalar.\n     Atomic maps will be entirely replaced when updated.",
     "type": "string"
    },
    "x-kubernetes-preserve-unknown-fields": {
     "description": "x-kubernetes-preserve-unknown-fields stops the API server decoding step from pruning fields which are not specified in the validation schema. This affects fields recursively, but switches back to normal pruning behaviour if nested properties or additionalProperties are specified in the schema. This can either be true or undefined. False is forbidden.",
     "type": "boolean"
    }
   },
   "type": "object"
  },
  "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrArray": {
   "description": "JSONSchemaPropsOrArray represents a value that can either be a JSONSchemaProps or an array of JSONSchemaProps. Mainly here for serialization purposes."
  },
  "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrBool": {
   "description": "JSONSchemaPropsOrBool represents JSONSchemaProps or a boolean value. Defaults to true for the boolean property."
  },
  "io.k8s.apiextensions-apiserver.pkg.apis.apiextensions.v1.JSONSchemaPropsOrStringArray": {
   "description": "JSONSchemaPropsOrStringArray represents a JSONSchemaProps or a string array."
  },
  "io.k8s.apimachinery.pkg.api.resource.Quantity": {
   "description": "Quantity is a fixed-point representation of a number. It provides convenient marshaling/unmarshaling in JSON and YAML, in addition to String() and AsInt64() accessors.\n\nThe serialization format is:\n\n<quantity>        ::= <signedNumber><suffix>\n  (Note that <suffix> may be empty, from the \"\" case in <decimalSI>.)\n<digit>           ::= 0 | 1 | ... | 9 <digits>          ::= <digit> | <digit><digits> <number>          ::= <digits> | <digits>.<digits> | <digits>. | .<digits> <sign>            ::= \"+\" | \"-\" <signedNumber>    ::= <number> | <sign><number> <suffix>          ::= <binarySI> | <decimalExponent> | <decimalSI> <binarySI>        ::= Ki | Mi | Gi | Ti | Pi | Ei\n  (International System of units; See: http://physics.nist.gov/cuu/Units/binary.html)\n<decimalSI>       ::= m | \"\" | k | M | G | T | P | E\n  (Note that 1024 = 1Ki but 1000 = 1k; I didn't choose the capitalization.)\n<decimalExponent> ::= \"e\" <signedNumber> | \"E\" <signedNumber>\n\nNo matter which of the three exponent forms is used, no quantity may represent a number greater than 2^63-1 in magnitude, nor may it have more than 3 decimal places. Numbers larger or more precise will be capped or rounded up. (E.g.: 0.1m will rounded up to 1m.) This may be extended in the future if we require larger or smaller quantities.\n\nWhen a Quantity is parsed from a string, it will remember the type of suffix it had, and will use the same type again when it is serialized.\n\nBefore serializing, Quantity will be put in \"canonical form\". This means that Exponent/suffix will be adjusted up or down (with a corresponding increase or decrease in Mantissa) such that:\n  a. No precision is lost\n  b. No fractional digits will be emitted\n  c. The exponent (or suffix) is as large as possible.\nThe sign will be omitted unless the number is negative.\n\nExamples:\n  1.5 will be serialized as \"1500m\"\n  1.5Gi will be serialized as \"1536Mi\"\n\nNote that the quantity will NEVER be internally represented by a floating point number. That is the whole point of this exercise.\n\nNon-canonical values will still parse as long as they are well formed, but will be re-emitted in their canonical form. (So always use canonical form, or don't diff.)\n\nThis format is intended to make it difficult to use these numbers without writing some sort of special handling code in the hopes that that will cause implementors to also use a fixed point implementation.",
   "type": "string"
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1": {
   "description": "FieldsV1 stores a set of fields in a data structure like a Trie, in JSON format.\n\nEach key is either a '.' representing the field itself, and will always map to an empty set, or a string representing a sub-field or item. The string will follow one of these four formats: 'f:<name>', where <name> is the name of a field in a struct, or key in a map 'v:<value>', where <value> is the exact json formatted value of a list item 'i:<index>', where <index> is position of a item in a list 'k:<keys>', where <keys> is a map of  a list item's key fields to their unique values If a key maps to an empty Fields value, the field that key represents is part of the set.\n\nThe exact format is defined in sigs.k8s.io/structured-merge-diff",
   "type": "object"
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector": {
   "properties": {},
   "type": "object"
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry": {
   "description": "ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies to.",
   "properties": {
    "apiVersion": {
     "description": "APIVersion defines the version of this resource that this field set applies to. The format is \"group/version\" just like the top-level APIVersion field. It is necessary to track the version of a field set because it cannot be automatically converted.",
     "type": "string"
    },
    "fieldsType": {
     "description": "FieldsType is the discriminator for the different fields format and version. There is currently only one possible value: \"FieldsV1\"",
     "type": "string"
    },
    "fieldsV1": {
     "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.FieldsV1",
     "description": "FieldsV1 holds the first JSON version format as described in the \"FieldsV1\" type."
    },
    "manager": {
     "description": "Manager is an identifier of the workflow managing these fields.",
     "type": "string"
    },
    "operation": {
     "description": "Operation is the type of operation which lead to this ManagedFieldsEntry being created. The only valid values for this field are 'Apply' and 'Update'.",
     "type": "string"
    },
    "time": {
     "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time",
     "description": "Time is timestamp of when these fields were set. It should always be empty if Operation is 'Apply'"
    }
   },
   "type": "object"
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta": {
   "description": "ObjectMeta is metadata that all persisted resources must have, which includes all objects users must create.",
   "properties": {
    "annotations": {
     "additionalProperties": {
      "type": "string"
     },
     "description": "Annotations is an unstructured key value map stored with a resource that may be set by external tools to store and retrieve arbitrary metadata. They are not queryable and should be preserved when modifying objects. More info: http://kubernetes.io/docs/user-guide/annotations",
     "type": "object"
    },
    "clusterName": {
     "description": "The name of the cluster which the object belongs to. This is used to distinguish resources with same name and namespace in different clusters. This field is not set anywhere right now and apiserver is going to ignore it if set in create or update request.",
     "type": "string"
    },
    "creationTimestamp": {
     "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time",
     "description": "CreationTimestamp is a timestamp representing the server time when this object was created. It is not guaranteed to be set in happens-before order across separate operations. Clients may not set this value. It is represented in RFC3339 form and is in UTC.\n\nPopulated by the system. Read-only. Null for lists. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
    },
    "deletionGracePeriodSeconds": {
     "description": "Number of seconds allowed for this object to gracefully terminate before it will be removed from the system. Only set when deletionTimestamp is also set. May only be shortened. Read-only.",
     "format": "int64",
     "type": "integer"
    },
    "deletionTimestamp": {
     "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.Time",
     "description": "DeletionTimestamp is RFC 3339 date and time at which this resource will be deleted. This field is set by the server when a graceful deletion is requested by the user, and is not directly settable by a client. The resource is expected to be deleted (no longer visible from resource lists, and not reachable by name) after the time in this field, once the finalizers list is empty. As long as the finalizers list contains items, deletion is blocked. Once the deletionTimestamp is set, this value may not be unset or be set further into the future, although it may be shortened or the resource may be deleted prior to this time. For example, a user may request that a pod is deleted in 30 seconds. The Kubelet will react by sending a graceful termination signal to the containers in the pod. After that 30 seconds, the Kubelet will send a hard termination signal (SIGKILL) to the container and after cleanup, remove the pod from the API. In the presence of network partitions, this object may still exist after this timestamp, until an administrator or automated process can determine the resource is fully terminated. If not set, graceful deletion of the object has not been requested.\n\nPopulated by the system when a graceful deletion is requested. Read-only. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
    },
    "finalizers": {
     "description": "Must be empty before the object is deleted from the registry. Each entry is an identifier for the responsible component that will remove the entry from the list. If the deletionTimestamp of the object is non-nil, entries in this list can only be removed. Finalizers may be processed and removed in any order.  Order is NOT enforced because it introduces significant risk of stuck finalizers. finalizers is a shared field, any actor with permission can reorder it. If the finalizer list is processed in order, then this can lead to a situation in which the component responsible for the first finalizer in the list is waiting for a signal (field value, external system, or other) produced by a component responsible for a finalizer later in the list, resulting in a deadlock. Without enforced ordering finalizers are free to order amongst themselves and are not vulnerable to ordering changes in the list.",
     "items": {
      "type": "string"
     },
     "type": "array",
     "x-kubernetes-patch-strategy": "merge"
    },
    "generateName": {
     "description": "GenerateName is an optional prefix, used by the server, to generate a unique name ONLY IF the Name field has not been provided. If this field is used, the name returned to the client will be different than the name passed. This value will also be combined with a unique suffix. The provided value has the same validation rules as the Name field, and may be truncated by the length of the suffix required to make the value unique on the server.\n\nIf this field is specified and the generated name exists, the server will NOT return a 409 - instead, it will either return 201 Created or 500 with Reason ServerTimeout indicating a unique name could not be found in the time allotted, and the client should retry (optionally after the time indicated in the Retry-After header).\n\nApplied only if Name is not specified. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#idempotency",
     "type": "string"
    },
    "generation": {
     "description": "A sequence number representing a specific generation of the desired state. Populated by the system. Read-only.",
     "format": "int64",
     "type": "integer"
    },
    "labels": {
     "additionalProperties": {
      "type": "string"
     },
     "description": "Map of string keys and values that can be used to organize and categorize (scope and select) objects. May match selectors of replication controllers and services. More info: http://kubernetes.io/docs/user-guide/labels",
     "type": "object"
    },
    "managedFields": {
     "description": "ManagedFields maps workflow-id and version to the set of fields that are managed by that workflow. This is mostly for internal housekeeping, and users typically shouldn't need to set or understand this field. A workflow can be the user's name, a controller's name, or the name of a specific apply path like \"ci-cd\". The set of fields is always in the version that the workflow used when modifying the object.",
     "items": {
      "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ManagedFieldsEntry"
     },
     "type": "array"
    },
    "name": {
     "description": "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: http://kubernetes.io/docs/user-guide/identifiers#names",
     "type": "string"
    },
    "namespace": {
     "description": "Namespace defines the space within which each name must be unique. An empty namespace is equivalent to the \"default\" namespace, but \"default\" is the canonical representation. Not all objects are required to be scoped to a namespace - the value of this field for those objects will be empty.\n\nMust be a DNS_LABEL. Cannot be updated. More info: http://kubernetes.io/docs/user-guide/namespaces",
     "type": "string"
    },
    "ownerReferences": {
     "description": "List of objects depended by this object. If ALL objects in the list have been deleted, this object will be garbage collected. If this object is managed by a controller, then an entry in this list will point to this controller, with the controller field set to true. There cannot be more than one managing controller.",
     "items": {
      "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference"
     },
     "type": "array",
     "x-kubernetes-patch-merge-key": "uid",
     "x-kubernetes-patch-strategy": "merge"
    },
    "resourceVersion": {
     "description": "An opaque value that represents the internal version of this object that can be used by clients to determine when objects have changed. May be used for optimistic concurrency, change detection, and the watch operation on a resource or set of resources. Clients must treat these values as opaque and passed unmodified back to the server. They may only be valid for a particular resource or set of resources.\n\nPopulated by the system. Read-only. Value must be treated as opaque by clients and . More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#concurrency-control-and-consistency",
     "type": "string"
    },
    "selfLink": {
     "description": "SelfLink is a URL representing this object. Populated by the system. Read-only.\n\nDEPRECATED Kubernetes will stop propagating this field in 1.20 release and the field is planned to be removed in 1.21 release.",
     "type": "string"
    },
    "uid": {
     "description": "UID is the unique in time and space value for this object. It is typically generated by the server on successful creation of a resource and is not allowed to change on PUT operations.\n\nPopulated by the system. Read-only. More info: http://kubernetes.io/docs/user-guide/identifiers#uids",
     "type": "string"
    }
   },
   "type": "object"
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference": {
   "description": "OwnerReference contains enough information to let you identify an owning object. An owning object must be in the same namespace as the dependent, or be cluster-scoped, so there is no namespace field.",
   "properties": {
    "apiVersion": {
     "description": "API version of the referent.",
     "type": "string"
    },
    "blockOwnerDeletion": {
     "description": "If true, AND if the owner has the \"foregroundDeletion\" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed. Defaults to false. To set this field, a user needs \"delete\" permission of the owner, otherwise 422 (Unprocessable Entity) will be returned.",
     "type": "boolean"
    },
    "controller": {
     "description": "If true, this reference points to the managing controller.",
     "type": "boolean"
    },
    "kind": {
     "description": "Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
     "type": "string"
    },
    "name": {
     "description": "Name of the referent. More info: http://kubernetes.io/docs/user-guide/identifiers#names",
     "type": "string"
    },
    "uid": {
     "description": "UID of the referent. More info: http://kubernetes.io/docs/user-guide/identifiers#uids",
     "type": "string"
    }
   },
   "required": [
    "apiVersion",
    "kind",
    "name",
    "uid"
   ],
   "type": "object"
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.Time": {
   "description": "Time is a wrapper around time.Time which supports correct marshaling to YAML and JSON.  Wrappers are provided for many of the factory methods that the time package offers.",
   "format": "date-time",
   "type": "string"
  },
  "io.k8s.apimachinery.pkg.util.intstr.IntOrString": {
   "description": "IntOrString is a type that can hold an int32 or a string.  When used in JSON or YAML marshalling and unmarshalling, it produces or consumes the inner type.  This allows you to have, for example, a JSON field that can accept a name or number.",
   "format": "int-or-string",
   "type": "string"
  },
  "io.kctl.explain-test.v1.ExplainWidget": {
   "description": "ExplainWidget is a test resource for kctl explain.\nIt has a second line:\n- a bullet\n- another bullet\n\n    a code block line\nand the end.",
   "properties": {
    "apiVersion": {
     "description": "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
     "type": "string"
    },
    "kind": {
     "description": "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
     "type": "string"
    },
    "metadata": {
     "$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta",
     "description": "Standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata"
    },
    "spec": {
     "description": "The widget's desired state.",
     "properties": {
      "anything": {
       "description": "Anything goes.",
       "x-kubernetes-preserve-unknown-fields": true
      },
      "colour": {
       "description": "Colour of the widget.",
       "enum": [
        "red",
        "green"
       ],
       "type": "string"
      },
      "labels": {
       "additionalProperties": {
        "type": "string"
       },
       "description": "Labels as a map.",
       "type": "object"
      },
      "mapOfObjects": {
       "additionalProperties": {
        "properties": {
         "a": {
          "type": "string"
         }
        },
        "type": "object"
       },
       "type": "object"
      },
      "parts": {
       "description": "The parts.",
       "items": {
        "description": "One part.",
        "properties": {
         "count": {
          "type": "number"
         },
         "name": {
          "type": "string"
         },
         "nested": {
          "properties": {
           "deep": {
            "description": "A very deep field with a long description that has to be wrapped because it is longer than eighty characters, much longer in fact.",
            "type": "boolean"
           }
          },
          "type": "object"
         }
        },
        "type": "object"
       },
       "type": "array"
      },
      "port": {
       "description": "A port, number or name.",
       "x-kubernetes-int-or-string": true
      },
      "size": {
       "description": "How big the widget is.",
       "format": "int32",
       "type": "integer"
      },
      "tags": {
       "description": "Free-form tags.",
       "items": {
        "type": "string"
       },
       "type": "array"
      }
     },
     "required": [
      "size",
      "colour"
     ],
     "type": "object"
    },
    "status": {
     "properties": {
      "phase": {
       "type": "string"
      }
     },
     "type": "object"
    }
   },
   "required": [
    "spec"
   ],
   "type": "object",
   "x-kubernetes-group-version-kind": [
    {
     "group": "explain-test.kctl.io",
     "kind": "ExplainWidget",
     "version": "v1"
    }
   ]
  }
 },
 "paths": {
  "/api/v1/": {
   "get": {
    "description": "skipped"
   }
  }
 },
 "swagger": "2.0"
}
)json";

}  // namespace kctl::explain::testing
