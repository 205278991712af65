#include "cmd/resource_args.h"

#include <algorithm>

namespace kctl::cmd {
namespace {

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  for (;;) {
    auto comma = s.find(',', start);
    out.push_back(s.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) return out;
    start = comma + 1;
  }
}

// "a,b x y" -> "a/x a/y b/x b/y" when several types come with names.
std::vector<std::string> normalize_multiple_types(std::vector<std::string> args) {
  if (args.size() < 2) return args;
  auto types = split_resource_argument(args[0]);
  if (types.size() < 2) return args;
  std::vector<std::string> out;
  for (const auto& t : types)
    for (std::size_t i = 1; i < args.size(); ++i) out.push_back(t + "/" + args[i]);
  return out;
}

Result<TypeName> split_type_name(const std::string& s) {
  auto slash = s.find('/');
  if (s.find('/', slash + 1) != std::string::npos)
    return make_error(ErrorKind::Internal, "arguments in resource/name form may not have more than one slash");
  TypeName t{s.substr(0, slash), s.substr(slash + 1)};
  if (t.type.empty() || t.name.empty() || split_resource_argument(t.type).size() != 1)
    return make_error(ErrorKind::Internal, "arguments in resource/name form must have a single resource and name");
  return t;
}

}  // namespace

std::vector<std::string> split_resource_argument(const std::string& arg) {
  std::vector<std::string> out;
  for (auto& s : split_commas(arg))
    if (std::find(out.begin(), out.end(), s) == out.end()) out.push_back(std::move(s));
  return out;
}

Result<ResourceArgs> parse_resource_args(std::vector<std::string> args, const std::string& program) {
  args = normalize_multiple_types(std::move(args));
  ResourceArgs out;
  std::size_t with_slash = std::count_if(args.begin(), args.end(),
                                         [](const std::string& a) { return a.find('/') != std::string::npos; });
  if (with_slash > 0) {
    if (with_slash != args.size())
      return make_error(ErrorKind::Internal,
                        "there is no need to specify a resource type as a separate argument when passing "
                        "arguments in resource/name form (e.g. '" + program + " get resource/<resource_name>' "
                        "instead of '" + program + " get resource resource/<resource_name>'");
    for (const auto& a : args) {
      auto t = split_type_name(a);
      if (!t) return t.take_error();
      out.tuples.push_back(std::move(*t));
    }
    return out;
  }
  if (args.empty()) return out;
  out.types = split_resource_argument(args[0]);
  out.names.assign(args.begin() + 1, args.end());
  return out;
}

}  // namespace kctl::cmd
