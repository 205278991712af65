#include "client/manifest.h"

#include <yaml-cpp/yaml.h>

#include <sstream>

#include "client/printers/go_json.h"
#include "client/printers/go_utf8.h"
#include "client/yaml_syntax.h"
#include "kubeconfig/yaml_json.h"

namespace kctl::client {
namespace {

using nlohmann::json;

bool looks_like_json(std::string_view text) {
  auto first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && text[first] == '{';
}

// Go's encoding/json stops 10000 arrays and objects deep, where a deeper
// document would overflow the stack of every recursive walk kctl makes.
std::optional<std::string> go_json_depth_error(std::string_view text) {
  constexpr int kMaxDepth = 10000;
  int depth = 0;
  bool in_string = false, escaped = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxDepth)
        return "json: offset " + std::to_string(i + 1) + ": invalid character '" + c + "' exceeded max depth";
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return std::nullopt;
}

// nlohmann's number overflow ("number overflow parsing '1e999999'") as Go's
// decode error for it.
std::string number_overflow(const json::out_of_range& e, const std::string& source) {
  const std::string what = e.what();
  const auto open = what.find('\''), close = what.rfind('\'');
  const std::string number = open < close ? what.substr(open + 1, close - open - 1) : "";
  return "unable to decode \"" + source + "\": json: cannot unmarshal number " + number +
         " into Go value of type float64";
}

Result<std::vector<ManifestDocument>> json_documents(std::string_view text, const std::string& source) {
  if (auto deep = go_json_depth_error(text)) return make_error(ErrorKind::Plain, "error parsing " + source + ": " + *deep);
  std::vector<ManifestDocument> docs;
  std::istringstream in{std::string(text)};
  for (;;) {
    in >> std::ws;
    if (in.peek() == std::char_traits<char>::eof()) return docs;
    try {
      const auto start = static_cast<std::size_t>(in.tellg());
      json doc;
      in >> doc;
      // The stream is at the end when the last document ends the text.
      const auto end = in.eof() ? text.size() : static_cast<std::size_t>(in.tellg());
      docs.push_back({std::move(doc), std::string(text.substr(start, end - start))});
    } catch (const json::out_of_range& e) {
      return make_error(ErrorKind::Plain, number_overflow(e, source));
    } catch (const json::exception& e) {
      return make_error(ErrorKind::Plain, "error parsing " + source + ": " + e.what());
    }
  }
}

Result<std::vector<ManifestDocument>> yaml_documents(std::string_view text, const std::string& source) {
  std::vector<ManifestDocument> docs;
  try {
    for (const auto& node : YAML::LoadAll(std::string(text))) {
      if (!node.IsDefined() || node.IsNull()) continue;
      docs.push_back({json(kubeconfig::to_json(node, true, text)), {}});
    }
  } catch (const YAML::Exception& e) {
    // kubectl's message comes from go-yaml, whose text libyaml reproduces;
    // yaml-cpp's own is the fallback when libyaml sees no error.
    std::string problem = go_yaml_syntax_error(text).value_or(kubeconfig::yaml_problem(e));
    return make_error(ErrorKind::Plain, "error parsing " + source + ": error converting YAML to JSON: " + problem);
  }
  return docs;
}

// The Go type of each field of metav1.ObjectMeta kubectl's decode checks;
// the ones not here (timestamps, owner references, managed fields) the
// server checks.
const char* object_meta_type(const std::string& field) {
  static const std::pair<const char*, const char*> kTypes[] = {
      {"name", "string"}, {"generateName", "string"}, {"namespace", "string"}, {"selfLink", "string"},
      {"uid", "string"}, {"resourceVersion", "string"}, {"generation", "int64"},
      {"deletionGracePeriodSeconds", "int64"}, {"labels", "map[string]string"},
      {"annotations", "map[string]string"}, {"finalizers", "[]string"}};
  for (const auto& [name, type] : kTypes)
    if (field == name) return type;
  return nullptr;
}

bool fits(const json& v, std::string_view type) {
  if (v.is_null()) return true;
  if (type == "string") return v.is_string();
  if (type == "int64") return v.is_number_integer();
  if (type == "map[string]string") return v.is_object();
  return v.is_array();  // []string
}

// kubectl decodes apiVersion, kind and metadata into Go types before
// anything else: a value of the wrong JSON type is its decode error, which
// an object kctl passes on must not reach code that expects the type.
std::optional<std::string> metadata_type_error(const json& doc) {
  auto unmarshal = [](const json& v, const std::string& field, const std::string& type) {
    return std::string("json: cannot unmarshal ") + printers::go_json_kind(v) + " into Go struct field " + field +
           " of type " + type;
  };
  if (auto v = doc.find("apiVersion"); v != doc.end() && !fits(*v, "string"))
    return unmarshal(*v, "metadataOnlyObject.apiVersion", "string");
  auto meta = doc.find("metadata");
  if (meta == doc.end() || meta->is_null()) return std::nullopt;
  if (!meta->is_object()) return unmarshal(*meta, "metadataOnlyObject.metadata", "v1.ObjectMeta");
  for (const auto& [field, value] : meta->items()) {
    const char* type = object_meta_type(field);
    if (type == nullptr) continue;
    const std::string where = "ObjectMeta.metadata." + field;
    if (!fits(value, type)) return unmarshal(value, where, type);
    if (!value.is_structured()) continue;
    for (const auto& item : value)
      if (!fits(item, "string")) return unmarshal(item, where, "string");
  }
  return std::nullopt;
}

// Go's %v of the decoded map, as kubectl puts it in "Object 'Kind' is missing".
std::string compact(const json& doc) { return doc.dump(); }

Result<> add_object(json doc, const std::string& source, std::vector<ManifestObject>& out) {
  if (!doc.is_object())
    return make_error(ErrorKind::Internal, "unable to decode \"" + source + "\": json: cannot unmarshal " +
                                               printers::go_json_kind(doc) + " into Go value of type unstructured.detector");
  const std::string kind = doc.value("kind", json()).is_string() ? doc["kind"].get<std::string>() : "";
  if (kind.empty())
    return make_error(ErrorKind::Internal,
                      "unable to decode \"" + source + "\": Object 'Kind' is missing in '" + compact(doc) + "'");
  if (auto bad = metadata_type_error(doc))
    return make_error(ErrorKind::Plain, "unable to decode \"" + source + "\": " + *bad);
  if (!doc.value("apiVersion", json()).is_string() || doc["apiVersion"].get<std::string>().empty())
    return make_error(ErrorKind::Internal, "unable to decode \"" + source +
                                               "\": Object 'apiVersion' is missing in '" + compact(doc) + "'");
  auto items = doc.find("items");
  if (kind.size() >= 4 && kind.compare(kind.size() - 4, 4, "List") == 0 && items != doc.end() && items->is_array()) {
    for (auto& item : *items)
      if (auto r = add_object(std::move(item), source, out); !r) return r;
    return {};
  }
  out.push_back({std::move(doc), source});
  return {};
}

}  // namespace

Result<std::vector<ManifestObject>> decode_manifest(std::string_view text, const std::string& source) {
  auto checked = decode_checked_manifest(text, source, nullptr);
  if (!checked) return checked.take_error();
  return std::move(checked->objects);
}

Result<CheckedManifest> decode_checked_manifest(std::string_view text, const std::string& source,
                                                const DocumentCheck& check) {
  // kubectl reads a byte of invalid UTF-8 as U+FFFD; nlohmann refuses it,
  // yaml-cpp keeps it.
  std::string replaced;
  if (!printers::valid_utf8(text)) text = replaced = printers::replace_invalid_utf8(text);
  auto docs = looks_like_json(text) ? json_documents(text, source) : yaml_documents(text, source);
  if (!docs) return docs.take_error();
  CheckedManifest out;
  for (auto& doc : *docs) {
    if (check) {
      if (auto r = check(doc); !r) {
        Error e = r.take_error();
        e.message = "error validating \"" + source + "\": " + e.message;
        out.refused = std::move(e);
        return out;
      }
    }
    if (auto r = add_object(std::move(doc.object), source, out.objects); !r) return r.take_error();
  }
  return out;
}

}  // namespace kctl::client
