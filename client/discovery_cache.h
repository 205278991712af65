// kctl's own discovery cache: one JSON file per server under
// <cache root>/kctl/discovery/<host_port>/, next to (never inside) kubectl's
// <cache root>/discovery/. Fresh for a TTL counted from the file's mtime,
// as kubectl's is. Any problem reading it (missing, stale, unreadable,
// corrupt, another format version) is a miss, never an error.
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

#include "client/discovery.h"

namespace kctl::client {

// "<root>/kctl/discovery/127.0.0.1_16443" for "https://127.0.0.1:16443":
// the scheme dropped and every character but [A-Za-z0-9_.] made '_'
// (kubectl's rule, with '/' replaced too so a server path cannot climb out).
std::string discovery_cache_dir(const std::string& cache_root, const std::string& server);

// The cache file's content; decode returns nullopt for anything it did not
// write itself.
std::string encode_discovery(const DiscoveryData& data);
std::optional<DiscoveryData> decode_discovery(std::string_view text);

// The cached data when the file in `dir` exists and is younger than `ttl`.
std::optional<DiscoveryData> read_discovery_cache(const std::string& dir, std::chrono::seconds ttl);

// Writes the file through a temporary file and a rename, so that readers
// (and a crash) never see half a file. Returns false when it could not.
bool write_discovery_cache(const std::string& dir, const DiscoveryData& data);

}  // namespace kctl::client
