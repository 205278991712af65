#include "cmd/rollout_status.h"

#include <cctype>
#include <cerrno>
#include <cstdlib>

namespace kctl::cmd {

using nlohmann::json;

namespace {

// A field of a JSON object as Go's converter reads it: absent is zero.
long long num(const json& obj, const char* key) {
  if (!obj.is_object()) return 0;
  auto it = obj.find(key);
  return it != obj.end() && it->is_number_integer() ? it->get<long long>() : 0;
}

const json& section(const json& obj, const char* key) {
  static const json empty = json::object();
  if (!obj.is_object()) return empty;
  auto it = obj.find(key);
  return it != obj.end() && it->is_object() ? *it : empty;
}

std::string str(const json& obj, const char* key) {
  if (!obj.is_object()) return {};
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

bool has_num(const json& obj, const char* key) {
  return obj.is_object() && obj.contains(key) && obj.at(key).is_number_integer();
}

std::string quoted(const std::string& s) { return "\"" + s + "\""; }

RolloutState waiting(std::string message) { return {std::move(message) + "\n", false}; }

Result<RolloutState> deployment_state(const json& d, long long revision) {
  const json& meta = section(d, "metadata");
  const json& spec = section(d, "spec");
  const json& status = section(d, "status");
  const std::string name = quoted(str(meta, "name"));
  if (revision > 0) {
    auto current = deployment_revision(d);
    if (!current)
      return make_error(ErrorKind::Internal,
                        "cannot get the revision of deployment " + name + ": " + current.error().message);
    if (*current != revision)
      return make_error(ErrorKind::Internal, "desired revision (" + std::to_string(revision) +
                                                 ") is different from the running revision (" +
                                                 std::to_string(*current) + ")");
  }
  if (num(meta, "generation") > num(status, "observedGeneration"))
    return waiting("Waiting for deployment spec update to be observed...");
  if (auto conds = status.find("conditions"); conds != status.end() && conds->is_array())
    for (const auto& c : *conds)
      if (str(c, "type") == "Progressing") {
        if (str(c, "reason") == "ProgressDeadlineExceeded")
          return make_error(ErrorKind::Internal, "deployment " + name + " exceeded its progress deadline");
        break;
      }
  const long long updated = num(status, "updatedReplicas"), replicas = num(status, "replicas");
  const long long available = num(status, "availableReplicas");
  if (has_num(spec, "replicas") && updated < num(spec, "replicas"))
    return waiting("Waiting for deployment " + name + " rollout to finish: " + std::to_string(updated) + " out of " +
                   std::to_string(num(spec, "replicas")) + " new replicas have been updated...");
  if (replicas > updated)
    return waiting("Waiting for deployment " + name + " rollout to finish: " + std::to_string(replicas - updated) +
                   " old replicas are pending termination...");
  if (available < updated)
    return waiting("Waiting for deployment " + name + " rollout to finish: " + std::to_string(available) + " of " +
                   std::to_string(updated) + " updated replicas are available...");
  return RolloutState{"deployment " + name + " successfully rolled out\n", true};
}

Result<RolloutState> daemon_set_state(const json& ds) {
  const json& meta = section(ds, "metadata");
  const json& status = section(ds, "status");
  if (str(section(section(ds, "spec"), "updateStrategy"), "type") != "RollingUpdate")
    return make_error(ErrorKind::Internal, "rollout status is only available for RollingUpdate strategy type");
  if (num(meta, "generation") > num(status, "observedGeneration"))
    return waiting("Waiting for daemon set spec update to be observed...");
  const std::string name = quoted(str(meta, "name"));
  const long long desired = num(status, "desiredNumberScheduled");
  const long long updated = num(status, "updatedNumberScheduled"), available = num(status, "numberAvailable");
  if (updated < desired)
    return waiting("Waiting for daemon set " + name + " rollout to finish: " + std::to_string(updated) + " out of " +
                   std::to_string(desired) + " new pods have been updated...");
  if (available < desired)
    return waiting("Waiting for daemon set " + name + " rollout to finish: " + std::to_string(available) + " of " +
                   std::to_string(desired) + " updated pods are available...");
  return RolloutState{"daemon set " + name + " successfully rolled out\n", true};
}

Result<RolloutState> stateful_set_state(const json& sts) {
  const json& meta = section(sts, "metadata");
  const json& spec = section(sts, "spec");
  const json& status = section(sts, "status");
  const json& strategy = section(spec, "updateStrategy");
  if (str(strategy, "type") != "RollingUpdate")
    return make_error(ErrorKind::Internal, "rollout status is only available for RollingUpdate strategy type");
  const long long observed = num(status, "observedGeneration");
  if (observed == 0 || num(meta, "generation") > observed)
    return waiting("Waiting for statefulset spec update to be observed...");
  const bool has_replicas = has_num(spec, "replicas");
  const long long replicas = num(spec, "replicas");
  if (has_replicas && num(status, "readyReplicas") < replicas)
    return waiting("Waiting for " + std::to_string(replicas - num(status, "readyReplicas")) + " pods to be ready...");
  const long long updated = num(status, "updatedReplicas");
  if (strategy.contains("rollingUpdate") && strategy.at("rollingUpdate").is_object()) {
    const json& rolling = strategy.at("rollingUpdate");
    if (has_replicas && has_num(rolling, "partition")) {
      const long long want = replicas - num(rolling, "partition");
      if (updated < want)
        return waiting("Waiting for partitioned roll out to finish: " + std::to_string(updated) + " out of " +
                       std::to_string(want) + " new pods have been updated...");
    }
    return RolloutState{"partitioned roll out complete: " + std::to_string(updated) + " new pods have been updated...\n",
                        true};
  }
  if (str(status, "updateRevision") != str(status, "currentRevision"))
    return waiting("waiting for statefulset rolling update to complete " + std::to_string(updated) +
                   " pods at revision " + str(status, "updateRevision") + "...");
  return RolloutState{"statefulset rolling update complete " + std::to_string(num(status, "currentReplicas")) +
                          " pods at revision " + str(status, "currentRevision") + "...\n",
                      true};
}

std::string group_of(const json& obj) {
  const std::string api_version = str(obj, "apiVersion");
  const auto slash = api_version.find('/');
  return slash == std::string::npos ? std::string() : api_version.substr(0, slash);
}

}  // namespace

bool has_status_viewer(const std::string& group, const std::string& kind) {
  if (kind == "Deployment" || kind == "DaemonSet") return group == "apps" || group == "extensions";
  return kind == "StatefulSet" && group == "apps";
}

Result<long long> deployment_revision(const json& obj) {
  const json& annotations = section(section(obj, "metadata"), "annotations");
  auto it = annotations.find("deployment.kubernetes.io/revision");
  if (it == annotations.end() || !it->is_string()) return 0LL;
  const std::string v = it->get<std::string>();
  errno = 0;
  char* end = nullptr;
  const long long n = std::strtoll(v.c_str(), &end, 10);
  if (v.empty() || *end != '\0' || std::isspace(static_cast<unsigned char>(v.front())))
    return make_error(ErrorKind::Internal, "strconv.ParseInt: parsing " + quoted(v) + ": invalid syntax");
  if (errno == ERANGE)
    return make_error(ErrorKind::Internal, "strconv.ParseInt: parsing " + quoted(v) + ": value out of range");
  return n;
}

Result<RolloutState> rollout_state(const json& obj, long long revision) {
  const std::string kind = str(obj, "kind"), group = group_of(obj);
  if (!has_status_viewer(group, kind)) {
    const std::string gk = group.empty() ? kind : kind + "." + group;
    return make_error(ErrorKind::Internal, "no status viewer has been implemented for " + gk);
  }
  if (kind == "Deployment") return deployment_state(obj, revision);
  if (kind == "DaemonSet") return daemon_set_state(obj);
  return stateful_set_state(obj);
}

}  // namespace kctl::cmd
