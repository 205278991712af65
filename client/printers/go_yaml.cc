// A port of the parts of go-yaml v2's emitter (emitterc.go, encode.go,
// resolve.go, sorter.go) that kubectl's -o yaml output depends on. Written
// from the algorithm, not copied: scalar analysis decides plain, single- or
// double-quoted or literal style, and plain/quoted scalars fold at column 80.
#include "client/printers/go_yaml.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <regex>
#include <string>
#include <vector>

#include "client/ascii.h"

namespace kctl::printers {
namespace {

constexpr int kBestWidth = 80;
constexpr int kBestIndent = 2;

using OrderedJson = nlohmann::ordered_json;

// ---- scalar resolution (resolve.go) ---------------------------------------

std::string without_underscores(std::string_view s) {
  std::string plain;
  for (char c : s)
    if (c != '_') plain += c;
  return plain;
}

int digit_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return 99;
}

// strconv.ParseInt(s, 0, 64) or, without a sign, ParseUint(s, 0, 64)
// succeeds: 0x/0o/0b prefixes, a leading 0 for octal, and range checks.
bool parses_as_go_int(std::string_view s) {
  bool has_sign = !s.empty() && (s[0] == '+' || s[0] == '-');
  bool negative = has_sign && s[0] == '-';
  if (has_sign) s.remove_prefix(1);
  int base = 10;
  if (s.size() >= 2 && s[0] == '0') {
    char prefix = static_cast<char>(s[1] | 0x20);
    base = prefix == 'x' ? 16 : prefix == 'b' ? 2 : 8;
    s.remove_prefix(prefix == 'x' || prefix == 'b' || prefix == 'o' ? 2 : 1);
  }
  if (s.empty()) return false;
  std::uint64_t value = 0;
  for (char c : s) {
    std::uint64_t d = static_cast<std::uint64_t>(digit_value(c));
    if (d >= static_cast<std::uint64_t>(base)) return false;
    if (value > (UINT64_MAX - d) / static_cast<std::uint64_t>(base)) return false;
    value = value * static_cast<std::uint64_t>(base) + d;
  }
  if (negative) return value <= (std::uint64_t{1} << 63);
  if (has_sign) return value < (std::uint64_t{1} << 63);
  return true;
}

// strconv.ParseFloat does not overflow (an underflow to 0 is fine).
bool finite_float(const std::string& text) { return std::isfinite(std::strtod(text.c_str(), nullptr)); }

// resolve.go's yamlStyleFloat, matched after removing underscores.
bool parses_as_yaml_float(const std::string& plain) {
  static const std::regex kYamlFloat(R"(^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$)");
  return std::regex_match(plain, kYamlFloat) && finite_float(plain);
}

// A scalar starting with '.': strconv.ParseFloat on the text itself, which
// allows underscores only between digits.
bool parses_as_dot_float(std::string_view s) {
  char saw = '^';
  for (char c : s) {
    if (is_ascii_digit(c)) {
      saw = '0';
    } else if (c == '_') {
      if (saw != '0') return false;
      saw = '_';
    } else {
      if (saw == '_') return false;
      saw = '!';
    }
  }
  if (saw == '_') return false;
  static const std::regex kDotFloat(R"(^\.[0-9]+([eE][-+]?[0-9]+)?$)");
  std::string plain = without_underscores(s);
  return std::regex_match(plain, kDotFloat) && finite_float(plain);
}

// Sexagesimal numbers such as 1:20 (YAML 1.1), which go-yaml quotes.
bool is_base60_float(std::string_view s) {
  static const std::regex kBase60(R"(^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$)");
  return std::regex_match(std::string(s), kBase60);
}

// Reads what time.Parse reads for one layout element.
struct TimeScanner {
  std::string_view s;
  std::size_t i = 0;

  bool literal(char c) {
    if (i >= s.size() || s[i] != c) return false;
    ++i;
    return true;
  }
  // getnum(fixed=false): one or two digits.
  bool number(int& v) {
    if (i >= s.size() || !is_ascii_digit(s[i])) return false;
    v = s[i++] - '0';
    if (i < s.size() && is_ascii_digit(s[i])) v = v * 10 + (s[i++] - '0');
    return true;
  }
  bool two_digits(int& v) {
    if (i + 2 > s.size() || !is_ascii_digit(s[i]) || !is_ascii_digit(s[i + 1])) return false;
    v = (s[i] - '0') * 10 + (s[i + 1] - '0');
    i += 2;
    return true;
  }
};

int days_in_month(int month, int year) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  return month == 2 && leap ? 29 : kDays[month - 1];
}

