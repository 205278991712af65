// An OpenAPI v2 document (/openapi/v2) reduced to what explain and
// kubectl's validation need: the definitions as Schema trees, the resource
// kinds they describe (x-kubernetes-group-version-kind), and which kinds'
// PATCH operations take the fieldValidation query parameter.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "client/explain/schema.h"
#include "client/result.h"

namespace kctl::explain {

class OpenApiV2Document {
 public:
  // Parses the JSON text; of "paths" (most of the bytes) only the PATCH
  // operations' kinds and parameters are kept while parsing.
  static Result<OpenApiV2Document> parse(std::string_view json_text);

  // The definition describing `gvk`; null when none does. When several
  // definitions claim the same kind, the last by name wins, as in kubectl.
  const Schema* lookup_resource(const GroupVersionKind& gvk) const;
  const Schema* definition(const std::string& name) const;
  // The name of the definition describing `gvk`; empty when none does.
  std::string resource_definition_name(const GroupVersionKind& gvk) const;
  // Whether the PATCH operation of `gvk` takes the fieldValidation query
  // parameter (kubectl's v2 QueryParamVerifier); nullopt when no PATCH
  // operation names the kind.
  std::optional<bool> patch_takes_field_validation(const GroupVersionKind& gvk) const;

 private:
  std::map<std::string, Schema> definitions_;
  std::map<GroupVersionKind, std::string> resources_;
  std::map<GroupVersionKind, bool> patch_field_validation_;
};

}  // namespace kctl::explain
