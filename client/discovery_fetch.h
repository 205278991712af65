// Asking the server what it serves: /api and /apis with the aggregated
// discovery Accept header; when the server answers in the legacy format,
// one request per group version, several at once on their own connections.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "client/discovery.h"
#include "client/rest_client.h"

namespace kctl::client {

struct DiscoveryGroups {
  std::vector<ApiGroup> groups;  // the core group first
  // Everything, when both /api and /apis answered in the aggregated format.
  std::optional<DiscoveryData> aggregated;
};

// /api and /apis only. On failure `failed_url` (when given) names the URL
// that failed.
Result<DiscoveryGroups> fetch_discovery_groups(RestClient& rest, const DiscoveryOptions& opts,
                                               std::string* failed_url = nullptr);

// Groups and every group version's resources. A group version that fails
// is listed in `failed`; failing /api or /apis fails the whole.
Result<DiscoveryData> fetch_discovery(RestClient& rest, const DiscoveryOptions& opts, const Logger& log,
                                      std::string* failed_url = nullptr);

// client-go's own text for a failed GET of `url`, which kubectl prints
// when it wraps the error instead of translating it: `Get "URL": dial tcp
// HOST:PORT: connect: connection refused`, or the server's message.
std::string go_get_error(const Error& e, const std::string& url);

}  // namespace kctl::client
