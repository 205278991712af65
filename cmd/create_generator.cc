#include "cmd/create_generator.h"

#include "client/printers/go_json.h"
#include "cmd/resource_visits.h"
#include "cmd/write_ops.h"

namespace kctl::cmd {

void GeneratorFlags::add_to(CLI::App& sub, bool with_validate) {
  write.add_to(sub);
  sub.add_option("--field-manager", field_manager, "Name of the manager used to track field ownership.")
      ->default_str("kubectl-create");
  add_save_config_flag(sub, save_config);
  if (with_validate)
    sub.add_option("--validate", validate,
                 "Must be one of: strict (or true), warn, ignore (or false). Accepted for kubectl compatibility.")
        ->expected(0, 1)
        ->default_str("strict");
  sub.add_option("args", args)->take_all();
}

Result<GeneratorNamespace> generator_namespace(Factory& f) {
  auto rc = f.rest_config();
  if (!rc) return rc.take_error();
  return GeneratorNamespace{(*rc)->ns, !f.flags().overrides.ns.empty()};
}

std::string enforced_generator_namespace(Factory& f) {
  auto ns = generator_namespace(f);
  return ns && ns->enforced ? ns->ns : std::string();
}

Result<std::string> name_from_args(const std::vector<std::string>& args) {
  if (args.size() != 1)
    return make_error(ErrorKind::Usage, "exactly one NAME is required, got " + std::to_string(args.size()));
  return args.front();
}

Result<> required_flags(Factory& f, const std::vector<std::string>& missing) {
  if (missing.empty()) return {};
  std::string names;
  for (const auto& m : missing) names += (names.empty() ? "" : ", ") + ("\\\"" + m + "\\\"");
  f.logger().error("run.go:72", "\"command failed\" err=\"required flag(s) " + names + " not set\"");
  return make_error(ErrorKind::Printed, "");
}

ojson object_meta(const std::string& name, const std::string& ns, const std::map<std::string, std::string>& labels) {
  ojson meta = ojson::object();
  meta["name"] = name;
  if (!ns.empty()) meta["namespace"] = ns;
  meta["creationTimestamp"] = nullptr;
  if (!labels.empty()) meta["labels"] = labels;
  return meta;
}

ojson typed_object(const std::string& kind, const std::string& api_version, ojson metadata) {
  ojson o = ojson::object();
  o["kind"] = kind;
  o["apiVersion"] = api_version;
  o["metadata"] = std::move(metadata);
  return o;
}

Result<DryRun> check_write_flags(Factory& f, const GeneratorFlags& flags) {
  auto dry_run = parse_dry_run(flags.write.dry_run, f.logger());
  if (!dry_run) return dry_run.take_error();
  if (auto v = OperationPrinter::validate(flags.write.output); !v) return v.take_error();
  return *dry_run;
}

Result<long long> parse_int_flag(Factory& f, const std::string& value, const std::string& flag,
                                 const std::string& command_path) {
  std::size_t used = 0;
  long long n = 0;
  bool ok = !value.empty();
  try {
    n = std::stoll(value, &used, 10);
  } catch (const std::exception&) {
    ok = false;
  }
  if (ok && used == value.size() && !std::isspace(static_cast<unsigned char>(value.front()))) return n;
  f.io().err << "Error: invalid argument \"" << value << "\" for \"" << flag
             << "\" flag: strconv.ParseInt: parsing \"" << value << "\": invalid syntax\nSee '" << command_path
             << " --help' for usage.\n";
  return make_error(ErrorKind::Printed, "");
}

client::ApiResource generated_resource(const std::string& group, const std::string& version,
                                       const std::string& plural, const std::string& kind, bool namespaced) {
  client::ApiResource r;
  r.group = group;
  r.version = version;
  r.name = plural;
  r.kind = kind;
  r.namespaced = namespaced;
  return r;
}

std::vector<std::string> split_commas(const std::string& s) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  std::size_t start = 0;
  for (;;) {
    const auto comma = s.find(',', start);
    out.push_back(s.substr(start, comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

namespace {

// kubectl's CreateOrUpdateAnnotation for a typed object: the object's
// compact JSON in struct order, without the annotation itself.
void annotate_last_applied(ojson& object) {
  ojson& meta = object["metadata"];
  if (auto a = meta.find("annotations"); a != meta.end()) {
    a->erase(kLastAppliedAnnotation);
    if (a->empty()) meta.erase("annotations");
  }
  const std::string applied = printers::to_go_json(object, 0) + "\n";
  ojson& annotations = meta["annotations"];
  if (!annotations.is_object()) annotations = ojson::object();
  // Go marshals maps with sorted keys.
  nlohmann::json sorted(annotations);
  sorted[kLastAppliedAnnotation] = applied;
  annotations = ojson(sorted);
}

}  // namespace

Result<ojson> post_generated(Factory& f, const GeneratorFlags& flags, const GeneratorTarget& target, ojson object,
                             DryRun dry_run) {
  if (flags.save_config) annotate_last_applied(object);
  auto ns = generator_namespace(f);
  if (!ns) return ns.take_error();
  auto rest = f.rest_client();
  if (!rest) return rest.take_error();
  Visit visit{target.resource, target.resource.namespaced ? ns->ns : "", ""};
  auto created = create_object_ordered(**rest, visit, nlohmann::json(object),
                                       WriteParams{dry_run == DryRun::Server, flags.field_manager});
  if (!created) {
    Error e = created.take_error();
    if (target.failure_prefix.empty()) return e;
    return make_error(ErrorKind::Internal, target.failure_prefix + e.message);
  }
  return std::move(*created);
}

Result<> send_generated(Factory& f, const GeneratorFlags& flags, const GeneratorTarget& target, ojson object) {
  auto dry_run = check_write_flags(f, flags);
  if (!dry_run) return dry_run.take_error();
  OperationPrinter printer(flags.write.output, *dry_run, flags.write.show_managed_fields, f.io().out);
  if (*dry_run == DryRun::Client) {
    if (flags.save_config) annotate_last_applied(object);
    printer.print(object, target.operation);
    return {};
  }
  auto created = post_generated(f, flags, target, std::move(object), *dry_run);
  if (!created) return created.take_error();
  printer.print(*created, target.operation);
  return {};
}

}  // namespace kctl::cmd
