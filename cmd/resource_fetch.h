// Fetching a planned visit: one GET for a named object, or a list read
// page by page (limit/continue) so a large list is never held whole.
#pragma once

#include <nlohmann/json.hpp>

#include <functional>
#include <string>

#include "client/rest_client.h"
#include "client/result.h"
#include "cmd/resource_visits.h"

namespace kctl::cmd {

// kubectl's Accept header for server-side printing.
inline constexpr const char* kTableAccept =
    "application/json;as=Table;v=v1;g=meta.k8s.io,application/json;as=Table;v=v1beta1;g=meta.k8s.io,application/json";

struct FetchOptions {
  std::string accept;    // empty: plain JSON
  long chunk_size = 500;  // 0: the whole list in one response
  std::string label_selector, field_selector;
  bool include_object = false;  // tables: full objects in rows (for --sort-by)
  bool drop_managed_fields = false;  // not even decoded: most of a row's bytes
};

using PageHandler = std::function<Result<>(nlohmann::json&& page)>;

// GETs `visit`, handing each decoded body (the object, or each page of the
// list) to `on_page` as it arrives.
Result<> fetch_visit(client::RestClient& rest, const Visit& visit, const FetchOptions& options,
                     const PageHandler& on_page);

// The watch of a visit from `resource_version`, as client-go asks for it:
// a list's selectors, or a named object's metadata.name field selector.
client::Request watch_request(const client::RestClient& rest, const Visit& visit, const FetchOptions& options,
                              const std::string& resource_version);

}  // namespace kctl::cmd
