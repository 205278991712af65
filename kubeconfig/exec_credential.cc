#include "kubeconfig/exec_credential.h"

#include <spawn.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ctime>
#include <nlohmann/json.hpp>
#include <vector>

extern char** environ;

namespace kctl::kubeconfig {
namespace {

constexpr const char* kNotInstalledHelp =
    "It looks like you are trying to use a client-go credential plugin that is not installed.\n\n"
    "To learn more about this feature, consult the documentation available at:\n"
    "      https://kubernetes.io/docs/reference/access-authn-authz/authentication/"
    "#client-go-credential-plugins";

// Owns a pipe's two ends.
struct Pipe {
  int fds[2] = {-1, -1};
  Pipe() {
    if (::pipe2(fds, O_CLOEXEC) != 0) fds[0] = fds[1] = -1;
  }
  Pipe(const Pipe&) = delete;
  Pipe& operator=(const Pipe&) = delete;
  ~Pipe() {
    close_read();
    close_write();
  }
  void close_read() {
    if (fds[0] >= 0) ::close(fds[0]);
    fds[0] = -1;
  }
  void close_write() {
    if (fds[1] >= 0) ::close(fds[1]);
    fds[1] = -1;
  }
};

// Owns posix_spawn's file actions.
struct SpawnActions {
  posix_spawn_file_actions_t actions{};
  SpawnActions() { posix_spawn_file_actions_init(&actions); }
  SpawnActions(const SpawnActions&) = delete;
  SpawnActions& operator=(const SpawnActions&) = delete;
  ~SpawnActions() { posix_spawn_file_actions_destroy(&actions); }
};

std::optional<std::chrono::system_clock::time_point> parse_rfc3339(const std::string& s) {
  std::tm tm{};
  const char* rest = ::strptime(s.c_str(), "%Y-%m-%dT%H:%M:%S", &tm);
  if (rest == nullptr) return std::nullopt;
  if (*rest == '.')
    while (*++rest >= '0' && *rest <= '9') {
    }
  long offset = 0;
  if (*rest == '+' || *rest == '-') {
    int hh = 0, mm = 0;
    if (std::sscanf(rest + 1, "%d:%d", &hh, &mm) >= 1) offset = (hh * 3600 + mm * 60) * (*rest == '-' ? -1 : 1);
  }
  time_t t = ::timegm(&tm) - offset;
  return std::chrono::system_clock::from_time_t(t);
}

}  // namespace

std::string exec_info(const RestConfig& rc, bool interactive) {
  nlohmann::ordered_json info = {
      {"kind", "ExecCredential"},
      {"apiVersion", rc.exec->api_version},
      {"spec", nlohmann::ordered_json::object()},
  };
  if (rc.exec->provide_cluster_info) {
    nlohmann::ordered_json cluster = {{"server", rc.server}};
    if (!rc.tls_server_name.empty()) cluster["tls-server-name"] = rc.tls_server_name;
    if (rc.insecure) cluster["insecure-skip-tls-verify"] = true;
    if (!rc.cluster_ca_data_b64.empty()) cluster["certificate-authority-data"] = rc.cluster_ca_data_b64;
    if (!rc.proxy_url.empty()) cluster["proxy-url"] = rc.proxy_url;
    info["spec"]["cluster"] = cluster;
  }
  info["spec"]["interactive"] = interactive;
  return info.dump();
}

Result<ExecCredential> parse_exec_credential(const std::string& text, const std::string& api_version) {
  nlohmann::json doc = nlohmann::json::parse(text, nullptr, false);
  if (doc.is_discarded() || !doc.is_object())
    return make_error(ErrorKind::Connection,
                      "Unable to connect to the server: getting credentials: decoding stdout: couldn't get version/kind; json parse error");
  std::string got = doc.value("apiVersion", "");
  if (doc.value("kind", "") != "ExecCredential")
    return make_error(ErrorKind::Connection, "Unable to connect to the server: getting credentials: decoding stdout: no kind \"" +
                                                 doc.value("kind", "") + "\" is registered for version \"" +
                                                 got + "\"");
  if (got != api_version)
    return make_error(ErrorKind::Connection, "Unable to connect to the server: getting credentials: exec plugin is configured to use API version " +
                                                 api_version + ", plugin returned version " + got);
  const nlohmann::json status = doc.value("status", nlohmann::json::object());
  if (!status.is_object())
    return make_error(ErrorKind::Connection, "Unable to connect to the server: getting credentials: exec plugin didn't return a status field");
  ExecCredential cred;
  cred.token = status.value("token", "");
  cred.client_certificate_data = status.value("clientCertificateData", "");
  cred.client_key_data = status.value("clientKeyData", "");
  if (cred.token.empty() && (cred.client_certificate_data.empty() || cred.client_key_data.empty()))
    return make_error(ErrorKind::Connection,
                      "Unable to connect to the server: getting credentials: exec plugin didn't return a token or cert/key pair");
  if (cred.client_certificate_data.empty() != cred.client_key_data.empty())
    return make_error(ErrorKind::Connection,
                      "Unable to connect to the server: getting credentials: exec plugin returned only certificate or key, not both");
  if (std::string exp = status.value("expirationTimestamp", ""); !exp.empty()) cred.expiry = parse_rfc3339(exp);
  return cred;
}

Result<ExecCredential> run_exec_plugin(const RestConfig& rc, bool stdin_is_terminal) {
  const ExecConfig& e = *rc.exec;
  const std::string& mode = e.interactive_mode;
  bool interactive = stdin_is_terminal && mode != "Never";
  if (mode == "Always" && !stdin_is_terminal)
    return make_error(ErrorKind::Connection,
                      "Unable to connect to the server: getting credentials: exec plugin cannot support interactive mode: standard input is not a terminal");

  std::vector<std::string> env_strings;
  for (char** p = environ; *p != nullptr; ++p) env_strings.emplace_back(*p);
  for (const auto& [k, v] : e.env) env_strings.push_back(k + "=" + v);
  env_strings.push_back("KUBERNETES_EXEC_INFO=" + exec_info(rc, interactive));
  std::vector<char*> envp;
  for (std::string& s : env_strings) envp.push_back(s.data());
  envp.push_back(nullptr);

  std::vector<std::string> argv_strings{e.command};
  argv_strings.insert(argv_strings.end(), e.args.begin(), e.args.end());
  std::vector<char*> argv;
  for (std::string& s : argv_strings) argv.push_back(s.data());
  argv.push_back(nullptr);

  Pipe out;
  if (out.fds[0] < 0) return make_error(ErrorKind::Internal, std::string("pipe: ") + std::strerror(errno));
  SpawnActions sa;
  posix_spawn_file_actions_adddup2(&sa.actions, out.fds[1], STDOUT_FILENO);
  if (!interactive) posix_spawn_file_actions_addopen(&sa.actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);

  pid_t pid = 0;
  int rc_spawn = ::posix_spawnp(&pid, e.command.c_str(), &sa.actions, nullptr, argv.data(), envp.data());
  if (rc_spawn != 0) {
    std::string msg = "Unable to connect to the server: getting credentials: exec: executable " + e.command + " not found\n\n" + kNotInstalledHelp;
    if (!e.install_hint.empty()) msg += "\n\n" + e.install_hint;
    if (rc_spawn != ENOENT) msg = "Unable to connect to the server: getting credentials: exec: " + e.command + ": " + std::strerror(rc_spawn);
    return make_error(ErrorKind::Connection, msg);
  }
  out.close_write();
  std::string text;
  char buf[4096];
  for (;;) {
    ssize_t n = ::read(out.fds[0], buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) break;
    text.append(buf, static_cast<std::size_t>(n));
  }
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return make_error(ErrorKind::Connection, "Unable to connect to the server: getting credentials: exec: executable " + e.command +
                                                 " failed with exit code " + std::to_string(code));
  }
  return parse_exec_credential(text, e.api_version);
}

}  // namespace kctl::kubeconfig
