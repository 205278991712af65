#include "client/patch/patch_schema.h"

#include "client/patch/patch_errors.h"

namespace kctl::patch {

namespace {

using explain::Schema;
using explain::SchemaKind;

PatchMeta meta_of(const Schema& field) {
  PatchMeta meta;
  meta.merge_key = field.patch_merge_key;
  if (!field.patch_strategy.empty()) {
    std::string::size_type start = 0;
    while (true) {
      auto comma = field.patch_strategy.find(',', start);
      meta.strategies.push_back(field.patch_strategy.substr(start, comma - start));
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  return meta;
}

Error field_not_found(const std::string& path, const std::string& field) {
  return patch_error("unable to find api field \"" + field + "\" in " + path);
}

}  // namespace

PatchSchema PatchSchema::for_resource(const explain::OpenApiV2Document& doc, const explain::GroupVersionKind& gvk) {
  return for_definition(doc, doc.resource_definition_name(gvk));
}

PatchSchema PatchSchema::for_definition(const explain::OpenApiV2Document& doc, const std::string& name) {
  const Schema* node = name.empty() ? nullptr : doc.definition(name);
  return node == nullptr ? PatchSchema() : PatchSchema(node, name);
}

// kindItem: references are followed to an object, whose field is the answer.
Result<PatchLookup> PatchSchema::lookup_struct(const std::string& key) const {
  const Schema* node = node_;
  std::string path = path_;
  while (node != nullptr && node->kind == SchemaKind::Reference) {
    path = node->reference;
    node = node->target;
  }
  if (node == nullptr) return PatchLookup{};
  switch (node->kind) {
    case SchemaKind::Kind: {
      auto it = node->fields.find(key);
      if (it == node->fields.end()) return field_not_found(path, key);
      return PatchLookup{PatchSchema(it->second.get(), path + "." + key), meta_of(*it->second)};
    }
    case SchemaKind::Primitive: return patch_error("expected kind, but got primitive");
    case SchemaKind::Array: return patch_error("expected kind, but got slice");
    case SchemaKind::Map: return patch_error("expected kind, but got map");
    default: return PatchLookup{};  // arbitrary: no metadata
  }
}

// sliceItem: the object's field must be a list (or a reference), whose
// element schema is the answer.
Result<PatchLookup> PatchSchema::lookup_slice(const std::string& key) const {
  const Schema* node = node_;
  std::string path = path_;
  PatchLookup found;
  bool visited_kind = false;
  while (node != nullptr) {
    switch (node->kind) {
      case SchemaKind::Reference:
        if (visited_kind) {
          found.schema = PatchSchema(node->target, node->reference);
          return found;
        }
        path = node->reference;
        node = node->target;
        continue;
      case SchemaKind::Kind: {
        auto it = node->fields.find(key);
        if (it == node->fields.end()) return field_not_found(path, key);
        found.meta = meta_of(*it->second);
        visited_kind = true;
        path += "." + key;
        node = it->second.get();
        continue;
      }
      case SchemaKind::Array:
        if (!visited_kind) return patch_error("expected visit kind first, then visit array");
        found.schema = PatchSchema(node->element.get(), path);
        return found;
      case SchemaKind::Map: return patch_error("expected slice, but got map");
      case SchemaKind::Primitive: return patch_error("expected slice, but got primitive");
      default: return found;  // arbitrary: no element schema
    }
  }
  return found;
}

Result<PatchStrategy> split_patch_strategy(const std::vector<std::string>& strategies) {
  constexpr const char* kRetainKeys = "retainKeys";
  auto unexpected = [&] {
    std::string list;
    for (const auto& s : strategies) list += (list.empty() ? "" : " ") + s;
    return patch_error("unexpected patch strategy: [" + list + "]");
  };
  switch (strategies.size()) {
    case 0: return PatchStrategy{};
    case 1:
      if (strategies[0] == kRetainKeys) return PatchStrategy{true, ""};
      return PatchStrategy{false, strategies[0]};
    case 2:
      if (strategies[0] == kRetainKeys) return PatchStrategy{true, strategies[1]};
      if (strategies[1] == kRetainKeys) return PatchStrategy{true, strategies[0]};
      return unexpected();
    default: return unexpected();
  }
}

}  // namespace kctl::patch
