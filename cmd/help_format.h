// kubectl's help layout for every command (its templater's usage
// template): the description (kubectl's long text, cmd/help_texts.h),
// "Aliases:", "Examples:", the subcommands (grouped as kubectl groups
// its verbs, at the root), "Options:" with each flag as
// "    -o, --output='':" and its text on a tab-indented line, "Usage:", and
// the pointers to --help and `kctl options`.
#pragma once

#include <CLI/CLI.hpp>

#include <string>

#include "cmd/help_texts.h"

namespace kctl::cmd {

class KubectlHelpFormatter : public CLI::Formatter {
 public:
  std::string make_help(const CLI::App* app, std::string name, CLI::AppFormatMode mode) const override;
};

// "kctl config view": the command's words from the root.
std::string command_path(const CLI::App& app);

// The subcommands a user is shown (not hidden ones), sorted by name.
std::vector<const CLI::App*> visible_subcommands(const CLI::App& app);

// kubectl's texts for the command `app`, or nullptr when kubectl lacks it.
const HelpText* kubectl_help_text(const CLI::App& app);

// One flag as kubectl prints it: "    -n, --namespace='':\n\tText\n\n".
std::string kubectl_flag_help(const CLI::Option& opt);

// The flags a command lists (not -h/--help, which kubectl does not list),
// sorted by name as pflag sorts them.
std::vector<const CLI::Option*> listed_flags(const CLI::App& app);

// kctl options: the root's flags under kubectl's heading.
std::string global_options_help(const CLI::App& root);

}  // namespace kctl::cmd
