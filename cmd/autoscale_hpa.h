// The HorizontalPodAutoscaler kubectl autoscale builds (autoscaling/v1,
// as kubectl 1.32 sends it), and its checks of --min and --max.
#pragma once

#include <string>

#include "client/result.h"
#include "cmd/create_generator.h"

namespace kctl::cmd {

struct AutoscaleSpec {
  std::string name;  // --name; empty: the target's name
  long long min = -1, max = -1, cpu_percent = -1;
};

// kubectl's Validate: --max at least 1 and not below --min.
Result<> validate_autoscale(const AutoscaleSpec& spec);

// The autoscaler of the object `ref_name` of `ref_kind` in `ref_api_version`
// ("apps/v1"): minReplicas only when --min > 0, the CPU target only when
// --cpu-percent >= 0.
ojson hpa_object(const AutoscaleSpec& spec, const std::string& ref_api_version, const std::string& ref_kind,
                 const std::string& ref_name);

}  // namespace kctl::cmd
