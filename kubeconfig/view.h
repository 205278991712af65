// `config view`: the merged kubeconfig as kubectl's typed model prints it
// (fields in clientcmd/api/v1 struct order, unknown fields dropped,
// entries sorted by name, secrets redacted unless raw).
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "client/result.h"
#include "kubeconfig/types.h"

namespace kctl::kubeconfig {

struct ViewOptions {
  bool raw = false;      // show secrets and -data fields
  bool minify = false;   // only the context in use, its cluster and user
  bool flatten = false;  // inline referenced files as -data fields
  std::string context;   // the context in use (for minify)
};

Result<nlohmann::ordered_json> view(const Config& config, const ViewOptions& options);

}  // namespace kctl::kubeconfig
