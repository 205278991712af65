#include "cmd/rollout_history_controller.h"

#include "client/describe/pod_parts.h"
#include "cmd/pod_for_object.h"
#include "cmd/resource_fetch.h"
#include "cmd/write_ops.h"

namespace kctl::cmd {

using nlohmann::json;

bool has_controller_revisions(const Visit& v) {
  return v.resource.group == "apps" && (v.resource.kind == "DaemonSet" || v.resource.kind == "StatefulSet");
}

std::string template_text(const json& tmpl) {
  describe::PrefixWriter w(false);
  describe::describe_pod_template(w, tmpl);
  return w.take();
}

Result<RevisionHistory> owned_revisions(client::RestClient& rest, const Visit& owner, const json& object,
                                        const std::string& resource, const std::string& kind,
                                        const RevisionOf& revision_of) {
  auto selector = label_selector_string(object.value("spec", json::object()).value("selector", json::object()));
  if (!selector) return selector.take_error();
  const std::string uid = object.value("metadata", json::object()).value("uid", "");
  Visit list{owner.resource, owner.ns, {}};
  list.resource.name = resource;
  list.resource.kind = kind;
  FetchOptions options;
  options.label_selector = *selector;
  RevisionHistory by_revision;
  auto r = fetch_visit(rest, list, options, [&](json&& page) -> Result<> {
    auto items = page.find("items");
    if (items == page.end() || !items->is_array()) return {};
    for (auto& item : *items) {
      if (!controlled_by(item, uid)) continue;
      auto revision = revision_of(item);
      if (!revision) continue;
      item["kind"] = kind;
      item["apiVersion"] = "apps/v1";
      by_revision[*revision] = std::move(item);
    }
    return {};
  });
  if (!r) return r.take_error();
  return by_revision;
}

Result<RevisionHistory> controller_revisions(client::RestClient& rest, const Visit& owner, const json& object) {
  return owned_revisions(rest, owner, object, "controllerrevisions", "ControllerRevision",
                         [](const json& cr) -> Result<long long> {
                           const auto it = cr.find("revision");
                           if (it == cr.end() || !it->is_number_integer())
                             return make_error(ErrorKind::Internal, "no revision");
                           return it->get<long long>();
                         });
}

Result<json> controller_object_at(Factory& f, const Visit& owner, const json& object, const json& revision) {
  auto doc = f.openapi_v2();
  if (!doc) return doc.take_error();
  const auto& r = owner.resource;
  auto applied = object_at_revision(
      object, revision, patch::PatchSchema::for_resource(**doc, explain::GroupVersionKind{r.group, r.version, r.kind}));
  if (!applied) return applied.take_error();
  (*applied)["kind"] = r.kind;
  (*applied)["apiVersion"] = r.group + "/" + r.version;
  return as_typed(std::move(*applied));
}

Result<std::string> rollback_controller(Factory& f, client::RestClient& rest, const Target& t, long long to_revision,
                                        DryRun dry_run) {
  auto history = controller_revisions(rest, t.visit, t.object);
  if (!history) return history.take_error();
  auto target = revision_to_restore(*history, to_revision);
  if (!target) return target.take_error();
  const json& revision = **target;
  if (dry_run == DryRun::Client) {
    auto applied = controller_object_at(f, t.visit, t.object, revision);
    if (!applied) return applied.take_error();
    return "will roll back to " + template_text(applied->value("spec", json::object()).value("template", json::object()));
  }
  if (template_matches(t.object, revision))
    return "skipped rollback (current template already matches revision " + std::to_string(to_revision) + ")";
  auto patched = patch_object(rest, t.visit, "application/strategic-merge-patch+json",
                              revision.value("data", json::object()).dump(), {dry_run == DryRun::Server, {}});
  if (!patched)
    return make_error(ErrorKind::Internal,
                      "failed restoring revision " + std::to_string(to_revision) + ": " + patched.error().message);
  return std::string("rolled back");
}

}  // namespace kctl::cmd
