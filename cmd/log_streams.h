// Reading pod logs to stdout as kubectl's logs command does: each source
// is one GET .../pods/NAME/log streamed as it arrives; several sources are
// read one after another, or all at once when following, and lines from
// different sources never interleave mid-line.
#pragma once

#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "client/rest_client.h"
#include "client/result.h"

namespace kctl::cmd {

struct LogSource {
  std::string ns, pod, container;
  std::string url;  // .../pods/POD/log?container=...
  std::string prefix() const { return "[pod/" + pod + "/" + container + "] "; }
};

struct LogReadOptions {
  bool prefix = false;         // "[pod/<pod>/<container>] " before each line
  bool ignore_errors = false;  // an error becomes an "error: ..." line instead of the end
};

// One REST client per parallel source: each reader has its own transport.
using RestClientFactory = std::function<Result<std::unique_ptr<client::RestClient>>()>;

// Reads the sources one after another through `rest`.
Result<> read_logs_sequentially(client::RestClient& rest, const std::vector<LogSource>& sources,
                                const LogReadOptions& options, std::ostream& out);

// Reads all sources at once, each on its own thread and client; the first
// error ends the command (unless ignored), as kubectl's pipe does.
Result<> read_logs_in_parallel(const RestClientFactory& make_client, const std::vector<LogSource>& sources,
                               const LogReadOptions& options, std::ostream& out);

}  // namespace kctl::cmd
