// kubectl explain from an OpenAPI v2 document: the page for one field path
// of one resource kind.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "client/explain/openapi_v2_document.h"
#include "client/result.h"

namespace kctl::explain {

struct ExplainRequest {
  GroupVersionKind gvk;
  std::vector<std::string> fields;  // the path below the resource
  bool recursive = false;
};

Result<> explain_v2(std::ostream& out, const OpenApiV2Document& doc, const ExplainRequest& request);

}  // namespace kctl::explain
