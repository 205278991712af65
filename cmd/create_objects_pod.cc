// The pod kubectl run builds.
#include <regex>

#include "cmd/create_objects.h"

namespace kctl::cmd {
namespace {

Result<std::map<std::string, std::string>> parse_labels(const std::string& spec) {
  std::map<std::string, std::string> labels;
  for (const auto& item : split_commas(spec)) {
    const auto eq = item.find('=');
    if (eq == std::string::npos || item.find('=', eq + 1) != std::string::npos)
      return make_error(ErrorKind::Internal, "unexpected label spec: " + item);
    labels[item.substr(0, eq)] = item.substr(eq + 1);
  }
  return labels;
}

}  // namespace

Result<ojson> run_pod_object(const std::string& name, const std::string& ns, const RunSpec& spec) {
  if (spec.restart != "Always" && spec.restart != "OnFailure" && spec.restart != "Never")
    return make_error(ErrorKind::Usage, "invalid restart policy: " + spec.restart);
  if (!spec.image_pull_policy.empty() && spec.image_pull_policy != "Always" &&
      spec.image_pull_policy != "IfNotPresent" && spec.image_pull_policy != "Never")
    return make_error(ErrorKind::Usage, "invalid image pull policy: " + spec.image_pull_policy);
  std::map<std::string, std::string> labels{{"run", name}};
  if (!spec.labels.empty()) {
    auto parsed = parse_labels(spec.labels);
    if (!parsed) return parsed.take_error();
    labels = std::move(*parsed);
  }
  std::map<std::string, std::string> annotations;
  for (const auto& a : spec.annotations) {
    const auto eq = a.find('=');
    if (eq == std::string::npos) return make_error(ErrorKind::Internal, "invalid annotation spec: " + a);
    annotations[a.substr(0, eq)] = a.substr(eq + 1);
  }
  ojson env = ojson::array();
  for (const auto& e : spec.env) {
    const auto eq = e.find('=');
    if (eq == std::string::npos) return make_error(ErrorKind::Internal, "invalid env: " + e);
    ojson var = ojson::object();
    var["name"] = e.substr(0, eq);
    if (eq + 1 < e.size()) var["value"] = e.substr(eq + 1);
    env.push_back(std::move(var));
  }
  ojson container = ojson::object();
  container["name"] = name;
  container["image"] = spec.image;
  if (!spec.args.empty()) container[spec.command ? "command" : "args"] = spec.args;
  if (!spec.port.empty()) {
    if (!std::regex_match(spec.port, std::regex("^[+-]?[0-9]+$")))
      return make_error(ErrorKind::Internal, "strconv.Atoi: parsing \"" + spec.port + "\": invalid syntax");
    container["ports"] = ojson::array({ojson{{"containerPort", std::stoll(spec.port)}}});
  }
  if (!env.empty()) container["env"] = std::move(env);
  container["resources"] = ojson::object();
  if (!spec.image_pull_policy.empty()) container["imagePullPolicy"] = spec.image_pull_policy;
  if (spec.privileged) container["securityContext"] = ojson{{"privileged", true}};
  if (spec.stdin) container["stdin"] = true;
  if (spec.stdin_once) container["stdinOnce"] = true;
  if (spec.tty) container["tty"] = true;

  ojson meta = object_meta(name, ns, labels);
  if (!annotations.empty()) meta["annotations"] = annotations;
  ojson o = typed_object("Pod", "v1", std::move(meta));
  ojson s = ojson::object();
  s["containers"] = ojson::array({std::move(container)});
  s["restartPolicy"] = spec.restart;
  s["dnsPolicy"] = "ClusterFirst";
  o["spec"] = std::move(s);
  o["status"] = ojson::object();
  return o;
}

}  // namespace kctl::cmd
