// Decoding the discovery documents. The aggregated documents are written by
// hand after k8s.io/api/apidiscovery/v2 (and v2beta1, the same fields):
// they stand for what kube-apiserver 1.30+ answers to /api and /apis when
// asked with the aggregated Accept header (1.26-1.29 answer v2beta1).
#include <doctest/doctest.h>

#include "client/discovery_parse.h"

namespace kctl::client {
namespace {

// /apis of a 1.30 server with an aggregated metrics API whose backend is
// down (its version is "Stale"), trimmed to a few resources.
constexpr const char* kAggregatedApis = R"({
  "kind": "APIGroupDiscoveryList",
  "apiVersion": "apidiscovery.k8s.io/v2",
  "metadata": {},
  "items": [
    {
      "metadata": {"name": "apps", "creationTimestamp": null},
      "versions": [
        {
          "version": "v1",
          "resources": [
            {
              "resource": "deployments",
              "responseKind": {"group": "", "version": "", "kind": "Deployment"},
              "scope": "Namespaced",
              "singularResource": "deployment",
              "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"],
              "shortNames": ["deploy"],
              "categories": ["all"],
              "subresources": [
                {"subresource": "scale", "responseKind": {"group": "autoscaling", "version": "v1", "kind": "Scale"},
                 "acceptedTypes": [{"group": "autoscaling", "version": "v1", "kind": "Scale"}],
                 "verbs": ["get", "patch", "update"]},
                {"subresource": "status", "responseKind": {"group": "", "version": "", "kind": "Deployment"},
                 "verbs": ["get", "patch", "update"]}
              ]
            },
            {
              "resource": "controllerrevisions",
              "responseKind": {"group": "", "version": "", "kind": "ControllerRevision"},
              "scope": "Namespaced",
              "singularResource": "controllerrevision",
              "verbs": ["create", "delete", "deletecollection", "get", "list", "patch", "update", "watch"]
            }
          ],
          "freshness": "Current"
        }
      ]
    },
    {
      "metadata": {"name": "flowcontrol.apiserver.k8s.io", "creationTimestamp": null},
      "versions": [
        {"version": "v1", "resources": [
          {"resource": "flowschemas", "responseKind": {"group": "", "version": "", "kind": "FlowSchema"},
           "scope": "Cluster", "singularResource": "flowschema", "verbs": ["get", "list"]},
          {"resource": "noresponsekind", "scope": "Cluster", "verbs": ["get"]}
        ]},
        {"version": "v1beta3", "resources": [
          {"resource": "flowschemas", "responseKind": {"group": "", "version": "", "kind": "FlowSchema"},
           "scope": "Cluster", "singularResource": "flowschema", "verbs": ["get", "list"]}
        ]}
      ]
    },
    {
      "metadata": {"name": "metrics.k8s.io", "creationTimestamp": null},
      "versions": [
        {"version": "v1beta2", "freshness": "Stale"},
        {"version": "v1beta1", "resources": [
          {"resource": "pods", "responseKind": {"group": "", "version": "", "kind": "PodMetrics"},
           "scope": "Namespaced", "singularResource": "", "verbs": ["get", "list"]}
        ], "freshness": "Current"}
      ]
    }
  ]
})";

TEST_CASE("is_aggregated_discovery: client-go's ContentTypeIsGVK") {
  CHECK(is_aggregated_discovery("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"));
  CHECK(is_aggregated_discovery("application/json;g=apidiscovery.k8s.io;v=v2beta1;as=APIGroupDiscoveryList"));
  CHECK(is_aggregated_discovery("application/json; as=APIGroupDiscoveryList;v=v2;g=apidiscovery.k8s.io"));
  CHECK(is_aggregated_discovery("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList;charset=utf-8"));
  CHECK(is_aggregated_discovery("Application/JSON;G=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"));
  CHECK_FALSE(is_aggregated_discovery("application/json"));
  CHECK_FALSE(is_aggregated_discovery("application/json; charset=utf-8"));
  CHECK_FALSE(is_aggregated_discovery(""));
  CHECK_FALSE(is_aggregated_discovery("application/json;g=apidiscovery.k8s.io;v=v3;as=APIGroupDiscoveryList"));
  CHECK_FALSE(is_aggregated_discovery("application/yaml;g=apidiscovery.k8s.io;v=v2;as=APIGroupDiscoveryList"));
  CHECK_FALSE(is_aggregated_discovery("application/json;g=apidiscovery.k8s.io;v=v2;as=APIGroupList"));
}

