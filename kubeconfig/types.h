// The kubeconfig model. Each entry keeps its YAML body as parsed, so that
// writes preserve fields kctl does not know, and the file it came from, so
// that relative paths resolve against that file and writes go back to it.
#pragma once

#include <yaml-cpp/yaml.h>

#include <optional>
#include <string>
#include <vector>

namespace kctl::kubeconfig {

// One named cluster, user (AuthInfo) or context. `body` is the inner map
// (the value of `cluster:`, `user:` or `context:`).
struct Entry {
  std::string name;
  YAML::Node body;
  std::string origin;  // path of the file that defined it
};

// One kubeconfig file as read from disk.
struct File {
  std::string path;
  bool exists = false;
  YAML::Node root;  // a map (empty for a missing or empty file)
};

enum class Section { Clusters, Users, Contexts };

// What the loading rules produced: the files in precedence order and the
// merged view of them (first file to define a name wins).
struct Config {
  std::vector<File> files;
  std::string current_context;
  std::string current_context_origin;  // file that set it, empty if none
  std::vector<Entry> clusters;         // in order of first definition
  std::vector<Entry> users;
  std::vector<Entry> contexts;
  YAML::Node preferences;
  bool explicit_file = false;          // --kubeconfig was given

  const std::vector<Entry>& section(Section s) const;
  std::vector<Entry>& section(Section s);
  const Entry* find(Section s, const std::string& name) const;
};

// The YAML key of a section ("clusters") and of an entry body ("cluster").
const char* section_key(Section s);
const char* entry_key(Section s);

// A string field of an entry body, or "" when absent.
std::string field(const YAML::Node& body, const char* key);

}  // namespace kctl::kubeconfig
