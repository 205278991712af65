// An OpenAPI v2 document (/openapi/v2) reduced to what explain needs: the
// definitions as Schema trees and the resource kinds they describe
// (x-kubernetes-group-version-kind).
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "client/explain/schema.h"
#include "client/result.h"

namespace kctl::explain {

class OpenApiV2Document {
 public:
  // Parses the JSON text; "paths" (most of the bytes) is skipped while
  // parsing, so only the definitions are ever held in memory.
  static Result<OpenApiV2Document> parse(std::string_view json_text);

  // The definition describing `gvk`; null when none does. When several
  // definitions claim the same kind, the last by name wins, as in kubectl.
  const Schema* lookup_resource(const GroupVersionKind& gvk) const;
  const Schema* definition(const std::string& name) const;
  // The name of the definition describing `gvk`; empty when none does.
  std::string resource_definition_name(const GroupVersionKind& gvk) const;

 private:
  std::map<std::string, Schema> definitions_;
  std::map<GroupVersionKind, std::string> resources_;
};

}  // namespace kctl::explain
