#include "cmd/pod_for_object.h"

#include "client/watch.h"

#include <algorithm>
#include <array>
#include <map>
#include <optional>
#include <string_view>

namespace kctl::cmd {
namespace {

using nlohmann::json;

// Where an object keeps the selector of its pods.
enum class SelectorField {
  None,           // no pods behind it (configmaps, cronjobs, ...)
  Pod,            // it is the pod
  LabelSelector,  // spec.selector is a metav1.LabelSelector (apps, batch)
  MapSelector,    // spec.selector is a plain map (replicationcontrollers)
  Service,        // spec.selector is a plain map that must not be empty
};

struct KnownType {
  std::array<std::string_view, 3> names;  // plural, singular, short ("" if none)
  std::string_view group, version, resource, kind;
  SelectorField selector;
  std::string_view older_version;  // tried when the server lacks `version`
};

// The built-in namespaced types kubectl users name on these verbs.
constexpr std::array<KnownType, 14> kTypes{{
    {{"pods", "pod", "po"}, "", "v1", "pods", "Pod", SelectorField::Pod, ""},
    {{"services", "service", "svc"}, "", "v1", "services", "Service", SelectorField::Service, ""},
    {{"replicationcontrollers", "replicationcontroller", "rc"}, "", "v1", "replicationcontrollers",
     "ReplicationController", SelectorField::MapSelector, ""},
    {{"deployments", "deployment", "deploy"}, "apps", "v1", "deployments", "Deployment",
     SelectorField::LabelSelector, ""},
    {{"replicasets", "replicaset", "rs"}, "apps", "v1", "replicasets", "ReplicaSet", SelectorField::LabelSelector, ""},
    {{"statefulsets", "statefulset", "sts"}, "apps", "v1", "statefulsets", "StatefulSet",
     SelectorField::LabelSelector, ""},
    {{"daemonsets", "daemonset", "ds"}, "apps", "v1", "daemonsets", "DaemonSet", SelectorField::LabelSelector, ""},
    {{"jobs", "job", ""}, "batch", "v1", "jobs", "Job", SelectorField::LabelSelector, ""},
    // batch/v1 CronJob arrived in 1.21; older servers serve batch/v1beta1.
    {{"cronjobs", "cronjob", "cj"}, "batch", "v1", "cronjobs", "CronJob", SelectorField::None, "v1beta1"},
    {{"configmaps", "configmap", "cm"}, "", "v1", "configmaps", "ConfigMap", SelectorField::None, ""},
    {{"secrets", "secret", ""}, "", "v1", "secrets", "Secret", SelectorField::None, ""},
    {{"serviceaccounts", "serviceaccount", "sa"}, "", "v1", "serviceaccounts", "ServiceAccount",
     SelectorField::None, ""},
    {{"endpoints", "endpoints", "ep"}, "", "v1", "endpoints", "Endpoints", SelectorField::None, ""},
    {{"persistentvolumeclaims", "persistentvolumeclaim", "pvc"}, "", "v1", "persistentvolumeclaims",
     "PersistentVolumeClaim", SelectorField::None, ""},
}};

struct NamedObject {
  const KnownType* type = nullptr;
  std::string name;
};

// "TYPE[.GROUP]" or "TYPE.VERSION.GROUP" against one known type.
bool type_matches(const KnownType& t, std::string_view word, std::string_view qualifier) {
  if (std::find(t.names.begin(), t.names.end(), word) == t.names.end() || word.empty()) return false;
  if (qualifier.empty()) return true;
  if (!t.group.empty() && qualifier == t.group) return true;
  // VERSION or VERSION.GROUP, compared piecewise.
  if (qualifier.substr(0, t.version.size()) != t.version) return false;
  const std::string_view rest = qualifier.substr(t.version.size());
  if (t.group.empty()) return rest.empty();
  return rest.size() == t.group.size() + 1 && rest[0] == '.' && rest.substr(1) == t.group;
}

// "web" is a pod; "TYPE/NAME" is looked up in kTypes.
Result<NamedObject> parse_type_name(const std::string& type_name) {
  const auto slash = type_name.find('/');
  if (slash == std::string::npos) return NamedObject{&kTypes[0], type_name};
  const std::string type = type_name.substr(0, slash), name = type_name.substr(slash + 1);
  if (type.empty() || name.empty() || name.find('/') != std::string::npos)
    return make_error(ErrorKind::Internal, "arguments in resource/name form must have a single resource and name");
  const auto dot = type.find('.');
  const std::string word = type.substr(0, dot);
  const std::string qualifier = dot == std::string::npos ? "" : type.substr(dot + 1);
  for (const KnownType& t : kTypes)
    if (type_matches(t, word, qualifier)) return NamedObject{&t, name};
  return make_error(ErrorKind::Internal, "the server doesn't have a resource type \"" + word + "\"");
}

// A 404 for the resource path itself, not for the object.
bool resource_missing(const Error& e) {
  return e.kind == ErrorKind::ApiStatus && e.reason == "NotFound" &&
         e.message == "the server could not find the requested resource";
}

Result<json> get_object(client::RestClient& rest, const std::string& ns, const NamedObject& o) {
  auto fetch = [&](std::string_view version) {
    return rest.get_json(rest.request()
                              .group_version(std::string(o.type->group), std::string(version))
                              .ns(ns)
                              .resource(std::string(o.type->resource))
                              .name(o.name));
  };
  auto obj = fetch(o.type->version);
  if (!obj && !o.type->older_version.empty() && resource_missing(obj.error())) obj = fetch(o.type->older_version);
  if (obj || obj.error().kind != ErrorKind::ApiStatus || obj.error().reason != "NotFound") return obj;
  // kubectl's builder says when the namespace itself is missing.
  auto ns_obj = rest.get_json(rest.request().resource("namespaces").name(ns));
  if (!ns_obj && ns_obj.error().kind == ErrorKind::ApiStatus && ns_obj.error().reason == "NotFound") return ns_obj;
  return obj;
}

// Go's %T of the decoded object: "*v1.Deployment", "*v1beta1.CronJob".
std::string go_type(const KnownType& t, const json& obj) {
  std::string version(t.version);
  if (auto it = obj.find("apiVersion"); it != obj.end() && it->is_string()) {
    const std::string api = it->get<std::string>();
    version = api.substr(api.find('/') + 1);
  }
  return "*" + version + "." + std::string(t.kind);
}

std::string text(const json& obj, std::initializer_list<const char*> path) {
  const json* at = &obj;
  for (const char* key : path) {
    if (!at->is_object()) return {};
    auto it = at->find(key);
    if (it == at->end()) return {};
    at = &*it;
  }
  return at->is_string() ? at->get<std::string>() : std::string();
}

// SelectorsForObject: the pod selector string, or kubectl's error (without
// the "cannot attach to %T: " prefix).
Result<std::string> selector_for(const KnownType& t, const json& obj) {
  const json spec = obj.value("spec", json::object());
  switch (t.selector) {
    case SelectorField::LabelSelector: {
      auto s = label_selector_string(spec.value("selector", json::object()));
      if (!s) return make_error(ErrorKind::Internal, "invalid label selector: " + s.error().message);
      return s;
    }
    case SelectorField::MapSelector:
      return set_selector_string(spec.value("selector", json::object()));
    case SelectorField::Service: {
      const json sel = spec.value("selector", json::object());
      if (!sel.is_object() || sel.empty())
        return make_error(ErrorKind::Internal, "invalid service '" + text(obj, {"metadata", "name"}) +
                                                   "': Service is defined without a selector");
      return set_selector_string(sel);
    }
    case SelectorField::Pod:
    case SelectorField::None:
      break;
  }
  return make_error(ErrorKind::Internal, "selector for " + go_type(t, obj) + " not implemented");
}

std::string purpose_prefix(PodPurpose purpose, const std::string& go_type) {
  return (purpose == PodPurpose::Logs ? "cannot get the logs from " : "cannot attach to ") + go_type + ": ";
}

Result<json> list_pods(client::RestClient& rest, const std::string& ns, const std::string& selector) {
  client::Request req = rest.request().ns(ns).resource("pods");
  if (!selector.empty()) req.param("labelSelector", selector);
  return rest.get_json(req);
}

std::vector<json> items_of(const json& list) {
  std::vector<json> pods;
  if (auto it = list.find("items"); it != list.end() && it->is_array())
    for (const json& p : *it) pods.push_back(p);
  return pods;
}

// GetFirstPod's watch: the first pod added or modified after
// `resource_version`, or kubectl's timeout error.
Result<json> watch_first_pod(client::RestClient& rest, const std::string& ns, const std::string& selector,
                             const std::string& resource_version, std::chrono::milliseconds timeout) {
  client::Request req = rest.request().ns(ns).resource("pods");
  if (!selector.empty()) req.param("labelSelector", selector);
  req.param("resourceVersion", resource_version).param("watch", "true");
  // The server ends the watch at the deadline; kubectl's deadline is
  // client-side, at the same moment.
  if (timeout.count() > 0) req.param("timeoutSeconds", std::to_string((timeout.count() + 999) / 1000));
  auto url = req.url();
  if (!url) return url.take_error();
  std::optional<json> found;
  auto watched = client::watch(rest, *url, [&](const std::string& type, const json& object) {
    if (type != "ADDED" && type != "MODIFIED") return true;
    found = object;
    return false;  // done: stop reading the watch
  });
  if (found) return *found;
  if (!watched) return watched.take_error();
  return make_error(ErrorKind::Internal, "timed out waiting for the condition");
}

// kubectl's GetFirstPod: the best pod now, else the first one to appear.
Result<PodTarget> first_pod(client::RestClient& rest, const std::string& ns, const std::string& selector,
                            PodSort sort, std::chrono::milliseconds timeout) {
  auto list = list_pods(rest, ns, selector);
  if (!list) return list.take_error();
  std::vector<json> pods = items_of(*list);
  PodTarget target;
  if (!pods.empty()) {
    sort_pods(pods, sort);
    target.pod = std::move(pods.front());
    target.matched = pods.size();
    return target;
  }
  auto pod = watch_first_pod(rest, ns, selector, text(*list, {"metadata", "resourceVersion"}), timeout);
  if (!pod) return pod.take_error();
  target.pod = std::move(*pod);
  return target;
}

// --- sorting (podutils.ActivePods and podutils.ByLogging) ---

struct PodFacts {
  std::string node, phase, ready_since, created;
  bool ready = false;
  long long restarts = 0;
};

PodFacts facts_of(const json& pod) {
  PodFacts f;
  f.node = text(pod, {"spec", "nodeName"});
  f.phase = text(pod, {"status", "phase"});
  f.created = text(pod, {"metadata", "creationTimestamp"});
  const json status = pod.value("status", json::object());
  for (const json& c : status.value("conditions", json::array()))
    if (c.is_object() && c.value("type", "") == "Ready" && c.value("status", "") == "True") {
      f.ready = true;
      f.ready_since = c.value("lastTransitionTime", "");
      break;
    }
  for (const json& c : status.value("containerStatuses", json::array()))
    if (c.is_object()) f.restarts = std::max(f.restarts, c.value("restartCount", 0LL));
  return f;
}

// afterOrZero: t1 after t2, a missing time counting as the latest. The
// server's RFC 3339 UTC times compare as strings.
bool after_or_zero(const std::string& t1, const std::string& t2) {
  if (t1.empty() || t2.empty()) return t1.empty();
  return t1 > t2;
}

int phase_rank(const std::string& phase, PodSort sort) {
  static const std::map<std::string, int> kLogging{{"Running", 0}, {"Unknown", 1}, {"Pending", 2}};
  static const std::map<std::string, int> kActive{{"Pending", 0}, {"Unknown", 1}, {"Running", 2}};
  const auto& ranks = sort == PodSort::Logging ? kLogging : kActive;
  auto it = ranks.find(phase);
  return it == ranks.end() ? 0 : it->second;  // Go's map zero value
}

bool by_logging_less(const PodFacts& a, const PodFacts& b) {
  if (a.node != b.node && (a.node.empty() || b.node.empty())) return !a.node.empty();
  if (int ra = phase_rank(a.phase, PodSort::Logging), rb = phase_rank(b.phase, PodSort::Logging); ra != rb)
    return ra < rb;
  if (a.ready != b.ready) return a.ready;
  if (a.ready && b.ready && a.ready_since != b.ready_since) return after_or_zero(b.ready_since, a.ready_since);
  if (a.restarts != b.restarts) return a.restarts > b.restarts;
  if (a.created != b.created) return after_or_zero(b.created, a.created);
  return false;
}

bool active_less(const PodFacts& a, const PodFacts& b) {
  if (a.node != b.node && (a.node.empty() || b.node.empty())) return a.node.empty();
  if (int ra = phase_rank(a.phase, PodSort::Active), rb = phase_rank(b.phase, PodSort::Active); ra != rb)
    return ra < rb;
  if (a.ready != b.ready) return !a.ready;
  if (a.ready && b.ready && a.ready_since != b.ready_since) return after_or_zero(a.ready_since, b.ready_since);
  if (a.restarts != b.restarts) return a.restarts > b.restarts;
  if (a.created != b.created) return after_or_zero(a.created, b.created);
  return false;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (const std::string& p : parts) out += (out.empty() ? "" : std::string(sep)) + p;
  return out;
}

}  // namespace

Result<std::string> label_selector_string(const json& label_selector) {
  if (!label_selector.is_object()) return std::string();
  std::vector<std::pair<std::string, std::string>> requirements;  // key, rendered
  const json match_labels = label_selector.value("matchLabels", json::object());
  for (const auto& [key, value] : match_labels.items())
    requirements.emplace_back(key, key + "=" + (value.is_string() ? value.get<std::string>() : ""));
  for (const json& e : label_selector.value("matchExpressions", json::array())) {
    const std::string key = e.value("key", ""), op = e.value("operator", "");
    std::vector<std::string> values;
    for (const json& v : e.value("values", json::array()))
      if (v.is_string()) values.push_back(v.get<std::string>());
    std::sort(values.begin(), values.end());
    if (op == "In" || op == "NotIn") {
      if (values.empty()) return make_error(ErrorKind::Internal, "for 'in', 'notin' operators, values set can't be empty");
      requirements.emplace_back(key, key + (op == "In" ? " in (" : " notin (") + join(values, ",") + ")");
    } else if (op == "Exists" || op == "DoesNotExist") {
      if (!values.empty())
        return make_error(ErrorKind::Internal, "values set must be empty for exists and does not exist");
      requirements.emplace_back(key, (op == "Exists" ? "" : "!") + key);
    } else {
      return make_error(ErrorKind::Internal, "\"" + op + "\" is not a valid label selector operator");
    }
  }
  std::stable_sort(requirements.begin(), requirements.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> parts;
  for (auto& r : requirements) parts.push_back(std::move(r.second));
  return join(parts, ",");
}

std::string set_selector_string(const json& labels) {
  std::vector<std::string> parts;
  if (labels.is_object())  // nlohmann's object keeps keys sorted
    for (const auto& [key, value] : labels.items())
      parts.push_back(key + "=" + (value.is_string() ? value.get<std::string>() : ""));
  return join(parts, ",");
}

void sort_pods(std::vector<json>& pods, PodSort sort) {
  std::vector<std::pair<PodFacts, json>> keyed;
  keyed.reserve(pods.size());
  for (json& p : pods) keyed.emplace_back(facts_of(p), std::move(p));
  std::stable_sort(keyed.begin(), keyed.end(), [sort](const auto& a, const auto& b) {
    // Attach picks from sort.Reverse(ActivePods): the most active first.
    return sort == PodSort::Logging ? by_logging_less(a.first, b.first) : active_less(b.first, a.first);
  });
  pods.clear();
  for (auto& k : keyed) pods.push_back(std::move(k.second));
}

Result<ResolvedObject> resolve_object(client::RestClient& rest, const std::string& ns, const std::string& type_name) {
  auto named = parse_type_name(type_name);
  if (!named) return named.take_error();
  auto obj = get_object(rest, ns, *named);
  if (!obj) return obj.take_error();
  ResolvedObject r;
  r.resource = std::string(named->type->resource);
  r.is_pod = named->type->selector == SelectorField::Pod;
  r.go_type = go_type(*named->type, *obj);
  if (!r.is_pod) {
    auto selector = selector_for(*named->type, *obj);
    if (selector) r.selector = std::move(*selector);
    else r.selector_error = selector.error().message;
  }
  r.object = std::move(*obj);
  return r;
}

Result<PodTarget> pod_for_resolved(client::RestClient& rest, const std::string& ns, const ResolvedObject& resolved,
                                   PodSort sort, std::chrono::milliseconds timeout, PodPurpose purpose) {
  PodTarget target;
  target.resource = resolved.resource;
  target.object = resolved.object;
  if (resolved.is_pod) {
    target.pod = resolved.object;
    return target;
  }
  if (!resolved.selector_error.empty())
    return make_error(ErrorKind::Internal, purpose_prefix(purpose, resolved.go_type) + resolved.selector_error);
  const std::string obj_ns = text(resolved.object, {"metadata", "namespace"});
  auto first = first_pod(rest, obj_ns.empty() ? ns : obj_ns, resolved.selector, sort, timeout);
  if (!first) return first.take_error();
  first->resource = resolved.resource;
  first->object = resolved.object;
  first->selector = resolved.selector;
  return first;
}

Result<PodTarget> pod_for_object(client::RestClient& rest, const std::string& ns, const std::string& type_name,
                                 PodSort sort, std::chrono::milliseconds timeout, PodPurpose purpose) {
  auto resolved = resolve_object(rest, ns, type_name);
  if (!resolved) return resolved.take_error();
  return pod_for_resolved(rest, ns, *resolved, sort, timeout, purpose);
}

Result<std::vector<json>> pods_for_selector(client::RestClient& rest, const std::string& ns,
                                            const std::string& selector, PodSort sort) {
  auto list = list_pods(rest, ns, selector);
  if (!list) return list.take_error();
  std::vector<json> pods = items_of(*list);
  sort_pods(pods, sort);
  return pods;
}

Result<std::vector<json>> pods_for_object(client::RestClient& rest, const std::string& ns,
                                          const std::string& type_name, PodSort sort) {
  auto resolved = resolve_object(rest, ns, type_name);
  if (!resolved) return resolved.take_error();
  if (resolved->is_pod) return std::vector<json>{std::move(resolved->object)};
  if (!resolved->selector_error.empty())
    return make_error(ErrorKind::Internal,
                      purpose_prefix(PodPurpose::Logs, resolved->go_type) + resolved->selector_error);
  const std::string obj_ns = text(resolved->object, {"metadata", "namespace"});
  return pods_for_selector(rest, obj_ns.empty() ? ns : obj_ns, resolved->selector, sort);
}

}  // namespace kctl::cmd
