#include "client/discovery_parse.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <map>

#include "client/ascii.h"

namespace kctl::client {
namespace {

using nlohmann::json;

std::string trim(std::string_view s) {
  auto first = s.find_first_not_of(" \t");
  if (first == std::string_view::npos) return {};
  return std::string(s.substr(first, s.find_last_not_of(" \t") - first + 1));
}

// Field readers that treat a missing or mistyped field as empty.
std::string str(const json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

std::vector<std::string> strs(const json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const json& e : *it)
    if (e.is_string()) out.push_back(e.get<std::string>());
  return out;
}

const json& array(const json& j, const char* key) {
  static const json empty = json::array();
  auto it = j.find(key);
  return it != j.end() && it->is_array() ? *it : empty;
}

Result<json> parse_object(std::string_view body, const char* what) {
  json doc = json::parse(body, nullptr, false);
  if (!doc.is_object())
    return make_error(ErrorKind::Internal, std::string("cannot decode the ") + what + " from the server");
  return doc;
}

}  // namespace

bool is_aggregated_discovery(std::string_view content_type) {
  auto semi = content_type.find(';');
  if (ascii_lower(trim(content_type.substr(0, semi))) != "application/json" || semi == std::string_view::npos) return false;
  std::map<std::string, std::string> params;
  std::string_view rest = content_type.substr(semi + 1);
  while (!rest.empty()) {
    auto next = rest.find(';');
    std::string_view param = rest.substr(0, next);
    if (auto eq = param.find('='); eq != std::string_view::npos)
      params[ascii_lower(trim(param.substr(0, eq)))] = trim(param.substr(eq + 1));
    rest = next == std::string_view::npos ? std::string_view() : rest.substr(next + 1);
  }
  return params["g"] == "apidiscovery.k8s.io" && (params["v"] == "v2" || params["v"] == "v2beta1") &&
         params["as"] == "APIGroupDiscoveryList";
}

Result<ApiGroup> parse_api_versions(std::string_view body) {
  auto doc = parse_object(body, "APIVersions");
  if (!doc) return doc.take_error();
  ApiGroup core;
  core.versions = strs(*doc, "versions");
  if (!core.versions.empty()) core.preferred_version = core.versions.front();
  return core;
}

Result<std::vector<ApiGroup>> parse_api_group_list(std::string_view body) {
  auto doc = parse_object(body, "APIGroupList");
  if (!doc) return doc.take_error();
  std::vector<ApiGroup> groups;
  for (const json& g : array(*doc, "groups")) {
    if (!g.is_object()) continue;
    ApiGroup group;
    group.name = str(g, "name");
    for (const json& v : array(g, "versions"))
      if (v.is_object()) group.versions.push_back(str(v, "version"));
    if (auto p = g.find("preferredVersion"); p != g.end() && p->is_object()) group.preferred_version = str(*p, "version");
    groups.push_back(std::move(group));
  }
  return groups;
}

Result<std::vector<ApiResource>> parse_api_resource_list(std::string_view body, const std::string& group,
                                                         const std::string& version) {
  auto doc = parse_object(body, "APIResourceList");
  if (!doc) return doc.take_error();
  std::vector<ApiResource> out;
  for (const json& r : array(*doc, "resources")) {
    if (!r.is_object()) continue;
    ApiResource res;
    res.name = str(r, "name");
    if (res.name.find('/') != std::string::npos) continue;  // a subresource
    res.group = group;
    res.version = version;
    res.singular_name = str(r, "singularName");
    res.kind = str(r, "kind");
    auto ns = r.find("namespaced");
    res.namespaced = ns != r.end() && ns->is_boolean() && ns->get<bool>();
    res.verbs = strs(r, "verbs");
    res.short_names = strs(r, "shortNames");
    res.categories = strs(r, "categories");
    out.push_back(std::move(res));
  }
  return out;
}

Result<DiscoveryData> parse_aggregated_discovery(std::string_view body) {
  auto doc = parse_object(body, "APIGroupDiscoveryList");
  if (!doc) return doc.take_error();
  DiscoveryData data;
  for (const json& item : array(*doc, "items")) {
    if (!item.is_object()) continue;
    ApiGroup group;
    if (auto m = item.find("metadata"); m != item.end() && m->is_object()) group.name = str(*m, "name");
    for (const json& v : array(item, "versions")) {
      if (!v.is_object()) continue;
      std::string version = str(v, "version");
      std::string gv = group.name.empty() ? version : group.name + "/" + version;
      if (str(v, "freshness") == "Stale") {
        data.failed.emplace_back(gv, "stale GroupVersion discovery: " + gv);
        continue;
      }
      group.versions.push_back(version);
      if (group.preferred_version.empty()) group.preferred_version = version;
      for (const json& r : array(v, "resources")) {
        if (!r.is_object()) continue;
        auto kind = r.find("responseKind");
        if (kind == r.end() || !kind->is_object() || str(*kind, "kind").empty()) continue;
        ApiResource res;
        res.group = group.name;
        res.version = version;
        res.name = str(r, "resource");
        res.singular_name = str(r, "singularResource");
        res.kind = str(*kind, "kind");
        res.namespaced = str(r, "scope") == "Namespaced";
        res.verbs = strs(r, "verbs");
        res.short_names = strs(r, "shortNames");
        res.categories = strs(r, "categories");
        data.resources.push_back(std::move(res));
      }
    }
    data.groups.push_back(std::move(group));
  }
  return data;
}

}  // namespace kctl::client
