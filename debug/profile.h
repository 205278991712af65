// kubectl debug's six static profiles, applied as kubectl 1.32 applies them
// in each mode (debug-spec.md §7). Pure functions over the objects as JSON.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "client/result.h"

namespace kctl::debug {

enum class Profile { Legacy, General, Baseline, Restricted, Netadmin, Sysadmin };

// "legacy", "general"... ; anything else is "unknown profile: <name>".
Result<Profile> parse_profile(std::string_view name);

// kubectl 1.32's default, and the warning it prints (to stderr, even with
// -q) whenever the profile is legacy.
inline constexpr std::string_view kDefaultProfile = "legacy";
inline constexpr std::string_view kLegacyWarning =
    "--profile=legacy is deprecated and will be removed in the future. It is recommended to explicitly specify a "
    "profile, for example \"--profile=general\".";

// What a pod copy keeps (the --keep-* flags).
struct KeepFlags {
  bool labels = false;
  bool annotations = false;
  bool liveness = false;
  bool readiness = false;
  bool startup = false;
  bool init_containers = true;
};

// Ephemeral mode: only the ephemeral container changes.
void apply_ephemeral_profile(Profile profile, nlohmann::json& container);

// Copy mode: `pod` is the copy (metadata and spec), `container` the name of
// the debug container in spec.containers or spec.initContainers.
void apply_copy_profile(Profile profile, nlohmann::json& pod, const std::string& container, const KeepFlags& keep);

// Node mode: `pod` is the node-debugger pod, `container` its container.
void apply_node_profile(Profile profile, nlohmann::json& pod, const std::string& container);

}  // namespace kctl::debug
