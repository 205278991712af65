// kctl's describers against kubectl 1.32's own output for the same objects,
// captured from the test cluster by describe_fixtures/capture.py: the
// object, the related lists and the moment kubectl ran (for the ages).
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "client/describe/describer.h"

namespace {

using kctl::describe::json;
namespace fs = std::filesystem;

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

kctl::describe::Related related_from(const json& r) {
  kctl::describe::Related out;
  if (r.contains("events")) out.events = r["events"];
  if (r.contains("pods")) out.pods = r["pods"];
  if (r.contains("resource_quotas")) out.resource_quotas = r["resource_quotas"];
  if (r.contains("limit_ranges")) out.limit_ranges = r["limit_ranges"];
  if (r.contains("endpoint_slices")) out.endpoint_slices = r["endpoint_slices"];
  if (r.contains("replica_sets")) out.replica_sets = r["replica_sets"];
  if (r.contains("lease")) out.lease = r["lease"];
  if (r.contains("lease_error")) out.lease_error = r["lease_error"].get<std::string>();
  return out;
}

std::string describe_fixture(const fs::path& dir) {
  json obj = json::parse(read_file(dir / "object.json"));
  json rel = json::parse(read_file(dir / "related.json"));
  std::istringstream kind_line(read_file(dir / "kind"));
  kctl::describe::ObjectKind kind;
  std::string first, second;
  kind_line >> first >> second;
  if (second.empty()) {
    kind.kind = first;
  } else {
    kind.group = first;
    kind.kind = second;
  }
  // kubectl ran within this second; half a second in keeps whole-second ages.
  auto now = kctl::describe::Clock::time_point(std::chrono::seconds(std::stoll(read_file(dir / "now")))) +
             std::chrono::milliseconds(500);
  return kctl::describe::describe_object(kind, obj, related_from(rel), now);
}

}  // namespace

TEST_CASE("describe: kctl's text is kubectl 1.32's for the captured objects") {
  const fs::path root = fs::path(KCTL_SOURCE_DIR) / "tests/unit/describe_fixtures";
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(root)) {
    if (!entry.is_directory()) continue;
    SUBCASE(entry.path().filename().string().c_str()) {
      std::string expected = read_file(entry.path() / "expected.txt");
      CHECK(describe_fixture(entry.path()) == expected);
    }
    ++cases;
  }
  CHECK(cases >= 10);
}
