// kubectl's resource-name resolution, as its pieces combine in cli-runtime's
// Builder.mappingFor: client-go's shortcut expander in front of a
// PriorityRESTMapper over one DefaultRESTMapper per group version.
#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <optional>
#include <set>

#include "client/discovery.h"
#include "client/ascii.h"
#include "client/go_quote.h"

namespace kctl::client {
namespace {

// A partly specified group/version/resource (or kind), as parsed from an
// argument; empty fields are unspecified.
struct Partial {
  std::string group, version, name;
};

// schema.ParseResourceArg / ParseKindArg: "a.b.c..." is also read as
// name.version.group when it has two dots or more.
std::optional<Partial> parse_fully_specified(const std::string& arg) {
  if (std::count(arg.begin(), arg.end(), '.') < 2) return std::nullopt;
  auto first = arg.find('.');
  auto second = arg.find('.', first + 1);
  return Partial{arg.substr(second + 1), arg.substr(first + 1, second - first - 1), arg.substr(0, first)};
}

// schema.ParseGroupResource: "name.group", the group being all after the
// first dot.
Partial parse_group_qualified(const std::string& arg) {
  auto dot = arg.find('.');
  if (dot == std::string::npos) return Partial{"", "", arg};
  return Partial{arg.substr(dot + 1), "", arg.substr(0, dot)};
}

// DefaultRESTMapper's singular form: discovery's, else the kind lower-cased
// (servers before 1.27 leave it empty for built-in resources).
std::string singular_of(const ApiResource& r) {
  return r.singular_name.empty() ? ascii_lower(r.kind) : r.singular_name;
}

// PriorityRESTMapper's order of group versions: core v1 first, then for
// each group in discovery order its preferred version, then its others.
class Priority {
 public:
  explicit Priority(const DiscoveryData& d) {
    add("", "v1");
    for (const ApiGroup& g : d.groups) {
      if (!g.preferred_version.empty()) add(g.name, g.preferred_version);
      for (const std::string& v : g.versions) add(g.name, v);
    }
  }
  std::size_t of(const ApiResource& r) const {
    auto it = rank_.find({r.group, r.version});
    return it == rank_.end() ? rank_.size() : it->second;
  }

