// Reading a file referenced by a kubeconfig into its -data form.
#pragma once

#include <string>

#include "client/result.h"

namespace kctl::kubeconfig {

// The file's bytes, base64-encoded as kubeconfig -data fields hold them.
// Error: "open PATH: <reason>", as kubectl says it.
Result<std::string> read_file_base64(const std::string& path);

}  // namespace kctl::kubeconfig
