#include "cmd/last_applied.h"

#include "client/patch/json_merge_patch.h"
#include "client/printers/go_json.h"

namespace kctl::cmd {

using nlohmann::json;

std::string last_applied_value(const json& object) {
  json copy = object;
  json& meta = copy["metadata"];
  if (!meta.is_object()) meta = json::object();
  json& annotations = meta["annotations"];
  if (!annotations.is_object()) annotations = json::object();
  annotations.erase(kLastAppliedAnnotation);
  // Go's encoder: compact, keys sorted (nlohmann::json keeps them sorted),
  // HTML characters escaped, and the Encoder's trailing newline.
  return printers::to_go_json(nlohmann::ordered_json(copy), 0) + "\n";
}

void set_last_applied(json& object) {
  std::string value = last_applied_value(object);
  object["metadata"]["annotations"][kLastAppliedAnnotation] = std::move(value);
}

json modified_configuration(const json& object) {
  json modified = object;
  set_last_applied(modified);
  return modified;
}

Result<json> original_configuration(const json& live) {
  const json* annotations = nullptr;
  if (auto m = live.find("metadata"); m != live.end() && m->is_object())
    if (auto a = m->find("annotations"); a != m->end() && a->is_object()) annotations = &*a;
  if (annotations == nullptr) return json();
  auto it = annotations->find(kLastAppliedAnnotation);
  if (it == annotations->end() || !it->is_string() || it->get<std::string>().empty()) return json();
  json parsed = json::parse(it->get<std::string>(), nullptr, false);
  if (parsed.is_discarded())
    return make_error(ErrorKind::Internal, std::string("invalid JSON in the ") + kLastAppliedAnnotation + " annotation");
  return parsed;
}

std::pair<std::string, nlohmann::json> last_applied_patch(const nlohmann::json& manifest) {
  std::string before = printers::to_go_json(nlohmann::ordered_json(manifest), 0) + "\n";
  nlohmann::json after = manifest;
  after["metadata"]["annotations"][kLastAppliedAnnotation] = before;
  return {before, patch::create_merge_patch(manifest, after)};
}

}  // namespace kctl::cmd
