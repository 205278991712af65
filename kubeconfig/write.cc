#include "kubeconfig/write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>

#include "client/printers/go_yaml.h"
#include "kubeconfig/unique_fd.h"
#include "kubeconfig/yaml_json.h"

namespace kctl::kubeconfig {
namespace {


Error io_error(const std::string& what, const std::string& path) {
  return make_error(ErrorKind::Config, what + " " + path + ": " + std::strerror(errno));
}

std::string dir_of(const std::string& path) {
  auto slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

Result<> make_dirs(const std::string& dir) {
  if (dir.empty() || dir == "." || dir == "/") return {};
  struct stat st{};
  if (::stat(dir.c_str(), &st) == 0) return {};
  if (auto r = make_dirs(dir_of(dir)); !r) return r;
  if (::mkdir(dir.c_str(), 0755) != 0 && errno != EEXIST) return io_error("mkdir", dir);
  return {};
}

std::size_t default_file(Config& config, const LoadingRules& rules) {
  if (!rules.explicit_path.empty()) return 0;
  for (std::size_t i = 0; i < config.files.size(); ++i)
    if (config.files[i].exists) return i;
  return config.files.empty() ? 0 : config.files.size() - 1;
}

}  // namespace

Result<> write_file_atomic(const std::string& requested_path, const std::string& text) {
  // Write through a symlink to its target, so the link stays a link.
  std::string path = requested_path;
  char real[PATH_MAX];
  if (::realpath(requested_path.c_str(), real) != nullptr) path = real;

  mode_t mode = 0600;
  struct stat st{};
  if (::stat(path.c_str(), &st) == 0) mode = st.st_mode & 07777;
  const std::string dir = dir_of(path);
  if (auto r = make_dirs(dir); !r) return r;

  std::string tmp = path + ".kctl-tmp-XXXXXX";
  UniqueFd fd(::mkstemp(tmp.data()));
  if (fd.get() < 0) return io_error("error writing", requested_path);
  auto fail = [&](const char* what) {
    Error e = io_error(what, requested_path);
    ::unlink(tmp.c_str());
    return e;
  };
  if (::fchmod(fd.get(), mode) != 0) return fail("error writing");
  std::size_t done = 0;
  while (done < text.size()) {
    ssize_t n = ::write(fd.get(), text.data() + done, text.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fail("error writing");
    }
    done += static_cast<std::size_t>(n);
  }
  if (::fsync(fd.get()) != 0) return fail("error writing");
  if (::close(fd.release()) != 0) return fail("error writing");
  if (::rename(tmp.c_str(), path.c_str()) != 0) return fail("error writing");
  // Make the rename itself durable.
  UniqueFd dfd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY));
  if (dfd.get() >= 0) ::fsync(dfd.get());
  return {};
}

std::string serialize(const File& file) {
  // Keys typed as go-yaml v2 reads them, so the file means what it meant.
  nlohmann::ordered_json doc = to_json(file.root, true);
  if (!doc.is_object()) doc = nlohmann::ordered_json::object();
  // kubectl always writes these two.
  if (!doc.contains("apiVersion")) doc["apiVersion"] = "v1";
  if (!doc.contains("kind")) doc["kind"] = "Config";
  for (const char* key : {"clusters", "contexts", "users"})
    if (!doc.contains(key)) doc[key] = nullptr;
  if (!doc.contains("current-context")) doc["current-context"] = "";
  if (!doc.contains("preferences")) doc["preferences"] = nlohmann::ordered_json::object();
  return printers::to_go_yaml(doc);
}

std::size_t file_for_entry(Config& config, const LoadingRules& rules, Section s, const std::string& name) {
  if (const Entry* e = config.find(s, name))
    for (std::size_t i = 0; i < config.files.size(); ++i)
      if (config.files[i].path == e->origin) return i;
  return default_file(config, rules);
}

std::size_t file_for_current_context(Config& config, const LoadingRules& rules) {
  if (!rules.explicit_path.empty()) return 0;
  for (std::size_t i = 0; i < config.files.size(); ++i) {
    const File& f = config.files[i];
    if (f.exists && f.root["current-context"] && f.root["current-context"].IsScalar() &&
        !f.root["current-context"].Scalar().empty())
      return i;
  }
  return default_file(config, rules);
}

Result<> save(const Config& config, std::size_t index) {
  const File& file = config.files.at(index);
  return write_file_atomic(file.path, serialize(file));
}

// yaml-cpp allocates a node in the memory of the handle it is reached
// through, and `a = b` on a handle rewrites the node it refers to. So every
// handle returned here is reached from the document root, and new nodes are
// attached by assigning into the tree, never by rebinding handles.
YAML::Node edit_entry(File& file, Section s, const std::string& name) {
  YAML::Node root = file.root;
  if (!root[section_key(s)] || !root[section_key(s)].IsSequence())
    root[section_key(s)] = YAML::Node(YAML::NodeType::Sequence);
  YAML::Node list = root[section_key(s)];
  std::size_t index = list.size();
  for (std::size_t i = 0; i < list.size(); ++i)
    if (list[i]["name"] && list[i]["name"].Scalar() == name) index = i;
  if (index == list.size()) {
    YAML::Node item(YAML::NodeType::Map);
    item["name"] = name;
    list.push_back(item);
  }
  YAML::Node item = list[index];
  if (!item[entry_key(s)] || !item[entry_key(s)].IsMap()) item[entry_key(s)] = YAML::Node(YAML::NodeType::Map);
  return item[entry_key(s)];
}

bool remove_entry(File& file, Section s, const std::string& name) {
  YAML::Node list = file.root[section_key(s)];
  if (!list || !list.IsSequence()) return false;
  YAML::Node kept(YAML::NodeType::Sequence);
  bool removed = false;
  for (const YAML::Node& item : list) {
    if (item["name"] && item["name"].Scalar() == name) removed = true;
    else kept.push_back(item);
  }
  if (removed) file.root[section_key(s)] = kept;
  return removed;
}

}  // namespace kctl::kubeconfig
