// kctl apply -f: client-side apply as kubectl does it (create what is
// missing with the last-applied-configuration annotation, else send the
// three-way patch between that annotation, the manifest and the live
// object), or --server-side apply (an apply patch the server merges by
// field ownership). Messages, dry runs, printing and error texts follow
// kubectl's apply.go and patcher.go.
#include <chrono>
#include <thread>

#include "client/printers/go_json.h"
#include "cmd/apply_options.h"
#include "cmd/apply_patch.h"
#include "cmd/edit_commands.h"
#include "cmd/live_targets.h"
#include "cmd/render_error.h"
#include "cmd/verb.h"
#include "cmd/wait_deleted.h"
#include "cmd/write_ops.h"
#include "cmd/write_output.h"
#include "cmd/write_targets.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;

constexpr int kMaxPatchRetry = 5;  // conflicts retried, as kubectl's patcher

const json& metadata_of(const json& obj) {
  static const json kEmpty = json::object();
  auto m = obj.find("metadata");
  return m != obj.end() && m->is_object() ? *m : kEmpty;
}

bool has_annotation(const json& obj, const char* key) {
  const json& meta = metadata_of(obj);
  auto a = meta.find("annotations");
  return a != meta.end() && a->is_object() && a->contains(key);
}

// pruneNullsFromMap: the nulls a manifest may hold are dropped before a
// create, as an update's patch would drop them.
void prune_nulls(json& v) {
  if (v.is_object()) {
    for (auto it = v.begin(); it != v.end();) {
      if (it->is_null()) {
        it = v.erase(it);
      } else {
        prune_nulls(*it);
        ++it;
      }
    }
  } else if (v.is_array()) {
    for (auto& item : v) prune_nulls(item);
  }
}

void warn_if_deleting(const json& obj, std::ostream& err) {
  const json& meta = metadata_of(obj);
  if (meta.contains("deletionTimestamp") && !meta["deletionTimestamp"].is_null())
    err << "Warning: Detected changes to resource " << meta.value("name", "")
        << " which is currently being deleted.\n";
}

class Applier {
 public:
  Applier(Factory& f, const ApplyOptions& o, DryRun dry_run, client::RestClient& rest, OperationPrinter& printer)
      : f_(f), o_(o), dry_run_(dry_run), rest_(rest), printer_(printer) {}

  // Applies one object; what -o json|yaml prints at the end goes to `shown`.
  Result<> apply(Target& t, std::vector<json>& shown) {
    const json& meta = metadata_of(t.object);
    if (t.visit.name.empty() && !meta.value("generateName", "").empty())
      return make_error(ErrorKind::Internal,
                        "from " + meta.value("generateName", "") + ": cannot use generate name with apply");
    if (o_.server_side) return apply_server_side(t, shown);
    return apply_client_side(t, shown);
  }

 private:
  WriteParams params() const {
    return {dry_run_ == DryRun::Server, o_.effective_field_manager(), field_validation_param(o_.field_validation)};
  }
  bool prints_objects() const { return o_.write.output == "json" || o_.write.output == "yaml"; }

  void print(const json& obj, const std::string& operation, std::vector<json>& shown) {
    if (prints_objects()) shown.push_back(obj);
    else printer_.print(obj, operation);
  }

  Result<> apply_client_side(Target& t, std::vector<json>& shown) {
    const json modified = modified_configuration(t.object);
    auto live = get_object(rest_, t.visit);
    if (!live) {
      Error e = live.take_error();
      if (!is_not_found(e))
        return with_source(std::move(e), "retrieving current configuration of:\n" + info_string(t.visit) +
                                             "\nfrom server for:", t.source);
      return create(t, shown);
    }
    if (dry_run_ == DryRun::Client) {
      // kubectl computes nothing: the live object, "configured (dry run)".
      print(*live, "configured", shown);
      return {};
    }
    if (!has_annotation(*live, kLastAppliedAnnotation))
      f_.io().err << "Warning: resource " << t.visit.resource.name << '/' << t.visit.name << " is missing the "
                  << kLastAppliedAnnotation
                  << " annotation which is required by kubectl apply. kubectl apply should only be used on "
                     "resources created declaratively by either kubectl create --save-config or kubectl apply. The "
                     "missing annotation will be patched automatically.\n";
    json patch;
    auto patched = patch_with_retries(t, modified, std::move(*live), patch);
    if (!patched) {
      const std::string shown_patch = patch.is_null() ? "" : printers::to_go_json(nlohmann::ordered_json(patch), 0);
      return with_source(patched.take_error(),
                         "applying patch:\n" + shown_patch + "\nto:\n" + info_string(t.visit) + "\nfor:", t.source);
    }
    warn_if_deleting(*patched, f_.io().err);
    const bool unchanged = patch.is_object() && patch.empty();
    if (unchanged && !prints_objects()) {
      printer_.print(*patched, "unchanged");
      return {};
    }
    print(*patched, "configured", shown);
    return {};
  }

