#include "client/warnings.h"

#include <cctype>

namespace kctl::client {

namespace {

void skip_spaces(std::string_view s, std::size_t& i) {
  while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
}

// One warning-value: code SP agent SP quoted-text [SP quoted-date]; `i`
// ends after it (at the ',' or the end). False when it does not parse.
bool parse_value(std::string_view s, std::size_t& i, int& code, std::string& text) {
  skip_spaces(s, i);
  const std::size_t code_start = i;
  while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i]))) ++i;
  if (i - code_start != 3 || i >= s.size() || s[i] != ' ') return false;
  code = std::stoi(std::string(s.substr(code_start, 3)));
  skip_spaces(s, i);
  const std::size_t agent_start = i;
  while (i < s.size() && s[i] != ' ' && s[i] != '\t' && s[i] != ',' && s[i] != '"') ++i;
  if (i == agent_start) return false;
  skip_spaces(s, i);
  auto quoted = [&](std::string* into) {
    if (i >= s.size() || s[i] != '"') return false;
    for (++i; i < s.size(); ++i) {
      if (s[i] == '"') {
        ++i;
        return true;
      }
      if (s[i] == '\\' && i + 1 < s.size()) ++i;
      if (into) *into += s[i];
    }
    return false;  // unterminated
  };
  text.clear();
  if (!quoted(&text)) return false;
  skip_spaces(s, i);
  if (i < s.size() && s[i] == '"' && !quoted(nullptr)) return false;
  skip_spaces(s, i);
  return i == s.size() || s[i] == ',';
}

}  // namespace

std::vector<std::string> parse_warning_headers(const Headers& headers) {
  std::vector<std::string> texts;
  for (const auto& [name, value] : headers) {
    if (name.size() != 7) continue;
    bool is_warning = true;
    for (std::size_t k = 0; k < 7; ++k)
      is_warning = is_warning && std::tolower(static_cast<unsigned char>(name[k])) == "warning"[k];
    if (!is_warning) continue;
    std::string_view s = value;
    std::size_t i = 0;
    while (i < s.size()) {
      int code = 0;
      std::string text;
      if (!parse_value(s, i, code, text)) break;  // the rest of this header is unreadable
      if (code == 299 && !text.empty()) texts.push_back(std::move(text));
      if (i < s.size()) ++i;  // the ','
    }
  }
  return texts;
}

void WarningWriter::write(const std::string& text) {
  if (!written_.insert(text).second) return;
  if (color_) out_ << "\x1b[33;1mWarning:\x1b[0m " << text << '\n';
  else out_ << "Warning: " << text << '\n';
  out_.flush();
}

}  // namespace kctl::client
