// kctl wait: until each object is deleted, created, has a status condition
// or a JSONPath value (--for), within --timeout (30s; 0 looks once, a
// negative one waits a week); "condition met" per object, and kubectl's
// errors for the ones that were not, after the others.
#include <chrono>
#include <thread>

#include "cmd/go_duration.h"
#include "cmd/live_targets.h"
#include "cmd/render_error.h"
#include "cmd/workload_verbs.h"
#include "cmd/wait_conditions.h"
#include "cmd/wait_deleted.h"
#include "cmd/watch_until.h"
#include "cmd/write_ops.h"
#include "cmd/write_output.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;
using Clock = std::chrono::steady_clock;

constexpr const char* kCommandPath = "kctl wait";

struct WaitOptions {
  std::vector<std::string> args;
  FilenameOptions files;
  WriteFlags print;
  std::string label_selector, field_selector, for_condition, timeout = "30s";
  bool all = false, all_namespaces = false;
};

// "deployments/web", as kubectl's wait names an object in its errors.
std::string object_name(const Visit& v) { return v.resource.name + "/" + v.name; }

struct Waiter {
  client::RestClient& rest;
  const WaitCondition& condition;
  Clock::duration timeout;
  Clock::time_point deadline;

  // The object once it meets the condition.
  Result<json> until_met(const Target& t) const {
    if (timeout == Clock::duration::zero()) {
      // Looked at once.
      auto live = get_object(rest, t.visit);
      if (!live) return live.take_error();
      auto met = wait_condition_met(condition, *live);
      if (!met) return met.take_error();
      if (!*met) return make_error(ErrorKind::Plain, "condition not met for " + object_name(t.visit));
      return std::move(*live);
    }
    json result;
    auto done = watch_until(
        rest, t.visit, deadline,
        [&](bool exists) -> Result<bool> {
          if (exists) return false;
          Error e = make_error(ErrorKind::ApiStatus, t.visit.resource.name +
                                                         (t.visit.resource.group.empty() ? "" : "." + t.visit.resource.group) +
                                                         " \"" + t.visit.name + "\" not found");
          e.reason = "NotFound";
          e.code = 404;
          return e;
        },
        [&](const std::string& type, const json& obj) -> Result<bool> {
          if (type == "DELETED") return false;
          auto met = wait_condition_met(condition, obj);
          if (!met) return met.take_error();
          if (*met) result = obj;
          return *met;
        });
    if (!done) return done.take_error();
    if (!*done) return make_error(ErrorKind::Plain, "timed out waiting for the condition on " + object_name(t.visit));
    return result;
  }

  Result<json> until_deleted(const Target& t) const {
    if (timeout == Clock::duration::zero()) {
      auto live = get_object(rest, t.visit);
      if (!live && is_not_found(live.error())) return t.object;
      if (!live) return live.take_error();
      return make_error(ErrorKind::Plain, "condition not met for " + object_name(t.visit));
    }
    auto gone = wait_for_deletion(rest, {{t.visit, {}}}, deadline - Clock::now());
    if (!gone) {
      Error e = gone.take_error();
      if (e.kind == ErrorKind::Internal) e.kind = ErrorKind::Plain;
      return e;
    }
    return t.object;
  }
};

