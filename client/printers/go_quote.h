// Go's %q (strconv.Quote) for text kctl prints the way kubectl does.
#pragma once

#include <string>

namespace kctl::printers {

std::string go_quote(const std::string& s);

}  // namespace kctl::printers
