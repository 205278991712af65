#include "kubeconfig/resolve.h"

#include <yaml-cpp/binary.h>

#include <unistd.h>

#include <cctype>
#include <climits>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <vector>

namespace kctl::kubeconfig {
namespace {

constexpr const char* kServiceAccountDir = "/var/run/secrets/kubernetes.io/serviceaccount";

std::string decode_base64(const std::string& text) {
  std::vector<unsigned char> bytes = YAML::DecodeBase64(text);
  return std::string(bytes.begin(), bytes.end());
}

bool field_bool(const YAML::Node& body, const char* key) {
  if (!body || !body[key] || !body[key].IsScalar()) return false;
  bool b = false;
  return YAML::convert<bool>::decode(body[key], b) && b;
}

std::optional<std::string> read_small_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) return std::nullopt;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Cluster-side fields of the RestConfig from a kubeconfig cluster entry.
void apply_cluster(RestConfig& rc, const Entry& cluster) {
  const YAML::Node& b = cluster.body;
  rc.server = field(b, "server");
  rc.tls_server_name = field(b, "tls-server-name");
  rc.insecure = field_bool(b, "insecure-skip-tls-verify");
  if (std::string ca = field(b, "certificate-authority"); !ca.empty())
    rc.ca_file = resolve_path(ca, cluster.origin);
  if (std::string data = field(b, "certificate-authority-data"); !data.empty()) {
    rc.ca_data = decode_base64(data);
    rc.cluster_ca_data_b64 = data;
  }
  rc.proxy_url = field(b, "proxy-url");
  rc.disable_compression = field_bool(b, "disable-compression");
}

void apply_user(RestConfig& rc, const Entry& user) {
  const YAML::Node& b = user.body;
  if (std::string v = field(b, "client-certificate"); !v.empty())
    rc.cert_file = resolve_path(v, user.origin);
  if (std::string v = field(b, "client-key"); !v.empty())
    rc.key_file = resolve_path(v, user.origin);
  if (std::string v = field(b, "client-certificate-data"); !v.empty()) rc.cert_data = decode_base64(v);
  if (std::string v = field(b, "client-key-data"); !v.empty()) rc.key_data = decode_base64(v);
  rc.token = field(b, "token");
  if (std::string v = field(b, "tokenFile"); !v.empty()) rc.token_file = resolve_path(v, user.origin);
  rc.username = field(b, "username");
  rc.password = field(b, "password");
  rc.impersonate_user = field(b, "as");
  rc.impersonate_uid = field(b, "as-uid");
  if (b["as-groups"] && b["as-groups"].IsSequence())
    for (const YAML::Node& g : b["as-groups"]) rc.impersonate_groups.push_back(g.Scalar());
  const YAML::Node exec = b["exec"];
  if (exec && exec.IsMap()) {
    ExecConfig e;
    e.command = field(exec, "command");
    // A command with a slash is relative to the kubeconfig; a bare name is
    // looked up in PATH (client-go does the same).
    if (e.command.find('/') != std::string::npos) e.command = resolve_path(e.command, user.origin);
    if (exec["args"] && exec["args"].IsSequence())
      for (const YAML::Node& a : exec["args"]) e.args.push_back(a.Scalar());
    if (exec["env"] && exec["env"].IsSequence())
      for (const YAML::Node& kv : exec["env"]) e.env.emplace_back(field(kv, "name"), field(kv, "value"));
    e.api_version = field(exec, "apiVersion");
    e.install_hint = field(exec, "installHint");
    e.provide_cluster_info = field_bool(exec, "provideClusterInfo");
    e.interactive_mode = field(exec, "interactiveMode");
    e.user_name = user.name;
    rc.exec = std::move(e);
  }
}

// In-cluster config: the pod's service account, used when nothing else says
// where the server is.
std::optional<RestConfig> in_cluster(const EnvLookup& env) {
  auto host = env("KUBERNETES_SERVICE_HOST");
  auto port = env("KUBERNETES_SERVICE_PORT");
  if (!host || !port || host->empty() || port->empty()) return std::nullopt;
  std::string dir = env("KCTL_SERVICE_ACCOUNT_DIR").value_or(kServiceAccountDir);
  auto token = read_small_file(dir + "/token");
  if (!token) return std::nullopt;
  RestConfig rc;
  std::string h = *host;
  if (h.find(':') != std::string::npos) h = "[" + h + "]";  // IPv6
  rc.server = "https://" + h + ":" + *port;
  rc.token_file = dir + "/token";
  rc.ca_file = dir + "/ca.crt";
  if (auto ns = read_small_file(dir + "/namespace"); ns && !ns->empty()) {
    while (!ns->empty() && std::isspace(static_cast<unsigned char>(ns->back()))) ns->pop_back();
    rc.ns = *ns;
  }
  return rc;
}

}  // namespace

