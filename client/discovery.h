// What the server serves: API groups, their versions and resources, from
// aggregated discovery when the server offers it (two requests), else from
// /api, /apis and one request per group version. Kept in a disk cache per
// server, fresh for 6 hours like kubectl's.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "client/logger.h"
#include "client/result.h"

namespace kctl::client {

class RestClient;

struct ApiResource {
  std::string group;    // "" for the core group
  std::string version;  // "v1"
  std::string name;     // the plural: "pods" (subresources are not listed)
  std::string singular_name;
  std::string kind;
  bool namespaced = false;
  std::vector<std::string> verbs, short_names, categories;

  // "v1" for the core group, else "apps/v1".
  std::string group_version() const { return group.empty() ? version : group + "/" + version; }
};

struct ApiGroup {
  std::string name;                   // "" for the core group
  std::vector<std::string> versions;  // the server's order
  std::string preferred_version;
};

// Groups in the server's order (the core group first); resources of every
// served version, ordered by group, then version (the server's order), then
// the server's resource order.
struct DiscoveryData {
  std::vector<ApiGroup> groups;
  std::vector<ApiResource> resources;
};

struct DiscoveryOptions {
  // kctl's cache root: --cache-dir, else $KUBECACHEDIR, else ~/.kube/cache.
  // Empty: no disk cache.
  std::string cache_dir;
  std::chrono::seconds ttl{6 * 3600};
};

class Discovery {
 public:
  Discovery(RestClient& rest, DiscoveryOptions opts, Logger log);
  // From the disk cache when it is fresh, else from the server (then saved).
  Result<const DiscoveryData*> data();
  // From the server again, bypassing the cache; at most once per process
  // (a second call returns what the first fetched).
  Result<const DiscoveryData*> refresh();

 private:
  RestClient& rest_;
  DiscoveryOptions opts_;
  Logger log_;
  std::optional<DiscoveryData> data_;
  bool refreshed_ = false;
};

// kubectl's RESTMapper over discovery: `arg` is a plural, singular, short
// name or kind, optionally qualified as resource.group or
// resource.version.group ("pods", "po", "Pod", "deploy.apps",
// "deployments.v1.apps"). When several groups serve it, the first group in
// discovery order wins, at its preferred version. Not found:
// `the server doesn't have a resource type "x"`.
Result<ApiResource> resolve_resource(const DiscoveryData& data, std::string_view arg);

// resolve_resource against the cached data, refreshing discovery once and
// retrying when the name is not found (a CRD created since the cache was
// written).
Result<ApiResource> resolve_resource(Discovery& discovery, std::string_view arg);

// The resources a category such as "all" expands to, in kubectl's order;
// empty when `arg` is not a category.
std::vector<ApiResource> expand_category(const DiscoveryData& data, std::string_view arg);

}  // namespace kctl::client
