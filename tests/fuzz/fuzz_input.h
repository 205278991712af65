// Shared by the fuzz targets: the raw input as text, and an input split in
// two at its first newline (a template and the document it is applied to).
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <utility>

namespace kctl::fuzz {

inline std::string_view as_text(const std::uint8_t* data, std::size_t size) {
  return {reinterpret_cast<const char*>(data), size};
}

inline std::pair<std::string_view, std::string_view> split_first_line(std::string_view text) {
  const auto nl = text.find('\n');
  if (nl == std::string_view::npos) return {text, {}};
  return {text.substr(0, nl), text.substr(nl + 1)};
}

// Feeds `text` in pieces whose sizes come from the input's first byte, so
// that decoders see frames cut at every position across runs.
template <typename Feed>
void feed_in_pieces(std::string_view text, Feed&& feed) {
  if (text.empty()) return;
  const std::size_t piece = 1 + static_cast<unsigned char>(text.front()) % 64;
  text.remove_prefix(1);
  while (!text.empty()) {
    const std::size_t n = text.size() < piece ? text.size() : piece;
    if (!feed(text.substr(0, n))) return;
    text.remove_prefix(n);
  }
}

}  // namespace kctl::fuzz
