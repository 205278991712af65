#include "kubeconfig/exec_credential.h"

#include <spawn.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <nlohmann/json.hpp>
#include <vector>

#include "client/printers/go_json.h"

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

// A string member of `obj`: "" when absent or null, nullopt for another type
// (which client-go's decoding rejects).
std::optional<std::string> string_member(const nlohmann::json& obj, const char* key) {
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) return std::string();
  if (!it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

// Go's exec.Cmd environment: when a name is set more than once the last
// value wins (a plugin reading the first would miss the configured one).
std::vector<std::string> last_value_wins(const std::vector<std::string>& entries) {
  std::vector<std::string> kept;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const std::string prefix = entries[i].substr(0, entries[i].find('=') + 1);
    bool set_again = false;
    for (std::size_t j = i + 1; j < entries.size() && !set_again; ++j) set_again = entries[j].rfind(prefix, 0) == 0;
    if (!set_again) kept.push_back(entries[i]);
  }
  return kept;
}

// encoding/json's name for the JSON type of `v` in unmarshal errors.

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
  const std::optional<std::string> kind = string_member(doc, "kind"), version = string_member(doc, "apiVersion");
  if (!kind || !version)
    return make_error(ErrorKind::Connection,
                      "Unable to connect to the server: getting credentials: decoding stdout: couldn't get version/kind; json parse error");
  const std::string& got = *version;
  if (*kind != "ExecCredential")
    return make_error(ErrorKind::Connection, "Unable to connect to the server: getting credentials: decoding stdout: no kind \"" +
                                                 *kind + "\" is registered for version \"" +
                                                 got + "\" in scheme \"pkg/client/auth/exec/exec.go:62\"");
  if (got != api_version)
    return make_error(ErrorKind::Connection, "Unable to connect to the server: getting credentials: exec plugin is configured to use API version " +
                                                 api_version + ", plugin returned version " + got);
  const nlohmann::json status = doc.value("status", nlohmann::json());
  if (!status.is_object())
    return make_error(ErrorKind::Connection, "Unable to connect to the server: getting credentials: exec plugin didn't return a status field");
  for (const char* key : {"token", "clientCertificateData", "clientKeyData"})
    if (!string_member(status, key))
      return make_error(ErrorKind::Connection,
                        std::string("Unable to connect to the server: getting credentials: decoding stdout: json: cannot unmarshal ") +
                            printers::go_json_kind(status[key]) + " into Go struct field ExecCredentialStatus.status." + key +
                            " of type string");
  ExecCredential cred;
  cred.token = *string_member(status, "token");
  cred.client_certificate_data = *string_member(status, "clientCertificateData");
  cred.client_key_data = *string_member(status, "clientKeyData");
  if (cred.token.empty() && cred.client_certificate_data.empty() && cred.client_key_data.empty())
    return make_error(ErrorKind::Connection,
                      "Unable to connect to the server: getting credentials: exec plugin didn't return a token or cert/key pair");
  if (cred.client_certificate_data.empty() != cred.client_key_data.empty())
    return make_error(ErrorKind::Connection,
                      "Unable to connect to the server: getting credentials: exec plugin returned only certificate or key, not both");
  if (std::string exp = string_member(status, "expirationTimestamp").value_or(""); !exp.empty()) {
    cred.expiry = parse_rfc3339(exp);
    // client-go fails the decode; a credential read without its expiry
    // would be used past it.
    if (!cred.expiry) {
      const bool year = exp.size() >= 4 && std::all_of(exp.begin(), exp.begin() + 4, [](unsigned char c) { return std::isdigit(c); });
      return make_error(ErrorKind::Connection,
                        "Unable to connect to the server: getting credentials: decoding stdout: parsing time \"" + exp +
                            "\" as \"2006-01-02T15:04:05Z07:00\": " +
                            (year ? std::string("not an RFC 3339 time") : "cannot parse \"" + exp + "\" as \"2006\""));
    }
  }
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
  env_strings = last_value_wins(env_strings);
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
    if (e.command.find('/') != std::string::npos) {
      // Go runs a path without a PATH lookup: "fork/exec P: no such file or directory".
      std::string reason = std::strerror(rc_spawn);
      reason[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(reason[0])));
      msg = "Unable to connect to the server: getting credentials: exec: fork/exec " + e.command + ": " + reason;
    }
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
