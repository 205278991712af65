// The RESOURCE.field.path argument of kubectl explain, which kubectl reads
// as a client-go JSONPath expression ("{." + arg + "}"): only field
// steps (.name, ['name']) may follow the resource, and JSONPath syntax
// errors are reported in client-go's words.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "client/result.h"

namespace kctl::explain {

struct PathNode {
  enum class Type { Field, Other } type = Type::Field;  // Other: index, filter, "..", "*", literal
  std::string name;  // Field: the field name
};

// The nodes of "{." + arg + "}" (a trailing '.' of arg is dropped).
Result<std::vector<PathNode>> parse_path_nodes(std::string_view arg);

// The resource name `arg` starts with.
Result<std::string> resource_of(std::string_view arg);

// The field path after the resource when `arg` is not group-qualified
// (kubectl's SplitAndParseResourceRequest, used with --api-version).
Result<std::vector<std::string>> fields_after_resource(std::string_view arg);

// kubectl's SplitAndParseResourceRequestWithMatchingPrefix: the first of
// `group_resources` ("deployments.apps", "pods"; highest priority first)
// that `arg` starts with is the resource and the rest the field path; with
// none, the first of them and everything after the resource name.
struct ResourceMatch {
  std::size_t index = 0;  // into group_resources
  std::vector<std::string> fields;
};
Result<ResourceMatch> match_group_resource(std::string_view arg, const std::vector<std::string>& group_resources);

}  // namespace kctl::explain
