#include "client/describe/go_time.h"

#include <array>
#include <cstdio>
#include <ctime>

namespace kctl::describe {
namespace {

bool digits(std::string_view s, std::size_t at, std::size_t n, int& out) {
  if (at + n > s.size()) return false;
  out = 0;
  for (std::size_t i = at; i < at + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return false;
    out = out * 10 + (s[i] - '0');
  }
  return true;
}

// Go's zero time.Time (0001-01-01T00:00:00Z) in RFC1123Z.
constexpr const char* kZeroTimeRfc1123z = "Mon, 01 Jan 0001 00:00:00 +0000";

}  // namespace

std::optional<Time> parse_time(std::string_view s) {
  int year, month, day, hour, minute, second;
  if (!digits(s, 0, 4, year) || s.size() < 19 || s[4] != '-' || !digits(s, 5, 2, month) || s[7] != '-' ||
      !digits(s, 8, 2, day) || (s[10] != 'T' && s[10] != 't') || !digits(s, 11, 2, hour) || s[13] != ':' ||
      !digits(s, 14, 2, minute) || s[16] != ':' || !digits(s, 17, 2, second))
    return std::nullopt;
  std::size_t at = 19;
  std::int64_t nanos = 0;
  if (at < s.size() && s[at] == '.') {
    ++at;
    int scale = 100000000;
    for (; at < s.size() && s[at] >= '0' && s[at] <= '9'; ++at, scale /= 10) nanos += (s[at] - '0') * scale;
  }
  int offset_seconds = 0;
  if (at < s.size() && (s[at] == 'Z' || s[at] == 'z')) {
    ++at;
  } else if (at < s.size() && (s[at] == '+' || s[at] == '-')) {
    int oh, om;
    if (!digits(s, at + 1, 2, oh) || at + 3 >= s.size() || s[at + 3] != ':' || !digits(s, at + 4, 2, om))
      return std::nullopt;
    offset_seconds = (oh * 3600 + om * 60) * (s[at] == '-' ? -1 : 1);
    at += 6;
  } else {
    return std::nullopt;
  }
  if (at != s.size()) return std::nullopt;
  using namespace std::chrono;
  sys_days days = year_month_day{std::chrono::year{year}, std::chrono::month{static_cast<unsigned>(month)},
                                 std::chrono::day{static_cast<unsigned>(day)}};
  return Time{days} + hours{hour} + minutes{minute} + seconds{second - offset_seconds} + nanoseconds{nanos};
}

std::optional<Time> time_field(const json& j, std::string_view key) {
  const json& v = field(j, key);
  if (!v.is_string()) return std::nullopt;
  return parse_time(v.get<std::string>());
}

std::string rfc1123z(Time t) {
  static constexpr std::array<const char*, 7> kDays{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::time_t secs = std::chrono::floor<std::chrono::seconds>(t).time_since_epoch().count();
  std::tm local{};
  localtime_r(&secs, &local);
  long offset = local.tm_gmtoff;
  char sign = offset < 0 ? '-' : '+';
  if (offset < 0) offset = -offset;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%s, %02d %s %04d %02d:%02d:%02d %c%02ld%02ld", kDays[local.tm_wday], local.tm_mday,
                kMonths[local.tm_mon], local.tm_year + 1900, local.tm_hour, local.tm_min, local.tm_sec, sign,
                offset / 3600, (offset / 60) % 60);
  return buf;
}

std::string rfc1123z_field(const json& j, std::string_view key) {
  auto t = time_field(j, key);
  return t ? rfc1123z(*t) : kZeroTimeRfc1123z;
}

std::string human_duration(std::chrono::nanoseconds d) {
  using namespace std::chrono;
  const auto secs = duration_cast<seconds>(d).count();  // truncates toward zero, as Go's int()
  if (secs < -1) return "<invalid>";
  if (secs < 0) return "0s";
  if (secs < 60 * 2) return std::to_string(secs) + "s";
  const auto mins = secs / 60;
  if (mins < 10) {
    const auto s = secs % 60;
    return s == 0 ? std::to_string(mins) + "m" : std::to_string(mins) + "m" + std::to_string(s) + "s";
  }
  if (mins < 60 * 3) return std::to_string(mins) + "m";
  const auto hrs = secs / 3600;
  if (hrs < 8) {
    const auto m = mins % 60;
    return m == 0 ? std::to_string(hrs) + "h" : std::to_string(hrs) + "h" + std::to_string(m) + "m";
  }
  if (hrs < 48) return std::to_string(hrs) + "h";
  if (hrs < 24 * 8) {
    const auto h = hrs % 24;
    return h == 0 ? std::to_string(hrs / 24) + "d" : std::to_string(hrs / 24) + "d" + std::to_string(h) + "h";
  }
  if (hrs < 24 * 365 * 2) return std::to_string(hrs / 24) + "d";
  if (hrs < 24 * 365 * 8) {
    const auto dy = (hrs / 24) % 365;
    return dy == 0 ? std::to_string(hrs / 24 / 365) + "y"
                   : std::to_string(hrs / 24 / 365) + "y" + std::to_string(dy) + "d";
  }
  return std::to_string(hrs / 24 / 365) + "y";
}

std::string since(const std::optional<Time>& t, Clock::time_point now) {
  if (!t) return "<unknown>";
  return human_duration(std::chrono::duration_cast<std::chrono::nanoseconds>(now - *t));
}

}  // namespace kctl::describe
