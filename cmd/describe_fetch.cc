#include "cmd/describe_fetch.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;
using describe::RelatedList;

bool is_forbidden(const Error& e) { return e.kind == ErrorKind::ApiStatus && e.reason == "Forbidden"; }

Result<json> run_list(client::RestClient& rest, const describe::RelatedRequest& req, std::int64_t chunk_size) {
  std::vector<std::pair<std::string, std::string>> params;
  if (!req.label_selector.empty()) params.emplace_back("labelSelector", req.label_selector);
  if (!req.field_selector.empty()) params.emplace_back("fieldSelector", req.field_selector);
  return list_items(rest, req.path, std::move(params), req.chunked ? chunk_size : 0);
}

}  // namespace

Result<json> list_items(client::RestClient& rest, const std::string& path,
                        std::vector<std::pair<std::string, std::string>> params, std::int64_t chunk_size) {
  json items = json::array();
  std::string next;
  do {
    client::Request req = rest.request().abs_path(path);
    for (const auto& [k, v] : params) req.param(k, v);
    if (chunk_size > 0) req.param("limit", std::to_string(chunk_size));
    if (!next.empty()) req.param("continue", next);
    auto page = rest.get_json(req);
    if (!page) return page.take_error();
    if (auto it = page->find("items"); it != page->end() && it->is_array())
      for (json& item : *it) items.push_back(std::move(item));
    next = page->value("/metadata/continue"_json_pointer, std::string());
  } while (!next.empty() && chunk_size > 0);
  return items;
}

std::string collection_path(const client::ApiResource& resource, const std::string& ns) {
  std::string path = resource.group.empty() ? "/api/" + resource.version : "/apis/" + resource.group + "/" + resource.version;
  if (resource.namespaced && !ns.empty()) path += "/namespaces/" + ns;
  return path + "/" + resource.name;
}

Result<describe::Related> fetch_related(client::RestClient& rest, const describe::ObjectKind& kind, const json& obj,
                                        bool show_events, std::int64_t chunk_size) {
  describe::Related related;
  if (show_events) related.events = json::array();
  for (const describe::RelatedRequest& req : describe::related_requests(kind, obj, show_events)) {
    if (req.list == RelatedList::NodeLease) {
      auto lease = rest.get_json(rest.request().abs_path(req.path));
      if (lease)
        related.lease = std::move(*lease);
      else
        related.lease_error = lease.error().message;
      continue;
    }
    auto list = run_list(rest, req, chunk_size);
    switch (req.list) {
      case RelatedList::Events:  // kubectl ignores a failed event search
        if (list)
          for (json& e : *list) related.events->push_back(std::move(e));
        break;
      case RelatedList::Pods:
        if (list)
          related.pods = std::move(*list);
        else if (is_forbidden(list.error()) && kind.kind == "Node")
          related.pods_forbidden = true;
        else if (kind.kind == "ReplicaSet")
          related.pods_error = list.error().message;
        else
          return list.take_error();
        break;
      case RelatedList::ResourceQuotas:
      case RelatedList::LimitRanges: {
        auto& slot = req.list == RelatedList::ResourceQuotas ? related.resource_quotas : related.limit_ranges;
        if (list)
          slot = std::move(*list);
        else if (!is_not_found(list.error()))  // a server without them: no section
          return list.take_error();
        break;
      }
      case RelatedList::EndpointSlices:  // ignored when the server has none
        if (list) related.endpoint_slices = std::move(*list);
        break;
      case RelatedList::ReplicaSets:  // kubectl leaves them out on failure
        if (list) related.replica_sets = std::move(*list);
        break;
      case RelatedList::NodeLease:
        break;
    }
  }
  return related;
}

}  // namespace kctl::cmd
