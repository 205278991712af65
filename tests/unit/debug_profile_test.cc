// kubectl debug's static profiles in each mode (debug-spec.md §7, checked
// there against kubectl 1.32), image references and generated names.
#include <doctest/doctest.h>

#include <set>

#include "debug/names.h"
#include "debug/profile.h"

namespace kctl::debug {
namespace {

using nlohmann::json;

const Profile kAll[] = {Profile::Legacy, Profile::General, Profile::Baseline,
                        Profile::Restricted, Profile::Netadmin, Profile::Sysadmin};

const json kRestrictedContext = json::parse(R"({"allowPrivilegeEscalation":false,"capabilities":{"drop":["ALL"]},
  "runAsNonRoot":true,"seccompProfile":{"type":"RuntimeDefault"}})");

json ephemeral(Profile p) {
  json c = {{"name", "dbg"}, {"image", "busybox"}, {"terminationMessagePolicy", "File"},
            {"securityContext", {{"runAsUser", 1000}}}};
  apply_ephemeral_profile(p, c);
  return c;
}

// A pod copy with everything the keep flags decide on, and a debug container.
json copy_source() {
  return json::parse(R"({
    "metadata": {"name": "cp", "namespace": "default", "labels": {"app": "web"}, "annotations": {"a": "b"}},
    "spec": {
      "initContainers": [{"name": "init", "image": "busybox"}],
      "containers": [
        {"name": "app", "image": "nginx", "livenessProbe": {"exec": {"command": ["true"]}},
         "readinessProbe": {"exec": {"command": ["true"]}}, "startupProbe": {"exec": {"command": ["true"]}},
         "securityContext": {"capabilities": {"add": ["CHOWN"]}}},
        {"name": "dbg", "image": "busybox", "terminationMessagePolicy": "File"}
      ]}})");
}

json copy(Profile p, const KeepFlags& keep = {}, const std::string& container = "dbg") {
  json pod = copy_source();
  apply_copy_profile(p, pod, container, keep);
  return pod;
}

json node(Profile p) {
  json pod = json::parse(R"({"metadata": {"name": "node-debugger-n-abcde"},
    "spec": {"nodeName": "n", "restartPolicy": "Never", "tolerations": [{"operator": "Exists"}],
             "containers": [{"name": "debugger", "image": "busybox", "terminationMessagePolicy": "File"}]}})");
  apply_node_profile(p, pod, "debugger");
  return pod;
}

bool host_namespaces(const json& pod) {
  const json& s = pod["spec"];
  return s.value("hostNetwork", false) && s.value("hostPID", false) && s.value("hostIPC", false);
}

bool no_host_namespaces(const json& pod) {
  const json& s = pod["spec"];
  return !s.contains("hostNetwork") && !s.contains("hostPID") && !s.contains("hostIPC");
}

bool host_root(const json& pod) {
  return pod["spec"].value("volumes", json()) == json::parse(R"([{"name":"host-root","hostPath":{"path":"/"}}])") &&
         pod["spec"]["containers"][0].value("volumeMounts", json()) ==
             json::parse(R"([{"name":"host-root","mountPath":"/host"}])");
}

}  // namespace

TEST_CASE("debug profile: names parse, anything else is kubectl's error") {
  CHECK(parse_profile("legacy").value() == Profile::Legacy);
  CHECK(parse_profile("general").value() == Profile::General);
  CHECK(parse_profile("baseline").value() == Profile::Baseline);
  CHECK(parse_profile("restricted").value() == Profile::Restricted);
  CHECK(parse_profile("netadmin").value() == Profile::Netadmin);
  CHECK(parse_profile("sysadmin").value() == Profile::Sysadmin);
  auto bad = parse_profile("foo");
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.error().message == "unknown profile: foo");
  CHECK_FALSE(parse_profile("General").ok());  // case matters
  CHECK(parse_profile(kDefaultProfile).value() == Profile::Legacy);  // kubectl 1.32's default
}

