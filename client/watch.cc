#include "client/watch.h"

#include <optional>

namespace kctl::client {

Result<bool> watch(RestClient& rest, const std::string& url, const WatchHandler& handler, const Headers& headers) {
  WatchEventDecoder decoder;
  bool done = false;
  std::optional<Error> failed;
  HttpRequest get;
  get.url = url;
  get.headers = headers;
  get.sink = [&](std::string_view chunk) {
    auto fed = decoder.feed(chunk, handler);
    if (!fed) {
      failed = fed.take_error();
      return false;
    }
    done = !*fed;
    return *fed;  // false: stop reading
  };
  auto resp = rest.send(std::move(get));
  if (done) return true;
  if (failed) return *failed;
  if (!resp) return resp.take_error();
  return false;
}

}  // namespace kctl::client
