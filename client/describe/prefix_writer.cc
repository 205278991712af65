#include "client/describe/prefix_writer.h"

namespace kctl::describe {

void PrefixWriter::write(int level, std::string_view text) {
  std::string out(static_cast<std::size_t>(level) * 2, ' ');
  out.reserve(out.size() + text.size());
  for (char c : text) {
    if (c == '\x1b')
      out += "^[";
    else if (c == '\r')
      out += "\\r";
    else
      out += c;
  }
  if (aligned_) tabs_.write(out);
  else raw_ += out;
}

}  // namespace kctl::describe
