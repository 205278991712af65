// rollout status messages from Deployment, DaemonSet and StatefulSet JSON,
// as kubectl's status viewers word them.
#include <doctest/doctest.h>

#include "cmd/rollout_status.h"

namespace kctl::cmd {

using nlohmann::json;

namespace {

json deployment(long long generation, long long observed, json spec_replicas, json status) {
  status["observedGeneration"] = observed;
  json d = {{"apiVersion", "apps/v1"},
            {"kind", "Deployment"},
            {"metadata", {{"name", "web"}, {"generation", generation}}},
            {"spec", json::object()},
            {"status", status}};
  if (!spec_replicas.is_null()) d["spec"]["replicas"] = spec_replicas;
  return d;
}

}  // namespace

TEST_CASE("deployment rollout states") {
  auto s = rollout_state(deployment(2, 1, 2, json::object()), 0);
  CHECK(s->message == "Waiting for deployment spec update to be observed...\n");
  CHECK_FALSE(s->done);
  s = rollout_state(deployment(1, 1, 2, {{"updatedReplicas", 1}}), 0);
  CHECK(s->message == "Waiting for deployment \"web\" rollout to finish: 1 out of 2 new replicas have been updated...\n");
  s = rollout_state(deployment(1, 1, 2, {{"updatedReplicas", 2}, {"replicas", 3}}), 0);
  CHECK(s->message == "Waiting for deployment \"web\" rollout to finish: 1 old replicas are pending termination...\n");
  s = rollout_state(deployment(1, 1, 2, {{"updatedReplicas", 2}, {"replicas", 2}, {"availableReplicas", 0}}), 0);
  CHECK(s->message == "Waiting for deployment \"web\" rollout to finish: 0 of 2 updated replicas are available...\n");
  s = rollout_state(deployment(1, 1, 2, {{"updatedReplicas", 2}, {"replicas", 2}, {"availableReplicas", 2}}), 0);
  CHECK(s->message == "deployment \"web\" successfully rolled out\n");
  CHECK(s->done);
  // Without spec.replicas the updated count is not compared.
  s = rollout_state(deployment(1, 1, nullptr, json::object()), 0);
  CHECK(s->done);
}

TEST_CASE("deployment rollout errors") {
  json d = deployment(1, 1, 1, {{"conditions", {{{"type", "Progressing"}, {"reason", "ProgressDeadlineExceeded"}}}}});
  CHECK(rollout_state(d, 0).error().message == "deployment \"web\" exceeded its progress deadline");
  d = deployment(1, 1, 1, {{"updatedReplicas", 1}, {"replicas", 1}, {"availableReplicas", 1}});
  d["metadata"]["annotations"] = {{"deployment.kubernetes.io/revision", "3"}};
  CHECK(rollout_state(d, 3)->done);
  CHECK(rollout_state(d, 2).error().message == "desired revision (2) is different from the running revision (3)");
  d["metadata"]["annotations"]["deployment.kubernetes.io/revision"] = "x";
  CHECK(rollout_state(d, 2).error().message ==
        "cannot get the revision of deployment \"web\": strconv.ParseInt: parsing \"x\": invalid syntax");
  CHECK(rollout_state({{"apiVersion", "v1"}, {"kind", "ConfigMap"}}, 0).error().message ==
        "no status viewer has been implemented for ConfigMap");
  CHECK(rollout_state({{"apiVersion", "apps/v1"}, {"kind", "ReplicaSet"}}, 0).error().message ==
        "no status viewer has been implemented for ReplicaSet.apps");
}

TEST_CASE("daemon set rollout states") {
  json ds = {{"apiVersion", "apps/v1"},
             {"kind", "DaemonSet"},
             {"metadata", {{"name", "agent"}, {"generation", 1}}},
             {"spec", {{"updateStrategy", {{"type", "RollingUpdate"}}}}},
             {"status", {{"observedGeneration", 1}, {"desiredNumberScheduled", 3}, {"updatedNumberScheduled", 2}}}};
  CHECK(rollout_state(ds, 0)->message ==
        "Waiting for daemon set \"agent\" rollout to finish: 2 out of 3 new pods have been updated...\n");
  ds["status"]["updatedNumberScheduled"] = 3;
  ds["status"]["numberAvailable"] = 1;
  CHECK(rollout_state(ds, 0)->message ==
        "Waiting for daemon set \"agent\" rollout to finish: 1 of 3 updated pods are available...\n");
  ds["status"]["numberAvailable"] = 3;
  CHECK(rollout_state(ds, 0)->message == "daemon set \"agent\" successfully rolled out\n");
  ds["spec"]["updateStrategy"]["type"] = "OnDelete";
  CHECK(rollout_state(ds, 0).error().message == "rollout status is only available for RollingUpdate strategy type");
}

TEST_CASE("stateful set rollout states") {
  json sts = {{"apiVersion", "apps/v1"},
              {"kind", "StatefulSet"},
              {"metadata", {{"name", "db"}, {"generation", 1}}},
              {"spec", {{"replicas", 3}, {"updateStrategy", {{"type", "RollingUpdate"}}}}},
              {"status", json::object()}};
  CHECK(rollout_state(sts, 0)->message == "Waiting for statefulset spec update to be observed...\n");
  sts["status"] = {{"observedGeneration", 1}, {"readyReplicas", 1}};
  CHECK(rollout_state(sts, 0)->message == "Waiting for 2 pods to be ready...\n");
  sts["status"] = {{"observedGeneration", 1}, {"readyReplicas", 3}, {"updatedReplicas", 1},
                   {"updateRevision", "db-2"}, {"currentRevision", "db-1"}, {"currentReplicas", 2}};
  CHECK(rollout_state(sts, 0)->message == "waiting for statefulset rolling update to complete 1 pods at revision db-2...\n");
  sts["status"]["currentRevision"] = "db-2";
  sts["status"]["currentReplicas"] = 3;
  CHECK(rollout_state(sts, 0)->message == "statefulset rolling update complete 3 pods at revision db-2...\n");
  sts["spec"]["updateStrategy"]["rollingUpdate"] = {{"partition", 1}};
  sts["status"]["updatedReplicas"] = 1;
  CHECK(rollout_state(sts, 0)->message ==
        "Waiting for partitioned roll out to finish: 1 out of 2 new pods have been updated...\n");
  sts["status"]["updatedReplicas"] = 2;
  CHECK(rollout_state(sts, 0)->message == "partitioned roll out complete: 2 new pods have been updated...\n");
}

}  // namespace kctl::cmd
