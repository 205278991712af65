// kubectl get's flags and what Complete derives from them, shared by the
// table, generic-printer and watch paths (cmd/get_*.cc).
#pragma once

#include <string>
#include <vector>

#include "cmd/factory.h"
#include "cmd/filename_options.h"
#include "cmd/resource_visits.h"

namespace kctl::cmd {

struct GetOptions {
  // flags
  std::string raw;
  std::vector<std::string> args;
  std::string output;
  bool watch = false, watch_only = false, output_watch_events = false;
  long chunk_size = 500;
  bool ignore_not_found = false;
  std::string label_selector, field_selector;
  bool all_namespaces = false;
  bool show_kind = false, show_labels = false, no_headers = false;
  std::vector<std::string> label_columns;
  std::string sort_by;
  bool show_managed_fields = false;
  bool allow_missing_template_keys = true;
  bool server_print = true;
  std::string subresource;
  FilenameOptions filenames;
  std::string color = "auto";  // beyond kubectl: --color=auto|always|never

  // derived by complete()
  std::string ns;
  bool human = false;  // default or wide output: server-side tables
  bool colored = false;
  std::string program = "kctl";

  bool sorting() const { return !sort_by.empty(); }
  VisitScope scope() const { return {ns, all_namespaces, label_selector, field_selector}; }
};

// The human-readable path: server tables, kubectl's layout.
Result<> print_tables(Factory& f, const GetOptions& o, const VisitPlan& plan);
// -o json|yaml|name (and the template printers): lists as one List.
Result<> print_generic(Factory& f, const GetOptions& o, const VisitPlan& plan);
// --watch and --watch-only.
Result<> run_watch(Factory& f, const GetOptions& o, const VisitPlan& plan);

}  // namespace kctl::cmd
