#include "debug/names.h"

#include <random>
#include <regex>

namespace kctl::debug {
namespace {

// distribution/reference's ReferenceRegexp, spelled out from its parts.
const std::regex& reference_regex() {
  static const std::regex re = [] {
    const std::string alphanumeric = "[a-z0-9]+";
    const std::string separator = "(?:[._]|__|[-]+)";
    const std::string path_component = alphanumeric + "(?:" + separator + alphanumeric + ")*";
    const std::string domain_component = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    const std::string domain_name = domain_component + "(?:\\." + domain_component + ")*";
    const std::string ipv6 = "\\[(?:[a-fA-F0-9:]+)\\]";
    const std::string domain = "(?:" + domain_name + "|" + ipv6 + ")(?::[0-9]+)?";
    const std::string tag = "[\\w][\\w.-]{0,127}";
    const std::string digest = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}";
    const std::string name = "(?:" + domain + "/)?" + path_component + "(?:/" + path_component + ")*";
    return std::regex("^" + name + "(?::" + tag + ")?(?:@" + digest + ")?$");
  }();
  return re;
}

}  // namespace

bool valid_image_reference(std::string_view image) {
  return std::regex_match(image.begin(), image.end(), reference_regex());
}

std::string random_suffix() {
  static constexpr std::string_view kAlphabet = "bcdfghjklmnpqrstvwxz2456789";
  std::random_device device;
  std::uniform_int_distribution<std::size_t> pick(0, kAlphabet.size() - 1);
  std::string out;
  for (int i = 0; i < 5; ++i) out.push_back(kAlphabet[pick(device)]);
  return out;
}

std::string debugger_name(const std::function<bool(const std::string&)>& taken) {
  std::string name;
  do name = "debugger-" + random_suffix();
  while (taken(name));
  return name;
}

}  // namespace kctl::debug
