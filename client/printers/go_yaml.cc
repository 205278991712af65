// A port of the parts of go-yaml v2's emitter (emitterc.go, encode.go,
// resolve.go, sorter.go) that kubectl's -o yaml output depends on. Written
// from the algorithm, not copied: scalar analysis decides plain, single- or
// double-quoted or literal style, and plain/quoted scalars fold at column 80.
#include "client/printers/go_yaml.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <regex>
#include <vector>

namespace kctl::printers {
namespace {

constexpr int kBestWidth = 80;
constexpr int kBestIndent = 2;

using Json = nlohmann::ordered_json;

// ---- scalar resolution (resolve.go) ---------------------------------------

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool looks_like_int(std::string_view s) {
  std::string t;
  for (char c : s)
    if (c != '_') t += c;
  std::size_t i = 0;
  if (i < t.size() && (t[i] == '+' || t[i] == '-')) ++i;
  if (i >= t.size()) return false;
  std::string_view body(t.data() + i, t.size() - i);
  auto all = [](std::string_view v, auto pred) {
    return !v.empty() && std::all_of(v.begin(), v.end(), pred);
  };
  if (body.size() > 2 && body[0] == '0' && (body[1] == 'x' || body[1] == 'X'))
    return all(body.substr(2), [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; });
  if (body.size() > 2 && body[0] == '0' && (body[1] == 'b' || body[1] == 'B'))
    return all(body.substr(2), [](char c) { return c == '0' || c == '1'; });
  return all(body, is_digit);
}

bool looks_like_float(std::string_view s) {
  static const std::regex kFloat(R"(^[-+]?(\.[0-9]+|[0-9][0-9_]*(\.[0-9_]*)?)([eE][-+]?[0-9]+)?$)");
  static const std::regex kSpecial(R"(^[-+]?\.(inf|Inf|INF)$|^\.(nan|NaN|NAN)$)");
  std::string t(s);
  return std::regex_match(t, kFloat) || std::regex_match(t, kSpecial);
}

// Sexagesimal numbers such as 1:20 (YAML 1.1), which go-yaml quotes.
bool is_base60_float(std::string_view s) {
  static const std::regex kBase60(R"(^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$)");
  return std::regex_match(std::string(s), kBase60);
}

bool looks_like_timestamp(std::string_view s) {
  static const std::regex kTimestamp(
      R"(^[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(([Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](\.[0-9]*)?(([ \t]*)(Z|[-+][0-9][0-9]?(:[0-9][0-9])?))?)?$)");
  return s.size() >= 8 && is_digit(s[0]) && std::regex_match(std::string(s), kTimestamp);
}

}  // namespace

bool resolves_to_non_string(std::string_view s) {
  static constexpr std::string_view kWords[] = {
      "~",     "null",  "Null",  "NULL", "y",   "Y",   "yes", "Yes", "YES", "n",  "N",
      "no",    "No",    "NO",    "true", "True", "TRUE", "false", "False", "FALSE",
      "on",    "On",    "ON",    "off",  "Off", "OFF", "<<"};
  if (s.empty()) return true;
  for (std::string_view w : kWords)
    if (s == w) return true;
  char c = s[0];
  bool numeric_start = is_digit(c) || c == '-' || c == '+' || c == '.';
  if (!numeric_start) return false;
  return looks_like_int(s) || looks_like_float(s) || looks_like_timestamp(s);
}

bool go_yaml_key_less(std::string_view a, std::string_view b) {
  // Byte-wise is rune-wise for the ASCII keys Kubernetes uses; bytes >= 0x80
  // are treated as letters, which is what unicode.IsLetter says for most.
  auto is_letter = [](unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
  };
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    unsigned char ac = static_cast<unsigned char>(a[i]);
    unsigned char bc = static_cast<unsigned char>(b[i]);
    if (ac == bc) continue;
    bool al = is_letter(ac), bl = is_letter(bc);
    if (al && bl) return ac < bc;
    if (al || bl) return bl;
    long long an = 0, bn = 0;
    if (ac == '0' || bc == '0') {
      for (std::size_t j = i; j-- > 0 && is_digit(a[j]);) {
        if (a[j] != '0') {
          an = 1;
          bn = 1;
          break;
        }
      }
    }
    std::size_t ai = i, bi = i;
    for (; ai < a.size() && is_digit(a[ai]); ++ai) an = an * 10 + (a[ai] - '0');
    for (; bi < b.size() && is_digit(b[bi]); ++bi) bn = bn * 10 + (b[bi] - '0');
    if (an != bn) return an < bn;
    if (ai != bi) return ai < bi;
    return ac < bc;
  }
  return a.size() < b.size();
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

bool is_printable(std::string_view s, std::size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == 0x0A) return true;
  if (c >= 0x20 && c <= 0x7E) return true;
  if (c == 0x09 || c == 0x0D) return false;  // go-yaml: tab and CR are not "printable"
  if (c >= 0x80) {
    // U+0085 (C2 85), U+FEFF (EF BB BF) and U+FFFE/FFFF are not printable.
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0)
      return static_cast<unsigned char>(s[i + 1]) == 0x85;
    if (c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
        static_cast<unsigned char>(s[i + 2]) == 0xBF)
      return false;
    return true;
  }
  return false;
}

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
    bool is_break = c == '\n' || c == '\r';
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