  Result<> create(Target& t, std::vector<json>& shown) {
    set_last_applied(t.object);
    prune_nulls(t.object);
    json created = t.object;
    if (dry_run_ != DryRun::Client) {
      auto r = create_object(rest_, t.visit, t.object, params());
      if (!r) return with_source(r.take_error(), "creating", t.source);
      created = std::move(*r);
    }
    print(created, "created", shown);
    return {};
  }

  // Patcher.Patch: the patch computed against the live object and sent,
  // computed again from a fresh GET after a conflict; with --force, a
  // conflict or an invalid object deletes and re-creates it.
  Result<json> patch_with_retries(const Target& t, const json& modified, json current, json& patch) {
    auto result = patch_once(t, modified, current, patch);
    for (int i = 1; i <= kMaxPatchRetry && !result && result.error().code == 409; ++i) {
      if (i > 1) std::this_thread::sleep_for(std::chrono::seconds(1));
      auto fresh = get_object(rest_, t.visit);
      if (!fresh) return fresh.take_error();
      current = std::move(*fresh);
      result = patch_once(t, modified, current, patch);
    }
    if (!result && o_.force && (result.error().code == 409 || result.error().code == 422))
      return delete_and_create(t, modified, current, patch);
    return result;
  }

  Result<json> patch_once(const Target& t, const json& modified, const json& current, json& patch) {
    auto original = original_configuration(current);
    if (!original) return original.take_error();
    auto computed = compute_apply_patch(t.visit.resource, *original, modified, current, [this] { return f_.openapi_v2(); });
    if (!computed) return computed.take_error();
    patch = computed->patch;
    if (patch.is_object() && patch.empty()) return current;
    return patch_object(rest_, t.visit, computed->content_type, patch.dump(), params());
  }

  Result<json> delete_and_create(const Target& t, const json& modified, const json& original, json& patch) {
    patch = modified;  // kubectl reports the modified object as "the patch" from here on
    json options = {{"propagationPolicy", o_.cascade_policy()}};
    if (o_.grace_period >= 0) options["gracePeriodSeconds"] = o_.grace_period;
    if (auto d = delete_object(rest_, t.visit, options, false); !d) return d.take_error();
    // --timeout=0: no limit, as kubectl's PollImmediate with a zero timeout.
    const auto deadline = o_.timeout.count() > 0
                              ? std::chrono::steady_clock::now() +
                                    std::chrono::duration_cast<std::chrono::steady_clock::duration>(o_.timeout)
                              : std::chrono::steady_clock::time_point::max();
    if (auto gone = poll_until_gone(rest_, t.visit, deadline); !gone) return gone.take_error();
    auto created = create_object(rest_, t.visit, modified, params());
    if (created) return created;
    Error e = created.take_error();
    auto restored = create_object(rest_, t.visit, original, params());
    if (restored) return e;
    return make_error(ErrorKind::Internal,
                      "An error occurred force-replacing the existing object with the newly provided one:\n\n" +
                          e.message + ".\n\nAdditionally, an error occurred attempting to restore the original "
                                      "object:\n\n" +
                          restored.error().message);
  }

