// kctl api-resources: the resources of each group's preferred version
// (client-go's ServerPreferredResources), filtered and sorted as kubectl's
// apiresources.go does, printed through a tabwriter.
#include <algorithm>
#include <map>

#include "cmd/config_editor.h"
#include "cmd/table_writer.h"
#include "cmd/verb.h"

namespace kctl::cmd {
namespace {

using client::ApiResource;

// For each group resource, the version the group prefers when it serves
// it there, else the first version serving it; in discovery order.
std::vector<ApiResource> preferred_resources(const client::DiscoveryData& d) {
  std::map<std::string, std::string> preferred;
  for (const client::ApiGroup& g : d.groups) preferred[g.name] = g.preferred_version;
  std::map<std::pair<std::string, std::string>, std::size_t> chosen;  // (group, name) -> index
  std::vector<ApiResource> out;
  for (const ApiResource& r : d.resources) {
    auto [it, fresh] = chosen.emplace(std::make_pair(r.group, r.name), out.size());
    if (fresh) {
      out.push_back(r);
    } else if (r.version == preferred[r.group]) {
      out[it->second] = r;
    }
  }
  // Resources replaced by a later version keep the earlier one's place;
  // kubectl's order comes from the sort below, which is stable by group.
  return out;
}

bool has_all(const std::vector<std::string>& have, const std::vector<std::string>& want) {
  return std::all_of(want.begin(), want.end(),
                     [&](const std::string& w) { return std::find(have.begin(), have.end(), w) != have.end(); });
}

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

struct ApiResourcesOptions {
  std::string output, api_group, sort_by, namespaced_text = "true";
  bool no_headers = false, cached = false;
  std::vector<std::string> verbs, categories, args;
  // complete()
  bool group_changed = false, namespaced_changed = false, namespaced = true;

  void add_flags(CLI::App& sub) {
    sub.add_flag("--no-headers", no_headers,
                 "When using the default or custom-column output format, don't print headers (default print headers).");
    sub.add_option("-o,--output", output, "Output format. One of: (wide, name).");
    sub.add_option("--api-group", api_group, "Limit to resources in the specified API group.");
    sub.add_flag("--namespaced{true}", namespaced_text,
                 "If false, non-namespaced resources will be returned, otherwise returning namespaced resources by default.")
        ->default_str("true");
    for (auto [name, target, help] : {std::tuple{"--verbs", &verbs, "Limit to resources that support the specified verbs."},
                                      std::tuple{"--categories", &categories,
                                                 "Limit to resources that belong to the specified categories."}})
      sub.add_option(name, *target, help)
          ->delimiter(',')
          ->allow_extra_args(false)
          ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
    sub.add_option("--sort-by", sort_by,
                   "If non-empty, sort list of resources using specified field. The field can be either 'name' or 'kind'.");
    sub.add_flag("--cached", cached, "Use the cached list of resources if available.");
    sub.add_option("args", args);
  }

  Result<> complete(const CLI::App& sub, const std::string& command_path, std::ostream& err) {
    auto ns = parse_bool("--namespaced", namespaced_text);
    if (!ns) {  // pflag rejects the value while parsing, in cobra's words
      err << "Error: " << ns.error().message << "\nSee '" << command_path << " --help' for usage.\n";
      return make_error(ErrorKind::Printed, ns.error().message);
    }
    namespaced = *ns;
    if (auto r = no_arguments(args); !r) return r;
    group_changed = sub.count("--api-group") > 0;
    namespaced_changed = sub.count("--namespaced") > 0;
    return {};
  }

  Result<> validate() const {
    if (output != "" && output != "wide" && output != "name")
      return make_error(ErrorKind::Internal, "--output " + output + " is not available");
    if (sort_by != "" && sort_by != "name" && sort_by != "kind")
      return make_error(ErrorKind::Internal, "--sort-by accepts only name or kind");
    return {};
  }

  bool wanted(const ApiResource& r) const {
    return !r.verbs.empty() && (!group_changed || r.group == api_group) &&
           (!namespaced_changed || r.namespaced == namespaced) && has_all(r.verbs, verbs) &&
           has_all(r.categories, categories);
  }

  const std::string& sort_key(const ApiResource& r) const {
    return sort_by == "name" ? r.name : sort_by == "kind" ? r.kind : r.group;
  }

  Result<> run(Factory& f) {
    auto discovery = f.discovery();
    if (!discovery) return discovery.take_error();
    // Without --cached kubectl always asks the server (and rewrites the cache).
    auto data = cached ? (*discovery)->data() : (*discovery)->refresh();
    std::vector<ApiResource> resources;
    if (data) {
      for (ApiResource& r : preferred_resources(**data))
        if (wanted(r)) resources.push_back(std::move(r));
      std::stable_sort(resources.begin(), resources.end(), [&](const ApiResource& a, const ApiResource& b) {
        int c = sort_key(a).compare(sort_key(b));
        return c != 0 ? c < 0 : a.name < b.name;
      });
    }
    print(resources, f.io().out);
    if (!data) return data.take_error();  // after the header, as kubectl
    if (auto incomplete = client::incomplete_discovery_message(**data); !incomplete.empty())
      return make_error(ErrorKind::Internal, incomplete);
    return {};
  }

  void print(const std::vector<ApiResource>& resources, std::ostream& out) const {
    if (output == "name") {
      for (const ApiResource& r : resources) out << r.name << (r.group.empty() ? "" : "." + r.group) << '\n';
      out.flush();
      return;
    }
    TableWriter table;
    if (!no_headers) {
      std::vector<std::string> header{"NAME", "SHORTNAMES", "APIVERSION", "NAMESPACED", "KIND"};
      if (output == "wide") header.insert(header.end(), {"VERBS", "CATEGORIES"});
      table.row(std::move(header));
    }
    for (const ApiResource& r : resources) {
      std::vector<std::string> row{r.name, join(r.short_names), r.group_version(), r.namespaced ? "true" : "false",
                                   r.kind};
      if (output == "wide") row.insert(row.end(), {join(r.verbs), join(r.categories)});
      table.row(std::move(row));
    }
    table.flush(out);
    out.flush();
  }
};

}  // namespace

void register_api_resources(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<ApiResourcesOptions>();
  CLI::App* sub = root.add_subcommand("api-resources", "Print the supported API resources on the server");
  opts->add_flags(*sub);
  on_chosen(sub, ctx, [opts, sub, &ctx]() -> Result<> {
    if (auto r = opts->complete(*sub, ctx.command_path, ctx.factory.io().err); !r) return r;
    if (auto r = opts->validate(); !r) return r;
    return opts->run(ctx.factory);
  });
}

}  // namespace kctl::cmd
