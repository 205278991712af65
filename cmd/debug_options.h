// kctl debug: kubectl debug's flags once completed and validated, and the
// three modes that use them (ephemeral container, pod copy, node pod).
#pragma once

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "client/rest_client.h"
#include "client/result.h"
#include "cmd/factory.h"
#include "debug/custom_profile.h"
#include "debug/profile.h"
#include "stream/executor.h"

namespace kctl::cmd {

using KeyValues = std::vector<std::pair<std::string, std::string>>;

struct DebugOptions {
  // Flags.
  std::vector<std::string> targets;
  std::vector<std::string> command;  // after "--"
  bool arguments_only = false;
  bool attach = false, attach_given = false;
  std::string container, copy_to, image, pull_policy, target_container, profile_name, custom, dry_run, output;
  bool replace = false, same_node = false;
  bool share_processes = true, share_processes_given = false;
  bool stdin = false, tty = false, quiet = false;
  KeyValues env, set_image;
  debug::KeepFlags keep;

  // complete()
  std::string ns;
  debug::Profile profile = debug::Profile::Legacy;
  std::optional<debug::CustomProfile> custom_profile;
  stream::ExecutorFactory make_executor;

  bool client_dry_run() const { return dry_run == "client"; }
};

// The container kubectl debug adds (ephemeral and copy modes start from it):
// name, image, pull policy, env, stdin/tty, terminationMessagePolicy File,
// and the command or args after "--".
nlohmann::json debug_container(const DebugOptions& o, const std::string& name);

// Each mode: builds the object, sends it (unless --dry-run=client, which
// prints it), and returns the pod and container to attach to, if any.
struct DebugTarget {
  nlohmann::json pod;
  std::string container;
};
Result<std::optional<DebugTarget>> debug_ephemeral(Factory& f, client::RestClient& rest, const DebugOptions& o,
                                                   const nlohmann::json& pod);
Result<std::optional<DebugTarget>> debug_copy(Factory& f, client::RestClient& rest, const DebugOptions& o,
                                              const nlohmann::json& pod);
Result<std::optional<DebugTarget>> debug_node(Factory& f, client::RestClient& rest, const DebugOptions& o,
                                              const std::string& node);

// Waits for the container to run, then attaches (or streams its logs when it
// already ended), as kubectl debug's handleAttachPod.
Result<> attach_debug_container(Factory& f, client::RestClient& rest, const DebugOptions& o, const DebugTarget& target);

// Sends `body` with `method` and returns the answer decoded (an empty object
// when it is not JSON).
Result<nlohmann::json> send_object(client::RestClient& rest, const std::string& method, const client::Request& where,
                                   const std::string& content_type, const std::string& body);

// Prints the object --dry-run=client would have sent (-o yaml or json).
Result<> print_dry_run(Factory& f, const DebugOptions& o, const nlohmann::json& object);

}  // namespace kctl::cmd
