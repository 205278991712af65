// client-go credential plugins (client.authentication.k8s.io/v1, v1beta1):
// runs the command with KUBERNETES_EXEC_INFO and reads an ExecCredential.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "client/result.h"
#include "kubeconfig/rest_config.h"

namespace kctl::kubeconfig {

struct ExecCredential {
  std::string token;
  std::string client_certificate_data;  // PEM
  std::string client_key_data;          // PEM
  std::optional<std::chrono::system_clock::time_point> expiry;

  bool expired(std::chrono::system_clock::time_point now) const { return expiry && now >= *expiry; }
};

// Runs the plugin of `rc.exec`. Its stderr goes to ours; with an
// interactive mode that allows it and a terminal on stdin, stdin is passed
// through. Errors are in client-go's words ("exec: executable X not found",
// "exec: executable X failed with exit code N", "decoding stdout: ...").
Result<ExecCredential> run_exec_plugin(const RestConfig& rc, bool stdin_is_terminal);

// Decodes the plugin's stdout; pure, for tests.
Result<ExecCredential> parse_exec_credential(const std::string& stdout_text, const std::string& api_version);

// The ExecCredential JSON passed in KUBERNETES_EXEC_INFO.
std::string exec_info(const RestConfig& rc, bool interactive);

}  // namespace kctl::kubeconfig
