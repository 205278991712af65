// Reading a list page's continue token without decoding the page. The
// token sits in the page's leading metadata, so a SAX pass that stops after
// `metadata` finds it in a few hundred bytes; the next page can then be
// requested while this one is decoded and printed.
#pragma once

#include <string>
#include <string_view>

namespace kctl::client {

// `metadata.continue` of a list or table page; empty when there is none or
// the text is not JSON (the full decode reports that).
std::string list_continue_token(std::string_view body);

}  // namespace kctl::client
