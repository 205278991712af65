// Attaching to a container of a pod already fetched: what kubectl attach
// does after finding the pod, and what kubectl debug does once its
// container runs. The container's TTY decides -t (kubectl's complaint when
// it has none), the banner, the session, and kubectl's reattach hint.
#pragma once

#include <nlohmann/json.hpp>

#include <string>

#include "client/rest_client.h"
#include "client/result.h"
#include "cmd/io_streams.h"
#include "stream/executor.h"

namespace kctl::cmd {

struct AttachStreams {
  bool stdin = false, tty = false, quiet = false;
};

Result<> attach_container(client::RestClient& rest, IOStreams& io, const stream::ExecutorFactory& make_executor,
                          const nlohmann::json& pod, const std::string& container, const AttachStreams& streams);

}  // namespace kctl::cmd
