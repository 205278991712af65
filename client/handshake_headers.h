// The headers and credentials a streaming handshake (SPDY upgrade,
// WebSocket) must carry: exactly what the REST layers add (HeaderLayer,
// TokenFileLayer, ExecAuthLayer), computed once for one request.
#pragma once

#include <string>

#include "client/exec_credential_source.h"
#include "client/http.h"
#include "client/result.h"
#include "kubeconfig/rest_config.h"

namespace kctl::client {

struct HandshakeCredentials {
  Headers headers;                               // Authorization, User-Agent, Impersonate-*
  std::string client_cert_pem, client_key_pem;   // from an exec plugin, for the TLS setup
};

// Reads the token file, or takes the exec plugin's credential from `exec`
// (shared with the REST chain, so the plugin runs once per command).
Result<HandshakeCredentials> handshake_credentials(const kubeconfig::RestConfig& rc, ExecCredentialSource* exec);

// As above with a source of its own (the plugin runs for this handshake).
Result<HandshakeCredentials> handshake_credentials(const kubeconfig::RestConfig& rc, bool stdin_is_terminal);

// A token file's bearer token (trailing newlines and spaces dropped).
Result<std::string> read_token_file(const std::string& path);

}  // namespace kctl::client
