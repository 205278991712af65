// A fake API server for the discovery tests: legacy discovery documents
// shaped as kube-apiserver 1.20 serves them (the test cluster's version,
// trimmed to the groups the tests need), optional aggregated documents,
// and a request log. Thread-safe: the parallel fetch sends from several
// transports at once.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "client/discovery.h"
#include "client/rest_client.h"

namespace kctl::test {

struct FakeResource {
  std::string name, kind;
  bool namespaced;
  std::vector<std::string> short_names, categories;
  std::string singular;  // empty, as 1.20 serves built-in resources
};

struct FakeGroupVersion {
  std::string group, version;
  std::vector<FakeResource> resources;
};

struct FakeAnswer {
  long status = 200;
  std::string content_type = "application/json";
  std::string body;
};

class FakeServer {
 public:
  // The 1.20 layout: group order and preferred versions as /apis lists them.
  static std::shared_ptr<FakeServer> kube_1_20();

  // Serves `path` (no query) with `answer`, replacing what was there.
  void serve(const std::string& path, FakeAnswer answer) {
    std::lock_guard<std::mutex> lock(mu_);
    routes_[path] = std::move(answer);
  }
  // Adds a group version to /apis and serves its resource list.
  void add_group_version(const FakeGroupVersion& gv, bool preferred);

  client::HttpResponse answer(const client::HttpRequest& req) {
    std::lock_guard<std::mutex> lock(mu_);
    requests_.push_back(req);
    std::string path = req.url.substr(req.url.find('/', req.url.find("//") + 2));
    path = path.substr(0, path.find('?'));
    client::HttpResponse resp;
    auto it = routes_.find(path);
    if (it == routes_.end()) {
      resp.status = 404;
      resp.body = R"({"kind":"Status","apiVersion":"v1","status":"Failure","message":"the server could not find the requested resource","reason":"NotFound","code":404})";
      resp.headers = {{"Content-Type", "application/json"}};
      return resp;
    }
    resp.status = it->second.status;
    resp.body = it->second.body;
    resp.headers = {{"Content-Type", it->second.content_type}};
    return resp;
  }

  std::vector<client::HttpRequest> requests() {
    std::lock_guard<std::mutex> lock(mu_);
    return requests_;
  }
  // The paths asked for (with their query), in order.
  std::vector<std::string> paths() {
    std::vector<std::string> out;
    for (const auto& r : requests()) out.push_back(r.url.substr(r.url.find('/', r.url.find("//") + 2)));
    return out;
  }
  void clear_requests() {
    std::lock_guard<std::mutex> lock(mu_);
    requests_.clear();
  }

 private:
  std::mutex mu_;
  std::map<std::string, FakeAnswer> routes_;
  std::vector<client::HttpRequest> requests_;
  nlohmann::json apis_ = {{"kind", "APIGroupList"}, {"apiVersion", "v1"}, {"groups", nlohmann::json::array()}};
};

class FakeTransport : public client::RoundTripper {
 public:
  explicit FakeTransport(std::shared_ptr<FakeServer> server) : server_(std::move(server)) {}
  Result<client::HttpResponse> round_trip(client::HttpRequest req) override { return server_->answer(req); }

