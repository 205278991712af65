// kubectl port-forward's port arguments against the objects they name:
// named pod ports resolved in the pod's containers, service ports
// translated to the pod's target ports (translateServicePortToTargetPort),
// and the UDP-only checks; errors are kubectl's texts.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "client/result.h"

namespace kctl::cmd {

// "[LOCAL:]REMOTE" with named remote ports replaced by numbers from `pod`.
Result<std::vector<std::string>> convert_pod_named_ports(const std::vector<std::string>& ports,
                                                         const nlohmann::json& pod);

// Service ports (by number or name) replaced by the target port in `pod`.
Result<std::vector<std::string>> translate_service_ports(const std::vector<std::string>& ports,
                                                         const nlohmann::json& svc, const nlohmann::json& pod);

// "UDP protocol is not supported for P" for ports only declared as UDP.
Result<> check_udp_ports_in_pod(const std::vector<std::string>& ports, const nlohmann::json& pod);
Result<> check_udp_ports_in_service(const std::vector<std::string>& ports, const nlohmann::json& svc);

}  // namespace kctl::cmd
