// mitchellh/go-wordwrap 1.0.1's WrapString, which kubectl's OpenAPI v3
// explain template uses (its "wrap" function): words are moved to a new line
// when they would pass `limit` runes, kept line breaks reset the count, a
// word longer than the limit stays whole, and the spaces where a line is
// broken are dropped.
#pragma once

#include <string>
#include <string_view>

namespace kctl::explain {

std::string go_wordwrap(std::string_view text, unsigned limit);

}  // namespace kctl::explain
