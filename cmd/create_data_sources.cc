#include "cmd/create_data_sources.h"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <regex>
#include <sstream>

#include "client/crypto_library.h"
#include "client/printers/go_utf8.h"

namespace kctl::cmd {
namespace {

namespace fs = std::filesystem;

// Go's os.PathError text without the "stat PATH: " part.
std::string errno_text(int e) {
  std::string s = std::strerror(e);
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

class Collector {
 public:
  Collector(DataKind kind, std::string name) : kind_(kind), name_(std::move(name)) {}

  Result<> add(const std::string& key, const std::string& value) {
    if (auto problems = config_map_key_problems(key); !problems.empty()) {
      std::string joined;
      if (kind_ == DataKind::ConfigMap) {
        for (const auto& p : problems) joined += (joined.empty() ? "" : ",") + p;
        return make_error(ErrorKind::Internal,
                          "\"" + key + "\" is not a valid key name for a ConfigMap: " + joined);
      }
      for (const auto& p : problems) joined += (joined.empty() ? "" : ";") + p;
      return make_error(ErrorKind::Internal, "\"" + key + "\" is not valid key name for a Secret " + joined);
    }
    if (kind_ == DataKind::Secret) {
      if (out_.data.count(key))
        return make_error(ErrorKind::Internal, "cannot add key " + key + ", another key by that name already exists");
      out_.data[key] = value;
      return {};
    }
    if (out_.data.count(key))
      return make_error(ErrorKind::Internal, "cannot add key \"" + key +
                                                 "\", another key by that name already exists in Data for ConfigMap \"" +
                                                 name_ + "\"");
    if (out_.binary.count(key))
      return make_error(ErrorKind::Internal,
                        "cannot add key \"" + key +
                            "\", another key by that name already exists in BinaryData for ConfigMap \"" + name_ + "\"");
    (printers::valid_utf8(value) ? out_.data : out_.binary)[key] = value;
    return {};
  }

  KeyedData take() { return std::move(out_); }

 private:
  DataKind kind_;
  std::string name_;
  KeyedData out_;
};

Result<std::string> read_whole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorKind::Internal, "open " + path + ": " + errno_text(errno));
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

Result<> add_file_source(Collector& c, const std::string& source) {
  auto parsed = parse_file_source(source);
  if (!parsed) return parsed.take_error();
  const auto& [key, path] = *parsed;
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec) return make_error(ErrorKind::Internal, "error reading " + path + ": " + errno_text(ec.value()));
  if (!fs::is_directory(status)) {
    auto bytes = read_whole(path);
    if (!bytes) return bytes.take_error();
    return c.add(key, *bytes);
  }
  if (source.find('=') != std::string::npos)
    return make_error(ErrorKind::Internal, "cannot give a key name for a directory path");
  std::vector<std::string> names;
  for (const auto& entry : fs::directory_iterator(path, ec))
    if (entry.is_regular_file() && !entry.is_symlink()) names.push_back(entry.path().filename().string());
  if (ec) return make_error(ErrorKind::Internal, "error listing files in " + path + ": " + errno_text(ec.value()));
  std::sort(names.begin(), names.end());  // os.ReadDir's order
  for (const auto& name : names) {
    auto bytes = read_whole((fs::path(path) / name).string());
    if (!bytes) return bytes.take_error();
    if (auto r = c.add(name, *bytes); !r) return r;
  }
  return {};
}

bool valid_env_name(const std::string& key) {
  static const std::regex re("^[-._a-zA-Z][-._a-zA-Z0-9]*$");
  return std::regex_match(key, re);
}

Result<> add_env_file(Collector& c, const std::string& path, const std::map<std::string, std::string>& environment) {
  std::error_code ec;
  const auto status = fs::status(path, ec);
  if (ec) return make_error(ErrorKind::Internal, "error reading " + path + ": " + errno_text(ec.value()));
  if (fs::is_directory(status)) return make_error(ErrorKind::Internal, "env config file cannot be a directory");
  auto text = read_whole(path);
  if (!text) return text.take_error();
  std::istringstream in(*text);
  std::string line;
  for (int n = 0; std::getline(in, line); ++n) {
    if (!line.empty() && line.back() == '\r') line.pop_back();  // bufio.ScanLines
    if (n == 0 && line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    line.erase(0, line.find_first_not_of(" \t\n\v\f\r"));
    if (line.empty() || line[0] == '#') continue;
    const auto eq = line.find('=');
    const std::string key = line.substr(0, eq);
    if (!valid_env_name(key))
      return make_error(ErrorKind::Internal,
                        "\"" + key +
                            "\" is not a valid key name: a valid environment variable name must consist of alphabetic "
                            "characters, digits, '_', '-', or '.', and must not start with a digit (e.g. "
                            "'my.env-name',  or 'MY_ENV.NAME',  or 'MyEnvName1', regex used for validation is "
                            "'[-._a-zA-Z][-._a-zA-Z0-9]*')");
    std::string value;
    if (eq != std::string::npos) {
      value = line.substr(eq + 1);
    } else if (auto it = environment.find(key); it != environment.end()) {
      value = it->second;  // a bare KEY takes its value from the environment
    }
    if (auto r = c.add(key, value); !r) return r;
  }
  return {};
}

}  // namespace

Result<> validate_sources(const DataSources& s) {
  if (!s.env_files.empty() && (!s.files.empty() || !s.literals.empty()))
    return make_error(ErrorKind::Internal, "from-env-file cannot be combined with from-file or from-literal");
  return {};
}

Result<std::pair<std::string, std::string>> parse_literal_source(const std::string& source) {
  const auto eq = source.find('=');
  if (eq == 0 || eq == std::string::npos)
    return make_error(ErrorKind::Internal, "invalid literal source " + source + ", expected key=value");
  return std::pair{source.substr(0, eq), source.substr(eq + 1)};
}

Result<std::pair<std::string, std::string>> parse_file_source(const std::string& source) {
  const auto count = std::count(source.begin(), source.end(), '=');
  if (count == 0) {
    std::string base = source;
    while (base.size() > 1 && base.back() == '/') base.pop_back();
    if (auto slash = base.rfind('/'); slash != std::string::npos && base.size() > 1) base = base.substr(slash + 1);
    return std::pair{base.empty() ? std::string(".") : base, source};
  }
  if (count > 1) return make_error(ErrorKind::Internal, "key names or file paths cannot contain '='");
  if (source.front() == '=')
    return make_error(ErrorKind::Internal, "key name for file path " + source.substr(1) + " missing");
  if (source.back() == '=')
    return make_error(ErrorKind::Internal, "file path for key name " + source.substr(0, source.size() - 1) + " missing");
  const auto eq = source.find('=');
  return std::pair{source.substr(0, eq), source.substr(eq + 1)};
}

std::vector<std::string> config_map_key_problems(const std::string& key) {
  std::vector<std::string> problems;
  if (key.size() > 253) problems.push_back("must be no more than 253 characters");
  static const std::regex re("^[-._a-zA-Z0-9]+$");
  if (!std::regex_match(key, re))
    problems.push_back(
        "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or "
        "'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')");
  if (key == ".") problems.push_back("must not be '.'");
  else if (key == "..") problems.push_back("must not be '..'");
  else if (key.rfind("..", 0) == 0) problems.push_back("must not start with '..'");
  return problems;
}

Result<KeyedData> read_sources(DataKind kind, const std::string& object_name, const DataSources& sources,
                               const std::map<std::string, std::string>& environment) {
  Collector c(kind, object_name);
  for (const auto& f : sources.files)
    if (auto r = add_file_source(c, f); !r) return r.take_error();
  for (const auto& l : sources.literals) {
    auto kv = parse_literal_source(l);
    if (!kv) return kv.take_error();
    if (auto r = c.add(kv->first, kv->second); !r) return r.take_error();
  }
  for (const auto& e : sources.env_files)
    if (auto r = add_env_file(c, e, environment); !r) return r.take_error();
  return c.take();
}

std::string base64_encode(const std::string& bytes) {
  return YAML::EncodeBase64(reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
}

Result<std::string> name_hash(const std::string& encoded) {
  auto lib = client::crypto_library();
  if (!lib) return lib.take_error();
  unsigned char digest[32];
  unsigned int len = 0;
  if ((*lib)->digest(encoded.data(), encoded.size(), digest, &len, (*lib)->sha256(), nullptr) != 1 || len != 32)
    return make_error(ErrorKind::Internal, "hashing the object failed");
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (int i = 0; i < 5; ++i) {
    out += hex[digest[i] >> 4];
    out += hex[digest[i] & 15];
  }
  for (char& ch : out) {
    switch (ch) {
      case '0': ch = 'g'; break;
      case '1': ch = 'h'; break;
      case '3': ch = 'k'; break;
      case 'a': ch = 'm'; break;
      case 'e': ch = 't'; break;
      default: break;
    }
  }
  return out;
}

}  // namespace kctl::cmd
