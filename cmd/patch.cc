// kctl patch: a strategic (default), JSON merge or JSON patch, given as
// JSON or YAML with -p or --patch-file, sent to each named object (or
// subresource); "patched" or "patched (no change)" as kubectl decides it,
// by comparing the object before with the server's answer.
#include <yaml-cpp/yaml.h>

#include <fstream>
#include <sstream>

#include "cmd/render_error.h"
#include "client/ascii.h"
#include "cmd/verb.h"
#include "cmd/write_ops.h"
#include "cmd/write_output.h"
#include "cmd/write_targets.h"
#include "kubeconfig/yaml_json.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

struct PatchOptions {
  std::vector<std::string> args;
  FilenameOptions files;
  WriteFlags write;
  std::string patch, patch_file, type = "strategic", subresource, field_manager = "kubectl-patch";
  bool local = false;
};

const char* content_type_for(const std::string& type) {
  if (type == "json") return "application/json-patch+json";
  if (type == "merge") return "application/merge-patch+json";
  if (type == "strategic") return "application/strategic-merge-patch+json";
  return nullptr;
}

// sigs.k8s.io/yaml's ToJSON: the patch may be written in YAML.
Result<std::string> patch_json(const std::string& text) {
  try {
    YAML::Node node = YAML::Load(text);
    return json(kubeconfig::to_json(node, true, text)).dump();
  } catch (const YAML::Exception& e) {
    return make_error(ErrorKind::Internal, "unable to parse \"" + text + "\": " + e.what());
  }
}

Result<> run_patch(Factory& f, PatchOptions& o) {
  auto dry_run = parse_dry_run(o.write.dry_run, f.logger());
  if (!dry_run) return dry_run.take_error();
  // kubectl's Validate.
  if (!o.patch.empty() && !o.patch_file.empty())
    return make_error(ErrorKind::Internal, "cannot specify --patch and --patch-file together");
  if (o.patch.empty() && o.patch_file.empty())
    return make_error(ErrorKind::Internal, "must specify --patch or --patch-file containing the contents of the patch");
  if (o.local && !o.args.empty()) return make_error(ErrorKind::Internal, "cannot specify --local and server resources");
  if (o.local && *dry_run == DryRun::Server)
    return make_error(ErrorKind::Internal, "cannot specify --local and --dry-run=server - did you mean --dry-run=client?");
  const std::string type = ascii_lower(o.type);
  const char* content_type = content_type_for(type);
  if (content_type == nullptr)
    return make_error(ErrorKind::Internal, "--type must be one of [json merge strategic], not \"" + o.type + "\"");
  if (o.local)
    return make_error(ErrorKind::Internal, "kctl patch --local: applying patches locally is not supported yet");
  if (auto v = OperationPrinter::validate(o.write.output); !v) return v;

  std::string text = o.patch;
  if (!o.patch_file.empty()) {
    std::ifstream in(o.patch_file, std::ios::binary);
    if (!in) return make_error(ErrorKind::Internal, "open " + o.patch_file + ": no such file or directory");
    std::ostringstream buf;
    buf << in.rdbuf();
    text = buf.str();
  }
  auto body = patch_json(text);
  if (!body) return body.take_error();

  auto targets = resolve_targets(f, o.files, o.args, {});
  if (!targets) return targets.take_error();
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  // kubectl patch marks client dry runs only ("patched (dry run)").
  OperationPrinter printer(o.write.output, *dry_run == DryRun::Client ? DryRun::Client : DryRun::None,
                           o.write.show_managed_fields, f.io().out);
  WriteParams params{*dry_run == DryRun::Server, o.field_manager};
  std::vector<Error> errors;
  std::size_t count = 0;
  for (auto& t : targets->items) {
    // kubectl's builder reads each named object first (RequireObject).
    json before = t.object;
    if (before.is_null()) {
      auto live = get_object(**rest, t.visit);
      if (!live) {
        errors.push_back(live.take_error());
        continue;
      }
      before = std::move(*live);
    }
    ++count;
    if (*dry_run == DryRun::Client) {
      // kubectl prints the object as it was, "patched (dry run)".
      printer.print(before, "patched");
      continue;
    }
    auto patched = patch_object(**rest, t.visit, content_type, *body, params, o.subresource);
    if (!patched) {
      Error e = patched.take_error();
      if (e.kind == ErrorKind::ApiStatus && e.code == 415 && type == "strategic") {
        const auto& r = t.visit.resource;
        e = make_error(ErrorKind::Internal, "strategic merge patch is not supported by " +
                                                (r.group.empty() ? "" : r.group + "/") + r.version + ", Kind=" +
                                                r.kind + ": " + e.message);
      }
      errors.push_back(with_source(std::move(e), "patching", t.source));
      continue;
    }
    printer.print(*patched, before == *patched ? "patched (no change)" : "patched");
  }
  for (auto& e : targets->refused) errors.push_back(std::move(e));
  return report_errors(errors, f.io().err);
}

}  // namespace

void register_patch(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<PatchOptions>();
  PatchOptions& o = *opts;
  CLI::App* sub = root.add_subcommand("patch", "Update fields of a resource");
  sub->add_option("args", o.args);
  o.write.add_to(*sub);
  sub->add_option("--field-manager", o.field_manager, "Name of the manager used to track field ownership.");
  add_filename_flags(*sub, o.files, "identifying the resource to update");
  sub->add_flag("--local", o.local,
                "If true, patch will operate on the content of the file, not the server-side resource.");
  sub->add_option("-p,--patch", o.patch, "The patch to be applied to the resource JSON file.");
  sub->add_option("--patch-file", o.patch_file, "A file containing a patch to be applied to the resource.");
  sub->add_option("--subresource", o.subresource,
                  "If specified, patch will operate on the subresource of the requested object. Must be one of "
                  "[status scale]. This flag is beta and may change in the future.");
  sub->add_option("--type", o.type, "The type of patch being provided; one of [json merge strategic]");
  on_chosen(sub, ctx, [opts, &ctx]() { return run_patch(ctx.factory, *opts); });
}

}  // namespace kctl::cmd
