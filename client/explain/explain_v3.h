// kubectl explain from an OpenAPI v3 group-version document, kubectl 1.32's
// "plaintext" template: the resource's kind comes from the operations of its
// paths, its schema from the components that carry that kind, then the
// GROUP/KIND/VERSION header and the page for the field path.
#pragma once

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "client/explain/openapi_v3_schema.h"
#include "client/result.h"

namespace kctl::explain {

struct GroupVersionResource {
  std::string group, version, resource;

  // Go's GroupVersionResource.String(): "apps/v1, Resource=deployments".
  std::string to_string() const { return group + "/" + version + ", Resource=" + resource; }
};

struct ExplainV3Request {
  GroupVersionResource gvr;
  std::vector<std::string> fields;  // the path below the resource
  bool recursive = false;
  std::string format = "plaintext";  // kubectl's template name
};

// As kubectl, the header is written before a field path turns out not to
// exist: the error then follows it.
Result<> explain_v3(std::ostream& out, const Json& document, const ExplainV3Request& request);

}  // namespace kctl::explain
