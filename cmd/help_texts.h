// kubectl 1.32's help texts for the commands kctl shares with it: what
// `kubectl COMMAND --help` prints as the description (cobra's Long), under
// "Examples:" and after "Usage:", with kubectl turned into kctl. The help
// formatter and the man pages print them; commands kubectl lacks keep their
// one-line description.
#pragma once

#include <span>
#include <string_view>

namespace kctl::cmd {

struct HelpText {
  std::string_view path;       // the command's words after kctl: "config view"; "" for kctl itself
  std::string_view long_text;  // as kubectl prints it (its paragraphs after the first start with a space)
  std::string_view examples;   // without kubectl's two-space indent; empty when there are none
  std::string_view usage;      // the line after "Usage:", e.g. "kctl config view [flags] [options]"
};

// The texts of the command at `path`, or nullptr when kubectl has no such command.
const HelpText* find_help_text(std::string_view path);

// The tables, one per verb family (cmd/help_texts_*.cc, written by
// cmd/help_texts_gen.py).
std::span<const HelpText> read_help_texts();
std::span<const HelpText> config_help_texts();
std::span<const HelpText> create_help_texts();
std::span<const HelpText> pod_help_texts();
std::span<const HelpText> write_help_texts();

}  // namespace kctl::cmd
