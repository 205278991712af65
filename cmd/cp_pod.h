// The pod kctl cp runs its commands in: read once (kubectl's exec checks:
// the pod exists, is not completed, the container defaults with kubectl's
// notice), then one executor per command.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "cmd/factory.h"
#include "stream/executor.h"

namespace kctl::cmd {

class CpPod {
 public:
  static Result<CpPod> resolve(Factory& f, stream::ExecutorFactory executors, const std::string& ns,
                               const std::string& name, const std::string& container);

  // An executor for `command` (stdout and stderr always requested, as
  // kubectl's cp does). The "Defaulted container" notice goes to `notice`
  // (kubectl writes it where the command's stderr goes: stderr for uploads,
  // stdout for downloads, nowhere for the probe).
  Result<std::unique_ptr<stream::Executor>> command(const std::vector<std::string>& argv, bool stdin,
                                                    std::ostream* notice);

  const std::string& ns() const { return ns_; }
  const std::string& name() const { return name_; }

 private:
  Factory* f_ = nullptr;
  stream::ExecutorFactory executors_;
  std::string ns_, name_, container_, notice_;
};

}  // namespace kctl::cmd
