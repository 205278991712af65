// The executors every remote-command verb (exec, attach, cp) uses: one place
// that decides the transport, so the verbs never care which protocol
// carries their streams.
#pragma once

#include "cmd/factory.h"
#include "stream/executor.h"

namespace kctl::cmd {

// Makes executors for .../pods/NAME/{exec,attach}?... URLs from the
// factory's RestConfig and credentials.
Result<stream::ExecutorFactory> remote_command_executors(Factory& f);

}  // namespace kctl::cmd
