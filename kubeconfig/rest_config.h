// What a request needs to reach and authenticate to the server: the product
// of the kubeconfig, the global flags and the environment.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kctl::kubeconfig {

struct ExecConfig {
  std::string command;
  std::vector<std::string> args;
  std::vector<std::pair<std::string, std::string>> env;
  std::string api_version;
  std::string install_hint;
  bool provide_cluster_info = false;
  std::string interactive_mode;  // Never | IfAvailable | Always
  std::string user_name;         // the kubeconfig user it belongs to, for messages
};

struct RestConfig {
  std::string server;  // scheme://host[:port][/prefix]
  std::string tls_server_name;
  bool insecure = false;
  std::string ca_file, ca_data;      // data: PEM bytes, already base64-decoded
  std::string cert_file, cert_data;  // client certificate
  std::string key_file, key_data;    // client key
  std::string token, token_file;
  std::string username, password;
  std::optional<ExecConfig> exec;
  std::string impersonate_user, impersonate_uid;
  std::vector<std::string> impersonate_groups;
  std::string proxy_url;
  bool disable_compression = false;
  long timeout_ms = 0;  // --request-timeout; 0 = none

  // Not for the transport, but resolved in the same pass.
  std::string ns = "default";
  bool ns_overridden = false;
  std::string context_name, cluster_name, user_name;
  std::string cluster_ca_data_b64;  // for KUBERNETES_EXEC_INFO's cluster
};

}  // namespace kctl::kubeconfig
