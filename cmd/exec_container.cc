#include "cmd/exec_container.h"

namespace kctl::cmd {
namespace {

const nlohmann::json& list(const nlohmann::json& spec, const char* key) {
  static const nlohmann::json kEmpty = nlohmann::json::array();
  auto it = spec.find(key);
  return it != spec.end() && it->is_array() ? *it : kEmpty;
}

std::string name_of(const nlohmann::json& c) {
  auto it = c.find("name");
  return it != c.end() && it->is_string() ? it->get<std::string>() : std::string();
}

const nlohmann::json& spec_of(const nlohmann::json& pod) {
  static const nlohmann::json kEmpty = nlohmann::json::object();
  auto it = pod.find("spec");
  return it != pod.end() && it->is_object() ? *it : kEmpty;
}

}  // namespace

bool spec_has_container(const nlohmann::json& spec, const std::string& name) {
  for (const char* key : {"containers", "initContainers", "ephemeralContainers"})
    for (const auto& c : list(spec, key))
      if (name_of(c) == name) return true;
  return false;
}

bool pod_has_container(const nlohmann::json& pod, const std::string& name) {
  return spec_has_container(spec_of(pod), name);
}

std::string all_container_names(const nlohmann::json& pod) {
  const nlohmann::json& spec = spec_of(pod);
  std::string out;
  auto add = [&out](const std::string& s) {
    if (!out.empty()) out += ", ";
    out += s;
  };
  for (const auto& c : list(spec, "containers")) add(name_of(c));
  for (const auto& c : list(spec, "initContainers")) add(name_of(c) + " (init)");
  for (const auto& c : list(spec, "ephemeralContainers")) add(name_of(c) + " (ephem)");
  return out;
}

Result<ContainerChoice> default_container(const nlohmann::json& pod, bool quiet) {
  const nlohmann::json& spec = spec_of(pod);
  const nlohmann::json& containers = list(spec, "containers");
  const nlohmann::json meta = pod.value("metadata", nlohmann::json::object());
  if (containers.empty())
    return make_error(ErrorKind::Internal, "pod " + meta.value("namespace", "") + "/" + meta.value("name", "") +
                                               " does not have any containers");
  const nlohmann::json annotations = meta.value("annotations", nlohmann::json::object());
  if (auto it = annotations.find("kubectl.kubernetes.io/default-container"); it != annotations.end() && it->is_string()) {
    const std::string wanted = it->get<std::string>();
    if (!wanted.empty() && spec_has_container(spec, wanted)) return ContainerChoice{wanted, {}};
  }
  ContainerChoice choice{name_of(containers[0]), {}, true};
  if (!quiet && (containers.size() > 1 || !list(spec, "initContainers").empty() ||
                 !list(spec, "ephemeralContainers").empty()))
    choice.notice = "Defaulted container \"" + choice.name + "\" out of: " + all_container_names(pod) + "\n";
  return choice;
}

}  // namespace kctl::cmd
