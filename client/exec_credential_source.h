// One exec plugin's credential for the whole command, shared by the REST
// chain and the streaming handshakes, so that `kctl exec` runs the plugin
// once, not once per connection (client-go shares its exec Authenticator
// the same way).
#pragma once

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
  Result<const kubeconfig::ExecCredential*> get();
  // Runs the plugin again (the server refused the cached credential).
  Result<const kubeconfig::ExecCredential*> refresh();

 private:
  kubeconfig::RestConfig rc_;
  bool terminal_;
  std::optional<kubeconfig::ExecCredential> cred_;
};

}  // namespace kctl::client
