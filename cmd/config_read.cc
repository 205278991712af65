// The read-only config verbs: view, get-contexts, get-clusters, get-users,
// current-context. None of them opens a socket.
#include <algorithm>

#include "client/printers/go_json.h"
#include "client/printers/go_yaml.h"
#include "cmd/config_verbs.h"
#include "cmd/table_writer.h"
#include "kubeconfig/view.h"

namespace kctl::cmd {
namespace {

using kubeconfig::Section;

std::vector<std::string> sorted_names(const kubeconfig::Config& c, Section s) {
  std::vector<std::string> names;
  for (const auto& e : c.section(s)) names.push_back(e.name);
  std::sort(names.begin(), names.end());
  return names;
}

struct ViewOptions {
  bool minify = false, flatten = false, raw = false, merge = true;
  std::string output = "yaml";

  Result<> run(Factory& f) const {
    if (output != "yaml" && output != "json")
      return make_error(ErrorKind::Internal,
                        "unable to match a printer suitable for the output format \"" + output +
                            "\", allowed formats are: json,yaml");
    auto config = f.config(/*for_edit=*/true);
    if (!config) return config.take_error();
    kubeconfig::ViewOptions vo;
    vo.minify = minify;
    vo.flatten = flatten;
    vo.raw = raw;
    vo.context = kubeconfig::effective_context(**config, f.flags().overrides, f.env());
    auto doc = kubeconfig::view(**config, vo);
    if (!doc) return doc.take_error();
    if (output == "json") f.io().out << printers::to_go_json(*doc) << '\n';
    else f.io().out << printers::to_go_yaml(*doc);
    return {};
  }
};

struct GetContextsOptions {
  std::vector<std::string> names;
  std::string output;
  bool no_headers = false;

  Result<> run(Factory& f) const {
    if (!output.empty() && output != "name")
      return make_error(ErrorKind::Internal, "output must be one of '' or 'name'");
    auto config = f.config(true);
    if (!config) return config.take_error();
    const kubeconfig::Config& c = **config;
    std::string current = kubeconfig::effective_context(c, f.flags().overrides, f.env());
    std::vector<std::string> wanted = names.empty() ? sorted_names(c, Section::Contexts) : names;
    std::ostream& out = f.io().out;
    TableWriter table;
    if (output.empty() && !no_headers) table.row({"CURRENT", "NAME", "CLUSTER", "AUTHINFO", "NAMESPACE"});
    std::vector<std::string> missing;
    for (const std::string& name : wanted) {
      const kubeconfig::Entry* e = c.find(Section::Contexts, name);
      if (e == nullptr) {
        missing.push_back(name);
        continue;
      }
      if (output == "name") {
        out << name << '\n';
        continue;
      }
      table.row({name == current ? "*" : " ", name, kubeconfig::field(e->body, "cluster"),
                 kubeconfig::field(e->body, "user"), kubeconfig::field(e->body, "namespace")});
    }
    table.flush(out);
    if (!missing.empty()) {
      std::string msg;
      for (const std::string& m : missing) msg += (msg.empty() ? "" : "\nerror: ") + std::string("context ") + m + " not found";
      return make_error(ErrorKind::Internal, msg);
    }
    return {};
  }
};

Result<> print_names(Factory& f, Section s) {
  auto config = f.config(true);
  if (!config) return config.take_error();
  f.io().out << "NAME\n";
  for (const std::string& n : sorted_names(**config, s)) f.io().out << n << '\n';
  return {};
}

Result<> current_context(Factory& f) {
  auto config = f.config(true);
  if (!config) return config.take_error();
  std::string current = kubeconfig::effective_context(**config, kubeconfig::Overrides{}, f.env());
  if (current.empty()) return make_error(ErrorKind::Internal, "current-context is not set");
  f.io().out << current << '\n';
  return {};
}

}  // namespace

void register_config_read(CLI::App& config, VerbContext& ctx) {
  auto view = std::make_shared<ViewOptions>();
  CLI::App* v = config.add_subcommand("view", "Display merged kubeconfig settings or a specified kubeconfig file");
  v->add_flag("--minify", view->minify, "Remove all information not used by current-context from the output");
  v->add_flag("--flatten", view->flatten, "Flatten the resulting kubeconfig file into self-contained output (useful for creating portable kubeconfig files)");
  v->add_flag("--raw", view->raw, "Display raw byte data and sensitive data");
  v->add_flag("--merge", view->merge, "Merge the full hierarchy of kubeconfig files");
  v->add_option("-o,--output", view->output, "Output format. One of: (json, yaml).");
  on_chosen(v, ctx, [view, &ctx] { return view->run(ctx.factory); });

  auto gc = std::make_shared<GetContextsOptions>();
  CLI::App* g = config.add_subcommand("get-contexts", "Describe one or many contexts");
  g->add_option("names", gc->names, "Context names");
  g->add_option("-o,--output", gc->output, "Output format. One of: (name).");
  g->add_flag("--no-headers", gc->no_headers, "When using the default or custom-column output format, don't print headers (default print headers).");
  on_chosen(g, ctx, [gc, &ctx] { return gc->run(ctx.factory); });

  on_chosen(config.add_subcommand("get-clusters", "Display clusters defined in the kubeconfig"), ctx,
            [&ctx] { return print_names(ctx.factory, Section::Clusters); });
  on_chosen(config.add_subcommand("get-users", "Display users defined in the kubeconfig"), ctx,
            [&ctx] { return print_names(ctx.factory, Section::Users); });
  on_chosen(config.add_subcommand("current-context", "Display the current-context"), ctx,
            [&ctx] { return current_context(ctx.factory); });
}

}  // namespace kctl::cmd
