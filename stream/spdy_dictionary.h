// The SPDY/3 header-compression dictionary (draft 3, section 2.6.10.1):
// 1423 bytes, Adler-32 0xe3c6a7c2, the same bytes moby/spdystream uses.
#pragma once

#include <string_view>

namespace kctl::stream {

std::string_view spdy3_dictionary();

}  // namespace kctl::stream
