#include "cmd/explain_openapi.h"

namespace kctl::cmd {
namespace {

Result<client::HttpResponse> get_json_text(client::RestClient& rest, const std::string& path) {
  auto url = rest.request().abs_path(path).url();
  if (!url) return url.take_error();
  client::HttpRequest req;
  req.url = std::move(*url);
  req.headers.emplace_back("Accept", "application/json");
  return rest.send(std::move(req));
}

}  // namespace

// kubectl asks for protobuf; the content is the same.
Result<explain::OpenApiV2Document> fetch_openapi_v2(client::RestClient& rest) {
  auto resp = get_json_text(rest, "/openapi/v2");
  if (!resp) return resp.take_error();
  return explain::OpenApiV2Document::parse(resp->body);
}

Result<OpenApiV3Paths> fetch_openapi_v3_paths(client::RestClient& rest) {
  auto resp = get_json_text(rest, "/openapi/v3");
  if (!resp) return resp.take_error();
  auto doc = nlohmann::json::parse(resp->body, nullptr, false);
  if (doc.is_discarded() || !doc.is_object())
    return make_error(ErrorKind::Internal, "the /openapi/v3 discovery document is not a JSON object");
  OpenApiV3Paths paths;
  auto it = doc.find("paths");
  if (it == doc.end() || !it->is_object()) return paths;
  for (const auto& [gv, item] : it->items()) {
    auto url = item.find("serverRelativeURL");
    paths[gv] = url != item.end() && url->is_string() ? url->get<std::string>() : std::string();
  }
  return paths;
}

Result<nlohmann::json> fetch_openapi_v3_document(client::RestClient& rest, const std::string& group_version,
                                                 const std::string& url) {
  auto resp = get_json_text(rest, url);
  if (!resp) {
    Error e = resp.take_error();
    return make_error(ErrorKind::Internal, "failed to fetch openapi schema for " + group_version + ": " + e.message);
  }
  auto doc = nlohmann::json::parse(resp->body, nullptr, false);
  if (doc.is_discarded())
    return make_error(ErrorKind::Internal, "failed to parse openapi schema for " + group_version + ": invalid JSON");
  return doc;
}

}  // namespace kctl::cmd
