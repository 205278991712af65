// The user's editor, as kubectl's editor package runs it: KUBE_EDITOR, then
// EDITOR, then vi; a value with spaces but no quotes or backslashes split
// on spaces, one with them run through $SHELL -c. The file it edits is a
// new temporary file of the user's only (0600, O_EXCL).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "client/result.h"

namespace kctl::cmd {

struct EditorCommand {
  std::vector<std::string> args;
  bool shell = false;  // the last argument is a shell command line

  // kubectl names the editor by its arguments joined with spaces.
  std::string display() const;
  // The command to run on `path` (absolute): appended, or in shell mode
  // added to the command line quoted as Go's %q quotes it.
  std::vector<std::string> argv_for(const std::string& path) const;
};

using GetEnv = std::function<const char*(const char*)>;

// kubectl's NewDefaultEditor over KUBE_EDITOR and EDITOR.
EditorCommand editor_from_env(const GetEnv& getenv);

// A new file "<prefix>XXXXXX<suffix>" in $TMPDIR (or /tmp) holding
// `content`; its path.
Result<std::string> write_temp_file(const std::string& prefix, const std::string& suffix, const std::string& content);

// Runs the editor on `path` with the terminal as it is, and restores the
// terminal's settings afterwards. kctl ignores SIGINT and SIGQUIT while it
// waits (the editor handles them), as system(3) does. Errors are
// kubectl's: "unable to launch the editor" when the program is not on
// PATH, "there was a problem with the editor" for any other failure.
Result<> launch_editor(const EditorCommand& editor, const std::string& path);

// The file's content.
Result<std::string> read_file_text(const std::string& path);

}  // namespace kctl::cmd
