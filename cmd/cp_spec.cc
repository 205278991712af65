#include "cmd/cp_spec.h"

#include "stream/go_path.h"

namespace kctl::cmd {

namespace {
constexpr std::string_view kBadSpec = "filespec must match the canonical format: [[namespace/]pod:]file/path";
}

std::string strip_trailing_slash(std::string_view p) {
  if (!p.empty() && p != "/" && p.back() == '/') p.remove_suffix(1);
  return std::string(p);
}

std::string remote_path(std::string_view p) {
  std::string s = strip_trailing_slash(p);
  for (char& c : s)
    if (c == '\\') c = '/';
  return s;
}

Result<FileSpec> parse_file_spec(std::string_view arg) {
  const auto colon = arg.find(':');
  if (colon == 0) return make_error(ErrorKind::Internal, std::string(kBadSpec));
  FileSpec spec;
  if (colon == std::string_view::npos) {
    spec.file = strip_trailing_slash(arg);
    return spec;
  }
  const std::string_view pod = arg.substr(0, colon);
  spec.file = remote_path(arg.substr(colon + 1));
  const auto slash = pod.find('/');
  if (slash == std::string_view::npos) {
    spec.pod_name = std::string(pod);
  } else if (pod.find('/', slash + 1) == std::string_view::npos) {
    spec.pod_namespace = std::string(pod.substr(0, slash));
    spec.pod_name = std::string(pod.substr(slash + 1));
  } else {
    return make_error(ErrorKind::Internal, std::string(kBadSpec));
  }
  return spec;
}

std::string strip_path_shortcuts(std::string_view p) {
  while (p.substr(0, 3) == "../") p.remove_prefix(3);
  if (p == "." || p == "..") return "";
  if (!p.empty() && p[0] == '/') p.remove_prefix(1);
  return std::string(p);
}

std::string download_prefix(std::string_view remote_src) {
  const auto first = remote_src.find_first_not_of("/\\");
  const std::string_view stripped = first == std::string_view::npos ? std::string_view() : remote_src.substr(first);
  return strip_path_shortcuts(remote_path(stream::gopath::clean(remote_path(stripped))));
}

std::string shell_quote(std::string_view s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  return out + "'";
}

}  // namespace kctl::cmd
