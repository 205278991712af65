// Editing kubeconfig files for the config verbs: which file an edit goes
// to, and nodes typed the way kubectl writes them.
#pragma once

#include <CLI/CLI.hpp>
#include <yaml-cpp/yaml.h>

#include <set>
#include <string>

#include "client/result.h"
#include "cmd/factory.h"
#include "kubeconfig/types.h"
#include "kubeconfig/write.h"

namespace kctl::cmd {

// A scalar that always reads back as a string (quoted in the file when it
// would otherwise look like a number or a bool).
YAML::Node string_node(const std::string& value);
YAML::Node bool_node(bool value);
// pflag's boolean values ("true", "1", "t", ...), with its error text.
Result<bool> parse_bool(const std::string& flag, const std::string& text);
// `path` made absolute against the working directory, as kubectl stores paths.
std::string absolute(const std::string& path);
// The file name kubectl shows in delete/rename messages.
std::string default_file_name(Factory& f, const kubeconfig::Config& c);

// Whether the user gave a flag (CLI11 leaves absent flags unset).
struct Given {
  CLI::App* app;
  bool operator()(const char* name) const { return app->count(name) > 0; }
};

// The loaded files, which of them changed, and the edits kubectl's rules allow.
struct Editor {
  Factory& f;
  kubeconfig::Config* config = nullptr;
  kubeconfig::LoadingRules rules;
  std::set<std::size_t> dirty;

  static Result<Editor> open(Factory& f);
  YAML::Node entry(kubeconfig::Section s, const std::string& name);
  void set_current_context(const std::string& name);
  Result<> save();
};

}  // namespace kctl::cmd
