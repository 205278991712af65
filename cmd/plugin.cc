#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <map>
#include <set>

#include "client/go_quote.h"
#include "cmd/plugin_commands.h"

namespace kctl::cmd {
namespace {

// kctl's own plugins first, then kubectl's: `kctl foo` runs kctl-foo if
// there is one, else kubectl-foo.
constexpr std::string_view kPrefixes[] = {"kctl", "kubectl"};

// Go's syscall errors are strerror's text in lower case.
std::string errno_text(int err) {
  std::string s = std::strerror(err);
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

std::vector<std::string> split_path(const std::string& path_env) {
  std::vector<std::string> dirs;
  std::size_t start = 0;
  while (true) {
    const std::size_t colon = path_env.find(':', start);
    dirs.push_back(path_env.substr(start, colon == std::string::npos ? std::string::npos : colon - start));
    if (colon == std::string::npos) return dirs;
    start = colon + 1;
  }
}

bool has_plugin_prefix(std::string_view file) {
  return std::any_of(std::begin(kPrefixes), std::end(kPrefixes), [&](std::string_view prefix) {
    return file.size() > prefix.size() + 1 && file.substr(0, prefix.size()) == prefix && file[prefix.size()] == '-';
  });
}

// The built-in command a plugin file name would stand for (cobra's Find
// over its dash-separated words): "kctl create" for kubectl-create-foo.
std::optional<std::string> overwritten_command(const CLI::App& root, const std::string& file) {
  std::vector<std::string> words;
  for (std::size_t start = file.find('-') + 1, dash;; start = dash + 1) {
    dash = file.find('-', start);
    words.push_back(file.substr(start, dash == std::string::npos ? std::string::npos : dash - start));
    if (dash == std::string::npos) break;
  }
  const CLI::App* app = &root;
  std::string path = root.get_name();
  for (const std::string& w : words) {
    const CLI::App* next = nullptr;
    for (const CLI::App* sub : app->get_subcommands([](const CLI::App*) { return true; }))
      if (sub->check_name(w)) next = sub;
    if (next == nullptr) break;
    app = next;
    path += " " + next->get_name();
  }
  if (app == &root) return std::nullopt;
  return path;
}

// kubectl's CommandOverrideVerifier: each problem with one plugin file.
std::vector<std::string> verify_plugin(const CLI::App& root, const std::string& path, const std::string& file,
                                       std::map<std::string, std::string>& seen) {
  std::vector<std::string> problems;
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    problems.push_back("error: unable to identify " + path + " as an executable file: stat " + path + ": " +
                       errno_text(errno));
  else if (S_ISDIR(st.st_mode) || (st.st_mode & 0111) == 0)
    problems.push_back("warning: " + path + " identified as a kubectl plugin, but it is not executable");
  if (auto it = seen.find(file); it != seen.end())
    problems.push_back("warning: " + path + " is overshadowed by a similarly named plugin: " + it->second);
  else
    seen.emplace(file, path);
  if (auto command = overwritten_command(root, file))
    problems.push_back("warning: " + file + " overwrites existing command: \"" + *command + "\"");
  return problems;
}

// The directory's entries sorted by name, as Go's ioutil.ReadDir gives
// them, without directories (symbolic links are not followed).
Result<std::vector<std::string>> plugin_files(const std::string& dir) {
  DIR* d = ::opendir(dir.c_str());
  if (d == nullptr) return make_error(ErrorKind::Internal, "open " + dir + ": " + errno_text(errno));
  std::vector<std::string> files;
  while (const dirent* e = ::readdir(d)) {
    const std::string name = e->d_name;
    if (!has_plugin_prefix(name)) continue;
    struct stat st {};
    if (::lstat((dir + "/" + name).c_str(), &st) == 0 && S_ISDIR(st.st_mode)) continue;
    files.push_back(name);
  }
  ::closedir(d);
  std::sort(files.begin(), files.end());
  return files;
}

// kubectl's ListPlugins then Run: every directory is read first (a
// missing one is reported and skipped), then each plugin is listed with
// its problems.
Result<> list_plugins(const CLI::App& root, IOStreams& io, const std::string& path_env, bool name_only) {
  std::vector<std::pair<std::string, std::string>> plugins;  // directory, file
  std::set<std::string> dirs_seen;
  for (const std::string& dir : split_path(path_env)) {
    if (!dirs_seen.insert(dir).second) continue;
    if (std::all_of(dir.begin(), dir.end(), [](unsigned char c) { return std::isspace(c); })) continue;
    auto files = plugin_files(dir);
    if (!files) {
      io.err << "Unable to read directory " << client::go_quote(dir) << " from your PATH: " << files.error().message
             << ". Skipping...\n";
      continue;
    }
    for (std::string& file : *files) plugins.emplace_back(dir, std::move(file));
  }
  std::vector<std::string> errors;
  if (plugins.empty()) errors.push_back("error: unable to find any kubectl plugins in your PATH");
  else io.out << "The following compatible plugins are available:\n\n";
  std::map<std::string, std::string> seen;
  int warnings = 0;
  for (const auto& [dir, file] : plugins) {
    const std::string path = dir + "/" + file;
    io.out << (name_only ? file : path) << '\n';
    io.out.flush();
    for (const std::string& problem : verify_plugin(root, path, file, seen)) {
      io.err << "  - " << problem << '\n';
      ++warnings;
    }
    io.err.flush();
  }
  if (warnings == 1) errors.push_back("error: one plugin warning was found");
  if (warnings > 1) errors.push_back("error: " + std::to_string(warnings) + " plugin warnings were found");
  if (errors.empty()) return {};
  std::string message;
  for (const std::string& e : errors) message += (message.empty() ? "" : "\n") + e;
  return make_error(ErrorKind::Plain, message);
}

const CLI::App* subcommand_named(const CLI::App& app, const std::string& word) {
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
    if (sub->check_name(word)) return sub;
  return nullptr;
}

// A root flag that takes no value (its next word is not its value).
// cobra adds -h/--help only once it runs, after kubectl looked for
// plugins: there the word after them counts as their value.
bool is_bool_flag(const CLI::App& root, const std::string& arg) {
  const std::string name = arg.substr(0, arg.find('='));
  if (name == "-h" || name == "--help") return false;
  const CLI::Option* opt = root.get_option_no_throw(name);
  return opt != nullptr && opt->get_expected_max() == 0;
}

// The first word that is neither a flag nor a flag's value, as cobra's
// stripFlags finds it, and where it is.
std::optional<std::size_t> first_word(const CLI::App& root, const std::vector<std::string>& args) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& a = args[i];
    if (a == "--") return std::nullopt;
    if (a.empty() || a[0] != '-') return i;
    const bool has_value = a.find('=') != std::string::npos || (a.size() > 2 && a[1] != '-');
    if (!has_value && !is_bool_flag(root, a)) ++i;  // "--flag value", "-n value"
  }
  return std::nullopt;
}

[[noreturn]] void exec_plugin(const PluginCall& call, IOStreams& io) {
  io.out.flush();
  io.err.flush();
  std::vector<char*> argv;
  argv.push_back(const_cast<char*>(call.path.c_str()));
  for (const std::string& a : call.args) argv.push_back(const_cast<char*>(a.c_str()));
  argv.push_back(nullptr);
  ::execv(call.path.c_str(), argv.data());
  io.err << "Error: " << errno_text(errno) << '\n';
  io.err.flush();
  std::_Exit(1);
}

}  // namespace

