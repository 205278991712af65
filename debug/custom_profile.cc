#include "debug/custom_profile.h"

#include <fcntl.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <cerrno>
#include <cmath>
#include <filesystem>
#include <map>
#include <regex>

#include "client/printers/go_json.h"
#include "client/printers/go_utf8.h"
#include "debug/container_schema.h"
#include "kubeconfig/yaml_json.h"
#include "stream/go_path.h"
#include "stream/unique_fd.h"

namespace kctl::debug {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;
using schema::Field;
using schema::Kind;
using schema::Schema;

constexpr std::string_view kNotASpec = " does not contain a valid container spec: ";

// Field path as written ("env[0].name") -> 1-based line of the key or item.
using LineMap = std::map<std::string, int>;

// One decoding attempt: the value, its lines when known, and whether it
// went through sigs.k8s.io/yaml (which turns a YAML bool or number into a
// string where the Go field is a string: `image: 1.10` is "1.1").
struct Document {
  ordered_json value;
  LineMap lines;
  bool yaml = false;
};

std::string child_path(const std::string& parent, const std::string& key) {
  return parent.empty() ? key : parent + "." + key;
}

std::string item_path(const std::string& parent, std::size_t i) { return parent + "[" + std::to_string(i) + "]"; }

void collect_lines(const YAML::Node& node, const std::string& path, LineMap& lines) {
  if (node.IsMap()) {
    for (const auto& kv : node) {
      const std::string p = child_path(path, kubeconfig::key_text(kv.first, true));
      lines.emplace(p, kv.first.Mark().line + 1);
      collect_lines(kv.second, p, lines);
    }
  } else if (node.IsSequence()) {
    std::size_t i = 0;
    for (const auto& item : node) {
      const std::string p = item_path(path, i++);
      lines.emplace(p, item.Mark().line + 1);
      collect_lines(item, p, lines);
    }
  }
}

Error invalid_spec(const std::string& file, const std::string& what) {
  return make_error(ErrorKind::Internal, file + std::string(kNotASpec) + what);
}


const char* got_name(const ordered_json& v) {
  switch (v.type()) {
    case ordered_json::value_t::object: return "a map";
    case ordered_json::value_t::array: return "a list";
    case ordered_json::value_t::string: return "a string";
    case ordered_json::value_t::boolean: return "a bool";
    default: return "a number";
  }
}

// Go's omitempty: the zero values of non-pointer fields are not encoded.
bool omitted(Kind kind, const json& v) {
  switch (kind) {
    case Kind::String: return v == "";
    case Kind::Bool: return v == false;
    case Kind::Int: return v == 0;
    case Kind::StringList:
    case Kind::ObjectList:
    case Kind::QuantityMap:
    case Kind::Struct: return v.empty();
    default: return false;
  }
}

// Probes and lifecycle are taken as written, minus what the typed round
// trip loses anyway: nulls and SMP directives ($patch...).
json strip_untyped(const ordered_json& in) {
  if (in.is_array()) {
    json out = json::array();
    for (const auto& item : in) out.push_back(strip_untyped(item));
    return out;
  }
  if (!in.is_object()) return json(in);
  json out = json::object();
  for (const auto& [k, v] : in.items())
    if (!v.is_null() && !k.starts_with("$")) out[k] = strip_untyped(v);
  return out;
}

// Go decodes a key matched case-insensitively into the same field, so a
// later "ENV" replaces "env" (and an object is decoded into the existing one).
void assign(json& out, std::string_view name, std::optional<json> v) {
  const std::string key(name);
  auto it = out.find(key);
  if (!v) {
    if (it != out.end()) out.erase(it);
  } else if (it != out.end() && it->is_object() && v->is_object()) {
    it->update(*v, true);
  } else {
    out[key] = std::move(*v);
  }
}

// Decodes a document against the schema the way the typed round trip
// does, collecting warnings for the unknown fields it drops.
class Decoder {
 public:
  Decoder(const std::string& file, const Document& doc, std::vector<std::string>& warnings)
      : file_(file), doc_(doc), warnings_(warnings) {}

  Result<json> object(const ordered_json& in, const Schema& schema, const std::string& path) {
    if (!in.is_object()) return type_error(path, "a map", in);
    json out = json::object();
    for (const auto& [key, v] : in.items()) {
      const std::string p = child_path(path, key);
      const Field* field = key.starts_with("$") ? nullptr : schema.find(key);
      if (field == nullptr) {
        warnings_.push_back(file_ + ": " + line_of(p) + "unknown field \"" + p + "\" (ignored)");
        continue;
      }
      auto r = value(v, *field, p);
      if (!r) return r.take_error();
      assign(out, field->name, std::move(*r));
    }
    return out;
  }

