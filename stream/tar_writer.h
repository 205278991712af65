// Writes a tar stream the way Go's archive/tar does for kubectl cp: ustar
// headers (the name split over prefix/name when it fits), a PAX 'x' header
// first when a name, link name, size or id does not fit ustar, data padded
// to 512 bytes, two zero blocks at the end. Streams: nothing is held
// beyond one block.
#pragma once

#include <functional>
#include <string_view>

#include "client/result.h"
#include "stream/tar_header.h"

namespace kctl::stream::tar {

using WriteFn = std::function<Result<>(std::string_view)>;

class TarWriter {
 public:
  explicit TarWriter(WriteFn write) : write_(std::move(write)) {}

  // Starts an entry; the previous one must have all its data.
  Result<> write_header(const Entry& e);
  // Appends data to the current entry; more than its size is an error.
  Result<> write_data(std::string_view data);
  // Ends the archive (and checks the last entry is complete).
  Result<> close();

 private:
  Result<> finish_entry();
  Result<> write_block(const Block& b);

  WriteFn write_;
  std::uint64_t remaining_ = 0;  // data still owed to the current entry
  std::uint64_t written_ = 0;    // of the current entry
  bool closed_ = false;
};

// Splits `name` over ustar's prefix (155) and name (100) fields at a '/';
// nullopt if it cannot.
std::optional<std::pair<std::string, std::string>> split_ustar_name(std::string_view name);

}  // namespace kctl::stream::tar