  Result<> apply_server_side(Target& t, std::vector<json>& shown) {
    client::Request req = apply_patch_request(t.visit, o_.effective_field_manager(), true);
    auto applied = rest_.send_json("PATCH", req, "application/apply-patch+yaml", t.object.dump());
    if (!applied) {
      Error e = applied.take_error();
      if (e.kind == ErrorKind::ApiStatus && e.code == 415)
        return make_error(ErrorKind::Internal, "Server-side apply not available on the server: (" + e.message + ")");
      if (e.kind == ErrorKind::ApiStatus && e.code == 409)
        return make_error(
            ErrorKind::Internal,
            e.message +
                "\nPlease review the fields above--they currently have other managers. Here\n"
                "are the ways you can resolve this warning:\n"
                "* If you intend to manage all of these fields, please re-run the apply\n"
                "  command with the `--force-conflicts` flag.\n"
                "* If you do not intend to manage all of the fields, please edit your\n"
                "  manifest to remove references to the fields that should keep their\n"
                "  current managers.\n"
                "* You may co-own fields by updating your manifest to match the existing\n"
                "  value; in this case, you'll become the manager if the other manager(s)\n"
                "  stop managing the field (remove it from their configuration).\n"
                "See https://kubernetes.io/docs/reference/using-api/server-side-apply/#conflicts");
      return e;
    }
    json obj = std::move(*applied);
    if (auto kept = keep_last_applied_annotation(t.visit, obj); !kept)
      f_.io().err << "Warning: failed to preserve last-applied-configuration annotation: " << kept.error().message
                  << '\n';
    warn_if_deleting(obj, f_.io().err);
    print(obj, "serverside-applied", shown);
    return {};
  }

  // `with_force`: the force parameter kubectl's PatchOptions carry.
  client::Request apply_patch_request(const Visit& v, const std::string& field_manager, bool with_force) const {
    client::Request req = rest_.request();
    req.group_version(v.resource.group, v.resource.version).resource(v.resource.name);
    if (v.resource.namespaced && !v.ns.empty()) req.ns(v.ns);
    req.name(v.name);
    // client-go encodes the parameters sorted: dryRun, fieldManager,
    // fieldValidation, force.
    if (dry_run_ == DryRun::Server) req.param("dryRun", "All");
    req.param("fieldManager", field_manager);
    req.param("fieldValidation", field_validation_param(o_.field_validation));
    if (with_force) req.param("force", o_.force_conflicts ? "true" : "false");
    return req;
  }

  // saveLastApplyAnnotationIfNecessary: with the default field manager, an
  // object that has the last-applied annotation but no apply owner of it
  // gets an apply patch of that annotation alone under the
  // "kubectl-last-applied" manager, so that server-side apply does not drop
  // it.
  Result<> keep_last_applied_annotation(const Visit& v, json& obj) {
    if (o_.effective_field_manager() != "kubectl" || !has_annotation(obj, kLastAppliedAnnotation)) return {};
    const json& meta = metadata_of(obj);
    for (const auto& entry : meta.value("managedFields", json::array())) {
      if (entry.value("operation", "") != "Apply") continue;
      const json fields = entry.value("fieldsV1", json::object());
      auto m = fields.find("f:metadata");
      if (m == fields.end()) continue;
      auto a = m->find("f:annotations");
      if (a != m->end() && a->contains(std::string("f:") + kLastAppliedAnnotation)) return {};
    }
    json just_annotation = {
        {"apiVersion", obj.value("apiVersion", "")},
        {"kind", obj.value("kind", "")},
        {"metadata",
         {{"name", meta.value("name", "")},
          {"annotations", {{kLastAppliedAnnotation, meta["annotations"][kLastAppliedAnnotation]}}}}}};
    if (meta.contains("namespace")) just_annotation["metadata"]["namespace"] = meta["namespace"];
    auto r = rest_.send_json("PATCH", apply_patch_request(v, "kubectl-last-applied", false),
                             "application/apply-patch+yaml", just_annotation.dump());
    if (!r) return r.take_error();
    obj = std::move(*r);
    return {};
  }

  Factory& f_;
  const ApplyOptions& o_;
  DryRun dry_run_;
  client::RestClient& rest_;
  OperationPrinter& printer_;
};

