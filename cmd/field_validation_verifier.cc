#include "cmd/field_validation_verifier.h"

#include "client/validation/field_validation_support.h"

namespace kctl::cmd {

using explain::GroupVersionKind;
using nlohmann::json;

namespace {

const GroupVersionKind kNamespace{"", "v1", "Namespace"};

}  // namespace

Result<bool> FieldValidationVerifier::server_validates(const GroupVersionKind& gvk) {
  if (validation::is_v1_list(gvk)) return false;
  auto v3 = from_v3(gvk);
  if (v3) return v3;
  // kubectl falls back to v2 on any v3 error (and only logs it at -v=7).
  return from_v2(gvk);
}

Result<bool> FieldValidationVerifier::from_v3(const GroupVersionKind& gvk) {
  if (!v3_paths_) v3_paths_ = fetch_openapi_v3_paths(rest_);
  if (!*v3_paths_) return v3_paths_->error();
  const auto& paths = **v3_paths_;
  auto it = paths.find(validation::v3_group_version_path(gvk));
  if (it == paths.end()) {
    // A group-version v3 does not know yet: a CRD's kind is taken to be as
    // Namespace is.
    auto crd = has_crd(gvk);
    if (!crd || !*crd) return false;
    auto ns = paths.find(validation::v3_group_version_path(kNamespace));
    if (ns == paths.end()) return make_error(ErrorKind::Internal, "the OpenAPI v3 document has no api/v1");
    auto doc = v3_document(ns->first, ns->second);
    if (!doc) return doc.take_error();
    return validation::v3_patch_takes_field_validation(*doc, kNamespace);
  }
  auto doc = v3_document(it->first, it->second);
  if (!doc) return doc.take_error();
  if (!doc->contains("paths")) return make_error(ErrorKind::Internal, "Invalid OpenAPI V3 document");
  return validation::v3_patch_takes_field_validation(*doc, gvk);
}

Result<bool> FieldValidationVerifier::from_v2(const GroupVersionKind& gvk) {
  if (auto takes = v2_.patch_takes_field_validation(gvk)) return *takes;
  // A kind no path names: a CRD's is taken to be as Namespace is.
  if (!v2_.patch_takes_field_validation(kNamespace).value_or(false)) return false;
  auto crd = has_crd(gvk);
  if (!crd) return make_error(ErrorKind::Internal, "failed to check CRD: " + crd.error().message);
  return *crd;
}

Result<json> FieldValidationVerifier::v3_document(const std::string& group_version, const std::string& url) {
  auto it = v3_documents_.find(group_version);
  if (it == v3_documents_.end())
    it = v3_documents_.emplace(group_version, fetch_openapi_v3_document(rest_, group_version, url)).first;
  return it->second;
}

Result<bool> FieldValidationVerifier::has_crd(const GroupVersionKind& gvk) {
  if (!crd_kinds_) {
    auto list = rest_.get_json(
        rest_.request().group_version("apiextensions.k8s.io", "v1").resource("customresourcedefinitions"));
    if (!list) {
      crd_kinds_ = Result<std::set<std::pair<std::string, std::string>>>(list.take_error());
    } else {
      std::set<std::pair<std::string, std::string>> kinds;
      if (auto items = list->find("items"); items != list->end() && items->is_array())
        for (const json& crd : *items) {
          const json spec = crd.value("spec", json::object());
          const json names = spec.value("names", json::object());
          if (spec.value("group", json()).is_string() && names.value("kind", json()).is_string())
            kinds.emplace(spec["group"].get<std::string>(), names["kind"].get<std::string>());
        }
      crd_kinds_ = std::move(kinds);
    }
  }
  if (!*crd_kinds_) return crd_kinds_->error();
  return (*crd_kinds_)->contains({gvk.group, gvk.kind});
}

}  // namespace kctl::cmd