TEST_CASE("debug profile: ephemeral containers") {
  CHECK(ephemeral(Profile::Legacy)["securityContext"] == json{{"runAsUser", 1000}});
  CHECK(ephemeral(Profile::General)["securityContext"] ==
        json::parse(R"({"runAsUser":1000,"capabilities":{"add":["SYS_PTRACE"]}})"));
  CHECK_FALSE(ephemeral(Profile::Baseline).contains("securityContext"));
  CHECK(ephemeral(Profile::Restricted)["securityContext"] == kRestrictedContext);
  CHECK(ephemeral(Profile::Netadmin)["securityContext"]["capabilities"]["add"] == json::array({"NET_ADMIN", "NET_RAW"}));
  CHECK(ephemeral(Profile::Sysadmin)["securityContext"] == json::parse(R"({"runAsUser":1000,"privileged":true})"));
  // Nothing else of the container changes.
  for (Profile p : kAll) {
    json c = ephemeral(p);
    c.erase("securityContext");
    CHECK(c == json{{"name", "dbg"}, {"image", "busybox"}, {"terminationMessagePolicy", "File"}});
  }
}

TEST_CASE("debug profile: pod copies") {
  SUBCASE("legacy drops labels only, whatever the keep flags say") {
    KeepFlags keep_all{true, true, true, true, true, true};
    for (const KeepFlags& keep : {KeepFlags{}, keep_all}) {
      json pod = copy(Profile::Legacy, keep);
      CHECK_FALSE(pod["metadata"].contains("labels"));
      CHECK(pod["metadata"]["annotations"] == json{{"a", "b"}});
      CHECK(pod["spec"]["containers"][0].contains("livenessProbe"));
      CHECK(pod["spec"].contains("initContainers"));
      CHECK_FALSE(pod["spec"].contains("shareProcessNamespace"));
      CHECK_FALSE(pod["spec"]["containers"][1].contains("securityContext"));
    }
  }
  SUBCASE("every other profile applies the keep flags and shares the process namespace") {
    for (Profile p : {Profile::General, Profile::Baseline, Profile::Restricted, Profile::Netadmin, Profile::Sysadmin}) {
      json pod = copy(p);
      CHECK_FALSE(pod["metadata"].contains("labels"));
      CHECK_FALSE(pod["metadata"].contains("annotations"));
      const json& app = pod["spec"]["containers"][0];
      CHECK_FALSE(app.contains("livenessProbe"));
      CHECK_FALSE(app.contains("readinessProbe"));
      CHECK_FALSE(app.contains("startupProbe"));
      CHECK(pod["spec"]["initContainers"].size() == 1);  // kept by default
      CHECK(pod["spec"]["shareProcessNamespace"] == true);
      // The other containers' security contexts are not touched.
      CHECK(app["securityContext"] == json::parse(R"({"capabilities":{"add":["CHOWN"]}})"));

      KeepFlags keep{true, true, true, false, true, false};
      json kept = copy(p, keep);
      CHECK(kept["metadata"]["labels"] == json{{"app", "web"}});
      CHECK(kept["metadata"]["annotations"] == json{{"a", "b"}});
      CHECK(kept["spec"]["containers"][0].contains("livenessProbe"));
      CHECK_FALSE(kept["spec"]["containers"][0].contains("readinessProbe"));
      CHECK(kept["spec"]["containers"][0].contains("startupProbe"));
      CHECK_FALSE(kept["spec"].contains("initContainers"));
    }
  }
  SUBCASE("an explicit --share-processes=false stays") {
    json pod = copy_source();
    pod["spec"]["shareProcessNamespace"] = false;
    apply_copy_profile(Profile::General, pod, "dbg", {});
    CHECK(pod["spec"]["shareProcessNamespace"] == false);
  }
  SUBCASE("the debug container's security context per profile") {
    CHECK(copy(Profile::General)["spec"]["containers"][1]["securityContext"] ==
          json::parse(R"({"capabilities":{"add":["SYS_PTRACE"]}})"));
    CHECK_FALSE(copy(Profile::Baseline)["spec"]["containers"][1].contains("securityContext"));
    CHECK(copy(Profile::Restricted)["spec"]["containers"][1]["securityContext"] == kRestrictedContext);
    CHECK(copy(Profile::Netadmin)["spec"]["containers"][1]["securityContext"] ==
          json::parse(R"({"capabilities":{"add":["NET_ADMIN","NET_RAW"]}})"));
    CHECK(copy(Profile::Sysadmin)["spec"]["containers"][1]["securityContext"] == json{{"privileged", true}});
  }
  SUBCASE("an existing container keeps its capabilities and gets the profile's after them") {
    json pod = copy(Profile::General, {}, "app");
    CHECK(pod["spec"]["containers"][0]["securityContext"]["capabilities"]["add"] == json::array({"CHOWN", "SYS_PTRACE"}));
    CHECK_FALSE(copy(Profile::Baseline, {}, "app")["spec"]["containers"][0].contains("securityContext"));
  }
  SUBCASE("an init container can be the one modified") {
    KeepFlags keep;
    json pod = copy(Profile::Sysadmin, keep, "init");
    CHECK(pod["spec"]["initContainers"][0]["securityContext"] == json{{"privileged", true}});
  }
}

