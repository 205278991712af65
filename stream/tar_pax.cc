#include "stream/tar_pax.h"

namespace kctl::stream::tar {

std::string format_pax_record(std::string_view key, std::string_view value) {
  // " key=value\n" plus the decimal length, which counts its own digits.
  const std::size_t rest = 1 + key.size() + 1 + value.size() + 1;
  std::size_t total = rest + std::to_string(rest).size();
  if (std::to_string(total).size() + rest != total) total = rest + std::to_string(total).size();
  std::string r = std::to_string(total);
  r += ' ';
  r += key;
  r += '=';
  r += value;
  r += '\n';
  return r;
}

Result<PaxRecords> parse_pax_records(std::string_view body) {
  PaxRecords out;
  auto bad = [] { return make_error(ErrorKind::Internal, "tar: invalid PAX extended header"); };
  while (!body.empty()) {
    const auto space = body.find(' ');
    if (space == std::string_view::npos || space == 0 || space > 20) return bad();
    std::size_t len = 0;
    for (char c : body.substr(0, space)) {
      if (c < '0' || c > '9') return bad();
      len = len * 10 + static_cast<std::size_t>(c - '0');
    }
    if (len <= space + 1 || len > body.size() || body[len - 1] != '\n') return bad();
    const std::string_view record = body.substr(space + 1, len - space - 2);
    const auto eq = record.find('=');
    if (eq == std::string_view::npos || eq == 0) return bad();
    out[std::string(record.substr(0, eq))] = std::string(record.substr(eq + 1));
    body.remove_prefix(len);
  }
  return out;
}

}  // namespace kctl::stream::tar
