// kctl apply view-last-applied and apply set-last-applied: read the
// last-applied-configuration annotation of live objects, or set it to a
// manifest's content without applying the manifest (kubectl's
// apply_view_last_applied.go and apply_set_last_applied.go).
#include "client/printers/go_json.h"
#include "client/printers/go_yaml.h"
#include "cmd/apply_options.h"
#include "cmd/last_applied.h"
#include "cmd/render_error.h"
#include "cmd/write_ops.h"
#include "cmd/write_targets.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

struct ViewOptions {
  std::vector<std::string> args;
  FilenameOptions files;
  std::string output = "yaml", selector;
  bool all = false;
};

std::string annotation_of(const json& obj) {
  const json meta = obj.value("metadata", json::object());
  const json annotations = meta.value("annotations", json::object());
  auto it = annotations.find(kLastAppliedAnnotation);
  return it != annotations.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// json.Indent with two spaces keeps the text's key order and trailing
// newline; YAML is sigs.k8s.io/yaml's JSONToYAML, keys sorted.
Result<std::string> render_view(const std::string& text, const std::string& output) {
  nlohmann::ordered_json doc = nlohmann::ordered_json::parse(text, nullptr, false);
  if (doc.is_discarded()) return make_error(ErrorKind::Internal, "invalid character in the last-applied-configuration");
  if (output == "json") {
    std::string out = printers::to_go_json(doc, 2);
    const auto end = text.find_last_not_of(" \t\r\n");
    if (end != std::string::npos) out += text.substr(end + 1);
    return out;
  }
  return printers::to_go_yaml(nlohmann::ordered_json(json(doc)));
}

Result<> run_view(Factory& f, const ViewOptions& o) {
  if (o.output != "json" && o.output != "yaml")
    return make_error(ErrorKind::Usage, "Unexpected -o output mode: " + o.output +
                                            ", the flag 'output' must be one of yaml|json");
  // kubectl's builder sees the --all it is given after an (empty) selector.
  if (o.all) return make_error(ErrorKind::Internal, "setting 'all' parameter but found a non empty selector. ");
  ArgsScope scope;
  scope.label_selector = o.selector;
  scope.require_names = false;
  auto targets = resolve_targets(f, o.files, o.args, scope);
  if (!targets) return targets.take_error();
  if (!targets->refused.empty()) return targets->refused.front();
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  std::vector<std::string> configs;
  for (auto& t : targets->items) {
    json live = t.object;
    if (!t.live) {
      auto got = get_object(**rest, t.visit);
      if (!got) return got.take_error();
      live = std::move(*got);
    }
    std::string config = annotation_of(live);
    if (config.empty()) {
      // kubectl adds the file to a nil error: only -f objects fail here.
      if (t.source.empty()) continue;
      return make_error(ErrorKind::Internal, "error when no last-applied-configuration annotation found on resource: " +
                                                 t.visit.name + "\n \"" + t.source + "\": <nil>");
    }
    configs.push_back(std::move(config));
  }
  for (const auto& c : configs) {
    auto text = render_view(c, o.output);
    if (!text) return text.take_error();
    f.io().out << *text;
  }
  f.io().out.flush();
  return {};
}

struct SetOptions {
  FilenameOptions files;
  WriteFlags write;
  bool create_annotation = false;
};

Result<> run_set(Factory& f, const SetOptions& o) {
  auto dry_run = parse_dry_run(o.write.dry_run, f.logger());
  if (!dry_run) return dry_run.take_error();
  if (o.files.empty()) return make_error(ErrorKind::Internal, "must specify one of -f and -k");
  if (auto v = OperationPrinter::validate(o.write.output); !v) return v;
  auto rc = f.rest_config();
  if (!rc) return rc.take_error();
  auto targets = targets_from_manifests(f, o.files, (*rc)->ns, !f.flags().overrides.ns.empty());
  if (!targets) return targets.take_error();
  if (!targets->refused.empty()) return targets->refused.front();
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();

  // kubectl checks every object before it patches any.
  struct Planned {
    const Target* target;
    json live;
    std::string patch;
  };
  std::vector<Planned> planned;
  for (const auto& t : targets->items) {
    auto [config, patch] = last_applied_patch(t.object);
    auto live = get_object(**rest, t.visit);
    if (!live) {
      Error e = live.take_error();
      if (is_not_found(e)) return e;
      return with_source(std::move(e), "retrieving current configuration of:\n" + info_string(t.visit) +
                                           "\nfrom server for:", t.source);
    }
    const std::string original = annotation_of(*live);
    if (original.empty() && !o.create_annotation)
      return make_error(ErrorKind::Internal, "no last-applied-configuration annotation found on resource: " +
                                                 t.visit.name +
                                                 ", to create the annotation, run the command with --create-annotation");
    const json original_doc = json::parse(original, nullptr, false);
    if (!original.empty() && !original_doc.is_discarded() && original_doc == json::parse(config)) {
      f.io().out << "set-last-applied " << t.visit.name << ": no changes required.\n";
      continue;
    }
    planned.push_back({&t, std::move(*live), patch.dump()});
  }
  OperationPrinter printer(o.write.output, *dry_run, o.write.show_managed_fields, f.io().out);
  WriteParams params{*dry_run == DryRun::Server, {}};
  for (auto& p : planned) {
    json shown = std::move(p.live);
    if (*dry_run != DryRun::Client) {
      auto patched = patch_object(**rest, p.target->visit, "application/merge-patch+json", p.patch, params);
      if (!patched) return patched.take_error();
      shown = std::move(*patched);
    }
    printer.print(shown, "configured");
  }
  return {};
}

}  // namespace

void register_apply_last_applied(CLI::App& apply, VerbContext& ctx) {
  auto view = std::make_shared<ViewOptions>();
  CLI::App* v = apply.add_subcommand("view-last-applied", "View the latest last-applied-configuration annotations of a "
                                                           "resource/object");
  v->add_option("args", view->args);
  v->add_flag("--all", view->all, "Select all resources in the namespace of the specified resource types");
  add_filename_flags(*v, view->files, "that contains the last-applied-configuration annotations");
  v->add_option("-o,--output", view->output, "Output format. Must be one of (yaml, json)");
  v->add_option("-l,--selector", view->selector,
                "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). "
                "Matching objects must satisfy all of the specified label constraints.");
  on_chosen(v, ctx, [view, &ctx]() { return run_view(ctx.factory, *view); });

  auto set = std::make_shared<SetOptions>();
  CLI::App* s = apply.add_subcommand("set-last-applied", "Set the last-applied-configuration annotation on a live "
                                                          "object to match the contents of a file");
  set->write.add_to(*s);
  s->add_flag("--create-annotation", set->create_annotation,
              "Will create 'last-applied-configuration' annotations if current objects doesn't have one");
  add_filename_flags(*s, set->files, "that contains the last-applied-configuration annotations");
  on_chosen(s, ctx, [set, &ctx]() { return run_set(ctx.factory, *set); });
}

}  // namespace kctl::cmd
