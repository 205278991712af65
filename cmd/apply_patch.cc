#include "cmd/apply_patch.h"

#include <array>
#include <string_view>

#include "client/patch/json_merge_patch.h"
#include "client/patch/patch_schema.h"
#include "client/patch/strategic_patch.h"

namespace kctl::cmd {

using nlohmann::json;

bool kubectl_scheme_has_group(const std::string& group) {
  // client-go's kubernetes/scheme as of 1.32 (what kubectl registers), plus
  // the groups kubectl's own scheme adds (imagepolicy, settings).
  static constexpr std::array<std::string_view, 25> kGroups = {
      "",
      "admissionregistration.k8s.io",
      "apps",
      "authentication.k8s.io",
      "authorization.k8s.io",
      "autoscaling",
      "batch",
      "certificates.k8s.io",
      "coordination.k8s.io",
      "discovery.k8s.io",
      "events.k8s.io",
      "extensions",
      "flowcontrol.apiserver.k8s.io",
      "imagepolicy.k8s.io",
      "internal.apiserver.k8s.io",
      "networking.k8s.io",
      "node.k8s.io",
      "policy",
      "rbac.authorization.k8s.io",
      "resource.k8s.io",
      "scheduling.k8s.io",
      "settings.k8s.io",
      "storage.k8s.io",
      "storagemigration.k8s.io",
      "admission.k8s.io",
  };
  for (auto g : kGroups)
    if (g == group) return true;
  return false;
}

Result<ApplyPatch> compute_apply_patch(const client::ApiResource& resource, const json& original,
                                       const json& modified, const json& current, const OpenApiSource& openapi) {
  if (!kubectl_scheme_has_group(resource.group)) {
    auto patch = patch::create_three_way_json_merge_patch(original, modified, current);
    if (!patch) return patch.take_error();
    if (!patch::check_identity_unchanged(*patch))
      return make_error(ErrorKind::Internal, "At least one of apiVersion, kind and name was changed");
    return ApplyPatch{"application/merge-patch+json", std::move(*patch)};
  }
  auto doc = openapi();
  if (!doc) return doc.take_error();
  // A kind the document does not describe patches without merge keys, as
  // kubectl's fallback to its Go types would for a type with none.
  patch::PatchSchema schema =
      patch::PatchSchema::for_resource(**doc, explain::GroupVersionKind{resource.group, resource.version, resource.kind});
  auto patch = patch::create_three_way_merge_patch(original, modified, current, schema);
  if (!patch) return patch.take_error();
  return ApplyPatch{"application/strategic-merge-patch+json", std::move(*patch)};
}

Result<ApplyPatch> compute_two_way_patch(const client::ApiResource& resource, const json& original, const json& modified,
                                         const OpenApiSource& openapi) {
  ApplyPatch result;
  if (!kubectl_scheme_has_group(resource.group)) {
    result = {"application/merge-patch+json", patch::create_merge_patch(original, modified)};
  } else {
    auto doc = openapi();
    if (!doc) return doc.take_error();
    patch::PatchSchema schema = patch::PatchSchema::for_resource(
        **doc, explain::GroupVersionKind{resource.group, resource.version, resource.kind});
    auto two_way = patch::create_two_way_merge_patch(original, modified, schema);
    if (!two_way) return two_way.take_error();
    result = {"application/strategic-merge-patch+json", std::move(*two_way)};
  }
  if (!patch::check_identity_unchanged(result.patch))
    return make_error(ErrorKind::Internal, "At least one of apiVersion, kind and name was changed");
  return result;
}

}  // namespace kctl::cmd
