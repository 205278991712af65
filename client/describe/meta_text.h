// The metadata blocks every describer shares: multi-line labels and
// annotations, labels.FormatLabels, metav1.FormatLabelSelector, taints,
// tolerations and the controller reference.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "client/describe/json_access.h"
#include "client/describe/prefix_writer.h"

namespace kctl::describe {

using StringPairs = std::vector<std::pair<std::string, std::string>>;

// kubectl's printLabelsMultilineWithIndent ("Labels:\tk=v\n\tk2=v2\n").
void print_labels(PrefixWriter& w, std::string_view title, const StringPairs& labels,
                  std::string_view initial_indent = "", std::string_view inner_indent = "\t");
// kubectl's printAnnotationsMultiline: last-applied-configuration is
// skipped, long or multi-line values go on their own indented lines.
void print_annotations(PrefixWriter& w, std::string_view title, const StringPairs& annotations);
// labels.FormatLabels: "k=v,k2=v2" sorted, "<none>" when empty.
std::string format_labels(const StringPairs& labels);
// A metav1.LabelSelector as labels.Selector.String(): "" for none or empty.
std::string selector_string(const json& selector);
// metav1.FormatLabelSelector: as selector_string, "<none>" when empty.
std::string format_label_selector(const json& selector);
// "Taints:\t..." sorted by effect then key (printNodeTaintsMultiline).
void print_taints(PrefixWriter& w, std::string_view title, const json& taints);
// "Tolerations:\t..." sorted by key (printTolerationsMultilineWithIndent).
void print_tolerations(PrefixWriter& w, std::string_view title, const json& tolerations);
// "Name:", "Namespace:", "Labels:" and "Annotations:", the usual header.
void print_object_header(PrefixWriter& w, const json& obj);
// "Kind/Name" of the controlling owner reference, "" without one.
std::string controller_of(const json& obj);
// "True"/"False" (kubectl's printBool).
inline std::string print_bool(bool v) { return v ? "True" : "False"; }
// Go's %t.
inline std::string go_bool(bool v) { return v ? "true" : "false"; }

}  // namespace kctl::describe
