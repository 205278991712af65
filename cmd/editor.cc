#include "cmd/editor.h"

#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <optional>
#include <sstream>

#include "client/go_quote.h"

extern char** environ;

namespace kctl::cmd {
namespace {

// The terminal's settings, put back when the editor is done (kubectl's
// term.TTY.Safe).
class TerminalSettings {
 public:
  TerminalSettings() {
    for (int fd : {STDIN_FILENO, STDOUT_FILENO})
      if (::isatty(fd) && ::tcgetattr(fd, &saved_) == 0) {
        fd_ = fd;
        return;
      }
  }
  ~TerminalSettings() {
    if (fd_ >= 0) ::tcsetattr(fd_, TCSADRAIN, &saved_);
  }
  TerminalSettings(const TerminalSettings&) = delete;
  TerminalSettings& operator=(const TerminalSettings&) = delete;

 private:
  int fd_ = -1;
  termios saved_{};
};

// SIGINT and SIGQUIT ignored for the object's lifetime.
class IgnoredInterrupts {
 public:
  IgnoredInterrupts() {
    struct sigaction ignore{};
    ignore.sa_handler = SIG_IGN;
    ::sigemptyset(&ignore.sa_mask);
    ::sigaction(SIGINT, &ignore, &old_int_);
    ::sigaction(SIGQUIT, &ignore, &old_quit_);
  }
  ~IgnoredInterrupts() {
    ::sigaction(SIGINT, &old_int_, nullptr);
    ::sigaction(SIGQUIT, &old_quit_, nullptr);
  }
  IgnoredInterrupts(const IgnoredInterrupts&) = delete;
  IgnoredInterrupts& operator=(const IgnoredInterrupts&) = delete;

 private:
  struct sigaction old_int_{}, old_quit_{};
};

// Owns posix_spawn's attributes: the child gets the default dispositions
// back for the signals kctl ignores while it waits.
struct SpawnAttributes {
  posix_spawnattr_t attr{};
  SpawnAttributes() {
    ::posix_spawnattr_init(&attr);
    sigset_t defaults;
    ::sigemptyset(&defaults);
    ::sigaddset(&defaults, SIGINT);
    ::sigaddset(&defaults, SIGQUIT);
    ::posix_spawnattr_setsigdefault(&attr, &defaults);
    ::posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETSIGDEF);
  }
  ~SpawnAttributes() { ::posix_spawnattr_destroy(&attr); }
  SpawnAttributes(const SpawnAttributes&) = delete;
  SpawnAttributes& operator=(const SpawnAttributes&) = delete;
};

// exec.LookPath for a name without a slash.
bool on_path(const std::string& name) {
  if (name.find('/') != std::string::npos) return true;
  const char* path = std::getenv("PATH");
  std::istringstream dirs(path ? path : "");
  std::string dir;
  while (std::getline(dirs, dir, ':')) {
    const std::string candidate = (dir.empty() ? std::string(".") : dir) + "/" + name;
    struct stat st{};
    if (::stat(candidate.c_str(), &st) == 0 && S_ISREG(st.st_mode) && ::access(candidate.c_str(), X_OK) == 0)
      return true;
  }
  return false;
}

std::string absolute_path(const std::string& path) {
  if (!path.empty() && path.front() == '/') return path;
  char cwd[4096];
  if (::getcwd(cwd, sizeof cwd) == nullptr) return path;
  return std::string(cwd) + "/" + path;
}

}  // namespace

std::string EditorCommand::display() const {
  std::string s;
  for (std::size_t i = 0; i < args.size(); ++i) {
    if (i > 0) s += ' ';
    s += args[i];
  }
  return s;
}

std::vector<std::string> EditorCommand::argv_for(const std::string& path) const {
  std::vector<std::string> argv = args;
  if (shell && !argv.empty()) {
    // append() rather than " " + ...: GCC 12's -Wrestrict misfires on that at -O3.
    argv.back().append(1, ' ').append(client::go_quote(path));
  } else {
    argv.push_back(path);
  }
  return argv;
}

EditorCommand editor_from_env(const GetEnv& getenv) {
  std::string editor;
  for (const char* name : {"KUBE_EDITOR", "EDITOR"}) {
    const char* v = getenv(name);
    if (v != nullptr && *v != '\0') {
      editor = v;
      break;
    }
  }
  if (editor.empty()) editor = "vi";
  if (editor.find(' ') == std::string::npos) return {{editor}, false};
  if (editor.find_first_of("\"'\\") == std::string::npos) {
    // strings.Split: consecutive spaces give empty arguments, as in Go.
    EditorCommand c;
    std::size_t start = 0;
    for (auto space = editor.find(' '); space != std::string::npos; space = editor.find(' ', start)) {
      c.args.push_back(editor.substr(start, space - start));
      start = space + 1;
    }
    c.args.push_back(editor.substr(start));
    return c;
  }
  const char* shell = getenv("SHELL");
  return {{shell != nullptr && *shell != '\0' ? shell : "/bin/bash", "-c", editor}, true};
}

Result<std::string> write_temp_file(const std::string& prefix, const std::string& suffix, const std::string& content) {
  const char* tmp = std::getenv("TMPDIR");
  std::string path = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") + "/" + prefix + "XXXXXX" + suffix;
  const int fd = ::mkstemps(path.data(), static_cast<int>(suffix.size()));  // 0600, O_EXCL
  if (fd < 0) return make_error(ErrorKind::Internal, "open " + path + ": " + std::strerror(errno));
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int saved = errno;
      ::close(fd);
      ::unlink(path.c_str());
      return make_error(ErrorKind::Internal, "write " + path + ": " + std::strerror(saved));
    }
    written += static_cast<std::size_t>(n);
  }
  if (::close(fd) != 0) return make_error(ErrorKind::Internal, "close " + path + ": " + std::strerror(errno));
  return path;
}

Result<> launch_editor(const EditorCommand& editor, const std::string& path) {
  if (editor.args.empty())
    return make_error(ErrorKind::Internal, "no editor defined, can't open " + path);
  const std::string quoted = client::go_quote(editor.display());
  if (!on_path(editor.args.front()))
    return make_error(ErrorKind::Internal, "unable to launch the editor " + quoted);
  std::vector<std::string> args = editor.argv_for(absolute_path(path));
  std::vector<char*> argv;
  for (auto& a : args) argv.push_back(a.data());
  argv.push_back(nullptr);

  TerminalSettings terminal;
  IgnoredInterrupts ignored;
  SpawnAttributes attributes;
  pid_t pid = 0;
  if (::posix_spawnp(&pid, argv[0], nullptr, &attributes.attr, argv.data(), environ) != 0)
    return make_error(ErrorKind::Internal, "there was a problem with the editor " + quoted);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0)
    if (errno != EINTR) return make_error(ErrorKind::Internal, "there was a problem with the editor " + quoted);
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return make_error(ErrorKind::Internal, "there was a problem with the editor " + quoted);
  return {};
}

Result<std::string> read_file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorKind::Internal, "open " + path + ": " + std::strerror(errno));
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

}  // namespace kctl::cmd
