// kctl create -f: each manifest object POSTed to its collection, printed
// as kubectl prints it ("configmap/a created"), errors after the output.
#include "cmd/create_commands.h"
#include "cmd/manifest_validation.h"
#include "cmd/render_error.h"
#include "cmd/verb.h"
#include "cmd/write_ops.h"
#include "cmd/write_output.h"
#include "cmd/write_targets.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

struct CreateOptions {
  FilenameOptions files;
  WriteFlags write;
  ValidateFlag validate;
  std::string field_manager = "kubectl-create";
  bool save_config = false;
};

Result<> run_create(Factory& f, const CreateOptions& o) {
  auto directive = o.validate.directive();
  if (!directive) return directive.take_error();
  if (o.files.empty()) return make_error(ErrorKind::Internal, "must specify one of -f and -k");
  auto dry_run = parse_dry_run(o.write.dry_run, f.logger());
  if (!dry_run) return dry_run.take_error();
  if (auto v = OperationPrinter::validate(o.write.output); !v) return v;
  auto rc = f.rest_config();
  if (!rc) return rc.take_error();
  auto check = manifest_check(f, *directive);
  if (!check) return check.take_error();
  auto targets = targets_from_manifests(f, o.files, (*rc)->ns, !f.flags().overrides.ns.empty(), *check);
  if (!targets) return targets.take_error();
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();

  OperationPrinter printer(o.write.output, *dry_run, o.write.show_managed_fields, f.io().out);
  WriteParams params{*dry_run == DryRun::Server, o.field_manager, field_validation_param(*directive)};
  std::vector<Error> errors;
  std::size_t count = 0;
  for (auto& t : targets->items) {
    if (o.save_config) set_last_applied(t.object);
    json created = t.object;
    if (*dry_run != DryRun::Client) {
      auto r = create_object(**rest, t.visit, t.object, params);
      if (!r) {
        errors.push_back(with_source(r.take_error(), "creating", t.source));
        continue;
      }
      created = std::move(*r);
    }
    ++count;
    printer.print(created, "created");
  }
  errors = with_refused(std::move(errors), std::move(targets->refused));
  if (errors.empty() && count == 0) return make_error(ErrorKind::Internal, "no objects passed to create");
  return report_errors(errors, f.io().err);
}

}  // namespace

void register_create(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<CreateOptions>();
  CLI::App* sub = root.add_subcommand("create", "Create a resource from a file or from stdin");
  CreateOptions& o = *opts;
  add_filename_flags(*sub, o.files, "to use to create the resource");
  o.write.add_to(*sub);
  o.validate.add_to(*sub);
  sub->add_option("--field-manager", o.field_manager, "Name of the manager used to track field ownership.");
  add_save_config_flag(*sub, o.save_config);
  // The generators' callbacks run before this one: a chosen generator
  // keeps its action.
  sub->callback([sub, opts, &ctx] {
    if (!sub->get_subcommands().empty()) return;
    ctx.action = [opts, &ctx]() { return run_create(ctx.factory, *opts); };
    ctx.command_path = "kctl create";
  });
  register_create_basic(*sub, ctx);
  register_create_configmap_secret(*sub, ctx);
  register_create_workloads(*sub, ctx);
  register_create_service(*sub, ctx);
  register_create_rbac(*sub, ctx);
  register_create_ingress(*sub, ctx);
}

}  // namespace kctl::cmd