// ---- the writer -------------------------------------------------------------

class Writer {
 public:
  std::string out;

  void value(const Json& v, int indent) {
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
  void map(const Json& m, int indent, bool inline_first) {
    std::vector<const std::string*> keys;
    for (auto it = m.begin(); it != m.end(); ++it) keys.push_back(&it.key());
    std::stable_sort(keys.begin(), keys.end(),
                     [](const std::string* a, const std::string* b) { return go_yaml_key_less(*a, *b); });
    bool first = true;
    for (const std::string* k : keys) {
      if (!(first && inline_first)) pad(indent);
      first = false;
      scalar(Json(*k), indent, true);
      put(":");
      value(m.at(*k), indent);
    }
  }

  void seq(const Json& s, int indent, bool inline_first) {
    bool first = true;
    for (const Json& item : s) {
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

  void scalar(const Json& v, int indent, bool simple_key) {
    switch (v.type()) {
      case nlohmann::json::value_t::null: put("null"); return;
      case nlohmann::json::value_t::boolean: put(v.get<bool>() ? "true" : "false"); return;
      case nlohmann::json::value_t::number_integer: put(std::to_string(v.get<std::int64_t>())); return;
      case nlohmann::json::value_t::number_unsigned: put(std::to_string(v.get<std::uint64_t>())); return;
      case nlohmann::json::value_t::number_float: put(format_float(v.get<double>())); return;
      case nlohmann::json::value_t::string: string(v.get_ref<const std::string&>(), indent, simple_key); return;
      default: put("null"); return;
    }
  }

 private:
  int column_ = 0;

  void put(std::string_view s) {
    out += s;
    for (std::size_t i = 0; i < s.size(); i += utf8_width(static_cast<unsigned char>(s[i]))) ++column_;
  }
  void newline() {
    out += '\n';
    column_ = 0;
  }
  void pad(int n) {
    out.append(static_cast<std::size_t>(n), ' ');
    column_ = n;
  }
  void break_to(int indent) {
    newline();
    pad(indent);
  }

  static std::string format_float(double d) {
    if (std::isinf(d)) return d > 0 ? ".inf" : "-.inf";
    if (std::isnan(d)) return ".nan";
    // strconv.FormatFloat(f, 'g', -1, 64): shortest digits, %e when the
    // exponent is < -4 or >= 21.
    char buf[64];
    auto r = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string sci(buf, r.ptr);
    auto e = sci.find('e');
    int exp = std::stoi(sci.substr(e + 1));
    if (exp < -4 || exp >= 21) {
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
    bool spaces = false;
    for (std::size_t i = 0; i < s.size();) {
      std::size_t w = utf8_width(static_cast<unsigned char>(s[i]));
      if (s[i] == ' ') {
        if (allow_breaks && !spaces && column_ > kBestWidth && i != 0 && i != s.size() - 1 &&
            !(i + 1 < s.size() && s[i + 1] == ' '))
          break_to(indent);
        else
          put(" ");
        spaces = true;
      } else {
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
      bool bom = c == 0xEF && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xBB &&
                 static_cast<unsigned char>(s[i + 2]) == 0xBF;
      if (!is_printable(s, i) || bom || c == '\n' || c == '\r' || c == '"' || c == '\\') {
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

  void literal(const std::string& s, int indent) {
    put("|");
    if (!s.empty() && (s[0] == ' ' || s[0] == '\n')) put(std::to_string(kBestIndent));
    if (s.empty() || s.back() != '\n') put("-");
    else if (s.size() == 1 || s[s.size() - 2] == '\n') put("+");
    // The trailing newline(s) the hint keeps are written by the loop; the
    // caller's newline() would add one more, so strip exactly one here.
    newline();
    bool breaks = true;
    std::string body = s;
    for (std::size_t i = 0; i < body.size();) {
      if (body[i] == '\n') {
        newline();
        breaks = true;
        ++i;
      } else {
        if (breaks) {
          pad(indent);
          breaks = false;
        }
        std::size_t w = utf8_width(static_cast<unsigned char>(body[i]));
        put(std::string_view(body).substr(i, w));
        i += w;
      }
    }
    // Undo the final break so that the caller's newline() ends the scalar.
    if (!out.empty() && out.back() == '\n' && column_ == 0) out.pop_back();
  }
};

}  // namespace

std::string to_go_yaml(const Json& value) {
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
