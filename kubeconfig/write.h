// Saving kubeconfig files: atomically (temp file in the same directory,
// fsync, rename), keeping the file's mode (0600 for new files) and every
// field kctl does not know; and kubectl's rules for which file gets a write.
#pragma once

#include <string>

#include "client/result.h"
#include "kubeconfig/loading_rules.h"
#include "kubeconfig/types.h"

namespace kctl::kubeconfig {

// Writes `text` to `path` atomically. On any failure the old file is intact
// and the error names the path.
Result<> write_file_atomic(const std::string& path, const std::string& text);

// The YAML text kctl writes for a file (kubectl's layout: sorted keys).
std::string serialize(const File& file);

// Index in config.files of the file an edit of entry `name` goes to: the
// file that defines it, else the default file. Appends a new File when the
// default file does not exist yet.
std::size_t file_for_entry(Config& config, const LoadingRules& rules, Section s, const std::string& name);

// Index of the file a new current-context goes to: --kubeconfig, else the
// first file that sets one, else the first existing file, else the default.
std::size_t file_for_current_context(Config& config, const LoadingRules& rules);

// Saves config.files[index].
Result<> save(const Config& config, std::size_t index);

// Finds or creates (as `{name, <entry_key>: {}}`) the named item in a file's
// section list and returns its body map for editing.
YAML::Node edit_entry(File& file, Section s, const std::string& name);

// Removes the named item from a file's section list; false if absent.
bool remove_entry(File& file, Section s, const std::string& name);

}  // namespace kctl::kubeconfig
