// One exec plugin's credential for the whole command, shared by the REST
// chain and the streaming handshakes, so that `kctl exec` runs the plugin
// once, not once per connection (client-go shares its exec Authenticator
// the same way). Thread-safe: `logs -f` reads several streams at once.
#pragma once

#include <mutex>
#include <optional>

#include "client/result.h"
#include "kubeconfig/exec_credential.h"
#include "kubeconfig/rest_config.h"

namespace kctl::client {

class ExecCredentialSource {
 public:
  ExecCredentialSource(kubeconfig::RestConfig rc, bool stdin_is_terminal)
      : rc_(std::move(rc)), terminal_(stdin_is_terminal) {}

  // The cached credential, or a new one when there is none or it expired.
  Result<kubeconfig::ExecCredential> get();
  // Runs the plugin again (the server refused the cached credential).
  Result<kubeconfig::ExecCredential> refresh();

 private:
  kubeconfig::RestConfig rc_;
  bool terminal_;
  Result<kubeconfig::ExecCredential> run_plugin();  // with mu_ held
  std::mutex mu_;
  std::optional<kubeconfig::ExecCredential> cred_;
};

}  // namespace kctl::client
