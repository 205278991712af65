// The server's warnings (`Warning: 299 - "text"` response headers, sent
// for deprecated APIs and the like), as client-go parses them, and the
// writer kubectl prints them with: "Warning: text", each text once.
#pragma once

#include <functional>
#include <ostream>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "client/http.h"

namespace kctl::client {

// The texts of the 299 warnings in `headers` (other codes and values that
// do not parse are skipped, as client-go does).
std::vector<std::string> parse_warning_headers(const Headers& headers);

using WarningHandler = std::function<void(const std::string& text)>;

// kubectl's warning writer: deduplicated; "Warning:" in bold yellow when
// `color` (standard error is a terminal).
class WarningWriter {
 public:
  WarningWriter(std::ostream& out, bool color) : out_(out), color_(color) {}
  void write(const std::string& text);

 private:
  std::ostream& out_;
  bool color_;
  std::set<std::string> written_;
};

}  // namespace kctl::client
