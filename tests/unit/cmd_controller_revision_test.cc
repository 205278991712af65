// DaemonSet/StatefulSet rollout history: which ControllerRevision undo
// restores, whether the object already has it, and the object it records.
#include <doctest/doctest.h>

#include "cmd/controller_revision.h"

namespace kctl::cmd {

using nlohmann::json;

namespace {

json tmpl(const std::string& image) {
  return {{"metadata", {{"creationTimestamp", nullptr}, {"labels", {{"app", "agent"}}}}},
          {"spec", {{"containers", json::array({{{"name", "c"}, {"image", image}}})}}}};
}

// A ControllerRevision as the DaemonSet controller records one.
json revision(long long n, const std::string& image) {
  json t = tmpl(image);
  t["$patch"] = "replace";
  return {{"metadata", {{"name", "agent-" + std::to_string(n)}}}, {"revision", n}, {"data", {{"spec", {{"template", t}}}}}};
}

json daemonset(const std::string& image) {
  return {{"kind", "DaemonSet"},
          {"metadata", {{"name", "agent"}, {"uid", "u1"}}},
          {"spec", {{"selector", {{"matchLabels", {{"app", "agent"}}}}}, {"template", tmpl(image)}}}};
}

RevisionHistory history_of(std::initializer_list<long long> revisions) {
  RevisionHistory h;
  for (long long r : revisions) h[r] = revision(r, "img:" + std::to_string(r));
  return h;
}

}  // namespace

TEST_CASE("controlled_by reads the first controller reference") {
  json cr = {{"metadata",
              {{"ownerReferences", json::array({{{"uid", "other"}}, {{"uid", "u1"}, {"controller", true}}})}}}};
  CHECK(controlled_by(cr, "u1"));
  CHECK_FALSE(controlled_by(cr, "other"));
  CHECK_FALSE(controlled_by(json{{"metadata", json::object()}}, "u1"));
}

TEST_CASE("revision_to_restore: the asked revision, or the second highest") {
  const RevisionHistory h = history_of({1, 2, 5});
  auto previous = revision_to_restore(h, 0);
  REQUIRE(previous.ok());
  CHECK((*previous)->value("revision", 0) == 2);
  auto first = revision_to_restore(h, 1);
  REQUIRE(first.ok());
  CHECK((*first)->value("revision", 0) == 1);
}

TEST_CASE("revision_to_restore: kubectl's errors") {
  CHECK(revision_to_restore(history_of({1, 2}), 9).error().message == "unable to find specified revision 9 in history");
  CHECK(revision_to_restore(history_of({1, 2}), -1).error().message ==
        "unable to find specified revision -1 in history");
  CHECK(revision_to_restore(history_of({3}), 0).error().message == "no last revision to roll back to");
  CHECK(revision_to_restore({}, 0).error().message == "no last revision to roll back to");
}

TEST_CASE("template_matches compares the template with the revision's data") {
  CHECK(template_matches(daemonset("img:2"), revision(2, "img:2")));
  CHECK_FALSE(template_matches(daemonset("img:2"), revision(1, "img:1")));
  CHECK_FALSE(template_matches(daemonset("img:2"), json{{"revision", 2}}));
}

TEST_CASE("object_at_revision replaces the template with the revision's") {
  auto applied = object_at_revision(daemonset("img:3"), revision(1, "img:1"), patch::PatchSchema());
  REQUIRE(applied.ok());
  CHECK((*applied)["spec"]["template"] == tmpl("img:1"));
  CHECK((*applied)["spec"]["selector"] == daemonset("img:3")["spec"]["selector"]);
  CHECK((*applied)["metadata"]["name"] == "agent");
}

TEST_CASE("as_typed gives a StatefulSet's status availableReplicas") {
  json sts = {{"kind", "StatefulSet"}, {"status", {{"replicas", 1}}}};
  CHECK(as_typed(sts)["status"] == json{{"replicas", 1}, {"availableReplicas", 0}});
  sts["status"]["availableReplicas"] = 1;
  CHECK(as_typed(sts)["status"]["availableReplicas"] == 1);
  CHECK(as_typed(daemonset("x")) == daemonset("x"));
}

}  // namespace kctl::cmd

namespace kctl::cmd {

TEST_CASE("ordered_like keeps the live object's key order") {
  const auto like = nlohmann::ordered_json::parse(R"({"kind":"X","metadata":{"name":"a","uid":"u"},
      "spec":{"containers":[{"name":"c","image":"i"}]}})");
  const auto value = nlohmann::json::parse(R"({"kind":"X","metadata":{"uid":"u","name":"a"},
      "spec":{"containers":[{"image":"j","name":"c","args":["x"]}]},"status":{}})");
  CHECK(ordered_like(value, like).dump() ==
        R"({"kind":"X","metadata":{"name":"a","uid":"u"},"spec":{"containers":[{"name":"c","image":"j","args":["x"]}]},"status":{}})");
}

}  // namespace kctl::cmd