// time.Parse(layout, s) succeeds for go-yaml's layouts "2006-1-2" (no
// `time_separator`), "2006-1-2 15:4:5.999999999" (' ', one or more spaces)
// and "2006-1-2T15:4:5.999999999Z07:00" ('T' or 't').
bool parses_with_time_layout(std::string_view s, char time_separator) {
  TimeScanner in{s};
  int year = 0, month = 0, day = 0;
  for (; in.i < 4; ++in.i) year = year * 10 + (s[in.i] - '0');
  if (!in.literal('-') || !in.number(month) || month < 1 || month > 12) return false;
  if (!in.literal('-') || !in.number(day)) return false;
  if (time_separator != 0) {
    if (!in.literal(time_separator)) return false;
    if (time_separator == ' ')
      while (in.literal(' ')) {
      }
    int hour = 0, minute = 0, second = 0;
    if (!in.number(hour) || hour > 23 || !in.literal(':')) return false;
    if (!in.number(minute) || minute > 59 || !in.literal(':')) return false;
    if (!in.number(second) || second > 59) return false;
    if (in.i + 1 < s.size() && (s[in.i] == '.' || s[in.i] == ',') && is_ascii_digit(s[in.i + 1]))
      for (++in.i; in.i < s.size() && is_ascii_digit(s[in.i]);) ++in.i;
    if (time_separator != ' ' && !in.literal('Z')) {
      int zone_hours = 0, zone_minutes = 0;
      if (!in.literal('+') && !in.literal('-')) return false;
      if (!in.two_digits(zone_hours) || !in.literal(':') || !in.two_digits(zone_minutes)) return false;
      if (zone_hours > 24 || zone_minutes > 60) return false;
    }
  }
  return in.i == s.size() && day >= 1 && day <= days_in_month(month, year);
}

// resolve.go's parseTimestamp: YYYY- and then one of the layouts.
bool looks_like_timestamp(std::string_view s) {
  std::size_t digits = 0;
  while (digits < s.size() && is_ascii_digit(s[digits])) ++digits;
  if (digits != 4 || digits == s.size() || s[digits] != '-') return false;
  return parses_with_time_layout(s, 'T') || parses_with_time_layout(s, 't') ||
         parses_with_time_layout(s, ' ') || parses_with_time_layout(s, 0);
}

// unicode.IsLetter: exact for ASCII and Latin-1; elsewhere the punctuation,
// symbol, emoji and private-use blocks are not letters and the rest are.
bool is_letter(char32_t c) {
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (c < 0xC0) return c == 0xAA || c == 0xB5 || c == 0xBA;
  if (c == 0xD7 || c == 0xF7) return false;
  struct Range {
    char32_t first, last;
  };
  static constexpr Range kNotLetters[] = {
      {0x0300, 0x036F},   // combining marks
      {0x2000, 0x2BFF},   // punctuation, symbols, arrows, math, box drawing
      {0x2E00, 0x2E7F},   // supplemental punctuation
      {0x3000, 0x3004},   // CJK symbols and punctuation
      {0x3007, 0x3030},   //
      {0xD800, 0xF8FF},   // surrogates, private use
      {0xFE00, 0xFE0F},   // variation selectors
      {0xFF00, 0xFF20},   // fullwidth punctuation and digits
      {0xFF3B, 0xFF40},   //
      {0xFF5B, 0xFF65},   //
      {0x1F000, 0x1FBFF}  // emoji and pictographs
  };
  for (const Range& r : kNotLetters)
    if (c >= r.first && c <= r.last) return false;
  return true;
}

// []rune(s): UTF-8 decoded leniently (a stray byte becomes its own rune).
std::u32string runes(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    std::size_t w = c < 0x80 ? 1 : (c & 0xE0) == 0xC0 ? 2 : (c & 0xF0) == 0xE0 ? 3 : (c & 0xF8) == 0xF0 ? 4 : 1;
    if (i + w > s.size()) w = 1;
    char32_t cp = w == 1 ? c : c & (0xFF >> (w + 1));
    for (std::size_t k = 1; k < w; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out += cp;
    i += w;
  }
  return out;
}

