// The objects of resolved targets as kubectl's builder hands them to verbs
// that need them (RequireObject): named objects are read from the server,
// all of them before any is acted on; the ones that cannot be read are
// errors reported after the others were acted on (ContinueOnError).
#pragma once

#include <functional>
#include <vector>

#include "client/rest_client.h"
#include "client/result.h"
#include "cmd/write_targets.h"

namespace kctl::cmd {

struct LiveTargets {
  std::vector<Target> items;  // each with its object
  std::vector<Error> errors;  // the GETs that failed, then targets.refused
};

// Reads `t`'s object from the server unless it has it (see fetch_live).
Result<> ensure_live(client::RestClient& rest, Target& t, bool latest = false);

// `latest`: manifest objects are read from the server too (the builder's
// Latest()); otherwise they stay as the file has them.
LiveTargets fetch_live(client::RestClient& rest, Targets targets, bool latest = false);

// kubectl's ContinueOnError visit of targets a verb needs the objects of:
// each is read (unless it has its object) and handed to `act`, in order;
// the errors of both, with the verb's own ones bare as kubectl's
// aggregate prints them, then targets.refused.
std::vector<Error> visit_live(client::RestClient& rest, Targets targets,
                              const std::function<Result<>(const Target&)>& act);

// The builder's aggregate error text: the message of one error, or
// "[a, b]" for several.
std::string aggregate_message(const std::vector<Error>& errors);

}  // namespace kctl::cmd
