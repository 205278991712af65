// Which resource kind and field path `kubectl explain ARG` means: kubectl
// reads ARG as JSONPath, resolves its first step through discovery and,
// without --api-version, lets a group-qualified name ("deployments.apps")
// choose the group.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "client/discovery.h"
#include "client/explain/explain_v2.h"
#include "client/result.h"

namespace kctl::cmd {

// The groups serving `name` (a plural, singular, short name or kind) as
// "plural.group" ("pods" for the core group), `best` (the resource
// discovery resolved the name to) first, then in discovery order.
std::vector<std::string> group_resources_for(const client::DiscoveryData& data, const client::ApiResource& best,
                                             std::string_view name);

// apimachinery's ParseGroupVersion: "" , "v1", "apps/v1".
struct GroupVersion {
  std::string group, version;
};
Result<GroupVersion> parse_group_version(std::string_view gv);

}  // namespace kctl::cmd
