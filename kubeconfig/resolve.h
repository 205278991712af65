// Turns a loaded Config, the global flags and the environment into the
// RestConfig every request uses (client-go's client_config.go).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "client/result.h"
#include "kubeconfig/loading_rules.h"
#include "kubeconfig/rest_config.h"
#include "kubeconfig/types.h"

namespace kctl::kubeconfig {

// The global flags that override the kubeconfig. Empty means "not given".
struct Overrides {
  std::string context, cluster, user, ns;
  std::string server, tls_server_name;
  std::string certificate_authority, client_certificate, client_key;
  bool insecure_skip_tls_verify = false;
  std::string token, username, password;
  std::string as, as_uid;
  std::vector<std::string> as_groups;
  std::string request_timeout;  // "0", "5s", "2m", ...
  bool disable_compression = false;
};

// The context name in effect: --context, else $KCTL_CONTEXT, else the
// kubeconfig's current-context.
std::string effective_context(const Config& config, const Overrides& o, const EnvLookup& env);

Result<RestConfig> resolve(const Config& config, const Overrides& o, const EnvLookup& env);

// The namespace alone (no server needed): -n, $KCTL_NAMESPACE, the context's, "default".
std::string resolve_namespace(const Config& config, const Overrides& o, const EnvLookup& env);

// "0" -> 0, "5s" -> 5000, "1m30s", "250ms", a bare integer is seconds.
Result<long> parse_request_timeout(const std::string& text);

// Lexically cleans an absolute path ("/a/./b/../c" -> "/a/c").
std::string clean_path(const std::string& path);

// `path` made absolute against the directory of `origin` (a file path).
std::string resolve_path(const std::string& path, const std::string& origin);

}  // namespace kctl::kubeconfig
