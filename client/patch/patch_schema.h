// Where strategic merge patch finds each field's patch strategy and merge
// key: the server's OpenAPI v2 definitions (x-kubernetes-patch-strategy,
// x-kubernetes-patch-merge-key), walked as apimachinery's
// PatchMetaFromOpenAPI walks kube-openapi's schema (strategicpatch/meta.go
// and types.go). The document is explain's parsed model, which keeps both
// extensions on every node.
#pragma once

#include <string>
#include <vector>

#include "client/explain/openapi_v2_document.h"
#include "client/explain/schema.h"
#include "client/result.h"

namespace kctl::patch {

struct PatchMeta {
  // "merge,retainKeys" split at the commas; empty for the default (replace).
  std::vector<std::string> strategies;
  std::string merge_key;
};

struct PatchLookup;

// One schema node (not owned: the document must outlive it). A default
// PatchSchema has no node: every lookup succeeds with no metadata, as
// apimachinery's lookups do below a field of arbitrary type.
class PatchSchema {
 public:
  PatchSchema() = default;
  PatchSchema(const explain::Schema* node, std::string path) : node_(node), path_(std::move(path)) {}

  // The definition kubectl finds by x-kubernetes-group-version-kind; a
  // PatchSchema without a node when the document has none.
  static PatchSchema for_resource(const explain::OpenApiV2Document& doc, const explain::GroupVersionKind& gvk);
  static PatchSchema for_definition(const explain::OpenApiV2Document& doc, const std::string& name);

  bool has_node() const { return node_ != nullptr; }
  // The schema's path, for error messages (the definition name, then
  // ".field" per inline step).
  const std::string& name() const { return path_; }

  // LookupPatchMetadataForStruct: the field `key` of an object and its
  // patch metadata.
  Result<PatchLookup> lookup_struct(const std::string& key) const;
  // LookupPatchMetadataForSlice: the element schema of the list field `key`
  // and the field's patch metadata.
  Result<PatchLookup> lookup_slice(const std::string& key) const;

 private:
  const explain::Schema* node_ = nullptr;
  std::string path_;
};

struct PatchLookup {
  PatchSchema schema;
  PatchMeta meta;
};

// extractRetainKeysPatchStrategy: whether "retainKeys" is among the
// strategies, and the other one ("merge", "replace" or "").
struct PatchStrategy {
  bool retain_keys = false;
  std::string strategy;
};
Result<PatchStrategy> split_patch_strategy(const std::vector<std::string>& strategies);

}  // namespace kctl::patch
