// kctl set resources: --limits and --requests (cpu=100m,memory=256Mi) set
// on the selected containers of each pod spec, each quantity in its
// canonical form as kubectl's resource.Quantity writes it.
#include <regex>

#include "client/describe/quantity.h"
#include "cmd/set_commands.h"
#include "cmd/write_ops.h"

namespace kctl::cmd {

Result<ojson> parse_resource_list(const std::string& spec) {
  ojson list = ojson::object();
  if (spec.empty()) return list;
  std::vector<std::string> statements;
  for (std::size_t start = 0;;) {
    const auto comma = spec.find(',', start);
    statements.push_back(spec.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  std::map<std::string, std::string> sorted;  // a Go map: printed in key order
  for (const auto& s : statements) {
    const auto eq = s.find('=');
    if (eq == std::string::npos || s.find('=', eq + 1) != std::string::npos)
      return make_error(ErrorKind::Internal, "Invalid argument syntax " + s + ", expected <resource>=<value>");
    const std::string text = s.substr(eq + 1);
    auto q = describe::Quantity::parse(text);
    if (!q) {
      static const std::regex format("^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$");
      if (!std::regex_match(text, format))
        return make_error(ErrorKind::Internal,
                          "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
      return make_error(ErrorKind::Internal, "unable to parse quantity's suffix");
    }
    sorted[s.substr(0, eq)] = q->string();
  }
  for (auto& [k, v] : sorted) list[k] = v;
  return list;
}

namespace {

struct ResourcesOptions {
  std::vector<std::string> args;
  SetFlags flags;
  std::string containers = "*", limits, requests;
};

// `changes` merged into the resource list `field` of `resources`, keys
// sorted as Go prints a map.
void merge_list(ojson& resources, const char* field, const ojson& changes) {
  if (changes.empty()) return;
  std::map<std::string, ojson> merged;
  if (auto it = resources.find(field); it != resources.end() && it->is_object())
    for (const auto& [k, v] : it->items()) merged[k] = v;
  for (const auto& [k, v] : changes.items()) merged[k] = v;
  ojson list = ojson::object();
  for (auto& [k, v] : merged) list[k] = std::move(v);
  set_in_go_order(resources, field, std::move(list), {"limits", "requests", "claims"});
}

Result<> run_resources(Factory& f, ResourcesOptions& o) {
  auto run = load_set_objects(f, o.flags, o.args);
  if (!run) return run.take_error();
  // kubectl's Validate.
  if (o.flags.local && run->dry_run == DryRun::Server)
    return make_error(ErrorKind::Internal, "cannot specify --local and --dry-run=server - did you mean --dry-run=client?");
  if (o.flags.all && !o.flags.selector.empty())
    return make_error(ErrorKind::Internal, "cannot set --all and --selector at the same time");
  if (o.limits.empty() && o.requests.empty())
    return make_error(ErrorKind::Internal,
                      "you must specify an update to requests or limits (in the form of --requests/--limits)");
  auto limits = parse_resource_list(o.limits);
  if (!limits) return limits.take_error();
  auto requests = parse_resource_list(o.requests);
  if (!requests) return requests.take_error();

  const ojson& l = *limits;
  const ojson& r = *requests;
  const std::string& selector = o.containers;
  return apply_set(f, o.flags, {"resource requirements updated", "failed to patch resources update to pod template "},
                   std::move(*run), [&](SetObject&, ojson& spec, std::vector<Error>& errors) -> Result<bool> {
                     bool transformed = false;
                     for (const char* list : {"containers", "initContainers"})
                       if (auto cs = spec.find(list); cs != spec.end() && cs->is_array())
                         for (auto& c : *cs) {
                           if (!container_selected(c.value("name", ""), selector)) continue;
                           ojson resources = c.value("resources", ojson::object());
                           merge_list(resources, "limits", l);
                           merge_list(resources, "requests", r);
                           set_in_go_order(c, "resources", std::move(resources), container_field_order());
                           transformed = true;
                         }
                     if (!transformed)
                       errors.push_back(
                           make_error(ErrorKind::Plain, "error: unable to find container named " + selector));
                     return transformed;
                   });
}

}  // namespace

void register_set_resources(CLI::App& set, VerbContext& ctx) {
  auto opts = std::make_shared<ResourcesOptions>();
  ResourcesOptions& o = *opts;
  CLI::App* sub = set.add_subcommand("resources", "Update resource requests/limits on objects with pod templates");
  sub->add_option("args", o.args);
  o.flags.add_to(*sub, "Select all resources, including uninitialized ones, in the namespace of the specified resource types",
                 "Selector (label query) to filter on, not including uninitialized ones,supports '=', '==', and "
                 "'!='.(e.g. -l key1=value1,key2=value2)",
                 "If true, set resources will NOT contact api-server but run locally.");
  add_filename_flags(*sub, o.flags.files, "identifying the resource to get from a server.");
  sub->add_option("-c,--containers", o.containers,
                  "The names of containers in the selected pod templates to change, all containers are selected by "
                  "default - may use wildcards");
  const std::string note =
      "  For example, 'cpu=100m,memory=256Mi'.  Note that server side components may assign requests depending on "
      "the server configuration, such as limit ranges.";
  sub->add_option("--limits", o.limits, "The resource requirement requests for this container." + note);
  sub->add_option("--requests", o.requests, "The resource requirement requests for this container." + note);
  on_chosen(sub, ctx, [opts, &ctx]() { return run_resources(ctx.factory, *opts); });
}

}  // namespace kctl::cmd
