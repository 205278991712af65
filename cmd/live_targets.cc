#include "cmd/live_targets.h"

#include "client/validation/validation_errors.h"
#include "cmd/write_ops.h"

namespace kctl::cmd {

Result<> ensure_live(client::RestClient& rest, Target& t, bool latest) {
  if (t.live || (!t.object.is_null() && !latest)) return {};
  auto obj = get_object(rest, t.visit);
  if (!obj) return with_source(obj.take_error(), "getting", t.source);
  t.object = std::move(*obj);
  if (!t.object.contains("kind")) t.object["kind"] = t.visit.resource.kind;
  t.live = true;
  return {};
}

LiveTargets fetch_live(client::RestClient& rest, Targets targets, bool latest) {
  LiveTargets live;
  for (auto& t : targets.items) {
    if (auto r = ensure_live(rest, t, latest); !r) {
      live.errors.push_back(r.take_error());
      continue;
    }
    live.items.push_back(std::move(t));
  }
  for (auto& e : targets.refused) live.errors.push_back(std::move(e));
  return live;
}

std::vector<Error> visit_live(client::RestClient& rest, Targets targets,
                              const std::function<Result<>(const Target&)>& act) {
  std::vector<Error> errors;
  for (auto& t : targets.items) {
    Result<> done = ensure_live(rest, t);
    if (done) done = act(t);
    if (done) continue;
    Error e = done.take_error();
    if (e.kind == ErrorKind::Internal) e.kind = ErrorKind::Plain;  // a lone one gets "error: " back
    errors.push_back(std::move(e));
  }
  return with_refused(std::move(errors), std::move(targets.refused));
}

std::string aggregate_message(const std::vector<Error>& errors) {
  std::vector<std::string> messages;
  for (const auto& e : errors) messages.push_back(e.message);
  return validation::aggregate_message(messages);
}

}  // namespace kctl::cmd
