// Plain HTTP request and response values passed between transport layers.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kctl::client {

using Headers = std::vector<std::pair<std::string, std::string>>;

// Receives body bytes of a successful (2xx) response as they arrive;
// returns false to abort the transfer.
using BodySink = std::function<bool(std::string_view)>;

struct HttpRequest {
  std::string method = "GET";
  std::string url;
  Headers headers;
  std::string body;
  BodySink sink;  // optional: stream a 2xx body instead of buffering it
  // Per-request client certificate (exec plugins may return one).
  std::string client_cert_pem, client_key_pem;

  bool has_header(std::string_view name) const;
  void set_header_if_absent(std::string name, std::string value);
};

struct HttpResponse {
  long status = 0;
  std::string status_text;  // "200 OK"
  Headers headers;
  std::string body;      // empty when the body went to the request's sink
  bool streamed = false;
  long elapsed_ms = 0;

  std::string header(std::string_view name) const;
};

// "Bearer abc" -> "Bearer <masked>"; other headers unchanged.
std::string mask_header(std::string_view name, std::string_view value);

}  // namespace kctl::client
