// Which kubeconfig files a command reads, as client-go's loading rules:
// --kubeconfig alone, else every file in $KUBECONFIG, else ~/.kube/config.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "client/result.h"
#include "kubeconfig/types.h"

namespace kctl::kubeconfig {

using EnvLookup = std::function<std::optional<std::string>(const char*)>;

// The process environment (the real EnvLookup; tests pass their own).
std::optional<std::string> process_env(const char* name);

struct LoadingRules {
  std::string explicit_path;            // --kubeconfig
  std::vector<std::string> precedence;  // $KUBECONFIG split and de-duplicated, or ~/.kube/config
};

LoadingRules make_loading_rules(const std::string& kubeconfig_flag, const EnvLookup& env);

// Reads and merges the files. A missing --kubeconfig file is an error
// ("stat F: no such file or directory") unless `allow_missing_explicit`
// (the config verbs, which may create it); missing precedence files are skipped.
Result<Config> load(const LoadingRules& rules, bool allow_missing_explicit = false);

// First file to define a name wins; current-context comes from the first
// file that sets one. Pure.
Config merge(std::vector<File> files);

}  // namespace kctl::kubeconfig