std::optional<std::string> look_path(const std::string& name, const std::string& path_env) {
  for (std::string dir : split_path(path_env)) {
    if (dir.empty()) dir = ".";
    const std::string path = dir + "/" + name;
    struct stat st {};
    if (::stat(path.c_str(), &st) == 0 && !S_ISDIR(st.st_mode) && (st.st_mode & 0111) != 0) return path;
  }
  return std::nullopt;
}

Result<std::optional<PluginCall>> find_plugin(const std::vector<std::string>& args, std::size_t min_words,
                                              const std::string& path_env) {
  std::vector<std::string> words;
  for (const std::string& a : args) {
    if (!a.empty() && a[0] == '-') break;
    std::string w = a;
    std::replace(w.begin(), w.end(), '-', '_');
    words.push_back(std::move(w));
  }
  if (words.empty()) {
    const std::string first = args.empty() ? std::string() : args.front();
    return make_error(ErrorKind::Internal, "flags cannot be placed before plugin name: " + first);
  }
  for (std::size_t n = words.size(); n >= std::max<std::size_t>(min_words, 1); --n) {
    std::string name;
    for (std::size_t i = 0; i < n; ++i) name += (i == 0 ? "" : "-") + words[i];
    for (std::string_view prefix : kPrefixes)
      if (auto path = look_path(std::string(prefix) + "-" + name, path_env))
        return std::optional<PluginCall>(PluginCall{*path, {args.begin() + static_cast<long>(n), args.end()}});
  }
  return std::optional<PluginCall>();
}

std::optional<int> dispatch_plugin(const CLI::App& root, const std::vector<std::string>& args, IOStreams& io,
                                   const kubeconfig::EnvLookup& env) {
  auto at = first_word(root, args);
  if (!at) return std::nullopt;
  const std::string& word = args[*at];
  const CLI::App* builtin = subcommand_named(root, word);
  std::size_t min_words = 1;
  if (builtin != nullptr) {
    // A built-in verb: only `create` takes plugins for the generators it
    // does not have (kubectl-create-foo), named right after it.
    std::vector<std::string> rest(args);
    rest.erase(rest.begin() + static_cast<long>(*at));
    if (builtin->get_name() != "create" || rest.empty() || rest[0].empty() || rest[0][0] == '-' ||
        subcommand_named(*builtin, rest[0]) != nullptr)
      return std::nullopt;
    min_words = args.size() - rest.size() + 1;
  } else if (word == "help" || word == "__complete" || word == "__completeNoDesc") {
    return std::nullopt;
  }
  auto call = find_plugin(args, min_words, env("PATH").value_or(""));
  if (!call) {
    io.err << "Error: " << call.error().message << '\n';
    return 1;
  }
  if (!*call) return std::nullopt;
  exec_plugin(**call, io);
}

void register_plugin(CLI::App& root, VerbContext& ctx) {
  CLI::App* plugin = root.add_subcommand("plugin", "Provides utilities for interacting with plugins");
  auto words = std::make_shared<std::vector<std::string>>();
  plugin->add_option("args", *words, "");
  // kubectl plugin alone (or with an unknown word): its help on stderr.
  on_chosen(plugin, ctx, [plugin, words, &ctx]() -> Result<> {
    if (!words->empty())
      return make_error(ErrorKind::Usage, "unknown command " + client::go_quote(words->front()));
    ctx.factory.io().err << plugin->help();
    return make_error(ErrorKind::Printed, "");
  });
  CLI::App* list = plugin->add_subcommand("list", "List all visible plugin executables on a user's PATH");
  auto name_only = std::make_shared<bool>(false);
  list->add_flag("--name-only", *name_only,
                 "If true, display only the binary name of each plugin, rather than its full path");
  on_chosen(list, ctx, [&root, name_only, &ctx]() -> Result<> {
    return list_plugins(root, ctx.factory.io(), ctx.factory.env()("PATH").value_or(""), *name_only);
  });
}

}  // namespace kctl::cmd
