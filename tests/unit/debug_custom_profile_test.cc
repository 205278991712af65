// kubectl debug --custom: decoding the partial container spec (kubectl's
// typed round trip) and its strategic merge into the debug container
// (debug-spec.md §6 and §9 items 5-7).
#include <doctest/doctest.h>

#include <filesystem>

#include "debug/custom_profile.h"
#include "debug/profile.h"
#include "tests/unit/test_support.h"

namespace kctl::debug {
namespace {

using nlohmann::json;

constexpr const char* kForbidden =
    "name, command, image, lifecycle and volume devices are not modifiable via custom profile";

// debug-spec.md §9 item 5's file.
constexpr const char* kItem5 = R"(env:
- name: FOO
  value: fromcustom
- name: NEW
  value: "1"
securityContext:
  capabilities:
    add: [NET_ADMIN]
  runAsUser: 0
resources:
  limits:
    cpu: 100m
args: [x]
volumeMounts:
- name: foo
  mountPath: /foo
stdin: false
tty: false
)";

CustomProfile parsed(const std::string& text, const std::string& path = "f.yaml") {
  auto r = parse_custom_profile(text, path);
  REQUIRE_MESSAGE(r.ok(), r.error().message);
  REQUIRE(r->has_value());
  return **r;
}

std::string parse_error(const std::string& text, const std::string& path = "f.yaml") {
  auto r = parse_custom_profile(text, path);
  REQUIRE(!r.ok());
  return r.error().message;
}

// The debug container after `custom` (YAML or JSON) is merged into it.
json merged(json container, const std::string& custom) {
  merge_custom_profile(container, parsed(custom));
  return container;
}

// Runs a test in `dir`, back to the previous directory at the end.
class InDir {
 public:
  explicit InDir(const std::string& dir) : previous_(std::filesystem::current_path()) {
    std::filesystem::current_path(dir);
  }
  InDir(const InDir&) = delete;
  InDir& operator=(const InDir&) = delete;
  ~InDir() { std::filesystem::current_path(previous_); }

 private:
  std::filesystem::path previous_;
};

std::vector<std::string> env_names(const json& container) {
  std::vector<std::string> names;
  for (const json& e : container["env"]) names.push_back(e["name"]);
  return names;
}

TEST_CASE("debug custom profile: an empty document is no profile") {
  for (const char* text : {"", "  \n\t\n", "null", "~", "# nothing here\n", "---\n"}) {
    auto r = parse_custom_profile(text, "f.yaml");
    REQUIRE_MESSAGE(r.ok(), text);
    CHECK_MESSAGE(!r->has_value(), text);
  }
}

TEST_CASE("debug custom profile: {} is an empty profile that changes nothing") {
  for (const char* text : {"{}", "{}\n", "resources: {}\n"}) {
    CustomProfile p = parsed(text);
    CHECK(p.spec == json::object());
    CHECK(p.warnings.empty());
    CHECK(check_custom_profile(p).ok());
    const json container = {{"name", "dbg"}, {"image", "busybox"}, {"stdin", true}, {"resources", json::object()}};
    json after = container;
    merge_custom_profile(after, p);
    CHECK(after == container);
  }
}

TEST_CASE("debug custom profile: YAML and JSON give the same profile") {
  const char* json_text = R"({"env":[{"name":"FOO","value":"fromcustom"},{"name":"NEW","value":"1"}],
 "securityContext":{"capabilities":{"add":["NET_ADMIN"]},"runAsUser":0},
 "resources":{"limits":{"cpu":"100m"}},"args":["x"],
 "volumeMounts":[{"name":"foo","mountPath":"/foo"}],"stdin":false,"tty":false})";
  const json expected = json::parse(R"({"env":[{"name":"FOO","value":"fromcustom"},{"name":"NEW","value":"1"}],
 "securityContext":{"capabilities":{"add":["NET_ADMIN"]},"runAsUser":0},
 "resources":{"limits":{"cpu":"100m"}},"args":["x"],
 "volumeMounts":[{"name":"foo","mountPath":"/foo"}]})");
  CHECK(parsed(kItem5).spec == expected);
  CHECK(parsed(json_text, "f.json").spec == expected);
}

