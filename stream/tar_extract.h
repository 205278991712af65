// Extracts a tar stream from a container into a local destination with
// kubectl cp's rules (pkg/cmd/cp untarAll) and stricter ones:
// - every member name must start with the expected prefix, else the whole
//   copy fails with "tar contents corrupted";
// - '\' counts as '/', absolute names are re-rooted under the destination,
//   a name that climbs out of it ("..") is skipped with kubectl's warning;
// - symlinks are never created (kubectl's warning and hint), hard links,
//   devices, FIFOs and unknown types are skipped with a warning;
// - inside the destination every path is walked from a directory fd with
//   openat/mkdirat and O_NOFOLLOW, so nothing is written through a symlink
//   that already exists there;
// - directories are made 0755 and files created 0666 (less umask), as
//   kubectl does; modes and owners are not restored.
#pragma once

#include <functional>
#include <string>

#include "client/result.h"
#include "stream/tar_reader.h"

namespace kctl::stream::tar {

struct ExtractOptions {
  std::string prefix;  // what every member name must start with
  std::string dest;    // the local destination, as the user gave it
  // Appended to the first symlink warning (kubectl's exec/tar hint).
  std::string symlink_hint;
  std::function<void(const std::string& line)> warn;        // one line, newline included
  std::function<void(std::uint64_t bytes)> on_data;         // file data written (progress)
};

struct ExtractStats {
  std::uint64_t files = 0, directories = 0, skipped = 0;
  std::uint64_t declared_bytes = 0;  // sizes of the files written, from their headers
  std::uint64_t written_bytes = 0;   // bytes actually written
};

Result<ExtractStats> extract(TarReader& reader, const ExtractOptions& options);

// kubectl's remotePath for a member name: trailing '/' dropped, '\' as '/'.
std::string member_path(std::string_view name);

// Writes a single stream (no tar) to `dest` as a regular file (the cat
// fallback); returns the bytes written.
Result<std::uint64_t> write_plain_file(const std::string& dest, const ReadFn& read,
                                       const std::function<void(std::uint64_t)>& on_data);

}  // namespace kctl::stream::tar
