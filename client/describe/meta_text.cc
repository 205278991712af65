#include "client/describe/meta_text.h"

#include "client/describe/go_sort.h"

#include <algorithm>
#include <map>
#include <set>

namespace kctl::describe {
namespace {

constexpr std::size_t kMaxAnnotationLen = 140;
constexpr std::string_view kLastApplied = "kubectl.kubernetes.io/last-applied-configuration";

std::string shorten(const std::string& s, std::size_t max) { return s.size() > max ? s.substr(0, max) + "..." : s; }

std::string taint_string(const json& t) {
  std::string key = str(t, "key"), value = str(t, "value"), effect = str(t, "effect");
  if (effect.empty()) return value.empty() ? key : key + "=" + value + ":";
  return value.empty() ? key + ":" + effect : key + "=" + value + ":" + effect;
}

std::string toleration_string(const json& t) {
  std::string key = str(t, "key"), value = str(t, "value"), effect = str(t, "effect");
  std::string out = key;
  if (!value.empty()) out += "=" + value;
  if (!effect.empty()) out += ":" + effect;
  // operator Exists without a value tolerates everything that matches.
  if (str(t, "operator") == "Exists" && value.empty()) out += (!key.empty() || !effect.empty()) ? " op=Exists" : "op=Exists";
  if (has(t, "tolerationSeconds")) out += " for " + std::to_string(integer(t, "tolerationSeconds")) + "s";
  return out;
}

// Writes "title:\t" then one line per entry, later ones indented by a tab.
void print_lines(PrefixWriter& w, std::string_view title, const std::vector<std::string>& lines) {
  w.write(kLevel0, std::string(title) + ":\t");
  if (lines.empty()) {
    w.write_line("<none>");
    return;
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i != 0) w.write(kLevel0, "\t");
    w.write(kLevel0, lines[i] + "\n");
  }
}

}  // namespace

void print_labels(PrefixWriter& w, std::string_view title, const StringPairs& labels, std::string_view initial_indent,
                  std::string_view inner_indent) {
  w.write(kLevel0, std::string(initial_indent) + std::string(title) + ":" + std::string(inner_indent));
  if (labels.empty()) {
    w.write_line("<none>");
    return;
  }
  for (std::size_t i = 0; i < labels.size(); ++i) {
    if (i != 0) {
      w.write(kLevel0, initial_indent);
      w.write(kLevel0, inner_indent);
    }
    w.write(kLevel0, labels[i].first + "=" + labels[i].second + "\n");
  }
}

void print_annotations(PrefixWriter& w, std::string_view title, const StringPairs& annotations) {
  w.write(kLevel0, std::string(title) + ":\t");
  StringPairs shown;
  for (const auto& kv : annotations)
    if (kv.first != kLastApplied) shown.push_back(kv);
  if (shown.empty()) {
    w.write_line("<none>");
    return;
  }
  const std::string indent = "\t";
  for (std::size_t i = 0; i < shown.size(); ++i) {
    if (i != 0) w.write(kLevel0, indent);
    const std::string& key = shown[i].first;
    std::string value = shown[i].second;
    if (!value.empty() && value.back() == '\n') value.pop_back();
    if (value.size() + key.size() + 2 > kMaxAnnotationLen || value.find('\n') != std::string::npos) {
      w.write(kLevel0, key + ":\n");
      for (const std::string& line : split_lines(value))
        w.write(kLevel0, indent + "  " + shorten(line, kMaxAnnotationLen - 2) + "\n");
    } else {
      w.write(kLevel0, key + ": " + value + "\n");
    }
  }
}

std::string format_labels(const StringPairs& labels) {
  std::vector<std::string> parts;
  for (const auto& [k, v] : labels) parts.push_back(k + "=" + v);
  std::string out = join(parts, ",");
  return out.empty() ? "<none>" : out;
}

std::string selector_string(const json& selector) {
  if (!selector.is_object()) return "";
  // Requirements sorted by key (stable), as labels.internalSelector.
  std::vector<std::pair<std::string, std::string>> reqs;
  for (const auto& [k, v] : string_map(selector, "matchLabels")) reqs.emplace_back(k, k + "=" + v);
  for (const json& e : items(selector, "matchExpressions")) {
    std::string key = str(e, "key"), op = str(e, "operator");
    std::vector<std::string> values = strings(e, "values");
    std::sort(values.begin(), values.end());
    values.erase(std::unique(values.begin(), values.end()), values.end());
    std::string text;
    if (op == "In")
      text = key + " in (" + join(values, ",") + ")";
    else if (op == "NotIn")
      text = key + " notin (" + join(values, ",") + ")";
    else if (op == "Exists")
      text = key;
    else if (op == "DoesNotExist")
      text = "!" + key;
    else
      return "<error>";
    reqs.emplace_back(key, text);
  }
  std::stable_sort(reqs.begin(), reqs.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> parts;
  for (const auto& r : reqs) parts.push_back(r.second);
  return join(parts, ",");
}

std::string format_label_selector(const json& selector) {
  std::string s = selector_string(selector);
  return s.empty() ? "<none>" : s;
}

void print_taints(PrefixWriter& w, std::string_view title, const json& taints) {
  std::vector<const json*> sorted;
  for (const json& t : taints) sorted.push_back(&t);
  go_sort(sorted, [](const json* a, const json* b) {
    return str(*a, "effect") + "," + str(*a, "key") < str(*b, "effect") + "," + str(*b, "key");
  });
  std::vector<std::string> lines;
  for (const json* t : sorted) lines.push_back(taint_string(*t));
  print_lines(w, title, lines);
}

void print_tolerations(PrefixWriter& w, std::string_view title, const json& tolerations) {
  std::vector<const json*> sorted;
  for (const json& t : tolerations) sorted.push_back(&t);
  go_sort(sorted, [](const json* a, const json* b) { return str(*a, "key") < str(*b, "key"); });
  std::vector<std::string> lines;
  for (const json* t : sorted) lines.push_back(toleration_string(*t));
  print_lines(w, title, lines);
}

void print_object_header(PrefixWriter& w, const json& obj) {
  const json& meta = field(obj, "metadata");
  w.write(kLevel0, "Name:\t" + str(meta, "name") + "\n");
  w.write(kLevel0, "Namespace:\t" + str(meta, "namespace") + "\n");
  print_labels(w, "Labels", string_map(meta, "labels"));
  print_annotations(w, "Annotations", string_map(meta, "annotations"));
}

std::string controller_of(const json& obj) {
  for (const json& ref : items(field(obj, "metadata"), "ownerReferences"))
    if (boolean(ref, "controller")) return str(ref, "kind") + "/" + str(ref, "name");
  return "";
}

}  // namespace kctl::describe
