// Shell completion: `kctl completion bash|zsh|fish` prints a script that
// asks the hidden `kctl __complete WORDS... CURRENT` for candidates, as
// kubectl's cobra scripts ask `kubectl __complete`. The answer is one
// candidate per line, then ":DIRECTIVE" (cobra's bits: 2 no space after the
// word, 4 no file completion when there is no candidate).
#pragma once

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "cmd/verb.h"

namespace kctl::cmd {

void register_completion(CLI::App& root, VerbContext& ctx);

// The candidates for the last of `words` (the word being completed; the
// others come before it), written to io.out. Commands and flags come from
// `root`; resource types from discovery (its disk cache); names of live
// objects, namespaces and kubeconfig entries from the server and the
// kubeconfig that `words`' global flags select. Errors are silent.
int complete_words(const CLI::App& root, GlobalFlags& flags, Factory& factory, std::vector<std::string> words);

// The script for `shell` (bash, zsh or fish), or an empty string.
std::string completion_script(const std::string& shell);

}  // namespace kctl::cmd
