#include "client/exec_credential_source.h"

#include <chrono>

namespace kctl::client {

Result<const kubeconfig::ExecCredential*> ExecCredentialSource::get() {
  if (cred_ && !cred_->expired(std::chrono::system_clock::now())) return &*cred_;
  return refresh();
}

Result<const kubeconfig::ExecCredential*> ExecCredentialSource::refresh() {
  auto cred = kubeconfig::run_exec_plugin(rc_, terminal_);
  if (!cred) return cred.take_error();
  cred_ = std::move(*cred);
  return &*cred_;
}

}  // namespace kctl::client
