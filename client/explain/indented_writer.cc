#include "client/explain/indented_writer.h"

#include <string>

#include "client/explain/text_wrap.h"

namespace kctl::explain {

void IndentedWriter::line(std::string_view text) const {
  if (!text.empty()) *out_ << std::string(static_cast<std::size_t>(indent_), ' ') << text;
  *out_ << '\n';
}

void IndentedWriter::wrapped(std::string_view text) const {
  for (const std::string& l : wrap_text(text, kWrapColumn - indent_)) line(l);
}

}  // namespace kctl::explain
