#include "client/validation/duplicate_keys.h"

#include <nlohmann/json.hpp>

#include <array>
#include <optional>
#include <set>

namespace kctl::validation {

using nlohmann::json;

std::vector<std::string> duplicate_key_errors(std::string_view json_text) {
  constexpr std::array<std::string_view, 2> kMaps{"labels", "annotations"};
  std::vector<std::string> path;  // the key being read at each depth
  std::array<std::set<std::string>, 2> seen;
  std::array<std::optional<std::string>, 2> repeated;
  json::parser_callback_t watch = [&](int depth, json::parse_event_t event, json& parsed) {
    if (event != json::parse_event_t::key || depth < 1) return true;
    path.resize(static_cast<std::size_t>(depth));
    path.back() = parsed.get<std::string>();
    if (depth != 3 || path[0] != "metadata") return true;
    for (std::size_t i = 0; i < kMaps.size(); ++i)
      if (path[1] == kMaps[i] && !repeated[i] && !seen[i].insert(path[2]).second) repeated[i] = path[2];
    return true;
  };
  // Only the callback's findings matter, not the parsed value.
  [[maybe_unused]] const json scanned = json::parse(json_text.begin(), json_text.end(), watch, false);
  std::vector<std::string> errors;
  for (const auto& key : repeated)
    if (key) errors.push_back("duplicate key: " + *key);
  return errors;
}

}  // namespace kctl::validation
