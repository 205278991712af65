// The two directions of kctl cp, once the pod is resolved.
#pragma once

#include <string>

#include "cmd/cp_pod.h"
#include "cmd/io_streams.h"

namespace kctl::cmd {

// Local `src` to the pod's `dest` (kubectl's copyToPod): the `test -d`
// probe, then `tar -xmf - -C <dir>` fed with a tar built here.
Result<> copy_to_pod(CpPod& pod, const std::string& src, const std::string& dest, bool no_preserve, IOStreams& io);

struct DownloadOptions {
  std::string src;           // remote path
  std::string dest;          // local path
  std::string ns_as_given;   // the spec's namespace, for kubectl's symlink hint
  int max_tries = 0;         // --retries
};

// The pod's `src` to local `dest` (kubectl's copyFromPod): `tar cf - src`
// (or the resumable sh/tail form) extracted with the safety rules.
Result<> copy_from_pod(CpPod& pod, const DownloadOptions& o, IOStreams& io);

}  // namespace kctl::cmd
