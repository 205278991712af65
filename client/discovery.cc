#include "client/discovery.h"

#include <algorithm>

#include "client/discovery_cache.h"
#include "client/discovery_fetch.h"
#include "client/go_quote.h"

namespace kctl::client {

std::string incomplete_discovery_message(const DiscoveryData& data) {
  if (data.failed.empty()) return {};
  std::vector<std::string> parts;
  for (const auto& [gv, error] : data.failed) parts.push_back(gv + ": " + error);
  std::sort(parts.begin(), parts.end());
  std::string text = "unable to retrieve the complete list of server APIs: ";
  for (std::size_t i = 0; i < parts.size(); ++i) text += (i == 0 ? "" : ", ") + parts[i];
  return text;
}

Discovery::Discovery(RestClient& rest, DiscoveryOptions opts, Logger log)
    : rest_(rest), opts_(std::move(opts)), log_(log) {}

Result<const DiscoveryData*> Discovery::data() {
  if (data_) return &*data_;
  if (!opts_.cache_dir.empty())
    if (auto cached = read_discovery_cache(discovery_cache_dir(opts_.cache_dir, rest_.server()), opts_.ttl)) {
      data_ = std::move(*cached);
      return &*data_;
    }
  return fetch();
}

Result<const DiscoveryData*> Discovery::refresh() {
  if (refreshed_ && data_) return &*data_;
  return fetch();
}

Result<std::vector<ApiGroup>> Discovery::server_groups() {
  std::string failed_url;
  auto groups = fetch_discovery_groups(rest_, opts_, &failed_url);
  if (!groups) {
    std::string text = log_failure(groups.error(), failed_url);
    return make_error(ErrorKind::Internal, text);
  }
  if (groups->aggregated) store(std::move(*groups->aggregated));
  return std::move(groups->groups);
}

Result<const DiscoveryData*> Discovery::fetch() {
  std::string failed_url;
  auto fetched = fetch_discovery(rest_, opts_, log_, &failed_url);
  if (!fetched) {
    log_failure(fetched.error(), failed_url);
    return fetched.take_error();
  }
  store(std::move(*fetched));
  return &*data_;
}

std::string Discovery::log_failure(const Error& e, const std::string& url) const {
  // kubectl's memory cache reports every failed group list this way.
  std::string text = go_get_error(e, url);
  log_.error("memcache.go:265",
             "\"Unhandled Error\" err=" + go_quote("couldn't get current server API group list: " + text));
  return text;
}

void Discovery::store(DiscoveryData fetched) {
  data_ = std::move(fetched);
  refreshed_ = true;
  // A partial answer is not cached: the next command asks again. A cache
  // that cannot be written is only slower, never an error.
  if (opts_.cache_dir.empty() || !data_->failed.empty()) return;
  const std::string dir = discovery_cache_dir(opts_.cache_dir, rest_.server());
  if (!write_discovery_cache(dir, *data_) && log_.v(1))
    log_.info("cached_discovery.go:87", "failed to write cache to " + dir);
}

}  // namespace kctl::client
