// kubectl cp's file specs ([[namespace/]pod:]path) and the path rules it
// applies to them (pkg/cmd/cp/filespec.go): local paths lose a trailing
// '/', remote paths also read '\' as '/'.
#pragma once

#include <string>
#include <string_view>

#include "client/result.h"

namespace kctl::cmd {

struct FileSpec {
  std::string pod_namespace;  // empty: the context's namespace
  std::string pod_name;       // empty: a local path
  std::string file;
  bool remote() const { return !pod_name.empty(); }
};

Result<FileSpec> parse_file_spec(std::string_view arg);

std::string strip_trailing_slash(std::string_view p);
std::string remote_path(std::string_view p);
// "../../a" -> "a", ".." -> "", "/a" -> "a": what tar leaves of a path.
std::string strip_path_shortcuts(std::string_view p);
// The prefix every member of `tar cf - <src>` starts with.
std::string download_prefix(std::string_view remote_src);
// `s` in single quotes for sh, a ' written as '\''.
std::string shell_quote(std::string_view s);

}  // namespace kctl::cmd
