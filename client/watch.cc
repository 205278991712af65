#include "client/watch.h"

#include <optional>

namespace kctl::client {

using nlohmann::json;

Result<bool> watch(RestClient& rest, const std::string& url, const WatchHandler& handler, const Headers& headers) {
  std::string pending;
  bool done = false;
  std::optional<Error> failed;
  HttpRequest get;
  get.url = url;
  get.headers = headers;
  get.sink = [&](std::string_view chunk) {
    pending.append(chunk);
    for (auto nl = pending.find('\n'); nl != std::string::npos; nl = pending.find('\n')) {
      json event = json::parse(pending.substr(0, nl), nullptr, false);
      pending.erase(0, nl + 1);
      if (!event.is_object()) continue;
      const std::string type = event.value("type", "");
      const json object = event.value("object", json::object());
      if (type == "ERROR") {
        Error e = make_error(ErrorKind::ApiStatus, object.value("message", ""));
        e.reason = object.value("reason", "");
        e.code = object.value("code", 0L);
        failed = std::move(e);
        return false;
      }
      if (!handler(type, object)) {
        done = true;
        return false;  // stop reading
      }
    }
    return true;
  };
  auto resp = rest.send(std::move(get));
  if (done) return true;
  if (failed) return *failed;
  if (!resp) return resp.take_error();
  return false;
}

}  // namespace kctl::client
