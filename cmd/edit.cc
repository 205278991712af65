// kctl edit and kctl apply edit-last-applied: the objects (or their
// last-applied configurations) are read from the server, opened in the
// user's editor, and what is saved is sent back as patches
// (cmd/edit_session.h), as kubectl's edit.go and apply_edit_last_applied.go.
#include <cstdlib>

#include "client/go_quote.h"
#include "cmd/edit_commands.h"
#include "cmd/edit_session.h"
#include "cmd/last_applied.h"
#include "cmd/live_targets.h"
#include "cmd/render_error.h"
#include "cmd/write_ops.h"
#include "cmd/write_output.h"
#include "cmd/write_targets.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

struct EditOptions {
  std::vector<std::string> args;
  FilenameOptions files;
  ValidateFlag validate;
  std::string output, field_manager, subresource, template_text, kustomize;
  bool output_patch = false, windows_line_endings = false, save_config = false, show_managed_fields = false,
       allow_missing_template_keys = true;
};

// The last-applied configurations of the live objects, as the builder maps
// them; objects without one are left out.
Result<std::vector<EditObject>> last_applied_objects(Factory& f, const std::vector<Target>& live, const std::string& ns) {
  std::vector<EditObject> objects;
  for (const auto& t : live) {
    const json meta = t.object.value("metadata", json::object());
    const json annotations = meta.is_object() ? meta.value("annotations", json::object()) : json::object();
    const std::string config = annotations.is_object() ? annotations.value(kLastAppliedAnnotation, "") : "";
    if (config.empty()) continue;
    auto targets = edited_targets(f, config, ns);
    if (!targets) return targets.take_error();
    if (targets->items.empty()) continue;
    objects.push_back({std::move(targets->items.front().visit), std::move(targets->items.front().object)});
  }
  if (objects.empty())
    return make_error(ErrorKind::Internal,
                      "no last-applied-configuration annotation found on resources, to create the annotation, use "
                      "command `kctl apply set-last-applied --create-annotation`");
  return objects;
}

Result<> run_edit(Factory& f, const EditOptions& o, EditMode mode) {
  if (o.output_patch && mode != EditMode::Normal)
    return make_error(ErrorKind::Internal, "the edit mode doesn't support output the patch");
  auto directive = o.validate.directive();
  if (!directive) return directive.take_error();
  // kubectl 1.32 leaves --subresource to the server (its Validate is not called).
  // The editor shows JSON or YAML only; other -o values fail when the
  // file is written, before anything was edited.
  if (!o.output.empty() && o.output != "json" && o.output != "yaml")
    return make_error(ErrorKind::Internal, "unable to match a printer suitable for the output format " +
                                               client::go_quote(o.output) + ", allowed formats are: json,yaml");
  auto rc = f.rest_config();
  if (!rc) return rc.take_error();
  const std::string ns = (*rc)->ns;
  ArgsScope scope;
  scope.require_names = false;
  auto targets = resolve_targets(f, o.files, o.args, scope);
  if (!targets) return targets.take_error();
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  LiveTargets live = fetch_live(**rest, std::move(*targets), true);
  // Infos(): any object that could not be read ends the edit.
  if (!live.errors.empty()) return report_errors(live.errors, f.io().err);
  if (!o.subresource.empty())
    for (auto& t : live.items) {
      auto sub = get_object(**rest, t.visit, o.subresource);
      if (!sub) return sub.take_error();
      t.object = std::move(*sub);
    }

  std::vector<EditObject> objects;
  if (mode == EditMode::ApplyLastApplied) {
    auto configs = last_applied_objects(f, live.items, ns);
    if (!configs) return configs.take_error();
    objects = std::move(*configs);
  } else {
    if (live.items.empty()) return make_error(ErrorKind::Internal, "edit cancelled, no objects found");
    for (auto& t : live.items) objects.push_back({std::move(t.visit), std::move(t.object)});
  }
  auto check = text_check(f, *directive);
  if (!check) return check.take_error();

  EditSettings settings;
  settings.mode = mode;
  settings.output = o.output;
  settings.output_patch = o.output_patch;
  settings.windows_line_endings = o.windows_line_endings;
  settings.save_config = o.save_config;
  settings.show_managed_fields = o.show_managed_fields;
  settings.field_manager = o.field_manager;
  settings.field_validation = field_validation_param(*directive);
  settings.subresource = o.subresource;
  settings.cmd_namespace = ns;
  const EditorCommand editor = editor_from_env([](const char* name) { return std::getenv(name); });
  return run_edit_session(f, settings, std::move(objects), editor, *check);
}

// The flags edit and edit-last-applied share.
void add_edit_flags(CLI::App& sub, EditOptions& o) {
  sub.add_option("args", o.args);
  sub.add_option("--allow-missing-template-keys", o.allow_missing_template_keys,
                 "If true, ignore any errors in templates when a field or map key is missing in the template. Only "
                 "applies to golang and jsonpath output formats.")
      ->default_str("true");
  sub.add_option("--field-manager", o.field_manager, "Name of the manager used to track field ownership.");
  add_filename_flags(sub, o.files, "to use to edit the resource");
  sub.add_option("-k,--kustomize", o.kustomize,
                 "Process the kustomization directory. This flag can't be used together with -f or -R.");
  sub.add_option("-o,--output", o.output,
                 "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, "
                 "jsonpath, jsonpath-as-json, jsonpath-file).");
  sub.add_flag("--show-managed-fields", o.show_managed_fields,
               "If true, keep the managedFields when printing objects in JSON or YAML format.");
  sub.add_option("--template", o.template_text,
                 "Template string or path to template file to use when -o=go-template, -o=go-template-file. The "
                 "template format is golang templates [http://golang.org/pkg/text/template/#pkg-overview].");
  o.validate.add_to(sub);
  sub.add_flag("--windows-line-endings", o.windows_line_endings, "Defaults to the line ending native to your platform.");
}

}  // namespace

void register_edit(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<EditOptions>();
  EditOptions& o = *opts;
  o.field_manager = "kubectl-edit";
  CLI::App* sub = root.add_subcommand("edit", "Edit a resource on the server");
  add_edit_flags(*sub, o);
  sub->add_flag("--output-patch", o.output_patch, "Output the patch if the resource is edited.");
  add_save_config_flag(*sub, o.save_config);
  sub->add_option("--subresource", o.subresource,
                  "If specified, edit will operate on the subresource of the requested object. This flag is beta and "
                  "may change in the future.");
  on_chosen(sub, ctx, [opts, &ctx]() { return run_edit(ctx.factory, *opts, EditMode::Normal); });
}

void register_apply_edit_last_applied(CLI::App& apply, VerbContext& ctx) {
  auto opts = std::make_shared<EditOptions>();
  EditOptions& o = *opts;
  o.field_manager = "kubectl-client-side-apply";
  CLI::App* sub = apply.add_subcommand("edit-last-applied", "Edit latest last-applied-configuration annotations of a resource/object");
  add_edit_flags(*sub, o);
  on_chosen(sub, ctx, [opts, &ctx]() { return run_edit(ctx.factory, *opts, EditMode::ApplyLastApplied); });
}

}  // namespace kctl::cmd
