// OpenAPI v2 definitions for the patch tests: apimachinery's test type
// mergeItem (strategicpatch/testdata/swagger-merge-item.json, which mirrors
// MergeItem's struct tags), and a Deployment's definitions cut down to the
// fields the tests use, with the x-kubernetes-patch-* values of the real
// kubernetes swagger.json.
#pragma once

#include <string_view>

namespace kctl::patch::testing {

inline constexpr std::string_view kPatchOpenApiFixture = R"json({
 "definitions": {
  "mergeItem": {
   "type": "object",
   "properties": {
    "name": {"type": "string"},
    "value": {"type": "string"},
    "other": {"type": "string"},
    "mergingList": {"type": "array", "items": {"$ref": "#/definitions/mergeItem"},
     "x-kubernetes-patch-merge-key": "name", "x-kubernetes-patch-strategy": "merge"},
    "nonMergingList": {"type": "array", "items": {"$ref": "#/definitions/mergeItem"}},
    "mergingIntList": {"type": "array", "items": {"type": "integer"}, "x-kubernetes-patch-strategy": "merge"},
    "nonMergingIntList": {"type": "array", "items": {"type": "integer"}},
    "mergeItemPtr": {"type": "array", "items": {"$ref": "#/definitions/mergeItem"},
     "x-kubernetes-patch-merge-key": "name", "x-kubernetes-patch-strategy": "merge"},
    "simpleMap": {"type": "object", "additionalProperties": {"type": "string"}},
    "replacingItem": {"$ref": "#/definitions/io.k8s.apimachinery.pkg.runtime.RawExtension",
     "x-kubernetes-patch-strategy": "replace"},
    "retainKeysMap": {"$ref": "#/definitions/retainKeysMergeItem", "x-kubernetes-patch-strategy": "retainKeys"},
    "retainKeysMergingList": {"type": "array", "items": {"$ref": "#/definitions/mergeItem"},
     "x-kubernetes-patch-merge-key": "name", "x-kubernetes-patch-strategy": "merge,retainKeys"}
   }
  },
  "retainKeysMergeItem": {
   "type": "object",
   "properties": {
    "name": {"type": "string"},
    "value": {"type": "string"},
    "other": {"type": "string"},
    "simpleMap": {"type": "object", "additionalProperties": {"type": "string"}},
    "mergingList": {"type": "array", "items": {"$ref": "#/definitions/mergeItem"},
     "x-kubernetes-patch-merge-key": "name", "x-kubernetes-patch-strategy": "merge"},
    "nonMergingList": {"type": "array", "items": {"$ref": "#/definitions/mergeItem"}},
    "mergingIntList": {"type": "array", "items": {"type": "integer"}, "x-kubernetes-patch-strategy": "merge"}
   }
  },
  "io.k8s.apimachinery.pkg.runtime.RawExtension": {"type": "object"},

  "io.k8s.api.apps.v1.Deployment": {
   "type": "object",
   "properties": {
    "apiVersion": {"type": "string"},
    "kind": {"type": "string"},
    "metadata": {"$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},
    "spec": {"$ref": "#/definitions/io.k8s.api.apps.v1.DeploymentSpec"},
    "status": {"$ref": "#/definitions/io.k8s.api.apps.v1.DeploymentStatus"}
   },
   "x-kubernetes-group-version-kind": [{"group": "apps", "kind": "Deployment", "version": "v1"}]
  },
  "io.k8s.api.apps.v1.DeploymentSpec": {
   "type": "object",
   "properties": {
    "minReadySeconds": {"type": "integer", "format": "int32"},
    "replicas": {"type": "integer", "format": "int32"},
    "selector": {"$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector"},
    "strategy": {"$ref": "#/definitions/io.k8s.api.apps.v1.DeploymentStrategy",
     "x-kubernetes-patch-strategy": "retainKeys"},
    "template": {"$ref": "#/definitions/io.k8s.api.core.v1.PodTemplateSpec"}
   }
  },
  "io.k8s.api.apps.v1.DeploymentStatus": {
   "type": "object",
   "properties": {
    "replicas": {"type": "integer", "format": "int32"},
    "conditions": {"type": "array", "items": {"$ref": "#/definitions/io.k8s.api.apps.v1.DeploymentCondition"},
     "x-kubernetes-patch-merge-key": "type", "x-kubernetes-patch-strategy": "merge"}
   }
  },
  "io.k8s.api.apps.v1.DeploymentCondition": {
   "type": "object",
   "properties": {"type": {"type": "string"}, "status": {"type": "string"}}
  },
  "io.k8s.api.apps.v1.DeploymentStrategy": {
   "type": "object",
   "properties": {
    "rollingUpdate": {"$ref": "#/definitions/io.k8s.api.apps.v1.RollingUpdateDeployment"},
    "type": {"type": "string"}
   }
  },
  "io.k8s.api.apps.v1.RollingUpdateDeployment": {
   "type": "object",
   "properties": {
    "maxSurge": {"$ref": "#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString"},
    "maxUnavailable": {"$ref": "#/definitions/io.k8s.apimachinery.pkg.util.intstr.IntOrString"}
   }
  },
  "io.k8s.api.core.v1.PodTemplateSpec": {
   "type": "object",
   "properties": {
    "metadata": {"$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta"},
    "spec": {"$ref": "#/definitions/io.k8s.api.core.v1.PodSpec"}
   }
  },
  "io.k8s.api.core.v1.PodSpec": {
   "type": "object",
   "properties": {
    "containers": {"type": "array", "items": {"$ref": "#/definitions/io.k8s.api.core.v1.Container"},
     "x-kubernetes-patch-merge-key": "name", "x-kubernetes-patch-strategy": "merge"},
    "initContainers": {"type": "array", "items": {"$ref": "#/definitions/io.k8s.api.core.v1.Container"},
     "x-kubernetes-patch-merge-key": "name", "x-kubernetes-patch-strategy": "merge"},
    "imagePullSecrets": {"type": "array", "items": {"$ref": "#/definitions/io.k8s.api.core.v1.LocalObjectReference"},
     "x-kubernetes-patch-merge-key": "name", "x-kubernetes-patch-strategy": "merge"},
    "nodeSelector": {"type": "object", "additionalProperties": {"type": "string"}},
    "restartPolicy": {"type": "string"},
    "serviceAccountName": {"type": "string"},
    "terminationGracePeriodSeconds": {"type": "integer", "format": "int64"},
    "tolerations": {"type": "array", "items": {"$ref": "#/definitions/io.k8s.api.core.v1.Toleration"}},
    "volumes": {"type": "array", "items": {"$ref": "#/definitions/io.k8s.api.core.v1.Volume"},
     "x-kubernetes-patch-merge-key": "name", "x-kubernetes-patch-strategy": "merge,retainKeys"}
   }
  },
  "io.k8s.api.core.v1.Container": {
   "type": "object",
   "required": ["name"],
   "properties": {
    "args": {"type": "array", "items": {"type": "string"}},
    "command": {"type": "array", "items": {"type": "string"}},
    "env": {"type": "array", "items": {"$ref": "#/definitions/io.k8s.api.core.v1.EnvVar"},
     "x-kubernetes-patch-merge-key": "name", "x-kubernetes-patch-strategy": "merge"},
    "image": {"type": "string"},
    "imagePullPolicy": {"type": "string"},
    "name": {"type": "string"},
    "ports": {"type": "array", "items": {"$ref": "#/definitions/io.k8s.api.core.v1.ContainerPort"},
     "x-kubernetes-list-map-keys": ["containerPort", "protocol"], "x-kubernetes-list-type": "map",
     "x-kubernetes-patch-merge-key": "containerPort", "x-kubernetes-patch-strategy": "merge"},
    "resources": {"$ref": "#/definitions/io.k8s.api.core.v1.ResourceRequirements"},
    "volumeMounts": {"type": "array", "items": {"$ref": "#/definitions/io.k8s.api.core.v1.VolumeMount"},
     "x-kubernetes-patch-merge-key": "mountPath", "x-kubernetes-patch-strategy": "merge"}
   }
  },
  "io.k8s.api.core.v1.ContainerPort": {
   "type": "object",
   "properties": {
    "containerPort": {"type": "integer", "format": "int32"},
    "name": {"type": "string"},
    "protocol": {"type": "string"}
   }
  },
  "io.k8s.api.core.v1.EnvVar": {
   "type": "object",
   "properties": {
    "name": {"type": "string"},
    "value": {"type": "string"},
    "valueFrom": {"$ref": "#/definitions/io.k8s.api.core.v1.EnvVarSource"}
   }
  },
  "io.k8s.api.core.v1.EnvVarSource": {
   "type": "object",
   "properties": {
    "configMapKeyRef": {"$ref": "#/definitions/io.k8s.api.core.v1.ConfigMapKeySelector"}
   }
  },
  "io.k8s.api.core.v1.ConfigMapKeySelector": {
   "type": "object",
   "properties": {"key": {"type": "string"}, "name": {"type": "string"}}
  },
  "io.k8s.api.core.v1.LocalObjectReference": {
   "type": "object",
   "properties": {"name": {"type": "string"}}
  },
  "io.k8s.api.core.v1.ResourceRequirements": {
   "type": "object",
   "properties": {
    "limits": {"type": "object", "additionalProperties": {"$ref": "#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"}},
    "requests": {"type": "object", "additionalProperties": {"$ref": "#/definitions/io.k8s.apimachinery.pkg.api.resource.Quantity"}}
   }
  },
  "io.k8s.api.core.v1.Toleration": {
   "type": "object",
   "properties": {"effect": {"type": "string"}, "key": {"type": "string"}, "operator": {"type": "string"}}
  },
  "io.k8s.api.core.v1.Volume": {
   "type": "object",
   "properties": {
    "configMap": {"$ref": "#/definitions/io.k8s.api.core.v1.ConfigMapVolumeSource"},
    "emptyDir": {"$ref": "#/definitions/io.k8s.api.core.v1.EmptyDirVolumeSource"},
    "name": {"type": "string"}
   }
  },
  "io.k8s.api.core.v1.ConfigMapVolumeSource": {
   "type": "object",
   "properties": {"defaultMode": {"type": "integer", "format": "int32"}, "name": {"type": "string"}}
  },
  "io.k8s.api.core.v1.EmptyDirVolumeSource": {
   "type": "object",
   "properties": {"medium": {"type": "string"}}
  },
  "io.k8s.api.core.v1.VolumeMount": {
   "type": "object",
   "properties": {"mountPath": {"type": "string"}, "name": {"type": "string"}}
  },
  "io.k8s.apimachinery.pkg.api.resource.Quantity": {"type": "string"},
  "io.k8s.apimachinery.pkg.util.intstr.IntOrString": {"type": "string", "format": "int-or-string"},
  "io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector": {
   "type": "object",
   "properties": {
    "matchLabels": {"type": "object", "additionalProperties": {"type": "string"}}
   }
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta": {
   "type": "object",
   "properties": {
    "annotations": {"type": "object", "additionalProperties": {"type": "string"}},
    "finalizers": {"type": "array", "items": {"type": "string"}, "x-kubernetes-patch-strategy": "merge"},
    "labels": {"type": "object", "additionalProperties": {"type": "string"}},
    "name": {"type": "string"},
    "namespace": {"type": "string"},
    "ownerReferences": {"type": "array", "items": {"$ref": "#/definitions/io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference"},
     "x-kubernetes-patch-merge-key": "uid", "x-kubernetes-patch-strategy": "merge"},
    "resourceVersion": {"type": "string"},
    "uid": {"type": "string"}
   }
  },
  "io.k8s.apimachinery.pkg.apis.meta.v1.OwnerReference": {
   "type": "object",
   "properties": {"kind": {"type": "string"}, "name": {"type": "string"}, "uid": {"type": "string"}}
  }
 }
})json";

}  // namespace kctl::patch::testing
