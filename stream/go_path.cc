#include "stream/go_path.h"

#include <cctype>
#include <cstring>
#include <vector>

namespace kctl::stream::gopath {

std::string clean(std::string_view p) {
  if (p.empty()) return ".";
  const bool rooted = p[0] == '/';
  std::vector<std::string_view> parts;
  std::size_t i = 0;
  while (i < p.size()) {
    std::size_t j = p.find('/', i);
    if (j == std::string_view::npos) j = p.size();
    std::string_view part = p.substr(i, j - i);
    i = j + 1;
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (!parts.empty() && parts.back() != "..") parts.pop_back();
      else if (!rooted) parts.push_back(part);
      continue;
    }
    parts.push_back(part);
  }
  std::string out = rooted ? "/" : "";
  for (std::size_t k = 0; k < parts.size(); ++k) {
    if (k > 0) out += '/';
    out += parts[k];
  }
  return out.empty() ? "." : out;
}

std::string join(std::string_view a, std::string_view b) {
  if (a.empty() && b.empty()) return "";
  if (a.empty()) return clean(b);
  if (b.empty()) return clean(a);
  std::string s(a);
  s += '/';
  s += b;
  return clean(s);
}

std::string dir(std::string_view p) {
  const auto slash = p.rfind('/');
  return clean(slash == std::string_view::npos ? std::string_view() : p.substr(0, slash + 1));
}

std::string base(std::string_view p) {
  if (p.empty()) return ".";
  while (p.size() > 1 && p.back() == '/') p.remove_suffix(1);
  if (p == "/") return "/";
  const auto slash = p.rfind('/');
  return std::string(slash == std::string_view::npos ? p : p.substr(slash + 1));
}

std::string errno_text(int err) {
  std::string s = std::strerror(err);
  if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
  return s;
}

Error path_error(const std::string& op, const std::string& path, int err) {
  return make_error(ErrorKind::Internal, op + " " + path + ": " + errno_text(err));
}

}  // namespace kctl::stream::gopath
