// Default container choice for exec (kubectl's FindOrDefaultContainerByName).
#include <doctest/doctest.h>

#include "cmd/exec_container.h"

namespace kctl::cmd {

TEST_CASE("default container") {
  auto pod = nlohmann::json::parse(R"({"metadata":{"name":"p","namespace":"d"},
    "spec":{"containers":[{"name":"a"},{"name":"b"}]}})");
  SUBCASE("first container, with the notice") {
    auto c = default_container(pod, false);
    REQUIRE(c.ok());
    CHECK(c->name == "a");
    CHECK(c->notice == "Defaulted container \"a\" out of: a, b\n");
  }
  SUBCASE("quiet") {
    auto c = default_container(pod, true);
    REQUIRE(c.ok());
    CHECK(c->notice.empty());
  }
  SUBCASE("annotation, silently") {
    pod["metadata"]["annotations"]["kubectl.kubernetes.io/default-container"] = "b";
    auto c = default_container(pod, false);
    REQUIRE(c.ok());
    CHECK(c->name == "b");
    CHECK(c->notice.empty());
  }
  SUBCASE("annotation naming no container falls back") {
    pod["metadata"]["annotations"]["kubectl.kubernetes.io/default-container"] = "zz";
    auto c = default_container(pod, false);
    REQUIRE(c.ok());
    CHECK(c->name == "a");
  }
  SUBCASE("single container: no notice") {
    pod["spec"]["containers"] = nlohmann::json::parse(R"([{"name":"only"}])");
    auto c = default_container(pod, false);
    REQUIRE(c.ok());
    CHECK(c->name == "only");
    CHECK(c->notice.empty());
  }
  SUBCASE("init and ephemeral containers are listed") {
    pod["spec"]["containers"] = nlohmann::json::parse(R"([{"name":"only"}])");
    pod["spec"]["initContainers"] = nlohmann::json::parse(R"([{"name":"i"}])");
    pod["spec"]["ephemeralContainers"] = nlohmann::json::parse(R"([{"name":"e"}])");
    auto c = default_container(pod, false);
    REQUIRE(c.ok());
    CHECK(c->notice == "Defaulted container \"only\" out of: only, i (init), e (ephem)\n");
  }
  SUBCASE("no containers") {
    pod["spec"]["containers"] = nlohmann::json::array();
    auto c = default_container(pod, false);
    REQUIRE_FALSE(c.ok());
    CHECK(c.error().message == "pod d/p does not have any containers");
  }
}

}  // namespace kctl::cmd