std::string clean_path(const std::string& path) {
  // Go's filepath.Clean for absolute paths: drop "." and empty parts, fold "..".
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= path.size()) {
    std::size_t slash = path.find('/', start);
    if (slash == std::string::npos) slash = path.size();
    std::string part = path.substr(start, slash - start);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    start = slash + 1;
  }
  std::string out;
  for (const std::string& p : parts) out += "/" + p;
  return out.empty() ? "/" : out;
}

std::string resolve_path(const std::string& path, const std::string& origin) {
  if (path.empty() || path.front() == '/' || origin.empty()) return path;
  std::string dir;
  auto slash = origin.rfind('/');
  if (slash != std::string::npos) dir = origin.substr(0, slash + 1);
  if (dir.empty() || dir.front() != '/') {
    // Relative kubeconfig path: anchor it at the working directory, as
    // client-go's filepath.Abs does.
    char cwd[PATH_MAX];
    if (::getcwd(cwd, sizeof cwd) != nullptr) dir = std::string(cwd) + "/" + dir;
  }
  return clean_path(dir + path);
}

std::string effective_context(const Config& config, const Overrides& o, const EnvLookup& env) {
  if (!o.context.empty()) return o.context;
  if (auto c = env("KCTL_CONTEXT"); c && !c->empty()) return *c;
  return config.current_context;
}

std::string resolve_namespace(const Config& config, const Overrides& o, const EnvLookup& env) {
  if (!o.ns.empty()) return o.ns;
  if (auto n = env("KCTL_NAMESPACE"); n && !n->empty()) return *n;
  if (const Entry* ctx = config.find(Section::Contexts, effective_context(config, o, env)))
    if (std::string ns = field(ctx->body, "namespace"); !ns.empty()) return ns;
  return "default";
}

Result<long> parse_request_timeout(const std::string& text) {
  const Error bad = make_error(
      ErrorKind::Config,
      "Invalid timeout value. Timeout must be a single integer in seconds, or an integer "
      "followed by a corresponding time unit (e.g. 1s | 2m | 3h)");
  if (text.empty() || text == "0") return 0L;
  bool all_digits = true;
  for (char c : text) all_digits = all_digits && std::isdigit(static_cast<unsigned char>(c));
  if (all_digits) return std::stol(text) * 1000L;
  // Go's time.ParseDuration subset: sequences of <number><unit>.
  double total_ms = 0;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    while (i < text.size() && (std::isdigit(static_cast<unsigned char>(text[i])) || text[i] == '.')) ++i;
    if (start == i) return bad;
    double number = std::strtod(text.substr(start, i - start).c_str(), nullptr);
    std::size_t unit_start = i;
    while (i < text.size() && std::isalpha(static_cast<unsigned char>(text[i]))) ++i;
    std::string unit = text.substr(unit_start, i - unit_start);
    if (unit == "ms") total_ms += number;
    else if (unit == "s") total_ms += number * 1000;
    else if (unit == "m") total_ms += number * 60000;
    else if (unit == "h") total_ms += number * 3600000;
    else if (unit == "us" || unit == "µs") total_ms += number / 1000;
    else if (unit == "ns") total_ms += number / 1e6;
    else return bad;
  }
  long ms = static_cast<long>(total_ms);
  return ms == 0 && total_ms > 0 ? 1L : ms;
}