// Several objects -o json|yaml print as one List, as kubectl's apply
// post-processor prints them.
json as_printed(std::vector<json>& shown, bool show_managed_fields) {
  if (shown.size() == 1) return std::move(shown.front());
  json items = json::array();
  for (auto& obj : shown) {
    if (!show_managed_fields)
      if (auto m = obj.find("metadata"); m != obj.end() && m->is_object()) m->erase("managedFields");
    items.push_back(std::move(obj));
  }
  return {{"apiVersion", "v1"}, {"items", std::move(items)}, {"kind", "List"}, {"metadata", json::object()}};
}

Result<> validate_flags(const ApplyOptions& o, DryRun dry_run) {
  if (o.force_conflicts && !o.server_side)
    return make_error(ErrorKind::Internal, "--force-conflicts only works with --server-side");
  if (dry_run == DryRun::Client && o.server_side)
    return make_error(ErrorKind::Internal,
                      "--dry-run=client doesn't work with --server-side (did you mean --dry-run=server instead?)");
  if (o.server_side && o.force) return make_error(ErrorKind::Internal, "--force cannot be used with --server-side");
  if (dry_run == DryRun::Server && o.force)
    return make_error(ErrorKind::Internal, "--dry-run=server cannot be used with --force");
  if (!o.overwrite)
    return make_error(ErrorKind::Internal, "kctl apply: --overwrite=false is not supported (kubectl's default is true)");
  return {};
}

// The builder's errors come first, as one error (kubectl's Run appends
// the builder's aggregate before the objects' errors).
std::vector<Error> builder_errors_first(std::vector<Error> refused, std::vector<Error> object_errors) {
  std::vector<Error> all;
  if (refused.size() == 1) all.push_back(std::move(refused.front()));
  else if (refused.size() > 1) all.push_back(make_error(ErrorKind::Plain, aggregate_message(refused)));
  for (auto& e : object_errors) all.push_back(std::move(e));
  return all;
}

Result<> run_apply(Factory& f, ApplyOptions& o) {
  if (auto r = o.resolve(f.io().err); !r) return r;
  auto dry_run = parse_dry_run(o.write.dry_run, f.logger());
  if (!dry_run) return dry_run.take_error();
  if (o.files.empty()) return make_error(ErrorKind::Internal, "must specify one of -f and -k");
  if (auto v = validate_flags(o, *dry_run); !v) return v;
  if (auto v = OperationPrinter::validate(o.write.output); !v) return v;
  auto rc = f.rest_config();
  if (!rc) return rc.take_error();
  auto check = manifest_check(f, o.field_validation);
  if (!check) return check.take_error();
  auto targets = targets_from_manifests(f, o.files, (*rc)->ns, !f.flags().overrides.ns.empty(), *check);
  if (!targets) return targets.take_error();
  if (targets->items.empty() && targets->refused.empty())
    return make_error(ErrorKind::Internal, "no objects passed to apply");
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();

  OperationPrinter printer(o.write.output, *dry_run, o.write.show_managed_fields, f.io().out);
  Applier applier(f, o, *dry_run, **rest, printer);
  std::vector<Error> object_errors;
  std::vector<json> shown;
  for (auto& t : targets->items)
    if (auto r = applier.apply(t, shown); !r) object_errors.push_back(r.take_error());
  const bool lone_aggregate = targets->refused.size() > 1 && object_errors.empty();
  auto errors = builder_errors_first(std::move(targets->refused), std::move(object_errors));
  if (lone_aggregate) {
    // Go's nested aggregate prints alone without kubectl's "error: ".
    render_error(errors.front(), {}, f.io().err);
    return make_error(ErrorKind::Printed, "");
  }
  if (!errors.empty()) return report_errors(errors, f.io().err);
  if (!shown.empty()) printer.print(as_printed(shown, o.write.show_managed_fields), "");
  return {};
}

}  // namespace

void register_apply(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<ApplyOptions>();
  ApplyOptions& o = *opts;
  CLI::App* sub = root.add_subcommand("apply", "Apply a configuration to a resource by file name or stdin");
  add_filename_flags(*sub, o.files, "that contains the configuration to apply");
  o.add_to(*sub);
  register_apply_last_applied(*sub, ctx);
  register_apply_edit_last_applied(*sub, ctx);
  on_chosen(sub, ctx, [opts, &ctx]() { return run_apply(ctx.factory, *opts); });
}

}  // namespace kctl::cmd
