// What the server serves: API groups, their versions and resources, from
// aggregated discovery when the server offers it (two requests), else from
// /api, /apis and one request per group version. Kept in a disk cache per
// server, fresh for 6 hours like kubectl's.
#pragma once

#include <chrono>
#include <functional>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "client/logger.h"
#include "client/result.h"
#include "client/round_tripper.h"

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
  // Group versions the server failed to describe ("metrics.k8s.io/v1beta1"
  // and the error's text), in discovery order; their resources are missing.
  // Data with failures is never written to the disk cache.
  std::vector<std::pair<std::string, std::string>> failed;
};

// client-go's ErrGroupDiscoveryFailed text for data.failed: "unable to
// retrieve the complete list of server APIs: gv: error, ..." (sorted);
// empty when nothing failed.
std::string incomplete_discovery_message(const DiscoveryData& data);

struct DiscoveryOptions {
  // kctl's cache root: --cache-dir, else $KUBECACHEDIR, else ~/.kube/cache.
  // Empty: no disk cache.
  std::string cache_dir;
  std::chrono::seconds ttl{6 * 3600};
  // The server-side timeout sent with every discovery request (?timeout=),
  // as client-go does: --request-timeout as a Go duration, else "32s".
  std::string timeout = "32s";
  // Builds one more transport chain, logging to the given Logger, for the
  // parallel per-group-version requests (the RestClient's transport is not
  // thread-safe). Unset: those requests go one at a time through the
  // RestClient.
  std::function<Result<RoundTripperPtr>(const Logger&)> new_transport;
  // How many per-group-version requests run at once (each on its own
  // thread and connection).
  int parallelism = 6;
  // Where those threads' -v lines go, whole (the Logger's sink).
  std::ostream* log_sink = nullptr;
};

class Discovery {
 public:
  Discovery(RestClient& rest, DiscoveryOptions opts, Logger log);
  // From the disk cache when it is fresh, else from the server (then saved).
  Result<const DiscoveryData*> data();
  // From the server again, bypassing the cache; at most once per process
  // (a second call, or a call after data() fetched from the server, returns
  // what was fetched).
  Result<const DiscoveryData*> refresh();
  // Only the groups, fresh from the server (/api and /apis, as kubectl
  // api-versions asks): no per-group-version requests on servers without
  // aggregated discovery. With aggregated discovery this is a refresh().
  // An error's message is client-go's own text (`Get "URL": dial tcp ...`),
  // which kubectl api-versions prints wrapped, untranslated.
  Result<std::vector<ApiGroup>> server_groups();

 private:
  Result<const DiscoveryData*> fetch();
  void store(DiscoveryData fetched);  // keeps it and writes the cache
  // Logs kubectl's error line for a failed /api or /apis; returns
  // client-go's text of the error.
  std::string log_failure(const Error& e, const std::string& url) const;
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
// `the server doesn't have a resource type "x"`. A short name that several
// groups define adds kubectl's warning to `warnings` (when given): `short
// name "ev" could also match lower priority resource events.events.k8s.io`,
// which kubectl prints to stderr as "Warning: " + text.
Result<ApiResource> resolve_resource(const DiscoveryData& data, std::string_view arg,
                                     std::vector<std::string>* warnings = nullptr);

// resolve_resource against the cached data, refreshing discovery once and
// retrying when the name is not found (a CRD created since the cache was
// written).
Result<ApiResource> resolve_resource(Discovery& discovery, std::string_view arg,
                                     std::vector<std::string>* warnings = nullptr);

// The resources a category such as "all" expands to, in kubectl's order;
// empty when `arg` is not a category.
std::vector<ApiResource> expand_category(const DiscoveryData& data, std::string_view arg);

}  // namespace kctl::client