Result<> run_wait(Factory& f, WaitOptions& o) {
  std::ostream& err = f.io().err;
  auto timeout = duration_flag(o.timeout, "--timeout", kCommandPath, err);
  if (!timeout) return timeout.take_error();
  if (auto v = OperationPrinter::validate(o.print.output); !v) return v;
  auto condition = parse_wait_condition(o.for_condition);
  if (!condition) return condition.take_error();
  auto wait_for = std::chrono::duration_cast<Clock::duration>(*timeout);
  if (wait_for < Clock::duration::zero()) wait_for = std::chrono::hours(168);

  auto targets =
      resolve_targets(f, o.files, o.args, {{}, o.all_namespaces, o.label_selector, o.field_selector, o.all, true});
  if (!targets) return targets.take_error();
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  const Waiter waiter{**rest, *condition, wait_for, Clock::now() + wait_for};
  OperationPrinter printer(o.print.output, DryRun::None, o.print.show_managed_fields, f.io().out);
  const auto kind = condition->kind;
  std::vector<Error> errors;
  std::size_t visited = 0;
  for (auto& t : targets->items) {
    auto live = ensure_live(**rest, t, true);
    // --for=create: the object is looked for again every second.
    bool timed_out = false;
    while (!live && kind == WaitCondition::Kind::Create && is_not_found(live.error())) {
      if ((timed_out = Clock::now() + std::chrono::seconds(1) > waiter.deadline)) break;
      std::this_thread::sleep_for(std::chrono::seconds(1));
      live = ensure_live(**rest, t, true);
    }
    if (timed_out) {
      errors.push_back(make_error(ErrorKind::Plain, "timed out waiting for the condition"));
      continue;
    }
    if (!live) {
      Error e = live.take_error();
      if (!(kind == WaitCondition::Kind::Delete && is_not_found(e))) errors.push_back(std::move(e));
      continue;
    }
    ++visited;
    Result<json> final_object = t.object;
    if (kind == WaitCondition::Kind::Delete) final_object = waiter.until_deleted(t);
    else if (kind != WaitCondition::Kind::Create) final_object = waiter.until_met(t);
    if (!final_object) {
      errors.push_back(final_object.take_error());
      continue;
    }
    json shown = std::move(*final_object);
    if (!shown.contains("kind")) shown["kind"] = t.visit.resource.kind;
    printer.print(shown, "condition met");
  }
  for (auto& e : targets->refused) errors.push_back(std::move(e));
  if (errors.empty() && visited == 0 && kind != WaitCondition::Kind::Delete)
    return make_error(ErrorKind::Internal, "no matching resources found");
  return report_errors(errors, err);
}

}  // namespace

void register_wait(CLI::App& root, VerbContext& ctx) {
  auto opts = std::make_shared<WaitOptions>();
  WaitOptions& o = *opts;
  CLI::App* sub = root.add_subcommand("wait", "Experimental: Wait for a specific condition on one or many resources");
  sub->add_option("args", o.args);
  sub->add_flag("--all", o.all, "Select all resources in the namespace of the specified resource types");
  sub->add_flag("-A,--all-namespaces", o.all_namespaces,
                "If present, list the requested object(s) across all namespaces. Namespace in current context is "
                "ignored even if specified with --namespace.");
  sub->add_option("--field-selector", o.field_selector,
                  "Selector (field query) to filter on, supports '=', '==', and '!='.(e.g. --field-selector "
                  "key1=value1,key2=value2). The server only supports a limited number of field queries per type.");
  add_filename_flags(*sub, o.files, "identifying the resource.");
  sub->add_option("--for", o.for_condition,
                  "The condition to wait on: [create|delete|condition=condition-name[=condition-value]|jsonpath='{"
                  "JSONPath expression}'=[JSONPath value]]. The default condition-value is true.  Condition values are "
                  "compared after Unicode simple case folding, which is a more general form of case-insensitivity.");
  sub->add_option("-o,--output", o.print.output,
                  "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, "
                  "jsonpath, jsonpath-as-json, jsonpath-file).");
  sub->add_option("-l,--selector", o.label_selector,
                  "Selector (label query) to filter on, supports '=', '==', and '!='.(e.g. -l key1=value1,key2=value2). "
                  "Matching objects must satisfy all of the specified label constraints.");
  sub->add_flag("--show-managed-fields", o.print.show_managed_fields,
                "If true, keep the managedFields when printing objects in JSON or YAML format.");
  sub->add_option("--timeout", o.timeout,
                  "The length of time to wait before giving up.  Zero means check once and don't wait, negative means "
                  "wait for a week.");
  on_chosen(sub, ctx, [opts, &ctx]() { return run_wait(ctx.factory, *opts); });
}

}  // namespace kctl::cmd
