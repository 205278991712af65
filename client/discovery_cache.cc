#include "client/discovery_cache.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include <cctype>
#include <cerrno>
#include <ctime>

#include "kubeconfig/unique_fd.h"

namespace kctl::client {
namespace {

using nlohmann::json;

constexpr const char* kFileName = "discovery.json";
constexpr int kFormat = 1;  // bump when the layout changes: older files are misses


bool mkdir_all(const std::string& dir) {
  for (std::size_t at = 1; at <= dir.size(); ++at) {
    if (at != dir.size() && dir[at] != '/') continue;
    std::string prefix = dir.substr(0, at);
    if (::mkdir(prefix.c_str(), 0750) != 0 && errno != EEXIST) return false;
  }
  return true;
}

std::string read_all(int fd) {
  std::string text;
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    text.append(buf, static_cast<std::size_t>(n));
  }
  return text;
}

bool write_all(int fd, std::string_view text) {
  while (!text.empty()) {
    ssize_t n = ::write(fd, text.data(), text.size());
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    text.remove_prefix(static_cast<std::size_t>(n));
  }
  return true;
}

json strings(const std::vector<std::string>& v) { return json(v); }

bool read_strings(const json& j, const char* key, std::vector<std::string>& out) {
  auto it = j.find(key);
  if (it == j.end()) return true;  // empty lists are left out
  if (!it->is_array()) return false;
  for (const json& e : *it) {
    if (!e.is_string()) return false;
    out.push_back(e.get<std::string>());
  }
  return true;
}

bool read_string(const json& j, const char* key, std::string& out) {
  auto it = j.find(key);
  if (it == j.end()) return true;
  if (!it->is_string()) return false;
  out = it->get<std::string>();
  return true;
}

}  // namespace

std::string discovery_cache_dir(const std::string& cache_root, const std::string& server) {
  std::string host = server;
  for (const char* scheme : {"https://", "http://"})
    if (host.rfind(scheme, 0) == 0) {
      host.erase(0, std::string_view(scheme).size());
      break;
    }
  while (!host.empty() && host.back() == '/') host.pop_back();
  for (char& c : host)
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '_' && c != '.') c = '_';
  if (host.empty() || host == "." || host == "..") host.assign(1, '_');  // (not = "_": a GCC 12 -Wrestrict false alarm)
  return cache_root + "/kctl/discovery/" + host;
}

std::string encode_discovery(const DiscoveryData& data) {
  json groups = json::array();
  for (const ApiGroup& g : data.groups)
    groups.push_back({{"name", g.name}, {"versions", strings(g.versions)}, {"preferred", g.preferred_version}});
  json resources = json::array();
  for (const ApiResource& r : data.resources) {
    json e = {{"group", r.group}, {"version", r.version}, {"name", r.name}, {"kind", r.kind},
              {"namespaced", r.namespaced}};
    if (!r.singular_name.empty()) e["singular"] = r.singular_name;
    if (!r.verbs.empty()) e["verbs"] = strings(r.verbs);
    if (!r.short_names.empty()) e["shortNames"] = strings(r.short_names);
    if (!r.categories.empty()) e["categories"] = strings(r.categories);
    resources.push_back(std::move(e));
  }
  json doc = {{"kctlDiscovery", kFormat}, {"groups", std::move(groups)}, {"resources", std::move(resources)}};
  return doc.dump();
}

std::optional<DiscoveryData> decode_discovery(std::string_view text) {
  json doc = json::parse(text, nullptr, false);
  if (!doc.is_object()) return std::nullopt;
  auto format = doc.find("kctlDiscovery");
  if (format == doc.end() || !format->is_number_integer() || format->get<int>() != kFormat) return std::nullopt;
  auto groups = doc.find("groups");
  auto resources = doc.find("resources");
  if (groups == doc.end() || !groups->is_array() || resources == doc.end() || !resources->is_array())
    return std::nullopt;
  DiscoveryData data;
  for (const json& g : *groups) {
    ApiGroup group;
    if (!g.is_object() || !read_string(g, "name", group.name) || !read_strings(g, "versions", group.versions) ||
        !read_string(g, "preferred", group.preferred_version))
      return std::nullopt;
    data.groups.push_back(std::move(group));
  }
  for (const json& r : *resources) {
    ApiResource res;
    if (!r.is_object() || !read_string(r, "group", res.group) || !read_string(r, "version", res.version) ||
        !read_string(r, "name", res.name) || !read_string(r, "kind", res.kind) ||
        !read_string(r, "singular", res.singular_name) || !read_strings(r, "verbs", res.verbs) ||
        !read_strings(r, "shortNames", res.short_names) || !read_strings(r, "categories", res.categories))
      return std::nullopt;
    auto ns = r.find("namespaced");
    if (ns == r.end() || !ns->is_boolean() || res.name.empty() || res.version.empty()) return std::nullopt;
    res.namespaced = ns->get<bool>();
    data.resources.push_back(std::move(res));
  }
  return data;
}

std::optional<DiscoveryData> read_discovery_cache(const std::string& dir, std::chrono::seconds ttl) {
  UniqueFd fd(::open((dir + "/" + kFileName).c_str(), O_RDONLY | O_CLOEXEC));
  if (fd.get() < 0) return std::nullopt;
  struct stat st{};
  if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) return std::nullopt;
  // Fresh while mtime + ttl is in the future (cached_discovery.go's rule).
  if (std::time(nullptr) >= st.st_mtim.tv_sec + ttl.count()) return std::nullopt;
  return decode_discovery(read_all(fd.get()));
}

bool write_discovery_cache(const std::string& dir, const DiscoveryData& data) {
  if (!mkdir_all(dir)) return false;
  const std::string path = dir + "/" + kFileName;
  std::string tmp = path + ".XXXXXX";
  UniqueFd fd(::mkostemp(tmp.data(), O_CLOEXEC));
  if (fd.get() < 0) return false;
  // No fsync: after a power loss a damaged file only means a refetch, and
  // fsync is what made kubectl's cache writes slow (k/k#110753).
  bool ok = write_all(fd.get(), encode_discovery(data)) && ::fchmod(fd.get(), 0660) == 0 &&
            ::close(fd.release()) == 0 && ::rename(tmp.c_str(), path.c_str()) == 0;
  if (!ok) ::unlink(tmp.c_str());
  return ok;
}

}  // namespace kctl::client
