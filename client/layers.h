// The layers around the base transport, one concern each (client-go's
// round_trippers.go). From the wire outwards: base -> debug -> auth ->
// user agent -> impersonation. No layer overwrites a header already set.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "client/logger.h"
#include "client/round_tripper.h"
#include "client/exec_credential_source.h"
#include "kubeconfig/exec_credential.h"
#include "kubeconfig/rest_config.h"

namespace kctl::client {

// "403 Forbidden": the code and Go's http.StatusText for it.
std::string status_line(long code);

// Logs requests and responses at kubectl's -v levels (6: method, URL,
// status, time; 7: request headers; 8: response headers and bodies cut at
// 1 KiB; 9: a curl command line and bodies cut at 10 KiB; 10: whole
// bodies). Authorization values are always masked.
class DebugLayer : public RoundTripper {
 public:
  DebugLayer(RoundTripperPtr next, const Logger& log) : next_(std::move(next)), log_(log) {}
  Result<HttpResponse> round_trip(HttpRequest req) override;

 private:
  RoundTripperPtr next_;
  Logger log_;
};

// Adds fixed headers when absent: bearer or basic auth, user agent,
// impersonation. Also used by the streaming handshakes.
class HeaderLayer : public RoundTripper {
 public:
  HeaderLayer(RoundTripperPtr next, Headers headers) : next_(std::move(next)), headers_(std::move(headers)) {}
  Result<HttpResponse> round_trip(HttpRequest req) override;
  void apply(HttpRequest& req) const;

 private:
  RoundTripperPtr next_;
  Headers headers_;
};

// Bearer tokens from a token file, re-read when it changes (client-go
// re-reads it periodically so rotated tokens are picked up).
class TokenFileLayer : public RoundTripper {
 public:
  TokenFileLayer(RoundTripperPtr next, std::string path) : next_(std::move(next)), path_(std::move(path)) {}
  Result<HttpResponse> round_trip(HttpRequest req) override;

 private:
  RoundTripperPtr next_;
  std::string path_;
};

// Credentials from an exec plugin (shared with the streaming handshakes),
// refreshed once when the server answers 401.
class ExecAuthLayer : public RoundTripper {
 public:
  ExecAuthLayer(RoundTripperPtr next, std::shared_ptr<ExecCredentialSource> source)
      : next_(std::move(next)), source_(std::move(source)) {}
  Result<HttpResponse> round_trip(HttpRequest req) override;

 private:
  RoundTripperPtr next_;
  std::shared_ptr<ExecCredentialSource> source_;
};

// "linux/amd64": the OS and architecture in Go's names.
std::string platform();

// The User-Agent kctl sends: kctl/v0.1.0 (linux/amd64) kubernetes/<commit>.
std::string user_agent();

// Builds the whole chain for a RestConfig; `exec` is the exec plugin's
// credential source when the config has one (see exec_source_for).
Result<RoundTripperPtr> build_transport(const kubeconfig::RestConfig& rc, const Logger& log,
                                        std::shared_ptr<ExecCredentialSource> exec);

// The exec credential source the config's auth precedence selects (a static
// token or a token file wins over an exec plugin), or null.
std::shared_ptr<ExecCredentialSource> exec_source_for(const kubeconfig::RestConfig& rc, bool stdin_is_terminal);

// The headers every request carries for this config except credentials
// that change (exec, token file): for the streaming handshakes.
Headers static_headers(const kubeconfig::RestConfig& rc);

}  // namespace kctl::client