TEST_CASE("parse_api_versions: /api gives the core group") {
  auto core = parse_api_versions(R"({"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[]})");
  REQUIRE(core.ok());
  CHECK(core->name.empty());
  CHECK(core->versions == std::vector<std::string>{"v1"});
  CHECK(core->preferred_version == "v1");
  auto none = parse_api_versions(R"({"kind":"APIVersions","versions":[]})");
  REQUIRE(none.ok());
  CHECK(none->versions.empty());
  CHECK_FALSE(parse_api_versions("<html>").ok());
  CHECK_FALSE(parse_api_versions("[]").ok());
}

TEST_CASE("parse_api_group_list: groups, versions and the preferred one in the server's order") {
  auto groups = parse_api_group_list(R"({"kind":"APIGroupList","apiVersion":"v1","groups":[
    {"name":"apiregistration.k8s.io","versions":[{"groupVersion":"apiregistration.k8s.io/v1","version":"v1"},
      {"groupVersion":"apiregistration.k8s.io/v1beta1","version":"v1beta1"}],
     "preferredVersion":{"groupVersion":"apiregistration.k8s.io/v1","version":"v1"}},
    {"name":"policy","versions":[{"groupVersion":"policy/v1beta1","version":"v1beta1"}],
     "preferredVersion":{"groupVersion":"policy/v1beta1","version":"v1beta1"}}]})");
  REQUIRE(groups.ok());
  REQUIRE(groups->size() == 2);
  CHECK((*groups)[0].name == "apiregistration.k8s.io");
  CHECK((*groups)[0].versions == std::vector<std::string>{"v1", "v1beta1"});
  CHECK((*groups)[0].preferred_version == "v1");
  CHECK((*groups)[1].preferred_version == "v1beta1");
  CHECK_FALSE(parse_api_group_list("not json").ok());
}

TEST_CASE("parse_api_resource_list: resources without their subresources") {
  // /api/v1 as kube-apiserver 1.20 answers it (trimmed): no singular names.
  auto list = parse_api_resource_list(R"({"kind":"APIResourceList","groupVersion":"v1","resources":[
    {"name":"pods","singularName":"","namespaced":true,"kind":"Pod","verbs":["create","delete","get","list"],
     "shortNames":["po"],"categories":["all"],"storageVersionHash":"xPOwRZ+Yhw8="},
    {"name":"pods/log","singularName":"","namespaced":true,"kind":"Pod","verbs":["get"]},
    {"name":"componentstatuses","singularName":"","namespaced":false,"kind":"ComponentStatus","verbs":["get","list"],
     "shortNames":["cs"]}]})",
                                      "", "v1");
  REQUIRE(list.ok());
  REQUIRE(list->size() == 2);
  const ApiResource& pods = (*list)[0];
  CHECK(pods.name == "pods");
  CHECK(pods.group.empty());
  CHECK(pods.version == "v1");
  CHECK(pods.group_version() == "v1");
  CHECK(pods.kind == "Pod");
  CHECK(pods.namespaced);
  CHECK(pods.singular_name.empty());
  CHECK(pods.verbs == std::vector<std::string>{"create", "delete", "get", "list"});
  CHECK(pods.short_names == std::vector<std::string>{"po"});
  CHECK(pods.categories == std::vector<std::string>{"all"});
  CHECK((*list)[1].name == "componentstatuses");
  CHECK_FALSE((*list)[1].namespaced);

  auto crd = parse_api_resource_list(R"({"kind":"APIResourceList","apiVersion":"v1","groupVersion":"kctl.test/v1",
    "resources":[{"name":"widgets","singularName":"widget","namespaced":true,"kind":"Widget",
    "verbs":["delete","get","create"],"shortNames":["wd"]}]})",
                                     "kctl.test", "v1");
  REQUIRE(crd.ok());
  CHECK((*crd)[0].group_version() == "kctl.test/v1");
  CHECK((*crd)[0].singular_name == "widget");
  CHECK((*crd)[0].verbs == std::vector<std::string>{"delete", "get", "create"});  // the server's order is kept
}

