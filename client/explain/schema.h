// The OpenAPI v2 schema model kubectl explain walks (kube-openapi's
// util/proto): every definition becomes a tree of Kind (an object with
// named fields), Map, Array, Primitive, Arbitrary (any value) and
// Reference (to another definition) nodes.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace kctl::explain {

enum class SchemaKind { Kind, Map, Array, Primitive, Arbitrary, Reference };

struct Schema {
  SchemaKind kind = SchemaKind::Arbitrary;
  std::string description;
  // Kind: the fields, in name order (kubectl lists them sorted), and the
  // names the definition marks required.
  std::map<std::string, std::unique_ptr<Schema>> fields;
  std::vector<std::string> required;
  // Map and Array: the element schema.
  std::unique_ptr<Schema> element;
  // Primitive: "string", "integer", "number" or "boolean".
  std::string primitive_type;
  // Reference: the definition's name and, once the document is parsed,
  // the definition itself.
  std::string reference;
  const Schema* target = nullptr;
  // The node's x-kubernetes-patch-strategy ("merge", "retainKeys",
  // "merge,retainKeys", "replace") and x-kubernetes-patch-merge-key, which
  // kubectl apply's strategic merge patch reads; empty when absent.
  std::string patch_strategy;
  std::string patch_merge_key;

  bool is_required(const std::string& field) const;
};

struct GroupVersionKind {
  std::string group, version, kind;

  // "v1" or "apps/v1".
  std::string group_version() const { return group.empty() ? version : group + "/" + version; }
  // Go's GroupVersionKind.String(): "apps/v1, Kind=Deployment", "/v1, Kind=Pod".
  std::string to_string() const { return group + "/" + version + ", Kind=" + kind; }
  auto operator<=>(const GroupVersionKind&) const = default;
};

}  // namespace kctl::explain
