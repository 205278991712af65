// The pure parts of kctl set: pod spec locations, kubectl's container
// wildcards, env edits and names, resource lists.
#include <doctest/doctest.h>

#include "cmd/set_commands.h"

using kctl::cmd::ojson;

TEST_CASE("pod_spec_of finds each kind's pod spec") {
  ojson pod = ojson::parse(R"({"kind":"Pod","apiVersion":"v1","spec":{"containers":[]}})");
  REQUIRE(kctl::cmd::pod_spec_of(pod) != nullptr);
  CHECK(kctl::cmd::pod_spec_of(pod)->contains("containers"));

  ojson deploy = ojson::parse(R"({"kind":"Deployment","apiVersion":"apps/v1","spec":{"template":{"spec":{"x":1}}}})");
  CHECK(kctl::cmd::pod_spec_of(deploy)->value("x", 0) == 1);

  ojson cron = ojson::parse(R"({"kind":"CronJob","apiVersion":"batch/v1beta1",
    "spec":{"jobTemplate":{"spec":{"template":{"spec":{"y":2}}}}}})");
  CHECK(kctl::cmd::pod_spec_of(cron)->value("y", 0) == 2);

  ojson svc = ojson::parse(R"({"kind":"Service","apiVersion":"v1","spec":{}})");
  CHECK(kctl::cmd::pod_spec_of(svc) == nullptr);
  ojson crd = ojson::parse(R"({"kind":"Deployment","apiVersion":"example.com/v1","spec":{}})");
  CHECK(kctl::cmd::pod_spec_of(crd) == nullptr);
}

TEST_CASE("container_selected follows kubectl's selectString") {
  using kctl::cmd::container_selected;
  CHECK(container_selected("app", "*"));
  CHECK(container_selected("app", "app"));
  CHECK_FALSE(container_selected("app", "ap"));
  CHECK(container_selected("nginx", "ngi*"));
  CHECK(container_selected("nginx", "*inx"));
  CHECK_FALSE(container_selected("nginx", "q*"));
  CHECK(container_selected("nginx", "x*"));  // kubectl does not anchor the first part
  CHECK_FALSE(container_selected("nginx", "*ngi"));
}

TEST_CASE("set_in_go_order puts a new field where Go prints it") {
  ojson c = ojson::parse(R"({"name":"a","image":"i","resources":{},"imagePullPolicy":"Always"})");
  kctl::cmd::set_in_go_order(c, "env", ojson::array({{{"name", "A"}}}), kctl::cmd::container_field_order());
  CHECK(c.dump() == R"({"name":"a","image":"i","env":[{"name":"A"}],"resources":{},"imagePullPolicy":"Always"})");
  kctl::cmd::set_in_go_order(c, "image", "j", kctl::cmd::container_field_order());
  CHECK(c["image"] == "j");
  CHECK(c.begin().key() == "name");
}

TEST_CASE("update_env replaces in place, appends, and removes") {
  const ojson existing = ojson::parse(R"([{"name":"A","value":"1"},{"name":"B","value":"2"},{"name":"C"}])");
  const ojson env = ojson::parse(R"([{"name":"B","value":"3"},{"name":"D","value":"4"},{"name":"D","value":"5"}])");
  const ojson out = kctl::cmd::update_env(existing, env, {"C"});
  CHECK(out.dump() == R"([{"name":"A","value":"1"},{"name":"B","value":"3"},{"name":"D","value":"4"}])");
  CHECK(kctl::cmd::update_env(ojson(), ojson::array(), {}).empty());
}

TEST_CASE("env names as kubectl checks and converts them") {
  CHECK(kctl::cmd::env_name_problems("MY_ENV.NAME-1").empty());
  CHECK(kctl::cmd::env_name_problems("1A").size() == 1);
  CHECK(kctl::cmd::env_name_problems(".") == std::vector<std::string>{"must not be '.'"});
  CHECK(kctl::cmd::env_name_problems("..a") == std::vector<std::string>{"must not start with '..'"});
  CHECK(kctl::cmd::key_to_env_name("a.b-c_d") == "A_B_C_D");
  CHECK(kctl::cmd::env_ref_string(ojson::parse(R"({"configMapKeyRef":{"name":"cm","key":"k"}})")) ==
        "configmap cm, key k");
  CHECK(kctl::cmd::env_ref_string(ojson::parse(R"({"resourceFieldRef":{"containerName":"app","resource":"limits.cpu"}})")) ==
        "resource field app/limits.cpu");
}

TEST_CASE("parse_resource_list canonicalizes and checks") {
  auto list = kctl::cmd::parse_resource_list("memory=1024Mi,cpu=0.5");
  REQUIRE(list);
  CHECK(list->dump() == R"({"cpu":"500m","memory":"1Gi"})");
  CHECK(kctl::cmd::parse_resource_list("")->empty());
  auto bad = kctl::cmd::parse_resource_list("cpu");
  REQUIRE_FALSE(bad);
  CHECK(bad.error().message == "Invalid argument syntax cpu, expected <resource>=<value>");
  auto bad_quantity = kctl::cmd::parse_resource_list("cpu=abc");
  REQUIRE_FALSE(bad_quantity);
  CHECK(bad_quantity.error().message.rfind("quantities must match", 0) == 0);
}
