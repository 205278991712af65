#include "client/rest_client.h"

#include "client/status_error.h"

namespace kctl::client {
namespace {

Result<nlohmann::json> decode_object(const std::string& body) {
  nlohmann::json doc = nlohmann::json::parse(body, nullptr, false);
  if (!doc.is_object()) return make_error(ErrorKind::Internal, "cannot decode the response from the server");
  return doc;
}

}  // namespace

Result<HttpResponse> RestClient::send(HttpRequest req) {
  req.set_header_if_absent("Accept", "application/json, */*");
  auto resp = transport_->round_trip(std::move(req));
  if (!resp) return resp;
  if (on_warning_)
    for (const auto& text : parse_warning_headers(resp->headers)) on_warning_(text);
  if (resp->status < 200 || resp->status >= 300) return status_error(*resp);
  return resp;
}

Result<HttpResponse> RestClient::get_path(const std::string& path, BodySink sink) {
  auto url = request().abs_path(path).url();
  if (!url) return url.take_error();
  HttpRequest req;
  req.url = std::move(*url);
  req.sink = std::move(sink);
  return send(std::move(req));
}

Result<nlohmann::json> RestClient::get_json(const Request& req) {
  auto url = req.url();
  if (!url) return url.take_error();
  HttpRequest get;
  get.url = *url;
  auto resp = send(std::move(get));
  if (!resp) return resp.take_error();
  return decode_object(resp->body);
}

Result<nlohmann::json> RestClient::send_json(const std::string& method, const Request& req,
                                             const std::string& content_type, std::string body) {
  auto url = req.url();
  if (!url) return url.take_error();
  HttpRequest http;
  http.method = method;
  http.url = std::move(*url);
  if (!content_type.empty()) http.headers.emplace_back("Content-Type", content_type);
  http.body = std::move(body);
  auto resp = send(std::move(http));
  if (!resp) return resp.take_error();
  if (resp->body.find_first_not_of(" \t\r\n") == std::string::npos) return nlohmann::json::object();
  // A body that is not an object is a decode error, as in kubectl: the
  // write's outcome is unknown, so it must not be reported as done.
  return decode_object(resp->body);
}

}  // namespace kctl::client
