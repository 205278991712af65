// kubectl explain's description layout (pkg/explain/formatter.go): words
// are joined into lines of at most `width` bytes, while line breaks that
// look meaningful (after a ':', before a list item, around blank lines)
// and indented code blocks are kept.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kctl::explain {

std::vector<std::string> wrap_text(std::string_view text, int width);

}  // namespace kctl::explain
