// Parsing one kubeconfig document, with the file and line in every error.
#pragma once

#include <string>
#include <string_view>

#include "client/result.h"
#include "kubeconfig/types.h"

namespace kctl::kubeconfig {

// Parses `text` (the content of the file at `origin`) and checks the type of
// every field kctl knows. Errors read:
//   error loading config file "F": yaml: line N: <what>
//   error loading config file "F": line N: users[0].user.token: expected a string, got a list
Result<File> parse(std::string_view text, const std::string& origin);

// Reads and parses the file at `path`. A missing file gives a File with
// exists == false (the caller decides whether that is an error).
Result<File> read_file(const std::string& path);

}  // namespace kctl::kubeconfig
