#include "client/exec_credential_source.h"

#include <chrono>

namespace kctl::client {

Result<kubeconfig::ExecCredential> ExecCredentialSource::get() {
  std::lock_guard lock(mu_);
  if (cred_ && !cred_->expired(std::chrono::system_clock::now())) return *cred_;
  return run_plugin();
}

Result<kubeconfig::ExecCredential> ExecCredentialSource::refresh() {
  std::lock_guard lock(mu_);
  return run_plugin();
}

Result<kubeconfig::ExecCredential> ExecCredentialSource::run_plugin() {
  auto cred = kubeconfig::run_exec_plugin(rc_, terminal_);
  if (!cred) return cred.take_error();
  cred_ = std::move(*cred);
  return *cred_;
}

}  // namespace kctl::client