TEST_CASE("debug profile: node pods") {
  CHECK(host_namespaces(node(Profile::Legacy)));
  CHECK(host_root(node(Profile::Legacy)));
  CHECK_FALSE(node(Profile::Legacy)["spec"]["containers"][0].contains("securityContext"));

  CHECK(host_namespaces(node(Profile::General)));
  CHECK(host_root(node(Profile::General)));
  CHECK_FALSE(node(Profile::General)["spec"]["containers"][0].contains("securityContext"));

  for (Profile p : {Profile::Baseline, Profile::Restricted}) {
    json pod = node(p);
    CHECK(no_host_namespaces(pod));
    CHECK_FALSE(pod["spec"].contains("volumes"));
    CHECK_FALSE(pod["spec"]["containers"][0].contains("volumeMounts"));
  }
  CHECK_FALSE(node(Profile::Baseline)["spec"]["containers"][0].contains("securityContext"));
  CHECK(node(Profile::Restricted)["spec"]["containers"][0]["securityContext"] == kRestrictedContext);

  json netadmin = node(Profile::Netadmin);
  CHECK(host_namespaces(netadmin));
  CHECK_FALSE(netadmin["spec"].contains("volumes"));
  CHECK(netadmin["spec"]["containers"][0]["securityContext"] == json::parse(R"({"capabilities":{"add":["NET_ADMIN","NET_RAW"]}})"));

  json sysadmin = node(Profile::Sysadmin);
  CHECK(host_namespaces(sysadmin));
  CHECK(host_root(sysadmin));
  CHECK(sysadmin["spec"]["containers"][0]["securityContext"] == json{{"privileged", true}});

  // The node pod's own fields stay.
  for (Profile p : kAll) {
    json pod = node(p);
    CHECK(pod["spec"]["nodeName"] == "n");
    CHECK(pod["spec"]["restartPolicy"] == "Never");
    CHECK(pod["spec"]["tolerations"] == json::parse(R"([{"operator":"Exists"}])"));
  }
}

TEST_CASE("debug names: image references as distribution/reference reads them") {
  for (const char* ok : {"busybox", "busybox:1.36", "docker.io/library/busybox:latest", "localhost:5000/a/b_c.d-e",
                         "registry.k8s.io/e2e-test-images/agnhost:2.39",
                         "busybox@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
                         "[::1]:5000/img"})
    CHECK_MESSAGE(valid_image_reference(ok), ok);
  for (const char* bad : {"BusyBox", "image:label@deadbeef", "", "busybox:", ":tag", "a//b", "-a", "busybox:-x"})
    CHECK_FALSE_MESSAGE(valid_image_reference(bad), bad);
}

TEST_CASE("debug names: debugger-xxxxx from kubectl's alphabet, drawn again on a collision") {
  std::set<std::string> seen;
  for (int i = 0; i < 50; ++i) {
    const std::string s = random_suffix();
    REQUIRE(s.size() == 5);
    CHECK(s.find_first_not_of("bcdfghjklmnpqrstvwxz2456789") == std::string::npos);
    seen.insert(s);
  }
  CHECK(seen.size() > 40);
  int calls = 0;
  const std::string name = debugger_name([&](const std::string&) { return ++calls < 3; });
  CHECK(calls == 3);
  CHECK(name.rfind("debugger-", 0) == 0);
  CHECK(name.size() == 14);
}

}  // namespace kctl::debug
