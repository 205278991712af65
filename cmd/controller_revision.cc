#include "cmd/controller_revision.h"

#include <iterator>

#include "client/patch/strategic_patch.h"

namespace kctl::cmd {

using nlohmann::json;

bool controlled_by(const json& obj, const std::string& owner_uid) {
  const auto meta = obj.find("metadata");
  if (meta == obj.end() || !meta->is_object()) return false;
  const auto refs = meta->find("ownerReferences");
  if (refs == meta->end() || !refs->is_array()) return false;
  // Only the first controller reference counts, as in GetControllerOf.
  for (const auto& ref : *refs)
    if (ref.is_object() && ref.value("controller", false)) return ref.value("uid", "") == owner_uid;
  return false;
}

Result<const json*> revision_to_restore(const RevisionHistory& history, long long to_revision) {
  const auto not_found = [to_revision] {
    return make_error(ErrorKind::Internal,
                      "unable to find specified revision " + std::to_string(to_revision) + " in history");
  };
  if (to_revision < 0) return not_found();
  if (to_revision == 0) {
    if (history.size() <= 1) return make_error(ErrorKind::Internal, "no last revision to roll back to");
    return &std::prev(history.end(), 2)->second;
  }
  auto it = history.find(to_revision);
  if (it == history.end()) return not_found();
  return &it->second;
}

bool template_matches(const json& object, const json& revision) {
  const auto spec = object.find("spec");
  const auto data = revision.find("data");
  if (spec == object.end() || !spec->is_object() || data == revision.end()) return false;
  json tmpl = spec->value("template", json::object());
  tmpl["$patch"] = "replace";
  return *data == json{{"spec", {{"template", std::move(tmpl)}}}};
}

Result<json> object_at_revision(const json& object, const json& revision, const patch::PatchSchema& schema) {
  const json data = revision.value("data", json::object());
  if (!data.is_object()) return make_error(ErrorKind::Internal, "the revision's data is not an object");
  return patch::strategic_merge_patch(object, data, schema);
}

json as_typed(json object) {
  if (object.is_object() && object.value("kind", "") == "StatefulSet") {
    json& status = object["status"];
    if (!status.is_object()) status = json::object();
    if (!status.contains("availableReplicas")) status["availableReplicas"] = 0;
    if (!status.contains("replicas")) status["replicas"] = 0;
  }
  return object;
}

nlohmann::ordered_json ordered_like(const json& value, const nlohmann::ordered_json& like) {
  using ojson = nlohmann::ordered_json;
  static const ojson none;
  if (value.is_array()) {
    ojson out = ojson::array();
    for (std::size_t i = 0; i < value.size(); ++i)
      out.push_back(ordered_like(value[i], like.is_array() && i < like.size() ? like[i] : none));
    return out;
  }
  if (!value.is_object()) return ojson(value);
  ojson out = ojson::object();
  if (like.is_object())
    for (const auto& [k, v] : like.items())
      if (auto it = value.find(k); it != value.end()) out[k] = ordered_like(*it, v);
  for (const auto& [k, v] : value.items())
    if (!out.contains(k)) out[k] = ordered_like(v, like.is_object() && like.contains(k) ? like[k] : none);
  return out;
}

}  // namespace kctl::cmd
