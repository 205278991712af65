// The body of a watch (?watch=true) as the apiserver streams it: one JSON
// event {"type": ..., "object": ...} per line. Pure code: no sockets, so the
// fuzz target and the unit tests feed it bytes directly.
#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "client/result.h"

namespace kctl::client {

// Called with ADDED, MODIFIED, DELETED (or BOOKMARK) and the object; true to
// go on reading, false when done.
using WatchHandler = std::function<bool(const std::string& type, const nlohmann::json& object)>;

class WatchEventDecoder {
 public:
  // One event line may not exceed this: the apiserver's objects are bounded
  // by etcd's request limit (1.5 MiB), so a longer line is a broken or
  // hostile stream, not an event to wait for.
  static constexpr std::size_t kMaxEventBytes = 64u << 20;

  // Hands each complete event in `chunk` (and what was buffered before) to
  // `handler`. Ok(true): read on; Ok(false): the handler is done; an error
  // for an ERROR event (its Status) or an over-long line. Lines that are not
  // JSON objects are skipped, as client-go's decoder skips them.
  Result<bool> feed(std::string_view chunk, const WatchHandler& handler);

 private:
  std::string pending_;
  std::size_t scanned_ = 0;  // bytes of pending_ known to hold no newline
};

}  // namespace kctl::client
