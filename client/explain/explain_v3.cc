#include "client/explain/explain_v3.h"

#include "client/explain/v3_indent.h"
#include "client/explain/v3_page.h"
#include "client/printers/go_fmt.h"

namespace kctl::explain {
namespace {

// The kind of the resource, from the first operation that names one on the
// resource's list or item path, cluster-wide or namespaced. The template
// keeps looking in the later paths and keeps what the last one it read had.
const Json* kind_of(const Json& document, const GroupVersionResource& gvr) {
  const std::string base = (gvr.group.empty() ? "/api" : "/apis/" + gvr.group) + "/" + gvr.version + "/";
  const std::string candidates[] = {
      base + gvr.resource,
      base + gvr.resource + "/{name}",
      base + "namespaces/{namespace}/" + gvr.resource,
      base + "namespaces/{namespace}/" + gvr.resource + "/{name}",
  };
  const Json* paths = member(&document, "paths");
  const Json* gvk = nullptr;
  for (const std::string& path : candidates) {
    const Json* item = member(paths, path);
    if (!truthy(item)) continue;
    for (const char* method : {"get", "post", "put", "patch", "delete"}) {
      const Json* op = member(item, method);
      if (!truthy(op)) continue;
      gvk = member(op, "x-kubernetes-group-version-kind");
      if (truthy(gvk)) break;
    }
  }
  return truthy(gvk) ? gvk : nullptr;
}

std::string header(const Json& gvk) {
  auto field = [&](const char* key) {
    const Json* v = member(&gvk, key);
    return v == nullptr ? std::string("<no value>") : v3_printed(*v);
  };
  std::string out;
  if (truthy(member(&gvk, "group"))) out += "GROUP:      " + field("group") + "\n";
  out += "KIND:       " + field("kind") + "\n";
  out += "VERSION:    " + field("version") + "\n\n";
  return out;
}

bool names_kind(const Json& schema, const Json& gvk) {
  const Json* kinds = member(&schema, "x-kubernetes-group-version-kind");
  if (kinds == nullptr || !kinds->is_array()) return false;
  for (const Json& k : *kinds)
    if (k == gvk) return true;
  return false;
}

}  // namespace

Result<> explain_v3(std::ostream& out, const Json& document, const ExplainV3Request& request) {
  if (request.format != "plaintext") return make_error(ErrorKind::Internal, "unrecognized format: " + request.format);
  const Json* gvk = kind_of(document, request.gvr);
  if (gvk == nullptr)
    return make_error(ErrorKind::Internal, "GVR (" + request.gvr.to_string() + ") not found in OpenAPI schema");
  out << header(*gvk);
  const Json* schemas = member(member(&document, "components"), "schemas");
  if (schemas != nullptr && schemas->is_object()) {
    for (const auto& [name, schema] : schemas->items()) {
      if (!names_kind(schema, *gvk)) continue;
      V3Render render{document, request.recursive, {}};
      std::string page = v3_page(render, &schema, request.fields, {});
      if (render.failure) return make_error(ErrorKind::Internal, *render.failure);
      if (page.empty())
        return make_error(ErrorKind::Internal, "field \"" + request.fields.back() + "\" does not exist");
      out << page << '\n';
      return {};
    }
  }
  return make_error(ErrorKind::Internal, "GVK " + printers::go_sprint(*gvk) + " not found in OpenAPI schema");
}

}  // namespace kctl::explain
