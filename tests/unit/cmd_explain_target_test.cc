// Which groups a name given to kctl explain may mean, and --api-version.
#include <doctest/doctest.h>

#include "cmd/explain_target.h"

namespace kctl::cmd {

using Strings = std::vector<std::string>;

client::ApiResource resource(std::string group, std::string name, std::string kind, Strings short_names = {}) {
  client::ApiResource r;
  r.group = std::move(group);
  r.version = "v1";
  r.name = std::move(name);
  r.singular_name = r.name.substr(0, r.name.size() - 1);
  r.kind = std::move(kind);
  r.short_names = std::move(short_names);
  return r;
}

TEST_CASE("the groups serving a name, the resolved one first") {
  client::DiscoveryData data;
  data.groups = {{"", {"v1"}, "v1"}, {"apps", {"v1"}, "v1"}, {"events.k8s.io", {"v1"}, "v1"},
                 {"extensions", {"v1"}, "v1"}};
  data.resources = {resource("", "events", "Event", {"ev"}), resource("", "pods", "Pod", {"po"}),
                    resource("apps", "deployments", "Deployment", {"deploy"}),
                    resource("events.k8s.io", "events", "Event", {"ev"}),
                    resource("extensions", "deployments", "Deployment", {"deploy"})};
  CHECK(group_resources_for(data, data.resources[1], "pods") == Strings{"pods"});
  CHECK(group_resources_for(data, data.resources[1], "Pod") == Strings{"pods"});
  CHECK(group_resources_for(data, data.resources[0], "ev") == Strings{"events", "events.events.k8s.io"});
  CHECK(group_resources_for(data, data.resources[2], "deployment") ==
        Strings{"deployments.apps", "deployments.extensions"});
  // The resolved resource leads even when discovery lists its group later.
  CHECK(group_resources_for(data, data.resources[4], "deploy") ==
        Strings{"deployments.extensions", "deployments.apps"});
}

TEST_CASE("--api-version as apimachinery parses it") {
  CHECK(parse_group_version("apps/v1")->group == "apps");
  CHECK(parse_group_version("apps/v1")->version == "v1");
  CHECK(parse_group_version("v1")->group.empty());
  CHECK(parse_group_version("v1")->version == "v1");
  CHECK(parse_group_version("/")->version.empty());
  CHECK(parse_group_version("a/b/c").error().message == "unexpected GroupVersion string: a/b/c");
}

}  // namespace kctl::cmd
