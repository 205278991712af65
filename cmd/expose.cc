// kctl expose (-f FILENAME | TYPE NAME): a Service for each pod, service,
// replication controller, deployment or replica set named, with the
// object's selector, ports and labels unless flags give them; sent as the
// create generators send their objects.
#include "client/patch/strategic_merge.h"
#include "client/printers/go_json.h"
#include "cmd/expose_service.h"
#include "cmd/live_targets.h"
#include "cmd/render_error.h"
#include "cmd/workload_verbs.h"
#include "cmd/write_ops.h"

namespace kctl::cmd {
namespace {

struct ExposeOptions {
  GeneratorFlags gen;
  FilenameOptions files;
  ExposeParams params;
  std::string overrides, override_type = "merge";
};

// Go's name for a JSON value's type in unmarshal errors.

// kubectl's Overrider: --overrides applied to the Service as a JSON merge
// patch, a JSON patch or a strategic merge patch, then read back as a
// Service (service_in_go_order, once the caller is done with it).
Result<nlohmann::json> apply_overrides(Factory& f, const ExposeOptions& o, const ojson& service) {
  using nlohmann::json;
  json target = json::parse(service.dump());
  const std::string& type = o.override_type.empty() ? std::string("merge") : o.override_type;
  if (type != "json" && type != "merge" && type != "strategic")
    return make_error(ErrorKind::Internal, "invalid override type: " + type);
  json patch = json::parse(o.overrides, nullptr, false);
  if (patch.is_discarded() || (type == "strategic" && !patch.is_object()))
    return make_error(ErrorKind::Internal, type == "merge"       ? "Invalid JSON Patch"
                                           : type == "strategic" ? "invalid JSON document"
                                                                 : "invalid --overrides: not JSON");
  try {
    if (type == "merge") {
      target.merge_patch(patch);
    } else if (type == "json") {
      if (!patch.is_array() && !patch.is_null())
        return make_error(ErrorKind::Internal, "json: cannot unmarshal " + std::string(printers::go_json_kind(patch)) +
                                                   " into Go value of type jsonpatch.Patch");
      if (patch.is_array()) target = target.patch(patch);
    } else {
      auto doc = f.openapi_v2();
      if (!doc) return doc.take_error();
      auto merged = patch::merge_map(std::move(target), std::move(patch),
                                     patch::PatchSchema::for_resource(**doc, {"", "v1", "Service"}), {true, true});
      if (!merged) return merged.take_error();
      target = std::move(*merged);
    }
  } catch (const json::exception& e) {
    return make_error(ErrorKind::Internal, e.what());
  }
  if (!target.is_object())
    return make_error(ErrorKind::Internal,
                      "couldn't get version/kind; json parse error: json: cannot unmarshal " + std::string(printers::go_json_kind(target)) +
                          " into Go value of type struct { APIVersion string \"json:\\\"apiVersion,omitempty\\\"\"; "
                          "Kind string \"json:\\\"kind,omitempty\\\"\" }");
  return target;
}

// One object's Service, printed; `p` keeps what kubectl keeps for the next.
Result<> expose_one(Factory& f, const ExposeOptions& o, ExposeParams& p, const Target& t, DryRun dry_run,
                    const GeneratorNamespace& ns, OperationPrinter& printer) {
  const client::ApiResource& r = t.visit.resource;
  if (auto ok = can_be_exposed(r.group, r.kind); !ok) return ok;
  if (auto ok = complete_from_object(p, r.group, r.kind, t.object); !ok) return ok;
  // Only the client's dry run names -n's namespace (and it has no
  // --save-config annotation).
  auto service = expose_service_object(p, dry_run == DryRun::Client && ns.enforced ? ns.ns : "");
  if (!service) return service.take_error();
  if (!o.overrides.empty()) {
    auto overridden = apply_overrides(f, o, *service);
    if (!overridden) return overridden.take_error();
    if (dry_run == DryRun::Client && ns.enforced) (*overridden)["metadata"]["namespace"] = ns.ns;
    service = service_in_go_order(*overridden);
  }
  if (dry_run == DryRun::Client) {
    printer.print(*service, "exposed");
    return {};
  }
  auto created = post_generated(f, o.gen, {generated_resource("", "v1", "services", "Service", true), ""},
                                std::move(*service), dry_run);
  if (!created) return created.take_error();
  printer.print(*created, "exposed");
  return {};
}

Result<> run_expose(Factory& f, ExposeOptions& o) {
  auto dry_run = check_write_flags(f, o.gen);
  if (!dry_run) return dry_run.take_error();
  auto ns = generator_namespace(f);
  if (!ns) return ns.take_error();
  auto targets = resolve_targets(f, o.files, o.gen.args, {});
  if (!targets) return targets.take_error();
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  OperationPrinter printer(o.gen.write.output, *dry_run, o.gen.write.show_managed_fields, f.io().out);
  ExposeParams params = o.params;
  auto errors = visit_live(**rest, std::move(*targets), [&](const Target& t) {
    return expose_one(f, o, params, t, *dry_run, *ns, printer);
  });
  return report_errors(errors, f.io().err);
}

}  // namespace

void register_expose(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<ExposeOptions>();
  ExposeOptions& o = *opts;
  ExposeParams& p = o.params;
  CLI::App* sub = root.add_subcommand(
      "expose", "Take a replication controller, service, deployment or pod and expose it as a new Kubernetes service");
  o.gen.field_manager = "kubectl-expose";
  o.gen.add_to(*sub, false);
  add_filename_flags(*sub, o.files, "identifying the resource to expose a service");
  sub->add_option("--protocol", p.protocol, "The network protocol for the service to be created. Default is 'TCP'.");
  sub->add_option("--port", p.port,
                  "The port that the service should serve on. Copied from the resource being exposed, if unspecified");
  sub->add_option("--type", p.type,
                  "Type for this service: ClusterIP, NodePort, LoadBalancer, or ExternalName. Default is 'ClusterIP'.");
  sub->add_option("--load-balancer-ip", p.load_balancer_ip,
                  "IP to assign to the LoadBalancer. If empty, an ephemeral IP will be created and used "
                  "(cloud-provider specific).");
  sub->add_option("--selector", p.selector,
                  "A label selector to use for this service. Only equality-based selector requirements are "
                  "supported. If empty (the default) infer the selector from the replication controller or replica "
                  "set.)");
  sub->add_option("-l,--labels", p.labels, "Labels to apply to the service created by this call.");
  sub->add_option("--target-port", p.target_port,
                  "Name or number for the port on the container that the service should direct traffic to. Optional.");
  sub->add_option("--external-ip", p.external_ip,
                  "Additional external IP address (not managed by Kubernetes) to accept for the service.");
  sub->add_option("--name", p.name, "The name for the newly created object.");
  sub->add_option("--session-affinity", p.session_affinity,
                  "If non-empty, set the session affinity for the service to this; legal values: 'None', 'ClientIP'");
  sub->add_option("--cluster-ip", p.cluster_ip,
                  "ClusterIP to be assigned to the service. Leave empty to auto-allocate, or set to 'None' to create "
                  "a headless service.");
  sub->add_option("--overrides", o.overrides,
                  "An inline JSON override for the generated object. If this is non-empty, it is used to override the "
                  "generated object. Requires that the object supply a valid apiVersion field.");
  sub->add_option("--override-type", o.override_type,
                  "The method used to override the generated object: json, merge, or strategic.")
      ->default_str("merge");
  on_chosen(sub, ctx, [opts, &ctx]() { return run_expose(ctx.factory, *opts); });
}

}  // namespace kctl::cmd