TEST_CASE("debug custom profile: zero values are dropped, pointers kept") {
  CustomProfile p = parsed(R"(stdin: false
tty: false
stdinOnce: false
workingDir: ""
image: null
ports: [{containerPort: 8080, hostPort: 0, name: ""}]
volumeMounts: [{name: v, mountPath: /v, readOnly: false}]
command: []
env: []
securityContext:
  privileged: false
  runAsUser: 0
  runAsGroup: 0
  runAsNonRoot: false
  readOnlyRootFilesystem: false
  allowPrivilegeEscalation: false
  procMount: ""
  seLinuxOptions: {}
)");
  CHECK(p.spec == json::parse(R"({"ports":[{"containerPort":8080}],"volumeMounts":[{"name":"v","mountPath":"/v"}],
    "securityContext":{"privileged":false,"runAsUser":0,"runAsGroup":0,"runAsNonRoot":false,
    "readOnlyRootFilesystem":false,"allowPrivilegeEscalation":false,"procMount":"","seLinuxOptions":{}}})"));
  CHECK(check_custom_profile(p).ok());  // command: [] is an empty command
}

TEST_CASE("debug custom profile: stdin: false and tty: false cannot turn -it off") {
  const json after = merged({{"name", "dbg"}, {"stdin", true}, {"tty", true}}, "stdin: false\ntty: false\n");
  CHECK(after == json{{"name", "dbg"}, {"stdin", true}, {"tty", true}});
  CHECK(merged(json::object(), "stdin: true\n")["stdin"] == true);
}

TEST_CASE("debug custom profile: SMP directives and nulls are lost") {
  CustomProfile p = parsed(R"({"env":[{"name":"A","$patch":"delete"}],"$setElementOrder/env":[{"name":"A"}],
    "args":null,"livenessProbe":{"exec":{"command":["true"]},"$patch":"replace","periodSeconds":null}})",
                           "f.json");
  CHECK(p.spec == json::parse(R"({"env":[{"name":"A"}],"livenessProbe":{"exec":{"command":["true"]}}})"));
  CHECK(p.warnings == std::vector<std::string>{"f.json: line 1: unknown field \"env[0].$patch\" (ignored)",
                                               "f.json: line 1: unknown field \"$setElementOrder/env\" (ignored)"});
}

TEST_CASE("debug custom profile: keys match case-insensitively, as Go's decoder") {
  CustomProfile p = parsed(R"({"ENV":[{"NAME":"A","Value":"1"}],"securitycontext":{"RunAsUser":0},"TTY":true})");
  CHECK(p.spec == json::parse(R"({"env":[{"name":"A","value":"1"}],"securityContext":{"runAsUser":0},"tty":true})"));
  CHECK(p.warnings.empty());
}

TEST_CASE("debug custom profile: YAML scalars are typed as sigs.k8s.io/yaml types them") {
  CustomProfile p = parsed(R"(args: [yes, 1.10, 7, "on"]
workingDir: 2024
ports: [{containerPort: 80.0}]
stdin: yes
resources:
  limits: {cpu: 1, memory: 1Gi}
)");
  CHECK(p.spec == json::parse(R"({"args":["true","1.1","7","on"],"workingDir":"2024","ports":[{"containerPort":80}],
    "stdin":true,"resources":{"limits":{"cpu":"1","memory":"1Gi"}}})"));
}

TEST_CASE("debug custom profile: unknown fields are dropped with a warning") {
  CustomProfile p = parsed(R"(tty: true
unknownField: 1
securityContext:
  privileged: true
  capabilities:
    add: [NET_ADMIN]
    remove: [ALL]
env:
- name: A
  valu: x
)");
  CHECK(p.spec == json::parse(R"({"tty":true,"securityContext":{"privileged":true,
    "capabilities":{"add":["NET_ADMIN"]}},"env":[{"name":"A"}]})"));
  CHECK(p.warnings == std::vector<std::string>{
                          "f.yaml: line 2: unknown field \"unknownField\" (ignored)",
                          "f.yaml: line 7: unknown field \"securityContext.capabilities.remove\" (ignored)",
                          "f.yaml: line 10: unknown field \"env[0].valu\" (ignored)",
                      });
}

