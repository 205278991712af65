// What kctl's create generators (create configmap, create deployment, ...)
// and kctl run share: the flags kubectl gives each of them, the NAME
// argument, required-flag errors, and the send path: build the object,
// optionally annotate it (--save-config), POST it unless --dry-run=client,
// print it. Objects are kept in Go's struct field order (ordered_json)
// because kubectl prints typed objects that way with -o json.
#pragma once

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

#include "client/discovery.h"
#include "client/result.h"
#include "cmd/factory.h"
#include "cmd/write_output.h"

namespace kctl::cmd {

using ojson = nlohmann::ordered_json;

struct GeneratorFlags {
  WriteFlags write;
  std::string field_manager = "kubectl-create";
  bool save_config = false;
  std::string validate = "strict";  // accepted for kubectl compatibility
  std::vector<std::string> args;    // NAME (and whatever else was given)

  // `with_validate`: kubectl's generators have --validate; expose and
  // autoscale do not.
  void add_to(CLI::App& sub, bool with_validate = true);
};

// Where a generated object is sent, and kubectl's wording when that fails
// ("failed to create configmap: " + the server's message; empty: the
// server's error as it is).
struct GeneratorTarget {
  client::ApiResource resource;  // group, version, name (plural), kind, namespaced
  std::string failure_prefix;
  std::string operation = "created";  // what the printer says once it is sent ("exposed")
};

// The namespace the object goes to, and whether -n asked for it (kubectl
// then writes it into the object's metadata).
struct GeneratorNamespace {
  std::string ns;
  bool enforced = false;
};

Result<GeneratorNamespace> generator_namespace(Factory& f);

// The namespace to write into a generated object's metadata: -n's, or ""
// when -n was not given (or the configuration cannot be read).
std::string enforced_generator_namespace(Factory& f);

// kubectl's NameFromCommandArgs: exactly one NAME.
Result<std::string> name_from_args(const std::vector<std::string>& args);

// cobra's check of required flags: `missing` names the unset ones; the
// error is the klog line cobra's caller prints ("required flag(s) \"image\"
// not set"). Ok when none is missing.
Result<> required_flags(Factory& f, const std::vector<std::string>& missing);

// ObjectMeta in Go's field order: name, namespace (when given),
// creationTimestamp: null, then labels (sorted, when any).
ojson object_meta(const std::string& name, const std::string& ns = {},
                  const std::map<std::string, std::string>& labels = {});

// {"kind", "apiVersion", "metadata"}: the start of every generated object.
ojson typed_object(const std::string& kind, const std::string& api_version, ojson metadata);

// The whole create: dry-run and -o checks, --save-config, the POST (unless
// --dry-run=client) and kubectl's "kind/name created" or -o printing.
Result<> send_generated(Factory& f, const GeneratorFlags& flags, const GeneratorTarget& target, ojson object);

// The send path without the printing, for verbs that print several
// objects or their own way: --save-config's annotation, then the POST
// (with dryRun=All for --dry-run=server); the object the server returned,
// in its key order.
Result<ojson> post_generated(Factory& f, const GeneratorFlags& flags, const GeneratorTarget& target, ojson object,
                             DryRun dry_run);

// Checks --dry-run and -o before any object is built (kubectl's Complete).
Result<DryRun> check_write_flags(Factory& f, const GeneratorFlags& flags);

// pflag's parsing of an int flag's value, with cobra's error for a bad one
// ("invalid argument \"x\" for \"--value\" flag: strconv.ParseInt: ...").
Result<long long> parse_int_flag(Factory& f, const std::string& value, const std::string& flag,
                                 const std::string& command_path);

// The resource a generator sends to, as discovery would name it.
client::ApiResource generated_resource(const std::string& group, const std::string& version,
                                       const std::string& plural, const std::string& kind, bool namespaced);

// Splits "a,b,c" as pflag's string slices do (a CSV record); empty input
// is an empty list.
std::vector<std::string> split_commas(const std::string& s);

}  // namespace kctl::cmd
