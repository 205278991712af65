// metav1.Status error decoding: what kctl prints for a failed request. The
// first two bytes pick the HTTP status and the Content-Type, the rest is the
// body (a Status, another JSON value, HTML, garbage).
#include "client/status_error.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  static constexpr long kStatuses[] = {400, 401, 403, 404, 405, 406, 409, 410, 415, 422, 429, 500, 502, 503, 504, 200};
  static constexpr const char* kTypes[] = {"application/json", "text/html; charset=utf-8", "text/plain", ""};
  kctl::client::HttpResponse resp;
  resp.status = kStatuses[data[0] % std::size(kStatuses)];
  resp.status_text = std::to_string(resp.status);
  if (const char* type = kTypes[data[1] % std::size(kTypes)]; *type) resp.headers.emplace_back("Content-Type", type);
  resp.body = std::string(kctl::fuzz::as_text(data + 2, size - 2));
  kctl::Error e = kctl::client::status_error(resp);
  (void)e.message.size();
  return 0;
}
