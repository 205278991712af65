// kctl rollout status: each object's rollout state as kubectl's status
// viewers word it, watched (list then watch by name) until done, or shown
// once with --watch=false; --timeout ends the watch with kubectl's error.
#include <chrono>

#include "cmd/go_duration.h"
#include "cmd/live_targets.h"
#include "cmd/render_error.h"
#include "cmd/rollout_status.h"
#include "cmd/rollout_verbs.h"
#include "cmd/watch_until.h"
#include "cmd/write_ops.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr const char* kRolloutStatusCommand = "kctl rollout status";

struct StatusOptions {
  std::vector<std::string> args;
  FilenameOptions files;
  std::string label_selector, revision = "0", timeout = "0s";
  bool watch = true;
};

// Watches one object until its rollout is done (or, without --watch, shows
// its state once).
Result<> watch_rollout(client::RestClient& rest, const Target& t, const StatusOptions& o, long long revision,
                       Clock::time_point deadline, std::ostream& out) {
  auto finished = watch_until(rest, t.visit, deadline, nullptr, [&](const std::string& type, const json& obj) -> Result<bool> {
    if (type == "DELETED") return make_error(ErrorKind::Internal, "object has been deleted");
    auto state = rollout_state(obj, revision);
    if (!state) return state.take_error();
    out << state->message;
    out.flush();
    return state->done || !o.watch;
  });
  if (!finished) return finished.take_error();
  if (!*finished) return make_error(ErrorKind::Plain, "timed out waiting for the condition");
  return {};
}

Result<> run_status(Factory& f, StatusOptions& o) {
  std::ostream& err = f.io().err;
  auto revision = parse_int_flag(o.revision, "--revision", kRolloutStatusCommand, err);
  if (!revision) return revision.take_error();
  auto timeout = duration_flag(o.timeout, "--timeout", kRolloutStatusCommand, err);
  if (!timeout) return timeout.take_error();
  if (auto r = validate_revision_args(o.args, o.files, *revision); !r) return r;
  auto resolved = rollout_targets(f, o.args, o.files, o.label_selector);
  if (!resolved) return resolved.take_error();
  client::RestClient& rest = *resolved->rest;
  Targets& targets = resolved->targets;
  auto rc = f.rest_config();
  if (!rc) return rc.take_error();
  // --timeout=0: no deadline (a year is as good as none).
  const auto deadline = timeout->count() == 0
                            ? Clock::now() + std::chrono::hours(24 * 365)
                            : Clock::now() + std::chrono::duration_cast<Clock::duration>(*timeout);
  std::vector<Error> errors;
  bool found = false;
  for (auto& t : targets.items) {
    if (auto r = ensure_live(rest, t, true); !r) {
      errors.push_back(r.take_error());
      continue;
    }
    found = true;
    const auto& res = t.visit.resource;
    if (!has_status_viewer(res.group, res.kind)) {
      errors.push_back(make_error(ErrorKind::Plain, "no status viewer has been implemented for " +
                                                        (res.group.empty() ? res.kind : res.kind + "." + res.group)));
      continue;
    }
    if (auto r = watch_rollout(rest, t, o, *revision, deadline, f.io().out); !r) {
      Error e = r.take_error();
      if (e.kind == ErrorKind::Internal) e.kind = ErrorKind::Plain;  // kubectl's aggregate prints them bare
      errors.push_back(std::move(e));
    }
  }
  for (auto& e : targets.refused) errors.push_back(std::move(e));
  if (!found && errors.empty()) err << "No resources found in " << (*rc)->ns << " namespace.\n";
  return report_errors(errors, err);
}

}  // namespace

void register_rollout_status(CLI::App& rollout, VerbContext& ctx) {
  auto opts = std::make_shared<StatusOptions>();
  StatusOptions& o = *opts;
  CLI::App* sub = rollout.add_subcommand("status", "Show the status of the rollout");
  sub->add_option("args", o.args);
  add_filename_flags(*sub, o.files, "identifying the resource to get from a server.");
  sub->add_option("--revision", o.revision,
                  "Pin to a specific revision for showing its status. Defaults to 0 (last revision).");
  add_rollout_selector(*sub, o.label_selector);
  sub->add_option("--timeout", o.timeout,
                  "The length of time to wait before ending watch, zero means never. Any other values should contain "
                  "a corresponding time unit (e.g. 1s, 2m, 3h).");
  sub->add_flag("-w,--watch", o.watch, "Watch the status of the rollout until it's done.");
  on_chosen(sub, ctx, [opts, &ctx]() { return run_status(ctx.factory, *opts); });
}

}  // namespace kctl::cmd
