// kctl set image: CONTAINER=IMAGE pairs (or *=IMAGE) after the resources,
// set on the containers and init containers of each pod spec.
#include "client/go_quote.h"
#include "cmd/set_commands.h"
#include "cmd/write_ops.h"

namespace kctl::cmd {
namespace {

struct ImageOptions {
  std::vector<std::string> args;
  SetFlags flags;
};

// kubectl's ParsePairs without removal: "NAME=IMAGE", later pairs winning.
Result<std::vector<std::pair<std::string, std::string>>> parse_images(const std::vector<std::string>& pairs) {
  std::vector<std::pair<std::string, std::string>> images;
  std::string invalid;
  for (const auto& p : pairs) {
    const auto eq = p.find('=');
    if (eq == std::string::npos || eq == 0) {
      invalid += (invalid.empty() ? "" : ", ") + p;
      continue;
    }
    const std::string name = p.substr(0, eq), image = p.substr(eq + 1);
    bool replaced = false;
    for (auto& [n, i] : images)
      if (n == name) i = image, replaced = true;
    if (!replaced) images.emplace_back(name, image);
  }
  if (!invalid.empty()) return make_error(ErrorKind::Internal, "invalid image format: " + invalid);
  return images;
}

bool set_image(ojson& spec, const char* list, const std::string& name, const std::string& image) {
  bool found = false;
  auto it = spec.find(list);
  if (it == spec.end() || !it->is_array()) return false;
  for (auto& c : *it) {
    if (!c.is_object() || (name != "*" && c.value("name", "") != name)) continue;
    found = true;
    if (image.empty()) c.erase("image");  // Go's omitempty
    else set_in_go_order(c, "image", image, container_field_order());
  }
  return found;
}

Result<> run_image(Factory& f, ImageOptions& o) {
  std::vector<std::string> resources, pairs;
  if (auto r = split_resources_and_pairs(o.args, "image", resources, pairs); !r) return r;
  auto images = parse_images(pairs);
  if (!images) return images.take_error();
  auto run = load_set_objects(f, o.flags, resources);
  if (!run) return run.take_error();
  // kubectl's Validate, after the objects were read.
  std::vector<std::string> problems;
  if (o.flags.all && !o.flags.selector.empty()) problems.push_back("cannot set --all and --selector at the same time");
  if (resources.empty() && o.flags.files.empty())
    problems.push_back("one or more resources must be specified as <resource> <name> or <resource>/<name>");
  bool wildcard = false;
  for (const auto& [name, image] : *images) wildcard = wildcard || name == "*";
  if (images->empty()) problems.push_back("at least one image update is required");
  else if (images->size() > 1 && wildcard)
    problems.push_back(
        "all containers are already specified by *, but saw more than one container_name=container_image pairs");
  if (o.flags.local && run->dry_run == DryRun::Server)
    problems.push_back("cannot specify --local and --dry-run=server - did you mean --dry-run=client?");
  if (!problems.empty()) {
    std::string m = problems.front();
    if (problems.size() > 1) {
      m = "[";
      for (std::size_t i = 0; i < problems.size(); ++i) m += (i ? ", " : "") + problems[i];
      m += "]";
    }
    return make_error(ErrorKind::Internal, m);
  }
  const auto& wanted = *images;
  return apply_set(f, o.flags, {"image updated", "failed to patch image update to pod template: "}, std::move(*run),
                   [&wanted](SetObject&, ojson& spec, std::vector<Error>& errors) -> Result<bool> {
                     for (const auto& [name, image] : wanted) {
                       const bool init = set_image(spec, "initContainers", name, image);
                       const bool main = set_image(spec, "containers", name, image);
                       if (!init && !main)
                         errors.push_back(make_error(ErrorKind::Plain,
                                                     "error: unable to find container named " + client::go_quote(name)));
                     }
                     return true;
                   });
}

}  // namespace

void register_set_image(CLI::App& set, VerbContext& ctx) {
  auto opts = std::make_shared<ImageOptions>();
  ImageOptions& o = *opts;
  CLI::App* sub = set.add_subcommand("image", "Update the image of a pod template");
  sub->add_option("args", o.args);
  o.flags.add_to(*sub, "Select all resources, including uninitialized ones, in the namespace of the specified resource types",
                 "Selector (label query) to filter on, not including uninitialized ones, supports '=', '==', and "
                 "'!='.(e.g. -l key1=value1,key2=value2)",
                 "If true, set image will NOT contact api-server but run locally.");
  add_filename_flags(*sub, o.flags.files, "identifying the resource to get from a server.");
  on_chosen(sub, ctx, [opts, &ctx]() { return run_image(ctx.factory, *opts); });
}

}  // namespace kctl::cmd
