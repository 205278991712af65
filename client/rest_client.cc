#include "client/rest_client.h"

#include "client/status_error.h"

namespace kctl::client {

Result<HttpResponse> RestClient::send(HttpRequest req) {
  req.set_header_if_absent("Accept", "application/json, */*");
  auto resp = transport_->round_trip(std::move(req));
  if (!resp) return resp;
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

}  // namespace kctl::client