 private:
  void add(const std::string& g, const std::string& v) { rank_.emplace(std::make_pair(g, v), rank_.size()); }
  std::map<std::pair<std::string, std::string>, std::size_t> rank_;
};

// The one candidate in the highest-priority group version; none when there
// is no candidate or that group version holds several (ambiguous).
const ApiResource* pick(const DiscoveryData& d, const std::vector<const ApiResource*>& candidates) {
  if (candidates.size() <= 1) return candidates.empty() ? nullptr : candidates.front();
  Priority priority(d);
  std::size_t best = SIZE_MAX;
  const ApiResource* chosen = nullptr;
  bool tie = false;
  for (const ApiResource* r : candidates) {
    std::size_t p = priority.of(*r);
    if (p < best) {
      best = p;
      chosen = r;
      tie = false;
    } else if (p == best) {
      tie = true;
    }
  }
  return tie ? nullptr : chosen;
}

std::string group_resource_string(const std::string& group, const std::string& resource) {
  return group.empty() ? resource : resource + "." + group;
}

// shortcutExpander.expandResourceShortcut: an exact resource name (or
// discovery's singular) is left alone; else the first short name in
// discovery order wins (dropping any version), warning about other groups
// that define it; else a short name in a group the given group prefixes.
Partial expand_shortcut(const DiscoveryData& d, const Partial& in, std::vector<std::string>* warnings) {
  for (const ApiResource& r : d.resources) {
    if (!in.group.empty() && in.group != r.group) continue;
    if (in.name == r.name || in.name == r.singular_name) return in;
  }
  std::optional<Partial> found;
  std::set<std::pair<std::string, std::string>> warned;
  for (const ApiResource& r : d.resources)
    for (const std::string& short_name : r.short_names) {
      if ((!in.group.empty() && in.group != r.group) || in.name != short_name) continue;
      if (!found) {
        found = Partial{r.group, "", r.name};
      } else if ((r.group != found->group || r.name != found->name) && warned.insert({r.group, r.name}).second &&
                 warnings != nullptr) {
        warnings->push_back("short name " + go_quote(in.name) + " could also match lower priority resource " +
                            group_resource_string(r.group, r.name));
      }
    }
  if (found) return *found;
  if (in.group.empty()) return in;
  for (const ApiResource& r : d.resources)
    for (const std::string& short_name : r.short_names)
      if (r.group.rfind(in.group, 0) == 0 && in.name == short_name) return Partial{r.group, in.version, r.name};
  return in;
}

// DefaultRESTMapper.ResourcesFor over every group version, then the
// priority pick (PriorityRESTMapper.KindFor). The name matches the plural
// or singular, lower-cased; a group matches exactly or as a prefix
// ("storage" for storage.k8s.io); a version exactly.
const ApiResource* resource_for(const DiscoveryData& d, Partial p, std::vector<std::string>* warnings) {
  p = expand_shortcut(d, p, warnings);
  p.name = ascii_lower(p.name);
  if (p.name.empty()) return nullptr;
  std::vector<const ApiResource*> candidates;
  for (const ApiResource& r : d.resources) {
    if (!p.group.empty() && r.group.rfind(p.group, 0) != 0) continue;
    if (!p.version.empty() && r.version != p.version) continue;
    if (p.name == r.name || p.name == singular_of(r)) candidates.push_back(&r);
  }
  // A fully specified group wants that group only: the prefix rule applies
  // when the group alone is given.
  if (!p.group.empty() && !p.version.empty())
    std::erase_if(candidates, [&](const ApiResource* r) { return r->group != p.group; });
  return pick(d, candidates);
}

// DefaultRESTMapper.RESTMappings for a kind (exactly as discovery spells it,
// or all lower case) in exactly the given group, at the given version if
// any, then the priority pick.
const ApiResource* kind_for(const DiscoveryData& d, const Partial& p) {
  if (p.name.empty()) return nullptr;
  std::vector<const ApiResource*> candidates;
  for (const ApiResource& r : d.resources)
    if (r.group == p.group && (p.version.empty() || r.version == p.version) &&
        (r.kind == p.name || ascii_lower(r.kind) == p.name))
      candidates.push_back(&r);
  return pick(d, candidates);
}

std::optional<ApiResource> find_resource(const DiscoveryData& d, const std::string& arg,
                                         std::vector<std::string>* warnings) {
  std::optional<Partial> full = parse_fully_specified(arg);
  Partial qualified = parse_group_qualified(arg);
  const ApiResource* hit = full ? resource_for(d, *full, warnings) : nullptr;
  if (hit == nullptr) hit = resource_for(d, qualified, warnings);
  if (hit == nullptr && full) hit = kind_for(d, *full);
  if (hit == nullptr) hit = kind_for(d, qualified);
  if (hit == nullptr) return std::nullopt;
  return *hit;
}

Error no_resource_type(const std::string& arg) {
  // kubectl names the part before the first dot, as typed.
  return make_error(ErrorKind::Internal,
                    "the server doesn't have a resource type " + go_quote(parse_group_qualified(arg).name));
}

}  // namespace

Result<ApiResource> resolve_resource(const DiscoveryData& data, std::string_view arg,
                                     std::vector<std::string>* warnings) {
  std::string a(arg);
  auto found = find_resource(data, a, warnings);
  if (!found) return no_resource_type(a);
  return *found;
}

Result<ApiResource> resolve_resource(Discovery& discovery, std::string_view arg, std::vector<std::string>* warnings) {
  std::string a(arg);
  auto data = discovery.data();
  if (!data) return data.take_error();
  std::vector<std::string> first_warnings;
  auto found = find_resource(**data, a, &first_warnings);
  if (!found) {
    // Maybe created since the cache was written (a new CRD): ask the server.
    auto fresh = discovery.refresh();
    if (!fresh) return fresh.take_error();
    first_warnings.clear();
    found = find_resource(**fresh, a, &first_warnings);
  }
  if (warnings != nullptr) warnings->insert(warnings->end(), first_warnings.begin(), first_warnings.end());
  if (!found) return no_resource_type(a);
  return *found;
}

std::vector<ApiResource> expand_category(const DiscoveryData& data, std::string_view arg) {
  // restmapper's discoveryCategoryExpander lists group/resources in
  // discovery order (every version); kubectl then maps each "name.group"
  // and drops repeats of a group/version/kind.
  std::vector<ApiResource> out;
  std::set<std::string> seen;
  for (const ApiResource& r : data.resources) {
    if (std::find(r.categories.begin(), r.categories.end(), arg) == r.categories.end()) continue;
    auto mapped = find_resource(data, group_resource_string(r.group, r.name), nullptr);
    if (!mapped) continue;
    if (seen.insert(mapped->group + "/" + mapped->version + "/" + mapped->kind).second) out.push_back(*mapped);
  }
  return out;
}

}  // namespace kctl::client
