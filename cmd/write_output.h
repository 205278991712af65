// What every write verb shares: kubectl's --dry-run values, and the
// printer of each object acted on: "configmap/a created" (with " (dry
// run)" or " (server dry run)"), or the object as -o name, json or yaml
// prints it (YAML documents separated by "---", managedFields dropped
// unless --show-managed-fields).
#pragma once

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <ostream>
#include <string>

#include "client/logger.h"
#include "client/result.h"

namespace kctl::cmd {

enum class DryRun { None, Client, Server };

// The --dry-run flag's value; a bare --dry-run is kubectl's deprecated
// spelling of "client" (a klog warning says so).
Result<DryRun> parse_dry_run(const std::string& value, const Logger& logger);

// The flags every write verb has: --dry-run, -o, --show-managed-fields.
struct WriteFlags {
  std::string dry_run = "none";
  std::string output;
  bool show_managed_fields = false;

  void add_to(CLI::App& sub);
};

class OperationPrinter {
 public:
  OperationPrinter(std::string output, DryRun dry_run, bool show_managed_fields, std::ostream& out)
      : output_(std::move(output)), dry_run_(dry_run), show_managed_fields_(show_managed_fields), out_(out) {}

  // kubectl's error for -o values a write verb cannot print.
  static Result<> validate(const std::string& output);

  // `obj` (with kind and apiVersion) after `operation` ("created").
  void print(const nlohmann::json& obj, const std::string& operation) { print(nlohmann::ordered_json(obj), operation); }
  // A typed object in its own key order (-o json prints it so).
  void print(const nlohmann::ordered_json& obj, const std::string& operation);

  const std::string& output() const { return output_; }

 private:
  std::string output_;
  DryRun dry_run_;
  bool show_managed_fields_;
  std::ostream& out_;
  std::size_t printed_ = 0;
};

}  // namespace kctl::cmd
