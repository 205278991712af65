// Selector strings and pod ordering of kubectl's polymorphichelpers
// (LabelSelectorAsSelector, SelectorFromSet, ActivePods, ByLogging).
#include <doctest/doctest.h>

#include "cmd/pod_for_object.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

json pod(const std::string& name, const std::string& node, const std::string& phase, const std::string& ready_since,
         int restarts, const std::string& created) {
  json p = {{"metadata", {{"name", name}}}, {"spec", json::object()}, {"status", json::object()}};
  if (!node.empty()) p["spec"]["nodeName"] = node;
  if (!phase.empty()) p["status"]["phase"] = phase;
  if (!ready_since.empty())
    p["status"]["conditions"] = json::array({{{"type", "Ready"}, {"status", "True"}, {"lastTransitionTime", ready_since}}});
  p["status"]["containerStatuses"] = json::array({{{"name", "a"}, {"restartCount", restarts}}});
  if (!created.empty()) p["metadata"]["creationTimestamp"] = created;
  return p;
}

std::vector<std::string> names(const std::vector<json>& pods) {
  std::vector<std::string> out;
  for (const json& p : pods) out.push_back(p["metadata"]["name"]);
  return out;
}

}  // namespace

TEST_CASE("label selector strings as apimachinery renders them") {
  SUBCASE("matchLabels sorted by key") {
    auto s = label_selector_string(json::parse(R"({"matchLabels":{"tier":"web","app":"x"}})"));
    REQUIRE(s.ok());
    CHECK(*s == "app=x,tier=web");
  }
  SUBCASE("expressions merged with labels, sorted by key, values sorted") {
    auto s = label_selector_string(json::parse(R"({"matchLabels":{"m":"1"},"matchExpressions":[
      {"key":"z","operator":"In","values":["b","a"]},
      {"key":"b","operator":"NotIn","values":["y","x"]},
      {"key":"a","operator":"Exists"},
      {"key":"c","operator":"DoesNotExist"}]})"));
    REQUIRE(s.ok());
    CHECK(*s == "a,b notin (x,y),!c,m=1,z in (a,b)");
  }
  SUBCASE("empty selector selects everything") {
    auto s = label_selector_string(json::object());
    REQUIRE(s.ok());
    CHECK(s->empty());
  }
  SUBCASE("bad operator") {
    auto s = label_selector_string(json::parse(R"({"matchExpressions":[{"key":"a","operator":"Near"}]})"));
    REQUIRE_FALSE(s.ok());
    CHECK(s.error().message == "\"Near\" is not a valid label selector operator");
  }
  SUBCASE("in without values") {
    auto s = label_selector_string(json::parse(R"({"matchExpressions":[{"key":"a","operator":"In"}]})"));
    REQUIRE_FALSE(s.ok());
  }
}

TEST_CASE("set selector strings") {
  CHECK(set_selector_string(json::parse(R"({"b":"2","a":"1"})")) == "a=1,b=2");
  CHECK(set_selector_string(json::object()).empty());
}

TEST_CASE("logging order: assigned, running, ready longest, most restarts, oldest") {
  std::vector<json> pods = {
      pod("unassigned", "", "Running", "", 0, "2024-01-01T00:00:00Z"),
      pod("pending", "n", "Pending", "", 0, "2024-01-01T00:00:00Z"),
      pod("running-not-ready", "n", "Running", "", 0, "2024-01-01T00:00:00Z"),
      pod("ready-late", "n", "Running", "2024-01-02T00:00:00Z", 0, "2024-01-01T00:00:00Z"),
      pod("ready-early", "n", "Running", "2024-01-01T00:00:00Z", 0, "2024-01-01T00:00:00Z"),
      pod("unknown", "n", "Unknown", "", 0, "2024-01-01T00:00:00Z"),
  };
  sort_pods(pods, PodSort::Logging);
  CHECK(names(pods) == std::vector<std::string>{"ready-early", "ready-late", "running-not-ready", "unknown",
                                                 "pending", "unassigned"});
}

TEST_CASE("logging order ties: restarts, then creation time, a missing time last") {
  std::vector<json> pods = {
      pod("new", "n", "Running", "", 0, "2024-01-03T00:00:00Z"),
      pod("no-time", "n", "Running", "", 0, ""),
      pod("old", "n", "Running", "", 0, "2024-01-01T00:00:00Z"),
      pod("restarted", "n", "Running", "", 3, "2024-01-05T00:00:00Z"),
  };
  sort_pods(pods, PodSort::Logging);
  CHECK(names(pods) == std::vector<std::string>{"restarted", "old", "new", "no-time"});
}

TEST_CASE("attach order is ActivePods reversed: the most active pod first") {
  std::vector<json> pods = {
      pod("unassigned", "", "Pending", "", 0, "2024-01-01T00:00:00Z"),
      pod("pending", "n", "Pending", "", 0, "2024-01-01T00:00:00Z"),
      pod("running-not-ready", "n", "Running", "", 0, "2024-01-01T00:00:00Z"),
      pod("ready-early", "n", "Running", "2024-01-01T00:00:00Z", 0, "2024-01-01T00:00:00Z"),
      pod("ready-late", "n", "Running", "2024-01-02T00:00:00Z", 0, "2024-01-01T00:00:00Z"),
  };
  sort_pods(pods, PodSort::Active);
  CHECK(names(pods) ==
        std::vector<std::string>{"ready-early", "ready-late", "running-not-ready", "pending", "unassigned"});
}

TEST_CASE("attach order ties: fewer restarts and older pods first") {
  std::vector<json> pods = {
      pod("restarted", "n", "Running", "", 2, "2024-01-01T00:00:00Z"),
      pod("new", "n", "Running", "", 0, "2024-01-03T00:00:00Z"),
      pod("old", "n", "Running", "", 0, "2024-01-01T00:00:00Z"),
  };
  sort_pods(pods, PodSort::Active);
  CHECK(names(pods) == std::vector<std::string>{"old", "new", "restarted"});
}

}  // namespace kctl::cmd
