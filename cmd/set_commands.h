// kctl set image|env|resources: what kubectl's set subcommands share.
// Each reads its objects (or -f manifests with --local), changes the pod
// spec of each (polymorphichelpers' UpdatePodSpecForObject), and sends the
// strategic merge patch from the object before to the object after;
// objects that did not change are left out silently, as kubectl does.
#pragma once

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <vector>

#include "client/result.h"
#include "cmd/filename_options.h"
#include "cmd/resource_visits.h"
#include "cmd/verb.h"
#include "cmd/write_output.h"

namespace kctl::cmd {

using ojson = nlohmann::ordered_json;

void register_set(CLI::App& root, VerbContext& ctx);
void register_set_image(CLI::App& set, VerbContext& ctx);
void register_set_env(CLI::App& set, VerbContext& ctx);
void register_set_resources(CLI::App& set, VerbContext& ctx);

// The pod spec of `obj` (pod: spec; workloads: spec.template.spec;
// cronjobs: spec.jobTemplate.spec.template.spec), created when a template
// has none; nullptr when the kind has no pod template.
ojson* pod_spec_of(ojson& obj);

// kubectl's selectString: `spec` is a name or a pattern with '*'
// wildcards, matched with kubectl's own (non-greedy, quirky) rules.
bool container_selected(const std::string& name, const std::string& spec);

// `value` set as `obj[key]`; a key `obj` lacks is put where Go's struct
// (whose fields are `go_order`) would print it.
void set_in_go_order(ojson& obj, const std::string& key, ojson value, const std::vector<std::string>& go_order);

// The fields of core/v1 Container, in Go's order.
const std::vector<std::string>& container_field_order();

// validation.IsEnvVarName's complaints about `name`; empty when valid.
std::vector<std::string> env_name_problems(const std::string& name);

// kubectl's keyToEnvName: "a.b-c" becomes "A_B_C".
std::string key_to_env_name(const std::string& key);

// kubectl's updateEnv: `existing` with the variables of `remove` dropped,
// those `env` names replaced in place, and the rest of `env` appended
// (the first of each name wins).
ojson update_env(const ojson& existing, const ojson& env, const std::vector<std::string>& remove);

// kubectl's GetEnvVarRefString: "configmap cm, key k", "secret s, key k",
// "field path metadata.name", "resource field app/limits.cpu".
std::string env_ref_string(const ojson& value_from);

// --limits/--requests: "cpu=100m,memory=1Gi" as a resource list, each
// quantity canonical (kubectl's HandleResourceRequirementsV1); {} for "".
Result<ojson> parse_resource_list(const std::string& spec);

// The flags every set subcommand has.
struct SetFlags {
  FilenameOptions files;
  WriteFlags write;
  std::string selector, field_manager = "kubectl-set";
  bool all = false, local = false;

  // --all, -l and --local with each subcommand's help texts.
  void add_to(CLI::App& sub, const std::string& all_help, const std::string& selector_help,
              const std::string& local_help);
};

struct SetObject {
  Visit visit;
  ojson object;
};

// What a subcommand does to one object: its change to the pod spec,
// appending errors kubectl reports without failing the object to
// `errors`; a failed Result is the object's error ("error: deployments/web
// ..."); false leaves the object out.
using SetMutation = std::function<Result<bool>(SetObject& obj, ojson& pod_spec, std::vector<Error>& errors)>;

struct SetVerb {
  const char* operation;       // "image updated"
  const char* patch_failure;   // "failed to patch image update to pod template: "
  bool list_only = false;      // set env --list: no patch, no printing
};

// Checks --dry-run, -o and --local, then reads the objects `resources`
// (or -f) name: all of them, or the builder's errors and nothing else.
struct SetRun {
  DryRun dry_run = DryRun::None;
  std::vector<SetObject> objects;
};
Result<SetRun> load_set_objects(Factory& f, const SetFlags& flags, const std::vector<std::string>& resources);

// Changes, patches and prints each object; kubectl's errors at the end.
Result<> apply_set(Factory& f, const SetFlags& flags, const SetVerb& verb, SetRun run, const SetMutation& mutate);

// The errors as kubectl's CheckErr prints them for set: one error with
// "error: " first unless it has it; several one per line, as they are.
Result<> report_set_errors(const std::vector<Error>& errors, std::ostream& err);

// kubectl's GetResourcesAndPairs: resources, then KEY=VALUE pairs (and
// KEY- when removal is allowed).
Result<> split_resources_and_pairs(const std::vector<std::string>& args, const std::string& pair_type,
                                   std::vector<std::string>& resources, std::vector<std::string>& pairs);

}  // namespace kctl::cmd