 private:
  std::shared_ptr<FakeServer> server_;
};

inline std::unique_ptr<client::RestClient> fake_rest(const std::shared_ptr<FakeServer>& server) {
  return std::make_unique<client::RestClient>(std::make_unique<FakeTransport>(server), "https://127.0.0.1:16443");
}

inline std::string resource_list_json(const FakeGroupVersion& gv) {
  nlohmann::json list = {{"kind", "APIResourceList"},
                         {"groupVersion", gv.group.empty() ? gv.version : gv.group + "/" + gv.version},
                         {"resources", nlohmann::json::array()}};
  for (const FakeResource& r : gv.resources) {
    nlohmann::json e = {{"name", r.name},     {"singularName", r.singular}, {"namespaced", r.namespaced},
                        {"kind", r.kind},     {"verbs", {"create", "delete", "get", "list", "patch", "update", "watch"}}};
    if (!r.short_names.empty()) e["shortNames"] = r.short_names;
    if (!r.categories.empty()) e["categories"] = r.categories;
    list["resources"].push_back(e);
    // Every resource also lists a subresource, which discovery must skip.
    list["resources"].push_back({{"name", r.name + "/status"}, {"singularName", ""}, {"namespaced", r.namespaced},
                                 {"kind", r.kind}, {"verbs", {"get", "patch", "update"}}});
  }
  return list.dump();
}

inline void FakeServer::add_group_version(const FakeGroupVersion& gv, bool preferred) {
  std::lock_guard<std::mutex> lock(mu_);
  routes_["/apis/" + gv.group + "/" + gv.version] = {200, "application/json", resource_list_json(gv)};
  nlohmann::json version = {{"groupVersion", gv.group + "/" + gv.version}, {"version", gv.version}};
  nlohmann::json* group = nullptr;
  for (auto& g : apis_["groups"])
    if (g["name"] == gv.group) group = &g;
  if (group == nullptr) {
    apis_["groups"].push_back({{"name", gv.group}, {"versions", nlohmann::json::array()}, {"preferredVersion", version}});
    group = &apis_["groups"].back();
  }
  (*group)["versions"].push_back(version);
  if (preferred) (*group)["preferredVersion"] = version;
  routes_["/apis"] = {200, "application/json", apis_.dump()};
}

inline std::shared_ptr<FakeServer> FakeServer::kube_1_20() {
  auto s = std::make_shared<FakeServer>();
  s->serve("/api", {200, "application/json",
                    R"({"kind":"APIVersions","versions":["v1"],"serverAddressByClientCIDRs":[{"clientCIDR":"0.0.0.0/0","serverAddress":"127.0.0.1:16443"}]})"});
  FakeGroupVersion core{"", "v1",
                        {{"bindings", "Binding", true, {}, {}, ""},
                         {"endpoints", "Endpoints", true, {"ep"}, {}, ""},
                         {"events", "Event", true, {"ev"}, {}, ""},
                         {"namespaces", "Namespace", false, {"ns"}, {}, ""},
                         {"nodes", "Node", false, {"no"}, {}, ""},
                         {"pods", "Pod", true, {"po"}, {"all"}, ""},
                         {"replicationcontrollers", "ReplicationController", true, {"rc"}, {"all"}, ""},
                         {"services", "Service", true, {"svc"}, {"all"}, ""}}};
  s->serve("/api/v1", {200, "application/json", resource_list_json(core)});
  s->serve("/apis", {200, "application/json", R"({"kind":"APIGroupList","apiVersion":"v1","groups":[]})"});
  s->add_group_version({"apps", "v1",
                        {{"controllerrevisions", "ControllerRevision", true, {}, {}, ""},
                         {"daemonsets", "DaemonSet", true, {"ds"}, {"all"}, ""},
                         {"deployments", "Deployment", true, {"deploy"}, {"all"}, ""},
                         {"replicasets", "ReplicaSet", true, {"rs"}, {"all"}, ""}}},
                       true);
  FakeResource events{"events", "Event", true, {"ev"}, {}, ""};
  s->add_group_version({"events.k8s.io", "v1", {events}}, true);
  s->add_group_version({"events.k8s.io", "v1beta1", {events}}, false);
  FakeResource hpa{"horizontalpodautoscalers", "HorizontalPodAutoscaler", true, {"hpa"}, {"all"}, ""};
  s->add_group_version({"autoscaling", "v1", {hpa}}, true);
  s->add_group_version({"autoscaling", "v2beta1", {hpa}}, false);
  s->add_group_version({"autoscaling", "v2beta2", {hpa}}, false);
  s->add_group_version({"batch", "v1", {{"jobs", "Job", true, {}, {"all"}, ""}}}, true);
  s->add_group_version({"batch", "v1beta1", {{"cronjobs", "CronJob", true, {"cj"}, {"all"}, ""}}}, false);
  s->add_group_version({"certificates.k8s.io", "v1",
                        {{"certificatesigningrequests", "CertificateSigningRequest", false, {"csr"}, {}, ""}}},
                       true);
  s->add_group_version({"certificates.k8s.io", "v1beta1",
                        {{"certificatesigningrequests", "CertificateSigningRequest", false, {"csr"}, {}, ""}}},
                       false);
  FakeResource ingresses{"ingresses", "Ingress", true, {"ing"}, {}, ""};
  FakeResource ingress_classes{"ingressclasses", "IngressClass", false, {}, {}, ""};
  s->add_group_version({"networking.k8s.io", "v1",
                        {ingress_classes, ingresses, {"networkpolicies", "NetworkPolicy", true, {"netpol"}, {}, ""}}},
                       true);
  s->add_group_version({"networking.k8s.io", "v1beta1", {ingress_classes, ingresses}}, false);
  s->add_group_version({"extensions", "v1beta1", {ingresses}}, true);
  s->add_group_version({"storage.k8s.io", "v1", {{"storageclasses", "StorageClass", false, {"sc"}, {}, ""}}}, true);
  s->add_group_version({"apiextensions.k8s.io", "v1",
                        {{"customresourcedefinitions", "CustomResourceDefinition", false, {"crd", "crds"},
                          {"api-extensions"}, ""}}},
                       true);
  // A CRD: these carry their singular name.
  s->add_group_version({"kctl.test", "v1", {{"widgets", "Widget", true, {"wd"}, {}, "widget"}}}, true);
  return s;
}

}  // namespace kctl::test