TEST_CASE("parse_aggregated_discovery: groups, resources and stale versions") {
  auto data = parse_aggregated_discovery(kAggregatedApis);
  REQUIRE(data.ok());
  REQUIRE(data->groups.size() == 3);
  CHECK(data->groups[0].name == "apps");
  CHECK(data->groups[0].versions == std::vector<std::string>{"v1"});
  CHECK(data->groups[1].versions == std::vector<std::string>{"v1", "v1beta3"});
  CHECK(data->groups[1].preferred_version == "v1");  // the first listed
  // A stale version is left out and reported; the preferred version is the
  // first one that is not stale.
  CHECK(data->groups[2].versions == std::vector<std::string>{"v1beta1"});
  CHECK(data->groups[2].preferred_version == "v1beta1");
  CHECK(data->failed == std::vector<std::pair<std::string, std::string>>{
                            {"metrics.k8s.io/v1beta2", "stale GroupVersion discovery: metrics.k8s.io/v1beta2"}});

  std::vector<std::string> names;
  for (const ApiResource& r : data->resources) names.push_back(r.group_version() + " " + r.name);
  // Subresources and a resource without a responseKind are left out.
  CHECK(names == std::vector<std::string>{"apps/v1 deployments", "apps/v1 controllerrevisions",
                                          "flowcontrol.apiserver.k8s.io/v1 flowschemas",
                                          "flowcontrol.apiserver.k8s.io/v1beta3 flowschemas",
                                          "metrics.k8s.io/v1beta1 pods"});
  const ApiResource& deploy = data->resources[0];
  CHECK(deploy.kind == "Deployment");
  CHECK(deploy.singular_name == "deployment");
  CHECK(deploy.namespaced);
  CHECK(deploy.short_names == std::vector<std::string>{"deploy"});
  CHECK(deploy.categories == std::vector<std::string>{"all"});
  CHECK(deploy.verbs.size() == 8);
  CHECK_FALSE(data->resources[2].namespaced);  // scope Cluster
}

TEST_CASE("parse_aggregated_discovery: the core group from /api (v2beta1)") {
  // /api of a 1.27 server, which serves v2beta1: the core group has no name.
  auto data = parse_aggregated_discovery(R"({"kind":"APIGroupDiscoveryList","apiVersion":"apidiscovery.k8s.io/v2beta1",
    "metadata":{},"items":[{"metadata":{"creationTimestamp":null},"versions":[{"version":"v1","resources":[
      {"resource":"pods","responseKind":{"group":"","version":"","kind":"Pod"},"scope":"Namespaced",
       "singularResource":"pod","verbs":["get","list"],"shortNames":["po"],"categories":["all"],
       "subresources":[{"subresource":"log","responseKind":{"group":"","version":"","kind":"Pod"},"verbs":["get"]}]},
      {"resource":"nodes","responseKind":{"group":"","version":"","kind":"Node"},"scope":"Cluster",
       "singularResource":"node","verbs":["get"],"shortNames":["no"]}],"freshness":"Current"}]}]})");
  REQUIRE(data.ok());
  REQUIRE(data->groups.size() == 1);
  CHECK(data->groups[0].name.empty());
  CHECK(data->groups[0].preferred_version == "v1");
  REQUIRE(data->resources.size() == 2);
  CHECK(data->resources[0].group_version() == "v1");
  CHECK(data->resources[0].name == "pods");
  CHECK_FALSE(data->resources[1].namespaced);
  CHECK(data->failed.empty());
  CHECK_FALSE(parse_aggregated_discovery("{").ok());
}

}  // namespace
}  // namespace kctl::client
