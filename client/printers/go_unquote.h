// client-go jsonpath's UnquoteExtend: strconv.Unquote that also accepts
// single-quoted strings with several characters.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kctl::printers {

// `quoted` includes its quotes; nullopt where Go reports "invalid syntax".
std::optional<std::string> go_unquote_extended(std::string_view quoted);

}  // namespace kctl::printers
