// kubectl debug --custom: a partial container spec (JSON or YAML) merged
// into the debug container after the static profile, as kubectl does it
// (decode into a v1.Container, re-encode with Go's omitempty rules, then a
// strategic merge patch against the container). Pure functions: no I/O
// besides reading the file in load_custom_profile().
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "client/result.h"

namespace kctl::debug {

struct CustomProfile {
  // The container fields as kubectl's typed round trip leaves them: unknown
  // keys, nulls and zero-valued non-pointer scalars (stdin: false,
  // workingDir: "", ...) dropped; pointer fields (privileged: false,
  // runAsUser: 0, ...) kept; SMP directives ($patch...) dropped.
  nlohmann::json spec = nlohmann::json::object();
  // Beyond kubectl: one line per unknown field, "<file>: line N: unknown
  // field \"a.b\" (ignored)", for the caller to print as a warning.
  std::vector<std::string> warnings;
};

// Decodes `text` read from `path`. JSON first, then YAML, as kubectl. An
// empty document (or YAML null) is no profile: nullopt. Errors start as
// kubectl's "<path> does not contain a valid container spec: " and go on
// with the line and the field path (beyond kubectl), e.g.
//   f.yaml does not contain a valid container spec: line 3: env: expected a list, got a string
Result<std::optional<CustomProfile>> parse_custom_profile(std::string_view text, const std::string& path);

// Reads and parses the file; a file that cannot be read is kubectl's
//   must pass a container spec json file for custom profile: open <path>: no such file or directory
Result<std::optional<CustomProfile>> load_custom_profile(const std::string& path);

// kubectl's validation: a non-empty name, command, image or volumeDevices,
// or any lifecycle, is refused with
//   name, command, image, lifecycle and volume devices are not modifiable via custom profile
Result<> check_custom_profile(const CustomProfile& profile);

// Merges the profile into `container` (a v1.Container or EphemeralContainer
// as JSON) with strategic-merge semantics for v1.Container: env merged by
// name, volumeMounts by mountPath, ports by containerPort, volumeDevices by
// devicePath; maps (resources, securityContext...) merged key by key; every
// other list (args, capabilities.add/drop, envFrom...) and scalar replaced.
// Merged list order follows apimachinery's normalizeElementOrder (items
// only in the patch first...). The profile's name never changes the
// container's.
void merge_custom_profile(nlohmann::json& container, const CustomProfile& profile);

// Beyond kubectl: `--custom=NAME` that is not an existing file is looked up
// as NAME.yaml, then NAME.json, in `profiles_dir`
// ($XDG_CONFIG_HOME/kctl/debug-profiles, else ~/.config/kctl/debug-profiles).
// Returns the path to read (the value itself when nothing else matches).
std::string resolve_custom_profile_path(const std::string& value, const std::string& profiles_dir);

}  // namespace kctl::debug
