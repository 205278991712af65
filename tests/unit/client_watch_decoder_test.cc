#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "client/watch_decoder.h"

using kctl::client::WatchEventDecoder;
using nlohmann::json;

namespace {
struct Seen {
  std::vector<std::string> events;  // "TYPE name"
  kctl::client::WatchHandler handler(std::string stop_at = "(never)") {
    return [this, stop_at](const std::string& type, const json& object) {
      const auto name = object.is_object() ? object.value("/metadata/name"_json_pointer, std::string()) : std::string();
      events.push_back(type + " " + name);
      return type != stop_at;
    };
  }
};
}  // namespace

TEST_CASE("watch events cut anywhere arrive whole, in order") {
  const std::string stream =
      "{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"a\"}}}\n"
      "{\"type\":\"MODIFIED\",\"object\":{\"metadata\":{\"name\":\"a\"}}}\n"
      "{\"type\":\"DELETED\",\"object\":{\"metadata\":{\"name\":\"a\"}}}\n";
  for (std::size_t piece = 1; piece <= stream.size(); piece += 7) {
    WatchEventDecoder decoder;
    Seen seen;
    const auto handler = seen.handler();
    for (std::size_t at = 0; at < stream.size(); at += piece) {
      auto fed = decoder.feed(std::string_view(stream).substr(at, piece), handler);
      REQUIRE(fed);
      CHECK(*fed);
    }
    CHECK(seen.events == std::vector<std::string>{"ADDED a", "MODIFIED a", "DELETED a"});
  }
}

TEST_CASE("a watch stops when the handler is done, and at an ERROR event with its Status") {
  WatchEventDecoder decoder;
  Seen seen;
  auto fed = decoder.feed("{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"a\"}}}\n"
                          "{\"type\":\"ADDED\",\"object\":{\"metadata\":{\"name\":\"b\"}}}\n",
                          seen.handler("ADDED"));
  REQUIRE(fed);
  CHECK_FALSE(*fed);
  CHECK(seen.events.size() == 1);

  WatchEventDecoder expired;
  auto err = expired.feed(R"j({"type":"ERROR","object":{"kind":"Status","status":"Failure","message":"too old resource version: 1 (5)","reason":"Expired","code":410}})j"
                          "\n",
                          seen.handler());
  REQUIRE_FALSE(err);
  const auto e = err.take_error();
  CHECK(e.message == "too old resource version: 1 (5)");
  CHECK(e.reason == "Expired");
  CHECK(e.code == 410);
}

TEST_CASE("watch lines that are not events are skipped; fields of the wrong type do not throw") {
  WatchEventDecoder decoder;
  Seen seen;
  auto fed = decoder.feed("not json\n[1,2]\n\n{\"type\":5,\"object\":[]}\n"
                          "{\"type\":\"ERROR\",\"object\":{\"message\":7,\"code\":\"410\",\"reason\":null}}\n",
                          seen.handler());
  CHECK(seen.events == std::vector<std::string>{" "});
  REQUIRE_FALSE(fed);
  const auto e = fed.take_error();
  CHECK(e.message.empty());
  CHECK(e.code == 0);
}

TEST_CASE("a watch line longer than any object can be is an error, not a wait") {
  WatchEventDecoder decoder;
  Seen seen;
  const std::string chunk(1 << 20, 'x');
  kctl::Result<bool> fed = true;
  std::size_t fed_bytes = 0;
  while (fed && *fed && fed_bytes <= WatchEventDecoder::kMaxEventBytes) {
    fed = decoder.feed(chunk, seen.handler());
    fed_bytes += chunk.size();
  }
  REQUIRE_FALSE(fed);
  CHECK(fed.take_error().message == "watch event larger than 64 MiB: the server's stream is not a watch stream");
}
