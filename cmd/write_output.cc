#include "cmd/write_output.h"

#include "client/printers/go_json.h"
#include "client/printers/go_yaml.h"
#include "client/printers/server_table.h"

namespace kctl::cmd {

using nlohmann::json;

Result<DryRun> parse_dry_run(const std::string& value, const Logger& logger) {
  if (value == "unchanged") {  // a bare --dry-run
    logger.warning("helpers.go:702", "--dry-run is deprecated and can be replaced with --dry-run=client.");
    return DryRun::Client;
  }
  if (value == "none") return DryRun::None;
  if (value == "client") return DryRun::Client;
  if (value == "server") return DryRun::Server;
  return make_error(ErrorKind::Internal,
                    "Invalid dry-run value (" + value + "). Must be \"none\", \"server\", or \"client\".");
}

void WriteFlags::add_to(CLI::App& sub) {
  sub.add_option("--dry-run", dry_run,
                 "Must be \"none\", \"server\", or \"client\". If client strategy, only print the object that would be "
                 "sent, without sending it. If server strategy, submit server-side request without persisting the "
                 "resource.")
      ->expected(0, 1)
      // CLI11 gives a bare option its default string: kubectl's NoOptDefVal.
      ->default_str("unchanged");
  sub.add_option("-o,--output", output,
                 "Output format. One of: (json, yaml, name, go-template, go-template-file, template, templatefile, "
                 "jsonpath, jsonpath-as-json, jsonpath-file).");
  sub.add_flag("--show-managed-fields", show_managed_fields,
               "If true, keep the managedFields when printing objects in JSON or YAML format.");
}

Result<> OperationPrinter::validate(const std::string& output) {
  if (output.empty() || output == "name" || output == "json" || output == "yaml") return {};
  const std::string format = output.substr(0, output.find('='));
  for (const char* known : {"go-template", "go-template-file", "template", "templatefile", "jsonpath",
                            "jsonpath-as-json", "jsonpath-file"})
    if (format == known)
      return make_error(ErrorKind::Internal,
                        "-o " + format + ": kctl's write commands print name, json or yaml; use kctl get for templates");
  return make_error(ErrorKind::Internal,
                    "unable to match a printer suitable for the output format \"" + output +
                        "\", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,"
                        "jsonpath-file,name,template,templatefile,yaml");
}

void OperationPrinter::print(const nlohmann::ordered_json& obj, const std::string& operation) {
  if (output_ == "json" || output_ == "yaml") {
    nlohmann::ordered_json shown(obj);
    if (!show_managed_fields_)
      if (auto meta = shown.find("metadata"); meta != shown.end() && meta->is_object()) meta->erase("managedFields");
    if (output_ == "json") {
      out_ << printers::to_go_json(shown) << '\n';
    } else {
      if (printed_ > 0) out_ << "---\n";
      out_ << printers::to_go_yaml(shown);
    }
  } else {
    const nlohmann::ordered_json meta = obj.value("metadata", nlohmann::ordered_json::object());
    out_ << printers::kind_prefix(obj.value("kind", ""), printers::group_of_api_version(obj.value("apiVersion", "")))
         << '/' << meta.value("name", "");
    if (output_.empty()) {
      out_ << ' ' << operation;
      if (dry_run_ == DryRun::Client) out_ << " (dry run)";
      if (dry_run_ == DryRun::Server) out_ << " (server dry run)";
    }
    out_ << '\n';
  }
  ++printed_;
  out_.flush();
}

}  // namespace kctl::cmd