char32_t rune_at(std::string_view ascii, std::size_t i) { return static_cast<unsigned char>(ascii[i]); }
char32_t rune_at(const std::u32string& s, std::size_t i) { return s[i]; }

// The digit run starting at `i` as Go's int64 arithmetic computes it
// (wrapping on overflow); `end` is set past the run.
template <class Runes>
std::int64_t digit_run(const Runes& s, std::size_t i, std::int64_t start, std::size_t& end) {
  std::uint64_t n = static_cast<std::uint64_t>(start);
  for (end = i; end < s.size() && is_ascii_digit(rune_at(s, end)); ++end) n = n * 10 + (rune_at(s, end) - '0');
  return static_cast<std::int64_t>(n);
}

// sorter.go's keyList.Less on []rune (an ASCII string_view is its runes).
template <class Runes>
bool rune_key_less(const Runes& a, const Runes& b) {
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    const char32_t ar = rune_at(a, i), br = rune_at(b, i);
    if (ar == br) continue;
    bool al = is_letter(ar), bl = is_letter(br);
    if (al && bl) return ar < br;
    if (al || bl) return bl;
    std::int64_t an = 0, bn = 0;
    if (ar == '0' || br == '0') {
      for (std::size_t j = i; j-- > 0 && is_ascii_digit(rune_at(a, j));) {
        if (rune_at(a, j) != '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    std::size_t ai = i, bi = i;
    an = digit_run(a, i, an, ai);
    bn = digit_run(b, i, bn, bi);
    if (an != bn) return an < bn;
    if (ai != bi) return ai < bi;
    return ar < br;
  }
  return a.size() < b.size();
}

bool is_ascii(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

bool resolves_to_non_string(std::string_view s) {
  // resolveMap: looked up for every first character that has a hint.
  static constexpr std::string_view kWords[] = {
      "",      "~",      "null",   "Null",   "NULL",   "y",     "Y",     "yes",   "Yes",   "YES",
      "n",     "N",      "no",     "No",     "NO",     "true",  "True",  "TRUE",  "false", "False",
      "FALSE", "on",     "On",     "ON",     "off",    "Off",   "OFF",   ".nan",  ".NaN",  ".NAN",
      ".inf",  ".Inf",   ".INF",   "+.inf",  "+.Inf",  "+.INF", "-.inf", "-.Inf", "-.INF"};
  for (std::string_view w : kWords)
    if (s == w) return true;
  char c = s[0];
  if (c == '.') return parses_as_dot_float(s);
  if (!is_ascii_digit(c) && c != '-' && c != '+') return false;
  if (looks_like_timestamp(s)) return true;
  std::string plain = without_underscores(s);
  return parses_as_go_int(plain) || parses_as_yaml_float(plain);
}

bool go_yaml_key_less(std::string_view a, std::string_view b) {
  if (is_ascii(a) && is_ascii(b)) return rune_key_less(a, b);
  return rune_key_less(runes(a), runes(b));
}

namespace {

// ---- scalar analysis (yaml_emitter_analyze_scalar) ------------------------

struct Analysis {
  bool multiline = false;
  bool block_plain_allowed = true;
  bool single_quoted_allowed = true;
  bool block_allowed = true;
};

bool is_blankz_at(std::string_view s, std::size_t i) {
  return i >= s.size() || s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r';
}

unsigned char byte_at(std::string_view s, std::size_t i) {
  return i < s.size() ? static_cast<unsigned char>(s[i]) : 0;
}

// go-yaml's is_printable, byte for byte: tab, CR, DEL, C1 controls (U+0085
// too), U+FEFF, U+FFFE/FFFF and every 4-byte character (emoji) are not.
bool is_printable(std::string_view s, std::size_t i) {
  unsigned char c = byte_at(s, i), next = byte_at(s, i + 1), third = byte_at(s, i + 2);
  return c == 0x0A || (c >= 0x20 && c <= 0x7E) || (c == 0xC2 && next >= 0xA0) ||
         (c > 0xC2 && c < 0xED) || (c == 0xED && next < 0xA0) || c == 0xEE ||
         (c == 0xEF && !(next == 0xBB && third == 0xBF) && !(next == 0xBF && (third == 0xBE || third == 0xBF)));
}

// go-yaml's is_break: CR, LF, U+0085, U+2028, U+2029.
bool is_break_at(std::string_view s, std::size_t i) {
  unsigned char c = byte_at(s, i), next = byte_at(s, i + 1), third = byte_at(s, i + 2);
  return c == '\r' || c == '\n' || (c == 0xC2 && next == 0x85) ||
         (c == 0xE2 && next == 0x80 && (third == 0xA8 || third == 0xA9));
}

// go-yaml's is_bom looks at the start of the value whatever the index, so a
// value that starts with U+FEFF has every character escaped.
bool starts_with_bom(std::string_view s) { return s.substr(0, 3) == "\xEF\xBB\xBF"; }

std::size_t utf8_width(unsigned char c) {
  if ((c & 0x80) == 0) return 1;
  if ((c & 0xE0) == 0xC0) return 2;
  if ((c & 0xF0) == 0xE0) return 3;
  if ((c & 0xF8) == 0xF0) return 4;
  return 1;
}

Analysis analyze(std::string_view s) {
  Analysis a;
  if (s.empty()) {
    a.block_plain_allowed = true;
    a.block_allowed = false;
    return a;
  }
  bool block_indicators = false;
  bool leading_space = false, leading_break = false, trailing_space = false, trailing_break = false;
  bool break_space = false, space_break = false, previous_space = false, previous_break = false;
  bool line_breaks = false, special = false;
  if (s.substr(0, 3) == "---" || s.substr(0, 3) == "...") block_indicators = true;
  bool preceded_by_ws = true;
  bool followed_by_ws = is_blankz_at(s, utf8_width(static_cast<unsigned char>(s[0])));
  for (std::size_t i = 0; i < s.size();) {
    char c = s[i];
    std::size_t w = utf8_width(static_cast<unsigned char>(c));
    if (i == 0) {
      if (std::string_view("#,[]{}&*!|>'\"%@`").find(c) != std::string_view::npos) block_indicators = true;
      if ((c == '?' || c == ':') && followed_by_ws) block_indicators = true;
      if (c == '-' && followed_by_ws) block_indicators = true;
    } else {
      if (c == ':' && followed_by_ws) block_indicators = true;
      if (c == '#' && preceded_by_ws) block_indicators = true;
    }
    if (!is_printable(s, i)) special = true;
    bool is_break = is_break_at(s, i);
    if (is_break) line_breaks = true;
    if (c == ' ') {
      if (i == 0) leading_space = true;
      if (i + w == s.size()) trailing_space = true;
      if (previous_break) break_space = true;
      previous_space = true;
      previous_break = false;
    } else if (is_break) {
      if (i == 0) leading_break = true;
      if (i + w == s.size()) trailing_break = true;
      if (previous_space) space_break = true;
      previous_break = true;
      previous_space = false;
    } else {
      previous_space = previous_break = false;
    }
    preceded_by_ws = c == ' ' || c == '\t' || is_break;
    i += w;
    if (i < s.size()) followed_by_ws = is_blankz_at(s, i + utf8_width(static_cast<unsigned char>(s[i])));
  }
  a.multiline = line_breaks;
  if (leading_space || leading_break || trailing_space || trailing_break) a.block_plain_allowed = false;
  if (trailing_space) a.block_allowed = false;
  if (break_space) a.block_plain_allowed = a.single_quoted_allowed = false;
  if (space_break || special) a.block_plain_allowed = a.single_quoted_allowed = a.block_allowed = false;
  if (line_breaks) a.block_plain_allowed = false;
  if (block_indicators) a.block_plain_allowed = false;
  return a;
}

// kubectl's YAML is its JSON read back by go-yaml, where a raw U+0085 (the
// only line break encoding/json leaves unescaped) folds inside the quoted
// string: with the spaces around it, one becomes a space, n of them n-1 "\n".
std::string read_back(const std::string& s) {
  constexpr std::string_view kNel = "\xC2\x85";
  if (s.find(kNel) == std::string::npos) return s;
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    std::size_t end = i, nels = 0;
    while (end < s.size() && (s[end] == ' ' || s.compare(end, 2, kNel) == 0)) {
      if (s[end] == ' ') {
        ++end;
      } else {
        ++nels;
        end += 2;
      }
    }
    if (nels == 0 && end == i) {
      out += s[i++];
    } else if (nels == 0) {
      out.append(s, i, end - i);
      i = end;
    } else {
      out += nels == 1 ? std::string(" ") : std::string(nels - 1, '\n');
      i = end;
    }
  }
  return out;
}

// ---- the writer -------------------------------------------------------------

class Writer {
 public:
  std::string out;

  void value(const OrderedJson& v, int indent) {
    if (v.is_object()) {
      if (v.empty()) {
        put(" {}");
        newline();
      } else {
        newline();
        map(v, indent + kBestIndent, false);
      }
    } else if (v.is_array()) {
      if (v.empty()) {
        put(" []");
        newline();
      } else {
        newline();
        seq(v, indent, false);
      }
    } else {
      put(" ");
      scalar(v, indent + kBestIndent, false);
      newline();
    }
  }

  // Writes `m` with keys at column `indent`; when `inline_first`, the first
  // key continues the current line (after "- ").
  void map(const OrderedJson& m, int indent, bool inline_first) {
    std::vector<std::pair<std::string, const OrderedJson*>> entries;
    for (auto it = m.begin(); it != m.end(); ++it) entries.emplace_back(read_back(it.key()), &it.value());
    std::stable_sort(entries.begin(), entries.end(),
                     [](const auto& a, const auto& b) { return go_yaml_key_less(a.first, b.first); });
    bool first = true;
    for (const auto& [key, v] : entries) {
      if (!(first && inline_first)) pad(indent);
      first = false;
      if (!is_simple_key(key)) {
        complex_entry(key, *v, indent);
        continue;
      }
      string(key, indent, true);
      put(":");
      value(*v, indent);
    }
  }

  // go-yaml's check_simple_key: a multi-line key or one longer than 128
  // bytes is written as "? key" and ": value".
  static bool is_simple_key(const std::string& key) { return key.size() <= 128 && !analyze(key).multiline; }

  void complex_entry(const std::string& key, const OrderedJson& v, int indent) {
    put("? ");
    string(key, indent + kBestIndent, false);
    newline();
    pad(indent);
    put(":");
    if (v.is_object() && !v.empty()) {
      put(" ");
      map(v, indent + kBestIndent, true);
    } else if (v.is_array() && !v.empty()) {
      put(" ");
      seq(v, indent + kBestIndent, true);
    } else {
      value(v, indent);
    }
  }

  void seq(const OrderedJson& s, int indent, bool inline_first) {
    bool first = true;
    for (const OrderedJson& item : s) {
      if (!(first && inline_first)) pad(indent);
      first = false;
      put("- ");
      if (item.is_object() && !item.empty()) {
        map(item, indent + kBestIndent, true);
      } else if (item.is_array() && !item.empty()) {
        seq(item, indent + kBestIndent, true);
      } else if (item.is_object()) {
        put("{}");
        newline();
      } else if (item.is_array()) {
        put("[]");
        newline();
      } else {
        scalar(item, indent + kBestIndent, false);
        newline();
      }
    }
  }

  void scalar(const OrderedJson& v, int indent, bool simple_key) {
    switch (v.type()) {
      case nlohmann::json::value_t::null: put("null"); return;
      case nlohmann::json::value_t::boolean: put(v.get<bool>() ? "true" : "false"); return;
      case nlohmann::json::value_t::number_integer: put(std::to_string(v.get<std::int64_t>())); return;
      case nlohmann::json::value_t::number_unsigned: {
        // kubectl's objects hold numbers as int64 or else float64.
        std::uint64_t u = v.get<std::uint64_t>();
        put(u <= INT64_MAX ? std::to_string(u) : format_float(static_cast<double>(u)));
        return;
      }
      case nlohmann::json::value_t::number_float: put(format_float(v.get<double>())); return;
      case nlohmann::json::value_t::string: string(read_back(v.get_ref<const std::string&>()), indent, simple_key); return;
      default: put("null"); return;
    }
  }

 private:
  int column_ = 0;
  bool skip_next_newline_ = false;

  void put(std::string_view s) {
    out += s;
    for (std::size_t i = 0; i < s.size(); i += utf8_width(static_cast<unsigned char>(s[i]))) ++column_;
  }
  void newline() {
    if (!skip_next_newline_) out += '\n';
    skip_next_newline_ = false;
    column_ = 0;
  }
  void pad(int n) {
    out.append(static_cast<std::size_t>(n), ' ');
    column_ = n;
  }
  // go-yaml's write_indent after a break written inside a scalar.
  void indent_to(int indent) {
    if (column_ > indent) newline();
    out.append(static_cast<std::size_t>(indent - column_), ' ');
    column_ = indent;
  }
  void break_to(int indent) {
    newline();
    pad(indent);
  }

  static std::string format_float(double d) {
    if (std::isinf(d)) return d > 0 ? ".inf" : "-.inf";
    if (std::isnan(d)) return ".nan";
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string sci(buf, r.ptr);
    auto e = sci.find('e');
    int exp = std::stoi(sci.substr(e + 1));
    // kubectl's YAML is its JSON read back: encoding/json writes a float
    // below 1e21 without exponent (shortest digits, then zeros), and go-yaml
    // reads an integral one back as an int when it fits int64 or uint64.
    if (d == std::trunc(d) && std::fabs(d) < 1e21) {
      std::string digits;
      for (char c : sci.substr(0, e))
        if (is_ascii_digit(c)) digits += c;
      int zeros = std::max(0, exp - static_cast<int>(digits.size()) + 1);
      std::string text = (d < 0 ? "-" : "") + digits + std::string(static_cast<std::size_t>(zeros), '0');
      if (parses_as_go_int(text)) return text == "-0" ? "0" : text;
    }
    // Otherwise strconv.FormatFloat(f, 'g', -1, 64): shortest digits, %e
    // when the exponent is < -4 or >= 6.
    if (exp < -4 || exp >= 6) {
      std::string mant = sci.substr(0, e);
      char sign = exp < 0 ? '-' : '+';
      int aexp = std::abs(exp);
      return mant + "e" + sign + (aexp < 10 ? "0" : "") + std::to_string(aexp);
    }
    r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::fixed);
    return std::string(buf, r.ptr);
  }

  enum class Style { Plain, Single, Double, Literal };

  void string(const std::string& s, int indent, bool simple_key) {
    Style style = Style::Plain;
    if (s.find('\n') != std::string::npos) style = Style::Literal;
    else if (resolves_to_non_string(s) || is_base60_float(s)) style = Style::Double;
    Analysis a = analyze(s);
    if (simple_key && a.multiline) style = Style::Double;
    if (style == Style::Plain) {
      if (!a.block_plain_allowed) style = Style::Single;
      if (s.empty() && simple_key) style = Style::Single;
    }
    if (style == Style::Single && !a.single_quoted_allowed) style = Style::Double;
    if (style == Style::Literal && (!a.block_allowed || simple_key)) style = Style::Double;
    bool allow_breaks = !simple_key;
    switch (style) {
      case Style::Plain: plain(s, indent, allow_breaks); break;
      case Style::Single: single(s, indent, allow_breaks); break;
      case Style::Double: dbl(s, indent, allow_breaks); break;
      case Style::Literal: literal(s, indent); break;
    }
  }

  void plain(const std::string& s, int indent, bool allow_breaks) {
    bool spaces = false;
    for (std::size_t i = 0; i < s.size();) {
      std::size_t w = utf8_width(static_cast<unsigned char>(s[i]));
      if (s[i] == ' ') {
        if (allow_breaks && !spaces && column_ > kBestWidth && !(i + 1 < s.size() && s[i + 1] == ' '))
          break_to(indent);
        else
          put(" ");
        spaces = true;
      } else {
        put(std::string_view(s).substr(i, w));
        spaces = false;
      }
      i += w;
    }
  }

  void single(const std::string& s, int indent, bool allow_breaks) {
    put("'");
    bool spaces = false, breaks = false;
    for (std::size_t i = 0; i < s.size();) {
      std::size_t w = utf8_width(static_cast<unsigned char>(s[i]));
      if (s[i] == ' ') {
        if (allow_breaks && !spaces && column_ > kBestWidth && i != 0 && i != s.size() - 1 &&
            !(i + 1 < s.size() && s[i + 1] == ' '))
          break_to(indent);
        else
          put(" ");
        spaces = true;
      } else if (is_break_at(s, i)) {
        // Only U+2028/2029 get here: written as they are, and the text
        // after them starts at the indent.
        put(std::string_view(s).substr(i, w));
        column_ = 0;
        breaks = true;
      } else {
        if (breaks) indent_to(indent);
        breaks = false;
        if (s[i] == '\'') put("'");
        put(std::string_view(s).substr(i, w));
        spaces = false;
      }
      i += w;
    }
    put("'");
  }

  void dbl(const std::string& s, int indent, bool allow_breaks) {
    put("\"");
    bool spaces = false;
    for (std::size_t i = 0; i < s.size();) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      std::size_t w = utf8_width(c);
      if (!is_printable(s, i) || starts_with_bom(s) || is_break_at(s, i) || c == '"' || c == '\\') {
        put(escape(s, i, w));
        spaces = false;
      } else if (c == ' ') {
        if (allow_breaks && !spaces && column_ > kBestWidth && i != 0 && i != s.size() - 1) {
          break_to(indent);
          if (i + 1 < s.size() && s[i + 1] == ' ') put("\\");
        } else {
          put(" ");
        }
        spaces = true;
      } else {
        put(std::string_view(s).substr(i, w));
        spaces = false;
      }
      i += w;
    }
    put("\"");
  }

  static std::string escape(const std::string& s, std::size_t i, std::size_t w) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case 0x00: return "\\0";
      case 0x07: return "\\a";
      case 0x08: return "\\b";
      case 0x09: return "\\t";
      case 0x0A: return "\\n";
      case 0x0B: return "\\v";
      case 0x0C: return "\\f";
      case 0x0D: return "\\r";
      case 0x1B: return "\\e";
      case '"': return "\\\"";
      case '\\': return "\\\\";
      default: break;
    }
    // Decode the code point.
    unsigned cp = c;
    if (w > 1 && i + w <= s.size()) {
      cp = c & (0xFF >> (w + 1));
      for (std::size_t k = 1; k < w; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    }
    if (cp == 0x85) return "\\N";
    if (cp == 0xA0) return "\\_";
    if (cp == 0x2028) return "\\L";
    if (cp == 0x2029) return "\\P";
    char buf[16];
    if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02X", cp);
    else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04X", cp);
    else std::snprintf(buf, sizeof buf, "\\U%08X", cp);
    return buf;
  }

  // A value with a '\n' and no special characters, so never empty.
  void literal(const std::string& s, int indent) {
    put("|");
    if (s[0] == ' ' || is_break_at(s, 0)) put(std::to_string(kBestIndent));
    std::size_t last = rune_start_before(s, s.size());
    if (!is_break_at(s, last)) put("-");
    else if (last == 0 || is_break_at(s, rune_start_before(s, last))) put("+");
    newline();
    bool breaks = true;
    for (std::size_t i = 0; i < s.size();) {
      std::size_t w = utf8_width(static_cast<unsigned char>(s[i]));
      if (is_break_at(s, i)) {
        if (s[i] == '\n') {
          newline();
        } else {  // U+2028/2029: written as they are
          put(std::string_view(s).substr(i, w));
          column_ = 0;
        }
        breaks = true;
      } else {
        if (breaks) indent_to(indent);
        breaks = false;
        put(std::string_view(s).substr(i, w));
      }
      i += w;
    }
    // After a final break the scalar already ends at a line start, so the
    // caller's newline() must not add one.
    if (breaks && out.back() == '\n') out.pop_back();
    else if (breaks) skip_next_newline_ = true;
  }

  static std::size_t rune_start_before(std::string_view s, std::size_t end) {
    std::size_t i = end - 1;
    while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) --i;
    return i;
  }
};

}  // namespace

std::string to_go_yaml(const OrderedJson& value) {
  Writer w;
  if (value.is_object()) {
    if (value.empty()) return "{}\n";
    w.map(value, 0, false);
  } else if (value.is_array()) {
    if (value.empty()) return "[]\n";
    w.seq(value, 0, false);
  } else {
    w.scalar(value, 0, false);
    w.out += '\n';
  }
  return w.out;
}

}  // namespace kctl::printers
