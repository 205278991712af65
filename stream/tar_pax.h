// PAX extended header records ("%d %s=%s\n", the length counting itself),
// as POSIX pax and Go's archive/tar write and read them.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "client/result.h"

namespace kctl::stream::tar {

using PaxRecords = std::map<std::string, std::string>;

std::string format_pax_record(std::string_view key, std::string_view value);

// Parses a whole PAX header body; an error for a malformed record.
Result<PaxRecords> parse_pax_records(std::string_view body);

}  // namespace kctl::stream::tar
