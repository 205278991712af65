// config set / unset PROPERTY: a value by its path
// (current-context, preferences.X, clusters|users|contexts.NAME.FIELD...).
#include <sstream>
#include <vector>

#include <yaml-cpp/binary.h>
#include "cmd/config_editor.h"
#include "cmd/config_verbs.h"

namespace kctl::cmd {
namespace {

using kubeconfig::Config;
using kubeconfig::File;
using kubeconfig::Section;

struct PropertyPath {
  enum class Kind { CurrentContext, Preferences, Entry } kind = Kind::Entry;
  Section section = Section::Clusters;
  std::string name;
  std::vector<std::string> fields;
};

Result<PropertyPath> parse_property(const std::string& text) {
  std::vector<std::string> parts;
  std::stringstream ss(text);
  for (std::string p; std::getline(ss, p, '.');) parts.push_back(p);
  PropertyPath path;
  if (parts.empty()) return make_error(ErrorKind::Usage, "you must specify a property");
  if (parts[0] == "current-context" && parts.size() == 1) {
    path.kind = PropertyPath::Kind::CurrentContext;
    return path;
  }
  if (parts[0] == "preferences" && parts.size() >= 2) {
    path.kind = PropertyPath::Kind::Preferences;
    path.fields.assign(parts.begin() + 1, parts.end());
    return path;
  }
  if (parts[0] == "clusters") path.section = Section::Clusters;
  else if (parts[0] == "users") path.section = Section::Users;
  else if (parts[0] == "contexts") path.section = Section::Contexts;
  else
    return make_error(ErrorKind::Internal, "unable to parse " + text +
                                               ": the first part must be one of current-context, "
                                               "preferences, clusters, users, contexts");
  if (parts.size() < 3)
    return make_error(ErrorKind::Internal, "unable to parse " + text + ": expected " + parts[0] + ".NAME.FIELD");
  path.name = parts[1];
  path.fields.assign(parts.begin() + 2, parts.end());
  return path;
}

bool is_bool_field(const std::string& f) {
  return f == "insecure-skip-tls-verify" || f == "disable-compression" || f == "provideClusterInfo" || f == "colors";
}

struct SetOptions {
  std::string property, value, raw_bytes = "false";
  bool unset = false;

  Result<> run(Factory& f) const {
    auto path = parse_property(property);
    if (!path) return path.take_error();
    auto ed = Editor::open(f);
    if (!ed) return ed.take_error();
    std::string stored = value;
    if (!unset && raw_bytes == "true" && !path->fields.empty() && path->fields.back().size() > 5 &&
        path->fields.back().ends_with("-data"))
      stored = YAML::EncodeBase64(reinterpret_cast<const unsigned char*>(value.data()), value.size());
    if (path->kind == PropertyPath::Kind::CurrentContext) {
      if (unset) {
        std::size_t i = kubeconfig::file_for_current_context(*ed->config, ed->rules);
        ed->config->files[i].root["current-context"] = string_node("");
        ed->dirty.insert(i);
      } else {
        ed->set_current_context(stored);
      }
    } else {
      // Handles are rebound with reset(): `a = b` would rewrite the node `a`
      // refers to (yaml-cpp's reference semantics).
      YAML::Node node;
      if (path->kind == PropertyPath::Kind::Preferences) {
        std::size_t i = kubeconfig::file_for_current_context(*ed->config, ed->rules);
        ed->dirty.insert(i);
        YAML::Node root = ed->config->files[i].root;
        if (!root["preferences"].IsMap()) root["preferences"] = YAML::Node(YAML::NodeType::Map);
        node.reset(root["preferences"]);
      } else {
        if (unset && ed->config->find(path->section, path->name) == nullptr)
          return make_error(ErrorKind::Internal, "current map key `" + path->name + "` is invalid");
        node.reset(ed->entry(path->section, path->name));
      }
      for (std::size_t k = 0; k + 1 < path->fields.size(); ++k) {
        const std::string& key = path->fields[k];
        if (!node[key].IsMap()) {
          if (unset) return make_error(ErrorKind::Internal, "current map key `" + key + "` is invalid");
          node[key] = YAML::Node(YAML::NodeType::Map);
        }
        YAML::Node next = node[key];
        node.reset(next);
      }
      const std::string& leaf = path->fields.back();
      if (unset) {
        node.remove(leaf);
      } else if (is_bool_field(leaf)) {
        auto b = parse_bool(leaf, stored);
        if (!b) return b.take_error();
        node[leaf] = bool_node(*b);
      } else {
        node[leaf] = string_node(stored);
      }
    }
    if (auto r = ed->save(); !r) return r;
    f.io().out << "Property \"" << property << "\" " << (unset ? "unset" : "set") << ".\n";
    return {};
  }
};

}  // namespace

void register_config_property(CLI::App& config, VerbContext& ctx) {
  auto set = std::make_shared<SetOptions>();
  CLI::App* st = config.add_subcommand("set", "Set an individual value in a kubeconfig file");
  st->add_option("PROPERTY_NAME", set->property, "Property path")->required();
  st->add_option("PROPERTY_VALUE", set->value, "Value")->required();
  st->add_option("--set-raw-bytes", set->raw_bytes, "When writing a []byte PROPERTY_VALUE, write the given string directly without base64 decoding.")
      ->expected(0, 1)->default_str("true");
  on_chosen(st, ctx, [set, &ctx] { return set->run(ctx.factory); });

  auto unset = std::make_shared<SetOptions>();
  unset->unset = true;
  CLI::App* un = config.add_subcommand("unset", "Unset an individual value in a kubeconfig file");
  un->add_option("PROPERTY_NAME", unset->property, "Property path")->required();
  on_chosen(un, ctx, [unset, &ctx] { return unset->run(ctx.factory); });
}

}  // namespace kctl::cmd
