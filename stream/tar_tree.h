// Archives a local file or directory tree the way kubectl cp's makeTar
// does: member names are the target's base name plus the sub-paths,
// directories appear only when empty, symlinks are stored as symlinks,
// regular files with their data (exactly the size stat reported: a file
// that shrinks while read is an error). Sockets, FIFOs and devices are
// skipped with a warning instead of blocking on them.
#pragma once

#include <functional>
#include <string>

#include "client/result.h"
#include "stream/tar_writer.h"

namespace kctl::stream::tar {

struct TreeOptions {
  std::function<void(const std::string& line)> warn;
  std::function<void(std::uint64_t bytes)> on_data;  // file data archived (progress)
};

// Archives `src` (a local path) under the member name `name`.
Result<> write_tree(TarWriter& writer, const std::string& src, const std::string& name, const TreeOptions& o);

// The bytes of regular-file data under `src` (for a progress total).
std::uint64_t tree_data_size(const std::string& src);

}  // namespace kctl::stream::tar
