// What a write verb acts on, as kubectl's resource builder hands it out:
// the objects of -f manifests (mapped to their resources, each in its own
// namespace or the default one), or the objects named by TYPE NAME... /
// TYPE/NAME arguments, or every object a selector or --all matches.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "client/result.h"
#include "cmd/factory.h"
#include "cmd/filename_options.h"
#include "cmd/resource_visits.h"

namespace kctl::cmd {

struct Target {
  Visit visit;            // resource, namespace, name
  nlohmann::json object;  // the manifest's object (-f), the listed object, or null
  bool live = false;      // `object` came from the server (a list)
  std::string source;     // the manifest it came from, for "error when creating \"f\""
  bool namespace_filled_in = false;  // the manifest's object had no namespace; `object` has the default one
};

struct Targets {
  std::vector<Target> items;
  // Objects refused before any request (a kind the server does not serve,
  // a namespace that contradicts -n): kubectl reports them after the
  // errors of the objects it did act on.
  std::vector<Error> refused;
  bool single_item_implied = false;
};

// The -f objects. `ns` is the default namespace; `enforce_ns` (-n was
// given) refuses objects that name another one, as kubectl does. The
// manifests' namespaces are filled in on the objects. `check` (schema
// validation, cmd/manifest_validation.h) sees each document first; what it
// refuses is in `refused`, in kubectl's order.
Result<Targets> targets_from_manifests(Factory& f, const FilenameOptions& files, const std::string& ns,
                                       bool enforce_ns, const client::DocumentCheck& check = nullptr);

// The objects of manifests already read, mapped as targets_from_manifests
// maps them (the source of each kept for errors).
Result<Targets> targets_from_objects(Factory& f, Manifests manifests, const std::string& ns, bool enforce_ns);

// The errors a write verb reports: its own, then the refused ones, as
// kubectl's builder nests them (several refused after errors of the verb
// are one "[a, b]" line).
std::vector<Error> with_refused(std::vector<Error> errors, std::vector<Error> refused);

struct ArgsScope {
  std::string ns;
  bool all_namespaces = false;
  std::string label_selector, field_selector;
  bool all = false;  // --all: every object of the types
  // Types alone (no names, selector or --all) are an error, not a list.
  bool require_names = true;
};

// The objects the arguments name; selectors and --all are listed (names
// only) so that each object is acted on by name.
Result<Targets> targets_from_args(Factory& f, const std::vector<std::string>& args, const ArgsScope& scope,
                                  const std::string& program);

// The -f objects when there are files, else the arguments' objects, in
// the kubeconfig's namespace (scope.ns is filled in).
Result<Targets> resolve_targets(Factory& f, const FilenameOptions& files, const std::vector<std::string>& args,
                                ArgsScope scope);

}  // namespace kctl::cmd
