#include "kubeconfig/types.h"

namespace kctl::kubeconfig {

const std::vector<Entry>& Config::section(Section s) const {
  switch (s) {
    case Section::Clusters: return clusters;
    case Section::Users: return users;
    case Section::Contexts: break;
  }
  return contexts;
}

std::vector<Entry>& Config::section(Section s) {
  return const_cast<std::vector<Entry>&>(std::as_const(*this).section(s));
}

const Entry* Config::find(Section s, const std::string& name) const {
  for (const Entry& e : section(s))
    if (e.name == name) return &e;
  return nullptr;
}

const char* section_key(Section s) {
  switch (s) {
    case Section::Clusters: return "clusters";
    case Section::Users: return "users";
    case Section::Contexts: break;
  }
  return "contexts";
}

const char* entry_key(Section s) {
  switch (s) {
    case Section::Clusters: return "cluster";
    case Section::Users: return "user";
    case Section::Contexts: break;
  }
  return "context";
}

std::string field(const YAML::Node& body, const char* key) {
  if (!body || !body.IsMap()) return {};
  YAML::Node v = body[key];
  if (!v || !v.IsScalar()) return {};
  return v.Scalar();
}

}  // namespace kctl::kubeconfig
