// namespace, serviceaccount, quota, priorityclass and poddisruptionbudget
// objects, as kubectl's create generators build them.
#include <algorithm>
#include <cctype>
#include <regex>

#include "cmd/create_objects.h"

namespace kctl::cmd {

ojson namespace_object(const std::string& name) {
  ojson o = typed_object("Namespace", "v1", object_meta(name));
  o["spec"] = ojson::object();
  o["status"] = ojson::object();
  return o;
}

ojson service_account_object(const std::string& name, const std::string& ns) {
  return typed_object("ServiceAccount", "v1", object_meta(name, ns));
}

namespace {

// resource.ParseQuantity's accepted shape (the error kubectl prints is
// this regular expression).
bool is_quantity(const std::string& s) {
  static const std::regex re("^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$");
  return std::regex_match(s, re) && s.find_first_of("0123456789") != std::string::npos;
}

}  // namespace

Result<ojson> quota_object(const std::string& name, const std::string& ns, const std::string& hard,
                           const std::string& scopes) {
  ojson o = typed_object("ResourceQuota", "v1", object_meta(name, ns));
  ojson spec = ojson::object();
  std::map<std::string, std::string> limits;
  for (const auto& item : split_commas(hard)) {
    const auto eq = item.find('=');
    if (eq == std::string::npos)
      return make_error(ErrorKind::Internal, "Invalid argument syntax " + item + ", expected <resource>=<value>");
    const std::string value = item.substr(eq + 1);
    if (!is_quantity(value))
      return make_error(ErrorKind::Internal,
                        "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    limits[item.substr(0, eq)] = value;
  }
  if (!limits.empty()) spec["hard"] = limits;
  std::vector<std::string> scope_list;
  for (const auto& s : split_commas(scopes)) {
    // kubectl leaves the scope names to the server; only empty ones fail.
    if (s.empty()) return make_error(ErrorKind::Internal, "invalid resource quota scope \"" + s + "\"");
    scope_list.push_back(s);
  }
  if (!scope_list.empty()) spec["scopes"] = scope_list;
  o["spec"] = std::move(spec);
  o["status"] = ojson::object();
  return o;
}

ojson priority_class_object(const std::string& name, long long value, bool global_default,
                            const std::string& description, const std::string& preemption_policy) {
  ojson o = typed_object("PriorityClass", "scheduling.k8s.io/v1", object_meta(name));
  o["value"] = value;
  if (global_default) o["globalDefault"] = true;
  if (!description.empty()) o["description"] = description;
  o["preemptionPolicy"] = preemption_policy;
  return o;
}

namespace {

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(" \t") - b + 1);
}

// Splits on commas outside parentheses ("a in (x,y),b=c").
std::vector<std::string> selector_terms(const std::string& s) {
  std::vector<std::string> terms;
  std::string cur;
  int depth = 0;
  for (char c : s) {
    if (c == '(') ++depth;
    if (c == ')') --depth;
    if (c == ',' && depth == 0) {
      terms.push_back(trim(cur));
      cur.clear();
    } else {
      cur += c;
    }
  }
  terms.push_back(trim(cur));
  return terms;
}

ojson requirement(const std::string& key, const std::string& op, const std::vector<std::string>& values) {
  ojson r = ojson::object();
  r["key"] = key;
  r["operator"] = op;
  if (!values.empty()) r["values"] = values;
  return r;
}

bool is_key(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.' || c == '/')) return false;
  return true;
}

}  // namespace

Result<ojson> parse_label_selector(const std::string& selector) {
  std::map<std::string, std::string> match_labels;
  ojson expressions = ojson::array();
  const std::regex set_re(R"(^(\S+)\s+(in|notin)\s*\(([^)]*)\)$)");
  for (const auto& term : selector_terms(selector)) {
    if (term.empty()) continue;
    std::smatch m;
    if (std::regex_match(term, m, set_re)) {
      std::vector<std::string> values;
      for (const auto& v : split_commas(m[3].str())) values.push_back(trim(v));
      expressions.push_back(requirement(m[1].str(), m[2].str() == "in" ? "In" : "NotIn", values));
      continue;
    }
    if (const auto ne = term.find("!="); ne != std::string::npos) {
      expressions.push_back(requirement(trim(term.substr(0, ne)), "NotIn", {trim(term.substr(ne + 2))}));
      continue;
    }
    if (const auto eq = term.find('='); eq != std::string::npos) {
      const std::string key = trim(term.substr(0, eq));
      const std::size_t value_at = term.compare(eq, 2, "==") == 0 ? eq + 2 : eq + 1;
      if (!is_key(key))
        return make_error(ErrorKind::Internal, "couldn't parse the selector string \"" + selector + "\": found '" +
                                                   term.substr(eq, value_at - eq) +
                                                   "', expected: !, identifier, or 'end of string'");
      match_labels[key] = trim(term.substr(value_at));
      continue;
    }
    if (term[0] == '!') {
      expressions.push_back(requirement(trim(term.substr(1)), "DoesNotExist", {}));
      continue;
    }
    expressions.push_back(requirement(term, "Exists", {}));
  }
  ojson sel = ojson::object();
  if (!match_labels.empty()) sel["matchLabels"] = match_labels;
  // labels.Parse orders the requirements by key.
  std::stable_sort(expressions.begin(), expressions.end(),
                   [](const ojson& a, const ojson& b) { return a["key"].get<std::string>() < b["key"].get<std::string>(); });
  if (!expressions.empty()) sel["matchExpressions"] = std::move(expressions);
  return sel;
}

std::optional<ojson> int_or_percent(const std::string& value) {
  static const std::regex int_re("^[0-9]+$"), percent_re("^[0-9]+%$");
  if (std::regex_match(value, int_re)) return ojson(std::stoll(value));
  if (std::regex_match(value, percent_re)) return ojson(value);
  return std::nullopt;
}

Result<ojson> pdb_object(const std::string& name, const std::string& ns, const PdbSpec& spec) {
  if (spec.selector.empty()) return make_error(ErrorKind::Internal, "a selector must be specified");
  if (spec.min_available.empty() && spec.max_unavailable.empty())
    return make_error(ErrorKind::Internal, "one of min-available or max-unavailable must be specified");
  if (!spec.min_available.empty() && !spec.max_unavailable.empty())
    return make_error(ErrorKind::Internal, "min-available and max-unavailable cannot be both specified");
  std::optional<ojson> min, max;
  if (!spec.min_available.empty() && !(min = int_or_percent(spec.min_available)))
    return make_error(ErrorKind::Internal, "invalid format specified for min-available");
  if (!spec.max_unavailable.empty() && !(max = int_or_percent(spec.max_unavailable)))
    return make_error(ErrorKind::Internal, "invalid format specified for max-unavailable");
  auto selector = parse_label_selector(spec.selector);
  if (!selector) return selector.take_error();
  ojson o = typed_object("PodDisruptionBudget", "policy/v1", object_meta(name, ns));
  ojson s = ojson::object();
  if (min) s["minAvailable"] = *min;
  s["selector"] = std::move(*selector);
  if (max) s["maxUnavailable"] = *max;
  o["spec"] = std::move(s);
  o["status"] = ojson{{"disruptionsAllowed", 0}, {"currentHealthy", 0}, {"desiredHealthy", 0}, {"expectedPods", 0}};
  return o;
}

}  // namespace kctl::cmd
