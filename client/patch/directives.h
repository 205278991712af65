// The keys strategic merge patches use besides field names.
#pragma once

#include <string>
#include <string_view>

#include "client/result.h"

namespace kctl::patch {

inline constexpr const char* kDirectiveMarker = "$patch";
inline constexpr const char* kDeleteDirective = "delete";
inline constexpr const char* kReplaceDirective = "replace";
inline constexpr const char* kMergeDirective = "merge";
inline constexpr const char* kRetainKeysDirective = "$retainKeys";
inline constexpr std::string_view kDeleteFromPrimitiveListPrefix = "$deleteFromPrimitiveList";
inline constexpr std::string_view kSetElementOrderPrefix = "$setElementOrder";

inline bool has_prefix(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

// "$setElementOrder/containers" -> "containers" (extractKey).
Result<std::string> directive_field(const std::string& key, std::string_view prefix);

}  // namespace kctl::patch
