#include "cmd/explain_target.h"

#include <algorithm>
#include <cctype>

#include "client/ascii.h"

namespace kctl::cmd {
namespace {

bool names(const client::ApiResource& r, const std::string& name) {
  return r.name == name || r.singular_name == name || ascii_lower(r.kind) == name ||
         std::find(r.short_names.begin(), r.short_names.end(), name) != r.short_names.end();
}

std::string group_resource(const std::string& plural, const std::string& group) {
  return group.empty() ? plural : plural + "." + group;
}

}  // namespace

std::vector<std::string> group_resources_for(const client::DiscoveryData& data, const client::ApiResource& best,
                                             std::string_view name) {
  std::vector<std::string> found{group_resource(best.name, best.group)};
  const std::string wanted = ascii_lower(name);
  for (const client::ApiGroup& g : data.groups) {
    for (const client::ApiResource& r : data.resources) {
      if (r.group != g.name || !names(r, wanted)) continue;
      std::string gr = group_resource(r.name, r.group);
      if (std::find(found.begin(), found.end(), gr) == found.end()) found.push_back(std::move(gr));
      break;
    }
  }
  return found;
}

Result<GroupVersion> parse_group_version(std::string_view gv) {
  if (gv.empty() || gv == "/") return GroupVersion{};
  switch (std::count(gv.begin(), gv.end(), '/')) {
    case 0:
      return GroupVersion{"", std::string(gv)};
    case 1: {
      std::size_t slash = gv.find('/');
      return GroupVersion{std::string(gv.substr(0, slash)), std::string(gv.substr(slash + 1))};
    }
    default:
      return make_error(ErrorKind::Internal, "unexpected GroupVersion string: " + std::string(gv));
  }
}

}  // namespace kctl::cmd