 private:
  // The encoded value, or nullopt when the round trip drops it.
  Result<std::optional<json>> value(const ordered_json& in, const Field& f, const std::string& path) {
    if (in.is_null()) return std::optional<json>();  // null: the field stays unset
    auto r = typed(in, f, path);
    if (!r) return r.take_error();
    if (omitted(f.kind, *r)) return std::optional<json>();
    return std::optional<json>(std::move(*r));
  }

  Result<json> typed(const ordered_json& in, const Field& f, const std::string& path) {
    switch (f.kind) {
      case Kind::String:
      case Kind::PtrString: return as_string(in, path);
      case Kind::Bool:
      case Kind::PtrBool:
        if (!in.is_boolean()) return type_error(path, "true or false", in);
        return json(in);
      case Kind::Int:
      case Kind::PtrInt: return as_integer(in, path);
      case Kind::Quantity: return as_quantity(in, path);
      case Kind::StringList: return list(in, nullptr, path);
      case Kind::ObjectList: return list(in, f.schema, path);
      case Kind::QuantityMap: return quantity_map(in, path);
      case Kind::Struct:
      case Kind::PtrStruct: return object(in, *f.schema, path);
      case Kind::AnyObject:
        if (!in.is_object()) return type_error(path, "a map", in);
        return strip_untyped(in);
    }
    return json();
  }

  Result<json> as_string(const ordered_json& in, const std::string& path) const {
    if (in.is_string()) return json(in);
    if (doc_.yaml && in.is_primitive()) return json(in.dump());
    return type_error(path, "a string", in);
  }

  Result<json> as_integer(const ordered_json& in, const std::string& path) const {
    if (in.is_number_integer()) return json(in);
    // sigs.k8s.io/yaml re-encodes the YAML float 80.0 as the JSON number 80.
    if (doc_.yaml && in.is_number_float()) {
      const double d = in.get<double>();
      if (std::trunc(d) == d && std::fabs(d) < 9.0e18) return json(static_cast<std::int64_t>(d));
    }
    return type_error(path, "an integer", in);
  }

  Result<json> as_quantity(const ordered_json& in, const std::string& path) const {
    static const std::regex kQuantity(R"(^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$)");
    if (in.is_number()) return json(in.dump());
    if (!in.is_string()) return type_error(path, "a quantity", in);
    if (!std::regex_match(in.get<std::string>(), kQuantity))
      return invalid_spec(file_, line_of(path) + path +
                                     ": quantities must match the regular expression "
                                     "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    return json(in);
  }

  Result<json> list(const ordered_json& in, const Schema* items, const std::string& path) {
    if (!in.is_array()) return type_error(path, "a list", in);
    json out = json::array();
    std::size_t i = 0;
    for (const auto& item : in) {
      auto r = list_item(item, items, item_path(path, i++));
      if (!r) return r.take_error();
      out.push_back(std::move(*r));
    }
    return out;
  }

  // List items are not fields: no omitempty, and null is the zero value.
  Result<json> list_item(const ordered_json& item, const Schema* items, const std::string& path) {
    if (items != nullptr) return object(item.is_null() ? ordered_json::object() : item, *items, path);
    return as_string(item.is_null() ? ordered_json("") : item, path);
  }

  Result<json> quantity_map(const ordered_json& in, const std::string& path) const {
    if (!in.is_object()) return type_error(path, "a map", in);
    json out = json::object();
    for (const auto& [key, v] : in.items()) {
      if (v.is_null()) continue;
      auto r = as_quantity(v, child_path(path, key));
      if (!r) return r.take_error();
      out[key] = std::move(*r);
    }
    return out;
  }

  Error type_error(const std::string& path, const char* want, const ordered_json& got) const {
    return invalid_spec(file_, line_of(path) + path + ": expected " + want + ", got " + got_name(got));
  }

  // "line N: ", or nothing when the line is not known.
  std::string line_of(const std::string& path) const {
    auto it = doc_.lines.find(path);
    return it == doc_.lines.end() ? std::string() : "line " + std::to_string(it->second) + ": ";
  }

  const std::string& file_;
  const Document& doc_;
  std::vector<std::string>& warnings_;
};

Result<std::optional<CustomProfile>> decode(const Document& doc, const std::string& file) {
  if (doc.value.is_null()) return std::optional<CustomProfile>();
  if (!doc.value.is_object())
    return invalid_spec(file, std::string("error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ") +
                                  printers::go_json_kind(doc.value) + " into Go value of type v1.Container");
  CustomProfile profile;
  auto spec = Decoder(file, doc, profile.warnings).object(doc.value, schema::container(), "");
  if (!spec) return spec.take_error();
  profile.spec = std::move(*spec);
  return std::optional<CustomProfile>(std::move(profile));
}

// JSON text is YAML too: yaml-cpp, when it can read it, gives the lines.
std::optional<Document> json_document(std::string_view text) {
  Document doc{ordered_json::parse(text, nullptr, false), {}, false};
  if (doc.value.is_discarded()) return std::nullopt;
  try {
    collect_lines(YAML::Load(std::string(text)), "", doc.lines);
  } catch (const YAML::Exception&) {
  }
  return doc;
}

Result<Document> yaml_document(std::string_view text, const std::string& file) {
  YAML::Node root;
  ordered_json value;
  try {
    root = YAML::Load(std::string(text));
    value = kubeconfig::to_json(root, true, text);
  } catch (const YAML::Exception& e) {
    return invalid_spec(file, "error converting YAML to JSON: " + kubeconfig::yaml_problem(e));
  }
  Document doc{std::move(value), {}, true};
  collect_lines(root, "", doc.lines);
  return doc;
}

// os.ReadFile's errors: "open PATH: ...", "read PATH: is a directory".
Result<std::string> read_file(const std::string& path) {
  stream::UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC));
  if (!fd) return stream::gopath::path_error("open", path, errno);
  std::string text;
  char buf[16384];
  for (;;) {
    const ssize_t n = ::read(fd.get(), buf, sizeof buf);
    if (n == 0) return text;
    if (n > 0) text.append(buf, static_cast<std::size_t>(n));
    else if (errno != EINTR) return stream::gopath::path_error("read", path, errno);
  }
}

