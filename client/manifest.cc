#include "client/manifest.h"

#include <yaml-cpp/yaml.h>

#include <sstream>

#include "client/yaml_syntax.h"
#include "kubeconfig/yaml_json.h"

namespace kctl::client {
namespace {

using nlohmann::json;

bool looks_like_json(std::string_view text) {
  auto first = text.find_first_not_of(" \t\r\n");
  return first != std::string_view::npos && text[first] == '{';
}

Result<std::vector<ManifestDocument>> json_documents(std::string_view text, const std::string& source) {
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

// Go's %v of the decoded map, as kubectl puts it in "Object 'Kind' is missing".
std::string compact(const json& doc) { return doc.dump(); }

Result<> add_object(json doc, const std::string& source, std::vector<ManifestObject>& out) {
  if (!doc.is_object())
    return make_error(ErrorKind::Internal, "error decoding " + source + ": the document is not an object");
  const std::string kind = doc.value("kind", json()).is_string() ? doc["kind"].get<std::string>() : "";
  if (kind.empty())
    return make_error(ErrorKind::Internal,
                      "unable to decode \"" + source + "\": Object 'Kind' is missing in '" + compact(doc) + "'");
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
