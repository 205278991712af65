#include "client/watch_decoder.h"

namespace kctl::client {

using nlohmann::json;

Result<bool> WatchEventDecoder::feed(std::string_view chunk, const WatchHandler& handler) {
  pending_.append(chunk);
  std::size_t start = 0;
  Result<bool> outcome = true;
  for (auto nl = pending_.find('\n', scanned_); nl != std::string::npos; nl = pending_.find('\n', start)) {
    const std::string_view line(pending_.data() + start, nl - start);
    start = nl + 1;
    json event = json::parse(line, nullptr, false);
    if (!event.is_object()) continue;
    const auto type_it = event.find("type");
    const std::string type = type_it != event.end() && type_it->is_string() ? type_it->get<std::string>() : "";
    const auto object_it = event.find("object");
    const json object = object_it != event.end() ? std::move(*object_it) : json::object();
    if (type == "ERROR") {
      auto text = [&](const char* key) {
        const auto it = object.is_object() ? object.find(key) : object.end();
        return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
      };
      Error e = make_error(ErrorKind::ApiStatus, text("message"));
      e.reason = text("reason");
      const auto code = object.is_object() ? object.find("code") : object.end();
      e.code = code != object.end() && code->is_number_integer() ? code->get<long>() : 0L;
      outcome = std::move(e);
      break;
    }
    if (!handler(type, object)) {
      outcome = false;
      break;
    }
  }
  pending_.erase(0, start);
  const bool reading_on = outcome && *outcome;
  scanned_ = reading_on ? pending_.size() : 0;
  if (reading_on && pending_.size() > kMaxEventBytes)
    return make_error(ErrorKind::Internal, "watch event larger than " + std::to_string(kMaxEventBytes >> 20) +
                                             " MiB: the server's stream is not a watch stream");
  return outcome;
}

}  // namespace kctl::client
