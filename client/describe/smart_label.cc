#include "client/describe/smart_label.h"

#include <string_view>
#include <vector>

namespace kctl::describe {
namespace {

enum class RuneClass { Lower, Upper, Digit, Other };

struct Rune {
  std::string bytes;
  RuneClass cls;
};

// Letters beyond ASCII: Latin-1 letters by their case, other multi-byte
// runes counted as lower-case letters (kubectl uses unicode.IsLetter).
RuneClass classify(std::string_view r) {
  unsigned char c = static_cast<unsigned char>(r[0]);
  if (r.size() == 1) {
    if (c >= 'a' && c <= 'z') return RuneClass::Lower;
    if (c >= 'A' && c <= 'Z') return RuneClass::Upper;
    if (c >= '0' && c <= '9') return RuneClass::Digit;
    return RuneClass::Other;
  }
  if (r.size() == 2 && c == 0xC3) {
    unsigned char d = static_cast<unsigned char>(r[1]);
    if (d >= 0x80 && d <= 0x9E && d != 0x97) return RuneClass::Upper;  // U+00C0..U+00DE
    if (d >= 0x9F && d != 0xB7) return RuneClass::Lower;
  }
  return RuneClass::Lower;
}

std::vector<Rune> runes(const std::string& s) {
  std::vector<Rune> out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 1;
    n = std::min(n, s.size() - i);
    std::string b = s.substr(i, n);
    out.push_back({b, classify(b)});
    i += n;
  }
  return out;
}

// fatih/camelcase.Split: runs of one class; an upper-case run followed by
// lower case gives its last letter to the next word ("PDFLoader").
std::vector<std::vector<Rune>> camel_split(const std::string& s) {
  std::vector<std::vector<Rune>> parts;
  for (Rune& r : runes(s)) {
    if (parts.empty() || parts.back().back().cls != r.cls)
      parts.push_back({r});
    else
      parts.back().push_back(r);
  }
  for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
    if (parts[i].front().cls == RuneClass::Upper && parts[i + 1].front().cls == RuneClass::Lower) {
      parts[i + 1].insert(parts[i + 1].begin(), parts[i].back());
      parts[i].pop_back();
    }
  }
  std::vector<std::vector<Rune>> out;
  for (auto& p : parts)
    if (!p.empty()) out.push_back(std::move(p));
  return out;
}

std::string upper_rune(const Rune& r) {
  if (r.cls != RuneClass::Lower) return r.bytes;
  if (r.bytes.size() == 1) return std::string(1, static_cast<char>(r.bytes[0] - 'a' + 'A'));
  if (r.bytes.size() == 2 && static_cast<unsigned char>(r.bytes[0]) == 0xC3 && static_cast<unsigned char>(r.bytes[1]) >= 0xA0 &&
      static_cast<unsigned char>(r.bytes[1]) != 0xB7 && static_cast<unsigned char>(r.bytes[1]) != 0xBF)
    return std::string{r.bytes[0], static_cast<char>(r.bytes[1] - 0x20)};
  return r.bytes;
}

std::string text(const std::vector<Rune>& part) {
  std::string out;
  for (const Rune& r : part) out += r.bytes;
  return out;
}

std::string upper_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  return s;
}

}  // namespace

std::string smart_label(const std::string& field) {
  // Fields with anything but letters and '-' are shown as they are.
  for (const Rune& r : runes(field))
    if (r.cls == RuneClass::Digit || (r.cls == RuneClass::Other && r.bytes != "-")) return field;
  static constexpr std::string_view kAcronyms[] = {"API", "URL", "UID", "OSB", "GUID"};
  std::string out;
  for (const auto& part : camel_split(field)) {
    std::string word = text(part);
    if (word == "_") continue;
    bool acronym = false;
    for (std::string_view a : kAcronyms) acronym = acronym || upper_ascii(word) == a;
    if (acronym) {
      word = upper_ascii(word);
    } else {
      // strings.Title: the first letter of the word in upper case.
      word = upper_rune(part.front()) + word.substr(part.front().bytes.size());
    }
    if (!out.empty()) out += " ";
    out += word;
  }
  return out;
}

}  // namespace kctl::describe
