#include "kubeconfig/loading_rules.h"

#include <algorithm>
#include <cstdlib>

#include "kubeconfig/parse.h"

namespace kctl::kubeconfig {

std::optional<std::string> process_env(const char* name) {
  const char* v = std::getenv(name);
  if (v == nullptr) return std::nullopt;
  return std::string(v);
}

LoadingRules make_loading_rules(const std::string& kubeconfig_flag, const EnvLookup& env) {
  LoadingRules rules;
  rules.explicit_path = kubeconfig_flag;
  if (auto list = env("KUBECONFIG"); list && !list->empty()) {
    std::size_t start = 0;
    while (start <= list->size()) {
      std::size_t colon = list->find(':', start);
      if (colon == std::string::npos) colon = list->size();
      std::string item = list->substr(start, colon - start);
      if (!item.empty() &&
          std::find(rules.precedence.begin(), rules.precedence.end(), item) ==
              rules.precedence.end())
        rules.precedence.push_back(item);
      start = colon + 1;
    }
  } else {
    std::string home = env("HOME").value_or("");
    rules.precedence.push_back(home + "/.kube/config");
  }
  return rules;
}

Result<Config> load(const LoadingRules& rules, bool allow_missing_explicit) {
  std::vector<File> files;
  if (!rules.explicit_path.empty()) {
    auto f = read_file(rules.explicit_path);
    if (!f) return f.take_error();
    if (!f->exists && !allow_missing_explicit)
      return make_error(ErrorKind::Config,
                        "stat " + rules.explicit_path + ": no such file or directory");
    files.push_back(std::move(*f));
  } else {
    for (const std::string& path : rules.precedence) {
      auto f = read_file(path);
      if (!f) return f.take_error();
      files.push_back(std::move(*f));
    }
  }
  Config config = merge(std::move(files));
  config.explicit_file = !rules.explicit_path.empty();
  return config;
}

Config merge(std::vector<File> files) {
  Config config;
  for (const File& file : files) {
    if (!file.exists) continue;
    const YAML::Node& root = file.root;
    if (config.current_context.empty() && root["current-context"] &&
        root["current-context"].IsScalar() && !root["current-context"].Scalar().empty()) {
      config.current_context = root["current-context"].Scalar();
      config.current_context_origin = file.path;
    }
    if (!config.preferences && root["preferences"] && root["preferences"].IsMap())
      config.preferences = root["preferences"];
    for (Section s : {Section::Clusters, Section::Users, Section::Contexts}) {
      const YAML::Node list = root[section_key(s)];
      if (!list || !list.IsSequence()) continue;
      for (const YAML::Node& item : list) {
        std::string name = item["name"].Scalar();
        if (config.find(s, name) != nullptr) continue;
        // An entry without its body (or with one that is not a map) has
        // an empty one, as kubectl's typed model does. (Assigning to the
        // missing node operator[] returns would throw.)
        const YAML::Node found = item[entry_key(s)];
        YAML::Node body = found && found.IsMap() ? found : YAML::Node(YAML::NodeType::Map);
        config.section(s).push_back(Entry{name, body, file.path});
      }
    }
  }
  config.files = std::move(files);
  return config;
}

}  // namespace kctl::kubeconfig
