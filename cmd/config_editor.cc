#include "cmd/config_editor.h"

#include <climits>
#include <unistd.h>

namespace kctl::cmd {

YAML::Node string_node(const std::string& value) {
  YAML::Node n(value);
  n.SetTag("!");
  return n;
}

YAML::Node bool_node(bool value) { return YAML::Node(value ? "true" : "false"); }

Result<bool> parse_bool(const std::string& flag, const std::string& text) {
  if (text == "true" || text == "1" || text == "t" || text == "T" || text == "TRUE" || text == "True") return true;
  if (text == "false" || text == "0" || text == "f" || text == "F" || text == "FALSE" || text == "False") return false;
  return make_error(ErrorKind::Usage, "invalid argument \"" + text + "\" for \"" + flag +
                                          "\" flag: strconv.ParseBool: parsing \"" + text + "\": invalid syntax");
}

std::string absolute(const std::string& path) {
  if (path.empty() || path.front() == '/') return path;
  char cwd[PATH_MAX];
  if (::getcwd(cwd, sizeof cwd) == nullptr) return path;
  return std::string(cwd) + "/" + path;
}

std::string default_file_name(Factory& f, const kubeconfig::Config& c) {
  if (!f.flags().kubeconfig.empty()) return f.flags().kubeconfig;
  for (const kubeconfig::File& file : c.files)
    if (file.exists) return file.path;
  return c.files.empty() ? "" : c.files.back().path;
}

Result<Editor> Editor::open(Factory& f) {
  auto c = f.config(/*for_edit=*/true);
  if (!c) return c.take_error();
  return Editor{f, *c, f.loading_rules(), {}};
}

YAML::Node Editor::entry(kubeconfig::Section s, const std::string& name) {
  std::size_t i = kubeconfig::file_for_entry(*config, rules, s, name);
  dirty.insert(i);
  return kubeconfig::edit_entry(config->files[i], s, name);
}

void Editor::set_current_context(const std::string& name) {
  std::size_t i = kubeconfig::file_for_current_context(*config, rules);
  config->files[i].root["current-context"] = string_node(name);
  dirty.insert(i);
}

Result<> Editor::save() {
  for (std::size_t i : dirty)
    if (auto r = kubeconfig::save(*config, i); !r) return r;
  return {};
}

}  // namespace kctl::cmd
