#include "cmd/autoscale_hpa.h"

namespace kctl::cmd {

Result<> validate_autoscale(const AutoscaleSpec& spec) {
  if (spec.max < 1)
    return make_error(ErrorKind::Internal,
                      "--max=MAXPODS is required and must be at least 1, max: " + std::to_string(spec.max));
  if (spec.max < spec.min)
    return make_error(ErrorKind::Internal, "--max=MAXPODS must be larger or equal to --min=MINPODS, max: " +
                                               std::to_string(spec.max) + ", min: " + std::to_string(spec.min));
  return {};
}

ojson hpa_object(const AutoscaleSpec& spec, const std::string& ref_api_version, const std::string& ref_kind,
                 const std::string& ref_name) {
  ojson ref = ojson::object();
  ref["kind"] = ref_kind;
  ref["name"] = ref_name;
  ref["apiVersion"] = ref_api_version;
  ojson s = ojson::object();
  s["scaleTargetRef"] = std::move(ref);
  if (spec.min > 0) s["minReplicas"] = spec.min;
  s["maxReplicas"] = spec.max;
  if (spec.cpu_percent >= 0) s["targetCPUUtilizationPercentage"] = spec.cpu_percent;
  ojson hpa = typed_object("HorizontalPodAutoscaler", "autoscaling/v1",
                           object_meta(spec.name.empty() ? ref_name : spec.name));
  hpa["spec"] = std::move(s);
  ojson status = ojson::object();
  status["currentReplicas"] = 0;
  status["desiredReplicas"] = 0;
  hpa["status"] = std::move(status);
  return hpa;
}

}  // namespace kctl::cmd
