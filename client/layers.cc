#include "client/layers.h"

#include <sys/utsname.h>
#include <yaml-cpp/binary.h>

#include <cctype>
#include <chrono>
#include <fstream>
#include <sstream>

#include "client/curl_transport.h"
#include "client/handshake_headers.h"
#include "kctl_build_info.h"
#include "kctl_git_commit.h"

namespace kctl::client {
namespace {

std::string cut_body(const std::string& body, std::size_t limit) {
  if (body.size() <= limit) return body;
  return body.substr(0, limit) + " [truncated " + std::to_string(body.size() - limit) + " chars]";
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

std::string base64(const std::string& s) {
  return YAML::EncodeBase64(reinterpret_cast<const unsigned char*>(s.data()), s.size());
}


// "content-type" -> "Content-Type" (Go's CanonicalMIMEHeaderKey).
std::string canonical_header(std::string name) {
  bool upper = true;
  for (char& c : name) {
    c = upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c)))
              : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    upper = c == '-';
  }
  return name;
}

}  // namespace

// Go's http.StatusText for the codes an API server sends; HTTP/2 has no
// reason phrase on the wire, so kubectl's logs show Go's text.
std::string status_line(long code) {
  static const std::pair<long, const char*> kTexts[] = {
      {200, "OK"}, {201, "Created"}, {202, "Accepted"}, {204, "No Content"},
      {301, "Moved Permanently"}, {302, "Found"}, {304, "Not Modified"},
      {400, "Bad Request"}, {401, "Unauthorized"}, {403, "Forbidden"}, {404, "Not Found"},
      {405, "Method Not Allowed"}, {406, "Not Acceptable"}, {409, "Conflict"}, {410, "Gone"},
      {415, "Unsupported Media Type"}, {422, "Unprocessable Entity"}, {429, "Too Many Requests"},
      {500, "Internal Server Error"}, {502, "Bad Gateway"}, {503, "Service Unavailable"},
      {504, "Gateway Timeout"}};
  for (const auto& [c, text] : kTexts)
    if (c == code) return std::to_string(code) + " " + text;
  return std::to_string(code);
}

Result<HttpResponse> DebugLayer::round_trip(HttpRequest req) {
  if (!log_.v(6)) return next_->round_trip(std::move(req));
  const std::string method = req.method;
  const std::string url = req.url;
  const bool detailed = log_.v(7) && !log_.v(9);  // kubectl's -v=7/8 layout
  if (log_.v(9)) {
    std::string curl = "curl -v -X" + method + " ";
    for (const auto& [k, v] : req.headers) curl += " -H \"" + k + ": " + mask_header(k, v) + "\"";
    curl += " " + shell_quote(url);
    log_.info("round_trippers.go:473", curl);
  } else if (detailed) {
    log_.info("round_trippers.go:470", method + " " + url);
    log_.info("round_trippers.go:476", "Request Headers:");
    for (const auto& [k, v] : req.headers) log_.info("round_trippers.go:480", "    " + k + ": " + mask_header(k, v));
  }
  if (log_.v(8) && !req.body.empty())
    log_.info("request.go:1351", "Request Body: " + (log_.v(10) ? req.body : cut_body(req.body, log_.v(9) ? 10240 : 1024)));
  auto resp = next_->round_trip(std::move(req));
  const std::string status = resp ? status_line(resp->status) : "";
  const std::string took = " in " + std::to_string(resp ? resp->elapsed_ms : 0) + " milliseconds";
  if (detailed) log_.info("round_trippers.go:581", "Response Status: " + status + took);
  else log_.info("round_trippers.go:560", method + " " + url + " " + status + took);
  if (resp && log_.v(8)) {
    log_.info("round_trippers.go:584", "Response Headers:");
    for (const auto& [k, v] : resp->headers) log_.info("round_trippers.go:587", "    " + canonical_header(k) + ": " + v);
    if (!resp->streamed)
      log_.info("request.go:1351", "Response Body: " +
                                       (log_.v(10) ? resp->body : cut_body(resp->body, log_.v(9) ? 10240 : 1024)));
  }
  return resp;
}

