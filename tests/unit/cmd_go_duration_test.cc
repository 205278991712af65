// Go's time.ParseDuration as kubectl's duration flags use it.
#include <doctest/doctest.h>

#include <sstream>

#include "cmd/go_duration.h"

namespace kctl::cmd {

using namespace std::chrono_literals;

TEST_CASE("go durations") {
  CHECK(*parse_go_duration("0") == 0ns);
  CHECK(*parse_go_duration("20s") == 20s);
  CHECK(*parse_go_duration("1m0s") == 60s);
  CHECK(*parse_go_duration("2h45m") == 165min);
  CHECK(*parse_go_duration("1.5s") == 1500ms);
  CHECK(*parse_go_duration(".5m") == 30s);
  CHECK(*parse_go_duration("-1s") == -1s);
  CHECK(*parse_go_duration("+3ms") == 3ms);
  CHECK(*parse_go_duration("10us") == 10us);
  CHECK(*parse_go_duration("10\xC2\xB5s") == 10us);
  CHECK(*parse_go_duration("7ns") == 7ns);
}

TEST_CASE("go duration errors") {
  CHECK(parse_go_duration("xx").error().message == "time: invalid duration \"xx\"");
  CHECK(parse_go_duration("").error().message == "time: invalid duration \"\"");
  CHECK(parse_go_duration("1").error().message == "time: missing unit in duration \"1\"");
  CHECK(parse_go_duration("1x").error().message == "time: unknown unit \"x\" in duration \"1x\"");
  CHECK(parse_go_duration(".s").error().message == "time: invalid duration \".s\"");
  CHECK(parse_go_duration("9999999999h").error().message == "time: invalid duration \"9999999999h\"");
}

TEST_CASE("pod running timeout") {
  std::ostringstream err;
  CHECK(*pod_running_timeout("1m0s", "kctl exec", err) == 60s);
  CHECK(*pod_running_timeout("1ns", "kctl exec", err) == 1ms);  // rounded up, never zero
  CHECK(pod_running_timeout("0", "kctl exec", err).error().message == "--pod-running-timeout must be higher than zero");
  CHECK(err.str().empty());
  auto bad = pod_running_timeout("xx", "kctl exec", err);
  CHECK(bad.error().kind == ErrorKind::Printed);
  CHECK(err.str() ==
        "Error: invalid argument \"xx\" for \"--pod-running-timeout\" flag: time: invalid duration \"xx\"\n"
        "See 'kctl exec --help' for usage.\n");
}

}  // namespace kctl::cmd

TEST_CASE("go_duration_string: Go's Duration.String for whole milliseconds") {
  using std::chrono::milliseconds;
  CHECK(kctl::cmd::go_duration_string(milliseconds(0)) == "0s");
  CHECK(kctl::cmd::go_duration_string(milliseconds(500)) == "500ms");
  CHECK(kctl::cmd::go_duration_string(milliseconds(1500)) == "1.5s");
  CHECK(kctl::cmd::go_duration_string(milliseconds(1050)) == "1.05s");
  CHECK(kctl::cmd::go_duration_string(milliseconds(32000)) == "32s");
  CHECK(kctl::cmd::go_duration_string(milliseconds(60000)) == "1m0s");
  CHECK(kctl::cmd::go_duration_string(milliseconds(90000)) == "1m30s");
  CHECK(kctl::cmd::go_duration_string(milliseconds(3600000)) == "1h0m0s");
  CHECK(kctl::cmd::go_duration_string(milliseconds(3723500)) == "1h2m3.5s");
  CHECK(kctl::cmd::go_duration_string(milliseconds(-2000)) == "-2s");
}
