#include "cmd/resource_visits.h"

#include <algorithm>
#include <map>

namespace kctl::cmd {
namespace {

Error visit_error(std::string message) { return make_error(ErrorKind::Internal, std::move(message)); }

bool same_kind(const client::ApiResource& a, const client::ApiResource& b) {
  return a.group == b.group && a.version == b.version && a.kind == b.kind;
}

// kubectl's ReplaceAliases: a category among the types becomes its members.
std::vector<std::string> expand_categories(const std::vector<std::string>& types, const CategoryExpander& expand) {
  std::vector<std::string> out;
  for (const auto& t : types) {
    auto members = expand ? expand(t) : std::vector<std::string>{};
    if (members.empty()) {
      out.push_back(t);
      continue;
    }
    out.insert(out.end(), members.begin(), members.end());
  }
  // The expansion is joined and split again by kubectl: duplicates go.
  std::vector<std::string> unique;
  for (auto& t : out)
    if (std::find(unique.begin(), unique.end(), t) == unique.end()) unique.push_back(std::move(t));
  return unique;
}

Result<std::string> namespace_for(const client::ApiResource& r, const VisitScope& scope, bool by_name) {
  if (!r.namespaced) return std::string();
  if (by_name && scope.ns.empty())
    return visit_error(scope.all_namespaces ? "a resource cannot be retrieved by name across all namespaces"
                                      : "namespace may not be empty when retrieving a resource by name");
  return scope.ns;
}

}  // namespace

Result<VisitPlan> plan_visits(const ResourceArgs& args, const VisitScope& in_scope, const ResourceResolver& resolve,
                              const CategoryExpander& expand) {
  VisitScope scope = in_scope;
  if (scope.all_namespaces) scope.ns.clear();
  VisitPlan plan;
  const bool selector = !scope.label_selector.empty() || !scope.field_selector.empty() || scope.select_all ||
                        (args.tuples.empty() && args.names.empty());
  if (selector) {
    if (!args.names.empty()) return visit_error("name cannot be provided when a selector is specified");
    if (!args.tuples.empty())
      return visit_error("selectors and the all flag cannot be used when passing resource/name arguments");
    if (args.types.empty()) return visit_error("at least one resource must be specified to use a selector");
    std::vector<client::ApiResource> seen;
    for (const auto& t : expand_categories(args.types, expand)) {
      auto r = resolve(t);
      if (!r) return r.take_error();
      if (std::any_of(seen.begin(), seen.end(), [&](const auto& s) { return same_kind(s, *r); })) continue;
      seen.push_back(*r);
      plan.visits.push_back({*r, r->namespaced ? scope.ns : std::string(), {}});
    }
    return plan;
  }
  if (!args.tuples.empty()) {
    plan.single_item_implied = args.tuples.size() == 1;
    std::map<std::string, client::ApiResource> mappings;
    for (const auto& t : args.tuples) {
      if (mappings.count(t.type)) continue;
      auto r = resolve(t.type);
      if (!r) return r.take_error();
      mappings.emplace(t.type, std::move(*r));
    }
    for (const auto& t : args.tuples) {
      const auto& r = mappings.at(t.type);
      auto ns = namespace_for(r, scope, true);
      if (!ns) return ns.take_error();
      plan.visits.push_back({r, *ns, t.name});
    }
    return plan;
  }
  // names of a single type
  plan.single_item_implied = args.names.size() == 1;
  auto types = expand_categories(args.types, expand);
  if (types.size() > 1) return visit_error("you must specify only one resource");
  auto r = resolve(types.at(0));
  if (!r) return r.take_error();
  auto ns = namespace_for(*r, scope, true);
  if (!ns) return ns.take_error();
  for (const auto& n : args.names) plan.visits.push_back({*r, *ns, n});
  return plan;
}

Result<Visit> manifest_visit(const client::ManifestObject& m, const VisitScope& scope,
                             const KindResolver& resolve_kind) {
  const std::string api_version = m.object.value("apiVersion", "");
  const std::string kind = m.object.value("kind", "");
  const auto slash = api_version.find('/');
  const std::string group = slash == std::string::npos ? "" : api_version.substr(0, slash);
  const std::string version = slash == std::string::npos ? api_version : api_version.substr(slash + 1);
  const nlohmann::json meta = m.object.value("metadata", nlohmann::json::object());
  const std::string name = meta.is_object() ? meta.value("name", "") : "";
  const std::string object_ns = meta.is_object() ? meta.value("namespace", "") : "";
  auto resource = resolve_kind(group, version, kind);
  if (!resource)
    return make_error(ErrorKind::Plain, "resource mapping not found for name: \"" + name + "\" namespace: \"" +
                                            object_ns + "\" from \"" + m.source + "\": no matches for kind \"" +
                                            kind + "\" in version \"" + api_version +
                                            "\"\nensure CRDs are installed first");
  std::string ns;
  if (resource->namespaced) ns = object_ns.empty() ? scope.ns : object_ns;
  return Visit{*resource, ns, name};
}

Result<VisitPlan> plan_manifest_visits(const std::vector<client::ManifestObject>& objects, bool single_source,
                                       const VisitScope& scope, const KindResolver& resolve_kind) {
  VisitPlan plan;
  plan.single_item_implied = single_source && objects.size() == 1;
  for (const auto& m : objects) {
    auto visit = manifest_visit(m, scope, resolve_kind);
    if (!visit) return visit.take_error();
    plan.visits.push_back(std::move(*visit));
  }
  return plan;
}

KindResolver discovery_kind_resolver(client::Discovery& discovery) {
  auto find = [](const client::DiscoveryData& data, const std::string& group, const std::string& version,
                 const std::string& kind) -> std::optional<client::ApiResource> {
    for (const auto& r : data.resources)
      if (r.group == group && r.version == version && r.kind == kind) return r;
    return std::nullopt;
  };
  return [&discovery, find](const std::string& group, const std::string& version, const std::string& kind) {
    auto data = discovery.data();
    if (data)
      if (auto r = find(**data, group, version, kind)) return r;
    auto fresh = discovery.refresh();
    return fresh ? find(**fresh, group, version, kind) : std::nullopt;
  };
}

}  // namespace kctl::cmd
