// kubectl wait's --for parsing and condition checks.
#include <doctest/doctest.h>

#include "cmd/wait_conditions.h"

namespace kctl::cmd {

using nlohmann::json;

namespace {

json with_conditions(json conditions, long long generation = 1, long long observed = 1) {
  return {{"metadata", {{"generation", generation}}},
          {"status", {{"observedGeneration", observed}, {"conditions", std::move(conditions)}}}};
}

bool met(const std::string& text, const json& obj) {
  auto c = parse_wait_condition(text);
  REQUIRE(c);
  auto r = wait_condition_met(*c, obj);
  REQUIRE(r);
  return *r;
}

}  // namespace

TEST_CASE("--for kinds") {
  CHECK(parse_wait_condition("delete")->kind == WaitCondition::Kind::Delete);
  CHECK(parse_wait_condition("DELETE")->kind == WaitCondition::Kind::Delete);
  CHECK(parse_wait_condition("create")->kind == WaitCondition::Kind::Create);
  auto c = parse_wait_condition("condition=Ready=False");
  CHECK(c->name == "Ready");
  CHECK(c->value == "False");
  CHECK(parse_wait_condition("condition=Ready")->value == "true");
  CHECK(parse_wait_condition("bogus").error().message == "unrecognized condition: \"bogus\"");
  CHECK(parse_wait_condition("").error().message == "unrecognized condition: \"\"");
}

TEST_CASE("--for jsonpath errors") {
  CHECK(parse_wait_condition("jsonpath=").error().message == "jsonpath expression cannot be empty");
  CHECK(parse_wait_condition("jsonpath={.a}=").error().message ==
        "jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3");
  CHECK(parse_wait_condition("jsonpath={.a}=1=2").error().message ==
        "jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or "
        "--for=jsonpath='{.status.readyReplicas}'");
  CHECK(parse_wait_condition("jsonpath={.a").error().message.rfind("unexpected path string", 0) == 0);
}

TEST_CASE("status conditions") {
  const json ready = with_conditions({{{"type", "Ready"}, {"status", "True"}}});
  CHECK(met("condition=Ready", ready));
  CHECK(met("condition=ready=TRUE", ready));
  CHECK_FALSE(met("condition=Ready=False", ready));
  CHECK_FALSE(met("condition=Available", ready));
  CHECK_FALSE(met("condition=Ready", json::object()));
  // A condition of an older generation does not count.
  CHECK_FALSE(met("condition=Ready", with_conditions({{{"type", "Ready"}, {"status", "True"}}}, 2, 1)));
  CHECK(met("condition=Ready",
            with_conditions({{{"type", "Ready"}, {"status", "True"}, {"observedGeneration", 2}}}, 2, 1)));
}

TEST_CASE("jsonpath values") {
  const json d = {{"spec", {{"replicas", 2}, {"name", " web "}}}, {"status", {{"ready", true}}}};
  CHECK(met("jsonpath={.spec.replicas}=2", d));
  CHECK_FALSE(met("jsonpath={.spec.replicas}=3", d));
  CHECK(met("jsonpath=.spec.replicas='2'", d));
  CHECK(met("jsonpath={.spec.name}=web", d));
  CHECK(met("jsonpath={.status.ready}=true", d));
  CHECK(met("jsonpath={.spec}", d));
  CHECK_FALSE(met("jsonpath={.missing}", d));
  auto c = parse_wait_condition("jsonpath={.spec}=x");
  CHECK(wait_condition_met(*c, d).error().message == "jsonpath leads to a nested object or list which is not supported");
  c = parse_wait_condition("jsonpath={.items[*]}");
  CHECK(wait_condition_met(*c, json{{"items", {1, 2}}}).error().message ==
        "given jsonpath expression matches more than one value");
}

}  // namespace kctl::cmd
