// Decoding the discovery documents: /api (APIVersions), /apis
// (APIGroupList), /api/v1 and /apis/G/V (APIResourceList), and the
// aggregated APIGroupDiscoveryList (apidiscovery.k8s.io v2 and v2beta1,
// which share the fields read here). Pure functions over the body text.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "client/discovery.h"

namespace kctl::client {

// The Accept header client-go sends to /api and /apis: aggregated
// discovery v2, then v2beta1, then the legacy documents.
inline constexpr std::string_view kDiscoveryAccept =
    "application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList,"
    "application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList,"
    "application/json";

// Whether a Content-Type names an aggregated APIGroupDiscoveryList (v2 or
// v2beta1), in any parameter order and with other parameters (client-go's
// ContentTypeIsGVK).
bool is_aggregated_discovery(std::string_view content_type);

// /api: the core group, its preferred version the first listed; nullopt-like
// empty name and no versions when the server lists none.
Result<ApiGroup> parse_api_versions(std::string_view body);

// /apis: the groups in the server's order.
Result<std::vector<ApiGroup>> parse_api_group_list(std::string_view body);

// An APIResourceList of one group version, subresources left out.
Result<std::vector<ApiResource>> parse_api_resource_list(std::string_view body, const std::string& group,
                                                         const std::string& version);

// An aggregated APIGroupDiscoveryList: its groups (preferred version: the
// first that is not stale), resources (those without a responseKind are
// left out, as client-go does) and the stale group versions as failures.
Result<DiscoveryData> parse_aggregated_discovery(std::string_view body);

}  // namespace kctl::client
