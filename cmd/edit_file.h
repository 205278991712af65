// The text of the file kctl edit opens in the editor, and how the saved
// file is read back (kubectl's editoptions.go and cmdutil's comment
// stripping): the commented header with the reasons of the last failed
// save, comment stripping, and the checks for an unchanged or empty file.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kctl::cmd {

enum class EditMode { Normal, ApplyLastApplied };

// Why the file is opened again: "configmaps \"c\" was not valid" and the
// server's causes ("data: Invalid value: ..."), or a syntax error alone.
struct EditReason {
  std::string head;
  std::vector<std::string> other;
};

// The header: kubectl's comment for `mode`, then each reason (a '#' after
// every line break of a multi-line one) followed by a lone "#".
std::string edit_header(EditMode mode, const std::vector<EditReason>& reasons);

// cmdutil.ManualStrip: the text without the lines whose first non-blank
// character is '#' (a "#!" line stays).
std::string manual_strip(std::string_view text);

// Whether the two files say the same once comments are gone (cmdutil's
// StripComments on both): YAML compared as the data it holds, so a changed
// comment or key order is no change; text that is not valid YAML, and
// JSON (which util/yaml.ToJSON passes through), compared as stripped text.
bool same_without_comments(std::string_view a, std::string_view b);

// hasLines: some line that is neither blank nor a comment.
bool has_content_lines(std::string_view text);

// "\n" as "\r\n" (--windows-line-endings).
std::string to_crlf(std::string_view text);

}  // namespace kctl::cmd