TEST_CASE("debug custom profile: a wrong type names the line and the field") {
  CHECK(parse_error("args: [x]\ntty: true\nenv: oops\n") ==
        "f.yaml does not contain a valid container spec: line 3: env: expected a list, got a string");
  CHECK(parse_error("env:\n- name: A\n  value: [1]\n") ==
        "f.yaml does not contain a valid container spec: line 3: env[0].value: expected a string, got a list");
  CHECK(parse_error("securityContext:\n  capabilities:\n    add: NET_ADMIN\n") ==
        "f.yaml does not contain a valid container spec: line 3: securityContext.capabilities.add: expected a list, "
        "got a string");
  CHECK(parse_error("stdin: \"true\"\n") ==
        "f.yaml does not contain a valid container spec: line 1: stdin: expected true or false, got a string");
  CHECK(parse_error("securityContext:\n  runAsUser: \"0\"\n") ==
        "f.yaml does not contain a valid container spec: line 2: securityContext.runAsUser: expected an integer, got "
        "a string");
  CHECK(parse_error("securityContext: [privileged]\n") ==
        "f.yaml does not contain a valid container spec: line 1: securityContext: expected a map, got a list");
  CHECK(parse_error("resources:\n  limits:\n    cpu: lots\n") ==
        "f.yaml does not contain a valid container spec: line 3: resources.limits.cpu: quantities must match the "
        "regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
  // JSON text goes the YAML way when its JSON decoding fails, so it has lines too.
  CHECK(parse_error("{\n  \"env\": {\"name\": \"A\"}\n}\n", "f.json") ==
        "f.json does not contain a valid container spec: line 2: env: expected a list, got a map");
}

TEST_CASE("debug custom profile: malformed YAML") {
  CHECK(parse_error("env: [a, b\n", "c6.yaml") ==
        "c6.yaml does not contain a valid container spec: error converting YAML to JSON: yaml: line 2: end of "
        "sequence flow not found");
  const std::string e = parse_error("tty: true\nenv:\n  - name: A\n   value: x\n");
  CHECK(e.starts_with("f.yaml does not contain a valid container spec: error converting YAML to JSON: yaml: line 4: "));
}

TEST_CASE("debug custom profile: the document must be a mapping") {
  CHECK(parse_error("- name: A\n") ==
        "f.yaml does not contain a valid container spec: error unmarshaling JSON: while decoding JSON: json: cannot "
        "unmarshal array into Go value of type v1.Container");
  CHECK(parse_error("[1, 2]", "f.json") ==
        "f.json does not contain a valid container spec: error unmarshaling JSON: while decoding JSON: json: cannot "
        "unmarshal array into Go value of type v1.Container");
  CHECK(parse_error("just text\n") ==
        "f.yaml does not contain a valid container spec: error unmarshaling JSON: while decoding JSON: json: cannot "
        "unmarshal string into Go value of type v1.Container");
}

TEST_CASE("debug custom profile: name, command, image, lifecycle and volumeDevices are refused") {
  for (const char* text : {"name: x\n", "command: [sh]\n", "image: x\n", "lifecycle: {}\n",
                           "lifecycle:\n  preStop:\n    exec:\n      command: [sh]\n",
                           "volumeDevices: [{name: d, devicePath: /dev/x}]\n", "{\"IMAGE\": \"x\"}"}) {
    auto r = check_custom_profile(parsed(text));
    REQUIRE_MESSAGE(!r.ok(), text);
    CHECK(r.error().kind == ErrorKind::Internal);
    CHECK(r.error().message == kForbidden);
  }
  for (const char* text : {"name: \"\"\n", "command: []\n", "image: \"\"\n", "volumeDevices: []\n", "args: [sh]\n"})
    CHECK_MESSAGE(check_custom_profile(parsed(text)).ok(), text);
}

TEST_CASE("debug custom profile: files") {
  test::TempDir dir;
  auto missing = load_custom_profile("missing.yaml");
  REQUIRE(!missing.ok());
  CHECK(missing.error().message ==
        "must pass a container spec json file for custom profile: open missing.yaml: no such file or directory");
  auto is_dir = load_custom_profile(dir.path());
  REQUIRE(!is_dir.ok());
  CHECK(is_dir.error().message ==
        "must pass a container spec json file for custom profile: read " + dir.path() + ": is a directory");

  test::write_text(dir.file("empty.yaml"), "");
  auto empty = load_custom_profile(dir.file("empty.yaml"));
  REQUIRE(empty.ok());
  CHECK(!empty->has_value());

  test::write_text(dir.file("p.yaml"), "tty: true\nbogus: 1\n");
  auto p = load_custom_profile(dir.file("p.yaml"));
  REQUIRE(p.ok());
  REQUIRE(p->has_value());
  CHECK((*p)->spec == json{{"tty", true}});
  CHECK((*p)->warnings == std::vector<std::string>{dir.file("p.yaml") + ": line 2: unknown field \"bogus\" (ignored)"});

  test::write_text(dir.file("bad.yaml"), "- a\n");
  auto bad = load_custom_profile(dir.file("bad.yaml"));
  REQUIRE(!bad.ok());
  CHECK(bad.error().message.starts_with(dir.file("bad.yaml") + " does not contain a valid container spec: "));
}

TEST_CASE("debug custom profile: --custom=NAME found in the profiles directory") {
  test::TempDir profiles;
  test::TempDir cwd;
  test::write_text(profiles.file("net.yaml"), "{}");
  test::write_text(profiles.file("net.json"), "{}");
  test::write_text(profiles.file("only.json"), "{}");
  CHECK(resolve_custom_profile_path("net", profiles.path()) == profiles.file("net.yaml"));
  CHECK(resolve_custom_profile_path("only", profiles.path()) == profiles.file("only.json"));
  CHECK(resolve_custom_profile_path("none", profiles.path()) == "none");
  CHECK(resolve_custom_profile_path("net", "") == "net");
  // A path is taken as it is; so is an existing file.
  CHECK(resolve_custom_profile_path(cwd.file("net"), profiles.path()) == cwd.file("net"));
  CHECK(resolve_custom_profile_path(profiles.file("net.yaml"), "/nonexistent") == profiles.file("net.yaml"));
  InDir in(cwd.path());
  test::write_text("net", "{}");
  CHECK(resolve_custom_profile_path("net", profiles.path()) == "net");
  std::filesystem::create_directory("only");  // a directory is not the profile
  CHECK(resolve_custom_profile_path("only", profiles.path()) == profiles.file("only.json"));
}

TEST_CASE("debug custom profile: env merges by name, in apimachinery's order") {
  const json a = {{"name", "A"}, {"value", "a"}};
  const json b = {{"name", "B"}, {"value", "b"}};
  // Items only in the patch come first.
  json after = merged({{"env", json::array({a})}}, "env: [{name: B, value: b}, {name: C, value: c}]\n");
  CHECK(env_names(after) == std::vector<std::string>{"B", "C", "A"});
  // Items in both keep the original's relative place.
  after = merged({{"env", {a, b}}}, "env: [{name: B, value: new}, {name: C, value: c}]\n");
  CHECK(env_names(after) == std::vector<std::string>{"A", "B", "C"});
  CHECK(after["env"][1] == json{{"name", "B"}, {"value", "new"}});
  // A custom entry replaces the CLI's entry field by field.
  after = merged({{"env", {{{"name", "FOO"}, {"value", "cli"}}, {{"name", "BAR"}, {"value", "cli"}}}}},
                 "env:\n- {name: FOO, value: fromcustom}\n- {name: NEW, value: \"1\"}\n");
  CHECK(after["env"] == json::parse(R"([{"name":"FOO","value":"fromcustom"},{"name":"NEW","value":"1"},
    {"name":"BAR","value":"cli"}])"));
  after = merged({{"env", {{{"name", "S"}, {"valueFrom", {{"secretKeyRef", {{"name", "s"}, {"key", "k"}}}}}}}}},
                 "env: [{name: S, valueFrom: {secretKeyRef: {key: other}}}]\n");
  CHECK(after["env"] == json::parse(R"([{"name":"S","valueFrom":{"secretKeyRef":{"name":"s","key":"other"}}}])"));
}

TEST_CASE("debug custom profile: ports merge by containerPort") {
  const json after = merged({{"ports", {{{"containerPort", 80}, {"name", "http"}}, {{"containerPort", 443}}}}},
                            "ports: [{containerPort: 9090}, {containerPort: 80, protocol: UDP}]\n");
  CHECK(after["ports"] == json::parse(R"([{"containerPort":9090},{"containerPort":80,"name":"http","protocol":"UDP"},
    {"containerPort":443}])"));
}

TEST_CASE("debug custom profile: resources merge map keys") {
  const json after = merged({{"resources", {{"limits", {{"cpu", "1"}}}, {"requests", {{"memory", "1Gi"}}}}}},
                            "resources:\n  limits:\n    memory: 2Gi\n    cpu: 100m\n");
  CHECK(after["resources"] == json::parse(R"({"limits":{"cpu":"100m","memory":"2Gi"},"requests":{"memory":"1Gi"}})"));
}

TEST_CASE("debug custom profile: securityContext merges field by field, capabilities lists are replaced") {
  json general = {{"name", "dbg"}};
  apply_ephemeral_profile(Profile::General, general);
  json after = merged(general, "securityContext:\n  capabilities:\n    add: [NET_ADMIN]\n  runAsUser: 0\n");
  CHECK(after["securityContext"] == json::parse(R"({"capabilities":{"add":["NET_ADMIN"]},"runAsUser":0})"));

  json sysadmin = {{"name", "dbg"}};
  apply_ephemeral_profile(Profile::Sysadmin, sysadmin);
  after = merged(sysadmin, "securityContext: {privileged: false, capabilities: {add: [SYS_ADMIN]}}\n");
  CHECK(after["securityContext"] == json::parse(R"({"privileged":false,"capabilities":{"add":["SYS_ADMIN"]}})"));

  json restricted = {{"name", "dbg"}};
  apply_ephemeral_profile(Profile::Restricted, restricted);
  after = merged(restricted, "securityContext: {runAsNonRoot: false}\n");
  CHECK(after["securityContext"] == json::parse(R"({"allowPrivilegeEscalation":false,"capabilities":{"drop":["ALL"]},
    "runAsNonRoot":false,"seccompProfile":{"type":"RuntimeDefault"}})"));

  json baseline = {{"name", "dbg"}, {"imagePullPolicy", "Always"}};
  apply_ephemeral_profile(Profile::Baseline, baseline);
  after = merged(baseline, R"({"securityContext":{"capabilities":{"drop":["ALL"]},"runAsNonRoot":false},
    "imagePullPolicy":"Never","stdin":true})");
  CHECK(after == json::parse(R"({"name":"dbg","imagePullPolicy":"Never","stdin":true,
    "securityContext":{"capabilities":{"drop":["ALL"]},"runAsNonRoot":false}})"));
}

