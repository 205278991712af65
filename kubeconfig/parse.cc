#include "kubeconfig/parse.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>

#include "kubeconfig/yaml_json.h"

namespace kctl::kubeconfig {
namespace {

enum class Type { String, Bool, Map, List, StringList, Any };

struct FieldSpec {
  const char* key;
  Type type;
};

constexpr FieldSpec kTopFields[] = {
    {"apiVersion", Type::String}, {"kind", Type::String},  {"current-context", Type::String},
    {"preferences", Type::Map},   {"clusters", Type::List}, {"users", Type::List},
    {"contexts", Type::List},     {"extensions", Type::List},
};
constexpr FieldSpec kClusterFields[] = {
    {"server", Type::String},
    {"tls-server-name", Type::String},
    {"insecure-skip-tls-verify", Type::Bool},
    {"certificate-authority", Type::String},
    {"certificate-authority-data", Type::String},
    {"proxy-url", Type::String},
    {"disable-compression", Type::Bool},
    {"extensions", Type::List},
};
constexpr FieldSpec kUserFields[] = {
    {"client-certificate", Type::String}, {"client-certificate-data", Type::String},
    {"client-key", Type::String},         {"client-key-data", Type::String},
    {"token", Type::String},              {"tokenFile", Type::String},
    {"as", Type::String},                 {"as-uid", Type::String},
    {"as-groups", Type::StringList},      {"as-user-extra", Type::Map},
    {"username", Type::String},           {"password", Type::String},
    {"auth-provider", Type::Map},         {"exec", Type::Map},
    {"extensions", Type::List},
};
constexpr FieldSpec kExecFields[] = {
    {"command", Type::String},         {"args", Type::StringList},
    {"env", Type::List},               {"apiVersion", Type::String},
    {"installHint", Type::String},     {"provideClusterInfo", Type::Bool},
    {"interactiveMode", Type::String},
};
constexpr FieldSpec kContextFields[] = {
    {"cluster", Type::String},
    {"user", Type::String},
    {"namespace", Type::String},
    {"extensions", Type::List},
};

const char* kind_name(const YAML::Node& n) {
  switch (n.Type()) {
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Null: return "null";
    default: return "a string";
  }
}

bool is_bool_scalar(const YAML::Node& n) {
  if (!n.IsScalar()) return false;
  bool b = false;
  return YAML::convert<bool>::decode(n, b);
}

class Checker {
 public:
  explicit Checker(const std::string& origin) : origin_(origin) {}

  Result<> fields(const YAML::Node& map, std::string_view path, const FieldSpec* begin,
                  const FieldSpec* end) {
    for (const FieldSpec* f = begin; f != end; ++f) {
      YAML::Node v = map[f->key];
      if (!v || v.IsNull()) continue;
      std::string where = path.empty() ? f->key : std::string(path) + "." + f->key;
      if (auto r = check(v, f->type, where); !r) return r;
    }
    return {};
  }

  Result<> check(const YAML::Node& v, Type type, const std::string& where) {
    switch (type) {
      case Type::String:
        if (!v.IsScalar()) return bad(v, where, "a string");
        break;
      case Type::Bool:
        if (!is_bool_scalar(v)) return bad(v, where, "true or false");
        break;
      case Type::Map:
        if (!v.IsMap()) return bad(v, where, "a map");
        break;
      case Type::List:
        if (!v.IsSequence()) return bad(v, where, "a list");
        break;
      case Type::StringList:
        if (!v.IsSequence()) return bad(v, where, "a list of strings");
        for (std::size_t i = 0; i < v.size(); ++i)
          if (!v[i].IsScalar()) return bad(v[i], where + "[" + std::to_string(i) + "]", "a string");
        break;
      case Type::Any: break;
    }
    return {};
  }

  Result<> named_list(const YAML::Node& root, Section s, const FieldSpec* begin,
                      const FieldSpec* end) {
    const YAML::Node list = root[section_key(s)];
    if (!list || list.IsNull()) return {};
    for (std::size_t i = 0; i < list.size(); ++i) {
      const YAML::Node item = list[i];
      std::string where = std::string(section_key(s)) + "[" + std::to_string(i) + "]";
      if (!item.IsMap()) return bad(item, where, "a map");
      if (!item["name"] || !item["name"].IsScalar() || item["name"].Scalar().empty())
        return bad(item, where + ".name", "a non-empty string");
      const YAML::Node body = item[entry_key(s)];
      if (!body || body.IsNull()) continue;
      where += std::string(".") + entry_key(s);
      if (!body.IsMap()) return bad(body, where, "a map");
      if (auto r = fields(body, where, begin, end); !r) return r;
      if (s == Section::Users && body["exec"] && body["exec"].IsMap()) {
        if (auto r = fields(body["exec"], where + ".exec", std::begin(kExecFields),
                            std::end(kExecFields));
            !r)
          return r;
      }
    }
    return {};
  }

 private:
  Error bad(const YAML::Node& n, const std::string& where, const char* want) const {
    std::ostringstream msg;
    msg << "error loading config file \"" << origin_ << "\": line " << n.Mark().line + 1 << ": "
        << where << ": expected " << want << ", got " << kind_name(n);
    return make_error(ErrorKind::Config, msg.str());
  }
  const std::string& origin_;
};

}  // namespace

Result<File> parse(std::string_view text, const std::string& origin) {
  File file;
  file.path = origin;
  file.exists = true;
  if (auto problem = yaml_reader_problem(text))
    return make_error(ErrorKind::Config, "error loading config file \"" + origin + "\": yaml: " + *problem);
  try {
    file.root = YAML::Load(std::string(text));
    // What kctl later converts (config view, writes) must not expand
    // aliases without bound or loop in a cycle.
    check_decodable(file.root, text);
  } catch (const YAML::Exception& e) {
    return make_error(ErrorKind::Config, "error loading config file \"" + origin + "\": " + yaml_problem(e));
  }
  if (!file.root || file.root.IsNull()) {
    file.root = YAML::Node(YAML::NodeType::Map);
    return file;
  }
  Checker check(origin);
  if (auto r = check.check(file.root, Type::Map, "(top level)"); !r) return r.take_error();
  if (auto r = check.fields(file.root, "", std::begin(kTopFields), std::end(kTopFields)); !r)
    return r.take_error();
  if (auto r = check.named_list(file.root, Section::Clusters, std::begin(kClusterFields),
                                std::end(kClusterFields));
      !r)
    return r.take_error();
  if (auto r = check.named_list(file.root, Section::Users, std::begin(kUserFields),
                                std::end(kUserFields));
      !r)
    return r.take_error();
  if (auto r = check.named_list(file.root, Section::Contexts, std::begin(kContextFields),
                                std::end(kContextFields));
      !r)
    return r.take_error();
  return file;
}

Result<File> read_file(const std::string& path) {
  struct stat st{};
  if (::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode))
    return make_error(ErrorKind::Config,
                      "error loading config file \"" + path + "\": read " + path + ": is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    if (errno == ENOENT) {
      File missing;
      missing.path = path;
      missing.root = YAML::Node(YAML::NodeType::Map);
      return missing;
    }
    return make_error(ErrorKind::Config,
                      "error loading config file \"" + path + "\": " + std::strerror(errno));
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  return parse(buf.str(), path);
}

}  // namespace kctl::kubeconfig