void HeaderLayer::apply(HttpRequest& req) const {
  for (const auto& [k, v] : headers_) req.set_header_if_absent(k, v);
}

Result<HttpResponse> HeaderLayer::round_trip(HttpRequest req) {
  apply(req);
  return next_->round_trip(std::move(req));
}

Result<HttpResponse> TokenFileLayer::round_trip(HttpRequest req) {
  auto token = read_token_file(path_);
  if (!token) return token.take_error();
  req.set_header_if_absent("Authorization", "Bearer " + *token);
  return next_->round_trip(std::move(req));
}

namespace {

void apply_exec_credential(const kubeconfig::ExecCredential& cred, HttpRequest& req) {
  if (!cred.token.empty()) {
    req.set_header_if_absent("Authorization", "Bearer " + cred.token);
  } else {
    req.client_cert_pem = cred.client_certificate_data;
    req.client_key_pem = cred.client_key_data;
  }
}

}  // namespace

Result<HttpResponse> ExecAuthLayer::round_trip(HttpRequest req) {
  auto cred = source_->get();
  if (!cred) return cred.take_error();
  HttpRequest retry = req;
  apply_exec_credential(*cred, req);
  auto resp = next_->round_trip(std::move(req));
  if (!resp || resp->status != 401) return resp;
  // The credential was refused: get a fresh one and try once more.
  cred = source_->refresh();
  if (!cred) return cred.take_error();
  apply_exec_credential(*cred, retry);
  return next_->round_trip(std::move(retry));
}

std::string platform() {
  utsname u{};
  ::uname(&u);
  std::string arch = u.machine;
  if (arch == "x86_64") arch = "amd64";  // Go's GOARCH names, as kubectl prints them
  else if (arch == "aarch64") arch = "arm64";
  return "linux/" + arch;
}

std::string user_agent() {
  std::string commit = KCTL_GIT_COMMIT;
  return std::string("kctl/v") + KCTL_VERSION + " (" + platform() + ") kubernetes/" + commit.substr(0, 7);
}

Headers static_headers(const kubeconfig::RestConfig& rc) {
  Headers h;
  if (!rc.token.empty()) h.emplace_back("Authorization", "Bearer " + rc.token);
  else if (!rc.username.empty() || !rc.password.empty())
    h.emplace_back("Authorization", "Basic " + base64(rc.username + ":" + rc.password));
  h.emplace_back("User-Agent", user_agent());
  if (!rc.impersonate_user.empty()) h.emplace_back("Impersonate-User", rc.impersonate_user);
  if (!rc.impersonate_uid.empty()) h.emplace_back("Impersonate-Uid", rc.impersonate_uid);
  for (const std::string& g : rc.impersonate_groups) h.emplace_back("Impersonate-Group", g);
  return h;
}

std::shared_ptr<ExecCredentialSource> exec_source_for(const kubeconfig::RestConfig& rc, bool stdin_is_terminal) {
  if (!rc.token.empty() || !rc.username.empty() || !rc.password.empty() || !rc.token_file.empty() || !rc.exec)
    return nullptr;
  return std::make_shared<ExecCredentialSource>(rc, stdin_is_terminal);
}

Result<RoundTripperPtr> build_transport(const kubeconfig::RestConfig& rc, const Logger& log,
                                        std::shared_ptr<ExecCredentialSource> exec) {
  auto base = CurlTransport::create(rc, log);
  if (!base) return base.take_error();
  RoundTripperPtr rt = std::move(*base);
  rt = std::make_unique<DebugLayer>(std::move(rt), log);
  // A static token wins over a token file, which wins over an exec plugin.
  if (rc.token.empty() && rc.username.empty() && rc.password.empty()) {
    if (!rc.token_file.empty()) rt = std::make_unique<TokenFileLayer>(std::move(rt), rc.token_file);
    else if (exec) rt = std::make_unique<ExecAuthLayer>(std::move(rt), std::move(exec));
  }
  rt = std::make_unique<HeaderLayer>(std::move(rt), static_headers(rc));
  return rt;
}

}  // namespace kctl::client
