// cmd/resource_args and cmd/resource_visits: how get's arguments become
// visits, with kubectl's resource-builder errors (texts checked against
// kubectl 1.32 on the test cluster).
#include <doctest/doctest.h>

#include "cmd/resource_args.h"
#include "cmd/resource_visits.h"

namespace kctl::cmd {
namespace {

using client::ApiResource;

ApiResource res(std::string group, std::string name, std::string kind, bool namespaced) {
  ApiResource r;
  r.group = std::move(group);
  r.version = "v1";
  r.name = std::move(name);
  r.kind = std::move(kind);
  r.namespaced = namespaced;
  return r;
}

// A tiny resolver: pods/po, svc/services, ns/namespaces, deploy.
Result<ApiResource> resolve(std::string_view arg) {
  if (arg == "pods" || arg == "po" || arg == "pod") return res("", "pods", "Pod", true);
  if (arg == "svc" || arg == "services") return res("", "services", "Service", true);
  if (arg == "ns" || arg == "namespaces") return res("", "namespaces", "Namespace", false);
  if (arg == "deployments.apps" || arg == "deploy") return res("apps", "deployments", "Deployment", true);
  return make_error(ErrorKind::Internal, "the server doesn't have a resource type \"" + std::string(arg) + "\"");
}

std::vector<std::string> expand(std::string_view arg) {
  if (arg == "all") return {"pods", "services", "deployments.apps"};
  return {};
}

Result<VisitPlan> plan(std::vector<std::string> argv, VisitScope scope = {"default", false, "", ""}) {
  auto args = parse_resource_args(std::move(argv), "kctl");
  if (!args) return args.take_error();
  return plan_visits(*args, scope, resolve, expand);
}

std::string error_of(const Result<VisitPlan>& r) { return r ? std::string("<ok>") : r.error().message; }

TEST_CASE("resource args: types, names and TYPE/NAME tuples") {
  auto a = parse_resource_args({"pods,svc,pods"}, "kctl");
  REQUIRE(a);
  CHECK(a->types == std::vector<std::string>{"pods", "svc"});
  auto b = parse_resource_args({"pods,svc", "x", "y"}, "kctl");
  REQUIRE(b);
  REQUIRE(b->tuples.size() == 4);
  CHECK(b->tuples[0].type == "pods");
  CHECK(b->tuples[1].name == "y");
  CHECK(b->tuples[2].type == "svc");
  auto c = parse_resource_args({"pod/a", "svc/b"}, "kctl");
  REQUIRE(c);
  CHECK(c->tuples.size() == 2);
}

TEST_CASE("resource args: kubectl's errors") {
  CHECK(parse_resource_args({"ns/a/b"}, "kctl").error().message ==
        "arguments in resource/name form may not have more than one slash");
  CHECK(parse_resource_args({"pods,svc/x"}, "kctl").error().message ==
        "arguments in resource/name form must have a single resource and name");
  CHECK(parse_resource_args({"pods", "svc/x"}, "kctl").error().message ==
        "there is no need to specify a resource type as a separate argument when passing arguments in resource/name "
        "form (e.g. 'kctl get resource/<resource_name>' instead of 'kctl get resource resource/<resource_name>'");
}

TEST_CASE("visits: a list per type, deduplicated by kind; namespaces only for namespaced types") {
  auto p = plan({"pods,po,ns"});
  REQUIRE(p);
  REQUIRE(p->visits.size() == 2);
  CHECK(p->visits[0].resource.name == "pods");
  CHECK(p->visits[0].ns == "default");
  CHECK(p->visits[1].ns.empty());
  CHECK_FALSE(p->single_item_implied);
  auto all = plan({"pods"}, {"default", true, "", ""});
  REQUIRE(all);
  CHECK(all->visits[0].ns.empty());
}

TEST_CASE("visits: categories expand") {
  auto p = plan({"all"});
  REQUIRE(p);
  REQUIRE(p->visits.size() == 3);
  CHECK(p->visits[2].resource.kind == "Deployment");
}

TEST_CASE("visits: names and single items") {
  auto one = plan({"pods", "a"});
  REQUIRE(one);
  CHECK(one->single_item_implied);
  CHECK(one->visits[0].name == "a");
  auto two = plan({"pods", "a", "b"});
  REQUIRE(two);
  CHECK_FALSE(two->single_item_implied);
  auto tuple = plan({"pod/a"});
  REQUIRE(tuple);
  CHECK(tuple->single_item_implied);
  auto tuples = plan({"pods,svc", "a"});
  REQUIRE(tuples);
  CHECK_FALSE(tuples->single_item_implied);
  CHECK(tuples->visits.size() == 2);
}

TEST_CASE("visits: kubectl's builder errors") {
  CHECK(error_of(plan({"pods", "x"}, {"default", false, "a=b", ""})) ==
        "name cannot be provided when a selector is specified");
  CHECK(error_of(plan({"pod/x"}, {"default", false, "a=b", ""})) ==
        "selectors and the all flag cannot be used when passing resource/name arguments");
  CHECK(error_of(plan({"pods", "x"}, {"default", true, "", ""})) ==
        "a resource cannot be retrieved by name across all namespaces");
  CHECK(error_of(plan({"foo"})) == "the server doesn't have a resource type \"foo\"");
  CHECK(error_of(plan({"ns", "x"}, {"", true, "", ""})) == "<ok>");  // cluster-scoped names are fine with -A
}

}  // namespace
}  // namespace kctl::cmd
