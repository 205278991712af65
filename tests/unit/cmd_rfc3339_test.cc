// --since-time parsing with Go's time.Parse errors, and the query format.
#include <doctest/doctest.h>

#include "cmd/rfc3339.h"

namespace kctl::cmd {

TEST_CASE("rfc3339 times") {
  auto t = parse_rfc3339("2024-08-30T06:00:00Z");
  REQUIRE(t.ok());
  CHECK(t->unix_seconds == 1724997600);
  CHECK(rfc3339_query_value(*t) == "2024-08-30T06:00:00Z");
  auto offset = parse_rfc3339("2024-08-30T08:30:00.123456789+02:30");
  REQUIRE(offset.ok());
  CHECK(offset->unix_seconds == 1724997600);
  CHECK(offset->nanos == 123456789);
  CHECK(rfc3339_query_value(*offset) == "2024-08-30T06:00:00Z");
  auto leap = parse_rfc3339("2024-02-29T00:00:00-00:00");
  CHECK(leap.ok());
}

TEST_CASE("rfc3339 errors are Go's") {
  const std::string as = " as \"2006-01-02T15:04:05Z07:00\": cannot parse ";
  CHECK(parse_rfc3339("bad").error().message == "parsing time \"bad\"" + as + "\"bad\" as \"2006\"");
  CHECK(parse_rfc3339("2024-01-01").error().message == "parsing time \"2024-01-01\"" + as + "\"\" as \"T\"");
  CHECK(parse_rfc3339("2024-01-01T00:00:00").error().message ==
        "parsing time \"2024-01-01T00:00:00\"" + as + "\"\" as \"Z07:00\"");
  CHECK(parse_rfc3339("2024-13-01T00:00:00Z").error().message ==
        "parsing time \"2024-13-01T00:00:00Z\": month out of range");
  CHECK(parse_rfc3339("2023-02-29T00:00:00Z").error().message ==
        "parsing time \"2023-02-29T00:00:00Z\": day out of range");
  CHECK(parse_rfc3339("2024-01-01T00:00:00Zjunk").error().message ==
        "parsing time \"2024-01-01T00:00:00Zjunk\": extra text: \"junk\"");
}

}  // namespace kctl::cmd