TEST_CASE("debug custom profile: volumeMounts merge by mountPath") {
  json pod = {{"spec", {{"containers", {{{"name", "debugger"}, {"image", "busybox"}}}}}}};
  apply_node_profile(Profile::Sysadmin, pod, "debugger");
  json& container = pod["spec"]["containers"][0];
  merge_custom_profile(container,
                       parsed("volumeMounts:\n- {name: host-root, mountPath: /host, readOnly: true}\n"
                              "- {name: foo, mountPath: /foo}\n"));
  CHECK(container["volumeMounts"] == json::parse(R"([{"name":"host-root","mountPath":"/host","readOnly":true},
    {"name":"foo","mountPath":"/foo"}])"));
}

TEST_CASE("debug custom profile: other lists and scalars are replaced; the name stays") {
  const json container = {{"name", "dbg"},
                          {"args", json::array({"a", "b"})},
                          {"envFrom", {{{"configMapRef", {{"name", "one"}}}}}},
                          {"workingDir", "/"}};
  const json after = merged(container, "args: [x]\nenvFrom: [{secretRef: {name: two}}]\nworkingDir: /tmp\n");
  CHECK(after == json::parse(R"({"name":"dbg","args":["x"],"envFrom":[{"secretRef":{"name":"two"}}],
    "workingDir":"/tmp"})"));
  json renamed = {{"name", "dbg"}};
  merge_custom_profile(renamed, CustomProfile{{{"name", "other"}, {"tty", true}}, {}});
  CHECK(renamed == json{{"name", "dbg"}, {"tty", true}});
}

