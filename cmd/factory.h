// What verbs need from the environment, built lazily: commands that never
// talk to a server never load libcurl or open a socket.
#pragma once

#include <memory>
#include <optional>
#include <string>

#include "client/discovery.h"
#include "client/explain/openapi_v2_document.h"
#include "client/handshake_headers.h"
#include "client/logger.h"
#include "client/rest_client.h"
#include "client/warnings.h"
#include "cmd/io_streams.h"
#include "kubeconfig/loading_rules.h"
#include "kubeconfig/resolve.h"

namespace kctl::cmd {

// The global flags (kubectl's names), bound by root.cc.
struct GlobalFlags {
  std::string kubeconfig;
  kubeconfig::Overrides overrides;
  int verbosity = 0;
  std::string cache_dir;  // --cache-dir; empty: $KUBECACHEDIR, else ~/.kube/cache
};

class Factory {
 public:
  Factory(const GlobalFlags& flags, IOStreams& io, kubeconfig::EnvLookup env)
      : flags_(flags), io_(io), env_(std::move(env)) {}

  const GlobalFlags& flags() const { return flags_; }
  IOStreams& io() { return io_; }
  const kubeconfig::EnvLookup& env() const { return env_; }
  Logger logger() const { return Logger(flags_.verbosity, &io_.err); }

  kubeconfig::LoadingRules loading_rules() const;
  // The merged kubeconfig. `for_edit`: a missing --kubeconfig file is an
  // empty config to be created, not an error.
  Result<kubeconfig::Config*> config(bool for_edit = false);
  Result<const kubeconfig::RestConfig*> rest_config();
  Result<client::RestClient*> rest_client();
  // What the server serves, from kctl's disk cache or the server.
  Result<client::Discovery*> discovery();
  // The server's /openapi/v2 definitions, fetched and parsed once per run
  // (validation and apply's patches both read them).
  Result<const explain::OpenApiV2Document*> openapi_v2();
  // The cache root: --cache-dir, else $KUBECACHEDIR, else $HOME/.kube/cache
  // (empty without any of them).
  std::string cache_root() const;
  // Headers and client certificate for a streaming handshake, sharing the
  // REST client's exec plugin credential.
  Result<client::HandshakeCredentials> handshake_credentials();
  // The exec plugin's credential source (null without one), for transports
  // a verb builds itself (logs -f: one per stream). Call after rest_config().
  std::shared_ptr<client::ExecCredentialSource> exec_source();

 private:
  const GlobalFlags& flags_;
  IOStreams& io_;
  kubeconfig::EnvLookup env_;
  std::optional<kubeconfig::Config> config_;
  std::optional<kubeconfig::RestConfig> rest_config_;
  std::unique_ptr<client::RestClient> rest_client_;
  std::unique_ptr<client::WarningWriter> warnings_;
  std::unique_ptr<client::Discovery> discovery_;
  std::unique_ptr<explain::OpenApiV2Document> openapi_v2_;
  std::shared_ptr<client::ExecCredentialSource> exec_source_;
  bool exec_source_made_ = false;
};

}  // namespace kctl::cmd
