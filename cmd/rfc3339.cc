#include "cmd/rfc3339.h"

#include <array>
#include <cstdio>
#include <ctime>
#include <string_view>

#include "client/ascii.h"

namespace kctl::cmd {
namespace {

constexpr std::string_view kLayout = "2006-01-02T15:04:05Z07:00";

// Go's time.Parse walks the layout; the errors say which element failed
// on which rest of the value.
class GoParse {
 public:
  explicit GoParse(const std::string& text) : text_(text), rest_(text) {}

  Error cannot(std::string_view element) const {
    return make_error(ErrorKind::Internal, "parsing time \"" + text_ + "\" as \"" + std::string(kLayout) +
                                               "\": cannot parse \"" + std::string(rest_) + "\" as \"" +
                                               std::string(element) + "\"");
  }
  Error range(std::string_view what) const {
    return make_error(ErrorKind::Internal, "parsing time \"" + text_ + "\": " + std::string(what) + " out of range");
  }

  // `digits` fixed digits for `element`.
  Result<int> number(std::size_t digits, std::string_view element) {
    if (rest_.size() < digits) return cannot(element);
    int v = 0;
    for (std::size_t i = 0; i < digits; ++i) {
      if (!is_ascii_digit(rest_[i])) return cannot(element);
      v = v * 10 + (rest_[i] - '0');
    }
    rest_.remove_prefix(digits);
    return v;
  }
  Result<> literal(std::string_view lit) {
    if (rest_.substr(0, lit.size()) != lit) return cannot(lit);
    rest_.remove_prefix(lit.size());
    return {};
  }
  std::string_view& rest() { return rest_; }
  const std::string& text() const { return text_; }

 private:
  std::string text_;
  std::string_view rest_;
};

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in(int month, int year) {
  constexpr std::array<int, 12> kDays{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && leap(year) ? 29 : kDays[static_cast<std::size_t>(month - 1)];
}

}  // namespace

Result<Rfc3339Time> parse_rfc3339(const std::string& text) {
  GoParse p(text);
  auto year = p.number(4, "2006");
  if (!year) return year.take_error();
  if (auto r = p.literal("-"); !r) return r.take_error();
  auto month = p.number(2, "01");
  if (!month) return month.take_error();
  if (*month < 1 || *month > 12) return p.range("month");
  if (auto r = p.literal("-"); !r) return r.take_error();
  auto day = p.number(2, "02");
  if (!day) return day.take_error();
  if (auto r = p.literal("T"); !r) return r.take_error();
  auto hour = p.number(2, "15");
  if (!hour) return hour.take_error();
  if (*hour > 23) return p.range("hour");
  if (auto r = p.literal(":"); !r) return r.take_error();
  auto minute = p.number(2, "04");
  if (!minute) return minute.take_error();
  if (*minute > 59) return p.range("minute");
  if (auto r = p.literal(":"); !r) return r.take_error();
  auto second = p.number(2, "05");
  if (!second) return second.take_error();
  if (*second > 59) return p.range("second");
  Rfc3339Time t;
  std::string_view& rest = p.rest();
  if (rest.size() >= 2 && (rest[0] == '.' || rest[0] == ',') && is_ascii_digit(rest[1])) {
    rest.remove_prefix(1);
    std::uint32_t scale = 100'000'000;
    while (!rest.empty() && is_ascii_digit(rest[0])) {
      t.nanos += static_cast<std::uint32_t>(rest[0] - '0') * scale;
      scale /= 10;
      rest.remove_prefix(1);
    }
  }
  long offset = 0;
  if (!rest.empty() && rest[0] == 'Z') {
    rest.remove_prefix(1);
  } else {
    if (rest.size() < 6 || (rest[0] != '+' && rest[0] != '-') || !is_ascii_digit(rest[1]) || !is_ascii_digit(rest[2]) ||
        rest[3] != ':' || !is_ascii_digit(rest[4]) || !is_ascii_digit(rest[5]))
      return p.cannot("Z07:00");
    const long hh = (rest[1] - '0') * 10 + (rest[2] - '0'), mm = (rest[4] - '0') * 10 + (rest[5] - '0');
    if (hh > 24 || mm > 59) return p.range("time zone offset");
    offset = (rest[0] == '-' ? -1 : 1) * (hh * 3600 + mm * 60);
    rest.remove_prefix(6);
  }
  if (!rest.empty())
    return make_error(ErrorKind::Internal,
                      "parsing time \"" + p.text() + "\": extra text: \"" + std::string(rest) + "\"");
  if (*day < 1 || *day > days_in(*month, *year)) return p.range("day");
  std::tm tm{};
  tm.tm_year = *year - 1900;
  tm.tm_mon = *month - 1;
  tm.tm_mday = *day;
  tm.tm_hour = *hour;
  tm.tm_min = *minute;
  tm.tm_sec = *second;
  t.unix_seconds = static_cast<std::int64_t>(::timegm(&tm)) - offset;
  return t;
}

std::string rfc3339_query_value(const Rfc3339Time& t) {
  const auto secs = static_cast<std::time_t>(t.unix_seconds);
  std::tm tm{};
  ::gmtime_r(&secs, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

}  // namespace kctl::cmd
