#include "cmd/help_format.h"

#include <algorithm>
#include <map>
#include <regex>
#include <sstream>

namespace kctl::cmd {
namespace {

// kubectl's root help groups its verbs so; a verb in no group is listed
// under "Other Commands".
const std::vector<std::pair<std::string, std::vector<std::string>>> kRootGroups = {
    {"Basic Commands (Beginner)", {"create", "expose", "run", "set"}},
    {"Basic Commands (Intermediate)", {"explain", "get", "edit", "delete"}},
    {"Deploy Commands", {"rollout", "scale", "autoscale"}},
    {"Cluster Management Commands", {"cluster-info"}},
    {"Troubleshooting and Debugging Commands", {"describe", "logs", "attach", "exec", "port-forward", "cp", "debug"}},
    {"Advanced Commands", {"apply", "patch", "replace", "wait"}},
    {"Settings Commands", {"label", "annotate", "completion"}},
};

// pflag's DefValue: unquoted for booleans, numbers and durations, quoted
// for strings, [] for lists.
std::string default_value(const CLI::Option& opt) {
  const std::string def = opt.get_default_str();
  if (opt.get_expected_max() == 0) return def.empty() ? "false" : def;
  if (opt.get_expected_max() > 1) return def.empty() ? "[]" : "[" + def + "]";
  static const std::regex unquoted(R"(^(true|false|-?[0-9]+(\.[0-9]+)?((ns|us|ms|s|m|h)([0-9]+(\.[0-9]+)?(ns|us|ms|s|m|h))*)?)$)");
  if (std::regex_match(def, unquoted)) return def;
  return "'" + def + "'";
}

void write_commands(std::ostream& out, const std::string& heading, const std::vector<const CLI::App*>& commands,
                    std::size_t width) {
  if (commands.empty()) return;
  out << heading << ":\n";
  for (const CLI::App* c : commands) {
    std::string name = c->get_name();
    name.resize(std::max(width, name.size()), ' ');
    out << "  " << name << "   " << c->get_description() << '\n';
  }
  out << '\n';
}

}  // namespace

std::string command_path(const CLI::App& app) {
  std::string path;
  for (const CLI::App* a = &app; a != nullptr; a = a->get_parent())
    path = a->get_name() + (path.empty() ? "" : " " + path);
  return path;
}

std::vector<const CLI::App*> visible_subcommands(const CLI::App& app) {
  std::vector<const CLI::App*> subs =
      app.get_subcommands([](const CLI::App* s) { return !s->get_group().empty(); });
  std::sort(subs.begin(), subs.end(), [](const CLI::App* a, const CLI::App* b) { return a->get_name() < b->get_name(); });
  return subs;
}

std::vector<const CLI::Option*> listed_flags(const CLI::App& app) {
  std::vector<const CLI::Option*> flags = app.get_options([&app](const CLI::Option* o) {
    return o->nonpositional() && o != app.get_help_ptr() && o != app.get_help_all_ptr();
  });
  auto key = [](const CLI::Option* o) {
    return o->get_lnames().empty() ? o->get_snames().front() : o->get_lnames().front();
  };
  std::sort(flags.begin(), flags.end(), [&](const CLI::Option* a, const CLI::Option* b) { return key(a) < key(b); });
  return flags;
}

std::string kubectl_flag_help(const CLI::Option& opt) {
  std::string names;
  for (const std::string& s : opt.get_snames()) names += "-" + s + ", ";
  for (const std::string& l : opt.get_lnames()) names += "--" + l + ", ";
  names.resize(names.size() - 2);
  return "    " + names + "=" + default_value(opt) + ":\n\t" + opt.get_description() + "\n\n";
}

std::string global_options_help(const CLI::App& root) {
  std::string out = "The following options can be passed to any command:\n\n";
  for (const CLI::Option* o : listed_flags(root)) out += kubectl_flag_help(*o);
  return out;
}

const HelpText* kubectl_help_text(const CLI::App& app) {
  const std::string path = command_path(app);
  const std::size_t root_name = path.find(' ');
  return find_help_text(root_name == std::string::npos ? "" : std::string_view(path).substr(root_name + 1));
}

std::string KubectlHelpFormatter::make_help(const CLI::App* app, std::string, CLI::AppFormatMode) const {
  std::ostringstream out;
  const bool root = app->get_parent() == nullptr;
  const std::string path = command_path(*app);
  const HelpText* text = kubectl_help_text(*app);
  out << (text != nullptr ? text->long_text : app->get_description()) << "\n\n";
  if (const std::vector<std::string>& aliases = app->get_aliases(); !aliases.empty()) {
    out << "Aliases:\n" << app->get_name();
    for (const std::string& a : aliases) out << ", " << a;
    out << "\n\n";
  }
  if (text != nullptr && !text->examples.empty()) {
    // kubectl's templates.Examples indents every line, blank ones too.
    out << "Examples:\n";
    std::string_view rest = text->examples;
    for (std::size_t nl; (nl = rest.find('\n')) != std::string_view::npos; rest.remove_prefix(nl + 1))
      out << "  " << rest.substr(0, nl) << '\n';
    out << "  " << rest << "\n\n";
  }

  const std::vector<const CLI::App*> subs = visible_subcommands(*app);
  std::size_t width = 11;  // cobra's minimum name padding
  for (const CLI::App* s : subs) width = std::max(width, s->get_name().size());
  if (root) {
    std::vector<const CLI::App*> other = subs;
    for (const auto& [heading, names] : kRootGroups) {
      std::vector<const CLI::App*> group;
      for (const std::string& n : names)
        for (const CLI::App* s : subs)
          if (s->get_name() == n) group.push_back(s);
      for (const CLI::App* g : group) other.erase(std::remove(other.begin(), other.end(), g), other.end());
      write_commands(out, heading, group, width);
    }
    // kubectl lists the plugins on PATH here (as "The command foo is a
    // plugin installed by the user"); kctl prints the heading alone, as
    // kubectl does when there are none.
    out << "Subcommands provided by plugins:\n\n";
    write_commands(out, "Other Commands", other, width);
  } else {
    write_commands(out, "Available Commands", subs, width);
  }

  if (!root) {
    const std::vector<const CLI::Option*> flags = listed_flags(*app);
    if (!flags.empty()) {
      out << "Options:\n";
      for (const CLI::Option* o : flags) out << kubectl_flag_help(*o);
    }
  }
  out << "Usage:\n  ";
  if (text != nullptr) out << text->usage;
  else out << path << (subs.empty() || root ? " [flags] [options]" : " SUBCOMMAND [options]");
  out << "\n\n";
  if (!subs.empty())
    out << "Use \"" << path << " <command> --help\" for more information about a given command.\n";
  out << "Use \"kctl options\" for a list of global command-line options (applies to all commands).\n";
  return out.str();
}

}  // namespace kctl::cmd
