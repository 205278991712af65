// The reads behind kctl describe: objects by name or by list (in chunks,
// as kubectl's --chunk-size), and the related lists a describer asks for
// (describe::RelatedRequest), run against the server.
#pragma once

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

#include "client/describe/describer.h"
#include "client/discovery.h"
#include "client/rest_client.h"

namespace kctl::cmd {

// GET of a list path with `params`, following "continue" tokens when
// `chunk_size` > 0; the items of every page, in order.
Result<nlohmann::json> list_items(client::RestClient& rest, const std::string& path,
                                  std::vector<std::pair<std::string, std::string>> params, std::int64_t chunk_size);

// The path of a resource's collection: in `ns` when namespaced and ns is set.
std::string collection_path(const client::ApiResource& resource, const std::string& ns);

// Runs the describer's related reads. Failures kubectl ignores leave the
// list empty; the ones it reports come back as errors.
Result<describe::Related> fetch_related(client::RestClient& rest, const describe::ObjectKind& kind,
                                        const nlohmann::json& obj, bool show_events, std::int64_t chunk_size);

}  // namespace kctl::cmd
