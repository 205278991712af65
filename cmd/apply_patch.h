// The patch client-side apply sends for one object (kubectl's apply
// Patcher.patchSimple): a three-way strategic merge patch, with the merge
// keys and strategies of the server's OpenAPI v2 definitions, for the kinds
// kubectl has Go types for; a three-way JSON merge patch for the others
// (custom resources, aggregated APIs).
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

#include "client/discovery.h"
#include "client/explain/openapi_v2_document.h"
#include "client/result.h"

namespace kctl::cmd {

// Whether kubectl's scheme (client-go's typed clients) has types for
// `group`: the built-in API groups.
bool kubectl_scheme_has_group(const std::string& group);

struct ApplyPatch {
  std::string content_type;  // application/strategic-merge-patch+json or application/merge-patch+json
  nlohmann::json patch;      // {} when there is nothing to change
};

// The OpenAPI v2 document, fetched the first time a strategic patch needs it.
using OpenApiSource = std::function<Result<const explain::OpenApiV2Document*>()>;

// `original`: the last-applied configuration (null for none), `modified`:
// the manifest with its new annotation, `current`: the live object.
Result<ApplyPatch> compute_apply_patch(const client::ApiResource& resource, const nlohmann::json& original,
                                       const nlohmann::json& modified, const nlohmann::json& current,
                                       const OpenApiSource& openapi);

// The patch that turns `original` into `modified`, both whole objects, as
// kubectl edit computes it: a two-way strategic merge patch for built-in
// kinds, a JSON merge patch otherwise; apiVersion, kind and metadata.name
// must not change ("At least one of apiVersion, kind and name was changed").
Result<ApplyPatch> compute_two_way_patch(const client::ApiResource& resource, const nlohmann::json& original,
                                         const nlohmann::json& modified, const OpenApiSource& openapi);

}  // namespace kctl::cmd
