#include "cmd/watch_until.h"

#include <optional>

#include "client/watch.h"
#include "cmd/resource_fetch.h"

namespace kctl::cmd {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

namespace {

std::string resource_version_of(const json& obj) {
  return obj.value("metadata", json::object()).value("resourceVersion", "");
}

}  // namespace

Result<bool> watch_until(client::RestClient& rest, const Visit& object, Clock::time_point deadline,
                         const UntilPrecondition& precondition, const UntilHandler& handler) {
  std::optional<Error> failed;
  bool done = false;
  auto deliver = [&](const std::string& type, const json& obj) {
    auto r = handler(type, obj);
    if (!r) failed = r.take_error();
    else done = *r;
    return !done && !failed;
  };
  while (true) {
    // The list, as the informer's first sync.
    Visit list = object;
    list.name.clear();
    FetchOptions options;
    options.field_selector = "metadata.name=" + object.name;
    options.chunk_size = 0;
    std::string rv;
    std::vector<json> items;
    auto listed = fetch_visit(rest, list, options, [&](json&& page) -> Result<> {
      rv = resource_version_of(page);
      if (auto it = page.find("items"); it != page.end() && it->is_array())
        for (auto& item : *it) items.push_back(std::move(item));
      return {};
    });
    if (!listed) return listed.take_error();
    if (precondition) {
      auto p = precondition(!items.empty());
      if (!p) return p.take_error();
      if (*p) return true;
    }
    for (auto& item : items) {
      // Lists leave out their items' kind and apiVersion.
      item["kind"] = object.resource.kind;
      item["apiVersion"] = object.resource.group.empty() ? object.resource.version
                                                          : object.resource.group + "/" + object.resource.version;
      if (!deliver("ADDED", item)) break;
    }
    if (failed) return *failed;
    if (done) return true;
    // Watches from the last version seen, until one is gone (410).
    while (true) {
      const auto left = std::chrono::duration_cast<std::chrono::seconds>(deadline - Clock::now()).count();
      if (deadline <= Clock::now()) return false;
      client::Request req = watch_request(rest, object, {}, rv);
      req.param("timeoutSeconds", std::to_string(left < 1 ? 1 : left));
      auto url = req.url();
      if (!url) return url.take_error();
      auto r = client::watch(rest, *url, [&](const std::string& type, const json& obj) {
        rv = resource_version_of(obj);
        json event_obj = obj;
        if (!event_obj.contains("kind")) event_obj["kind"] = object.resource.kind;
        return deliver(type, event_obj);
      });
      if (failed) return *failed;
      if (done) return true;
      if (!r) {
        if (r.error().kind == ErrorKind::ApiStatus && r.error().code == 410) break;  // re-list
        return r.take_error();
      }
    }
  }
}

}  // namespace kctl::cmd