bool non_empty(const json& spec, const char* key) {
  auto it = spec.find(key);
  return it != spec.end() && !it->is_null() && !it->empty() && *it != "";
}

bool is_file(const std::filesystem::path& p) {
  std::error_code ec;
  return std::filesystem::exists(p, ec) && !std::filesystem::is_directory(p, ec);
}

}  // namespace

Result<std::optional<CustomProfile>> parse_custom_profile(std::string_view text, const std::string& path) {
  if (text.find_first_not_of(" \t\r\n") == std::string_view::npos) return std::optional<CustomProfile>();
  // Go's decoders read a byte of invalid UTF-8 as U+FFFD (as for manifests,
  // client/manifest.cc); nlohmann refuses it and yaml-cpp keeps it.
  std::string replaced;
  if (!printers::valid_utf8(text)) text = replaced = printers::replace_invalid_utf8(text);
  if (auto doc = json_document(text)) {
    auto r = decode(*doc, path);
    if (r) return r;
  }
  // As kubectl: when the JSON decoding fails the YAML one decides, and its
  // error is the one reported.
  auto doc = yaml_document(text, path);
  if (!doc) return doc.take_error();
  return decode(*doc, path);
}

Result<std::optional<CustomProfile>> load_custom_profile(const std::string& path) {
  auto text = read_file(path);
  if (!text)
    return make_error(ErrorKind::Internal,
                      "must pass a container spec json file for custom profile: " + text.error().message);
  return parse_custom_profile(*text, path);
}

Result<> check_custom_profile(const CustomProfile& profile) {
  const json& spec = profile.spec;
  // Any lifecycle, even {}: kubectl checks the pointer.
  const bool lifecycle = spec.contains("lifecycle") && !spec["lifecycle"].is_null();
  if (lifecycle || non_empty(spec, "name") || non_empty(spec, "command") || non_empty(spec, "image") ||
      non_empty(spec, "volumeDevices"))
    return make_error(ErrorKind::Internal,
                      "name, command, image, lifecycle and volume devices are not modifiable via custom profile");
  return {};
}

std::string resolve_custom_profile_path(const std::string& value, const std::string& profiles_dir) {
  if (value.empty() || value.find('/') != std::string::npos || is_file(value) || profiles_dir.empty()) return value;
  for (const char* ext : {".yaml", ".json"}) {
    const std::filesystem::path candidate = std::filesystem::path(profiles_dir) / (value + ext);
    if (is_file(candidate)) return candidate.string();
  }
  return value;
}

}  // namespace kctl::debug
