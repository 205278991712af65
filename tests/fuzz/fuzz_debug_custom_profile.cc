// kubectl debug --custom: a partial container spec (JSON or YAML) decoded
// with the disallowed-field check, then merged into the container each
// static profile builds, as `debug` does for an ephemeral container.
#include <nlohmann/json.hpp>

#include "debug/custom_profile.h"
#include "debug/profile.h"
#include "tests/fuzz/fuzz_input.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kctl::debug;
  auto profile = parse_custom_profile(kctl::fuzz::as_text(data, size), "/fuzz/profile.yaml");
  if (!profile || !*profile) return 0;
  if (!check_custom_profile(**profile)) return 0;
  for (const char* name : {"legacy", "general", "baseline", "restricted", "netadmin", "sysadmin"}) {
    auto static_profile = parse_profile(name);
    if (!static_profile) continue;
    nlohmann::json container = {{"name", "debugger"}, {"image", "busybox"}, {"stdin", true}, {"tty", true}};
    apply_ephemeral_profile(*static_profile, container);
    merge_custom_profile(container, **profile);
    (void)container.dump();
  }
  return 0;
}