Result<RestConfig> resolve(const Config& config, const Overrides& o, const EnvLookup& env) {
  RestConfig rc;
  const std::string context_name = effective_context(config, o, env);
  const Entry* context = nullptr;
  if (!context_name.empty()) {
    context = config.find(Section::Contexts, context_name);
    if (context == nullptr && (!o.context.empty() || env("KCTL_CONTEXT")))
      return make_error(ErrorKind::Config, "context \"" + context_name + "\" does not exist");
    if (context == nullptr)  // the kubeconfig's own current-context names nothing
      return make_error(ErrorKind::InvalidConfig, "context was not found for specified context: " + context_name);
  }
  rc.context_name = context ? context_name : "";
  rc.cluster_name = !o.cluster.empty() ? o.cluster : (context ? field(context->body, "cluster") : "");
  rc.user_name = !o.user.empty() ? o.user : (context ? field(context->body, "user") : "");

  const Entry* cluster = config.find(Section::Clusters, rc.cluster_name);
  if (!o.cluster.empty() && cluster == nullptr)
    return make_error(ErrorKind::Config, "cluster \"" + o.cluster + "\" does not exist");
  const Entry* user = config.find(Section::Users, rc.user_name);
  if (!o.user.empty() && user == nullptr)
    return make_error(ErrorKind::Config, "auth info \"" + o.user + "\" does not exist");

  bool from_kubeconfig = cluster != nullptr || user != nullptr;
  if (!from_kubeconfig && o.server.empty()) {
    if (auto ic = in_cluster(env)) rc = std::move(*ic);
  }
  if (cluster) apply_cluster(rc, *cluster);
  if (user) apply_user(rc, *user);

  // Flags last: they win over the kubeconfig.
  if (!o.server.empty()) {
    rc.server = o.server;
    // A server given on the command line is not the one tls-server-name was for.
    if (o.tls_server_name.empty()) rc.tls_server_name.clear();
  }
  if (!o.tls_server_name.empty()) rc.tls_server_name = o.tls_server_name;
  if (!o.certificate_authority.empty()) {
    rc.ca_file = o.certificate_authority;
    rc.ca_data.clear();
  }
  if (o.insecure_skip_tls_verify) {
    rc.insecure = true;
    rc.ca_file.clear();
    rc.ca_data.clear();
  }
  if (!o.client_certificate.empty()) {
    rc.cert_file = o.client_certificate;
    rc.cert_data.clear();
  }
  if (!o.client_key.empty()) {
    rc.key_file = o.client_key;
    rc.key_data.clear();
  }
  if (!o.token.empty()) {
    rc.token = o.token;
    rc.token_file.clear();
    rc.exec.reset();
  }
  if (!o.username.empty()) rc.username = o.username;
  if (!o.password.empty()) rc.password = o.password;
  if (!o.as.empty()) rc.impersonate_user = o.as;
  if (!o.as_uid.empty()) rc.impersonate_uid = o.as_uid;
  if (!o.as_groups.empty()) rc.impersonate_groups = o.as_groups;
  if (o.disable_compression) rc.disable_compression = true;

  if (rc.server.empty()) rc.server = "http://localhost:8080";
  if (rc.server.find("://") == std::string::npos) rc.server = "https://" + rc.server;
  while (rc.server.size() > 8 && rc.server.back() == '/') rc.server.pop_back();

  if ((!rc.token.empty() || !rc.token_file.empty()) && (!rc.username.empty() || !rc.password.empty()))
    return make_error(ErrorKind::Config,
                      "username/password or bearer token may be set, but not both");
  if ((!rc.cert_file.empty() || !rc.cert_data.empty()) != (!rc.key_file.empty() || !rc.key_data.empty()))
    return make_error(ErrorKind::Config,
                      "client-cert and client-key must both be specified for " +
                          (rc.user_name.empty() ? std::string("the user") : rc.user_name) +
                          " to use the clientCert authentication method");

  auto timeout = parse_request_timeout(o.request_timeout);
  if (!timeout) return timeout.take_error();
  rc.timeout_ms = *timeout;

  std::string in_cluster_ns = rc.ns;
  rc.ns = resolve_namespace(config, o, env);
  if (rc.ns == "default" && !from_kubeconfig && in_cluster_ns != "default" && o.ns.empty())
    rc.ns = in_cluster_ns;
  rc.ns_overridden = !o.ns.empty();
  return rc;
}

}  // namespace kctl::kubeconfig
