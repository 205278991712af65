#include "client/handshake_headers.h"

#include <fstream>
#include <sstream>

#include "client/layers.h"
#include "kubeconfig/exec_credential.h"

namespace kctl::client {

Result<std::string> read_token_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) return make_error(ErrorKind::Config, "open " + path + ": no such file or directory");
  std::stringstream s;
  s << in.rdbuf();
  std::string token = s.str();
  while (!token.empty() && (token.back() == '\n' || token.back() == '\r' || token.back() == ' ')) token.pop_back();
  return token;
}

Result<HandshakeCredentials> handshake_credentials(const kubeconfig::RestConfig& rc, ExecCredentialSource* exec) {
  HandshakeCredentials out;
  HttpRequest req;  // collects headers with the layers' "if absent" rule
  for (const auto& [k, v] : static_headers(rc)) req.set_header_if_absent(k, v);
  // The same precedence as build_transport: static token, token file, exec plugin.
  if (rc.token.empty() && rc.username.empty() && rc.password.empty()) {
    if (!rc.token_file.empty()) {
      auto token = read_token_file(rc.token_file);
      if (!token) return token.take_error();
      req.set_header_if_absent("Authorization", "Bearer " + *token);
    } else if (exec != nullptr) {
      auto cred = exec->get();
      if (!cred) return cred.take_error();
      if (!cred->token.empty()) {
        req.set_header_if_absent("Authorization", "Bearer " + cred->token);
      } else {
        out.client_cert_pem = cred->client_certificate_data;
        out.client_key_pem = cred->client_key_data;
      }
    }
  }
  out.headers = std::move(req.headers);
  return out;
}

Result<HandshakeCredentials> handshake_credentials(const kubeconfig::RestConfig& rc, bool stdin_is_terminal) {
  auto exec = exec_source_for(rc, stdin_is_terminal);
  return handshake_credentials(rc, exec.get());
}

}  // namespace kctl::client