TEST_CASE("debug custom profile: the general profile with a custom file, as kubectl 1.32") {
  // debug-spec.md §9 item 5.
  json container = {{"name", "dbg"},
                    {"image", "busybox"},
                    {"env", {{{"name", "FOO"}, {"value", "cli"}}, {{"name", "BAR"}, {"value", "cli"}}}},
                    {"stdin", true},
                    {"tty", true},
                    {"terminationMessagePolicy", "File"},
                    {"resources", json::object()}};
  apply_ephemeral_profile(Profile::General, container);
  CustomProfile custom = parsed(kItem5);
  REQUIRE(check_custom_profile(custom).ok());
  merge_custom_profile(container, custom);
  CHECK(container == json::parse(R"({"name":"dbg","image":"busybox","stdin":true,"tty":true,
    "terminationMessagePolicy":"File","args":["x"],
    "env":[{"name":"FOO","value":"fromcustom"},{"name":"NEW","value":"1"},{"name":"BAR","value":"cli"}],
    "securityContext":{"capabilities":{"add":["NET_ADMIN"]},"runAsUser":0},
    "resources":{"limits":{"cpu":"100m"}},
    "volumeMounts":[{"name":"foo","mountPath":"/foo"}]})"));
}

}  // namespace
}  // namespace kctl::debug
