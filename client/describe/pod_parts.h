// The pieces of a pod's description that pod templates (deployments,
// replica sets) and nodes share with pods.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "client/describe/json_access.h"
#include "client/describe/prefix_writer.h"
#include "client/describe/quantity.h"

namespace kctl::describe {

// "Containers:" and each container: image, ports, command, state,
// resources, probes, environment, mounts. `statuses` may be null (a
// template); `pod` resolves fieldRef env values (null for templates).
void describe_containers(PrefixWriter& w, std::string_view label, const json& containers, const json& statuses,
                         const json& pod, std::string_view space);
// "Limits:" / "Requests:" at `level`.
void describe_resources(PrefixWriter& w, const json& resources, int level);
// "Volumes:" and each volume by its source.
void describe_volumes(PrefixWriter& w, const json& volumes, std::string_view space);
// "Topology Spread Constraints:" when there are any.
void describe_topology_spread(PrefixWriter& w, const json& constraints, std::string_view space);
// kubectl's DescribePodTemplate.
void describe_pod_template(PrefixWriter& w, const json& tmpl);

// The pod's QoS class: status.qosClass, else computed from its containers.
std::string pod_qos(const json& pod);

using ResourceTotals = std::map<std::string, Quantity>;
// A ResourceList field ({"cpu": "100m"}) parsed.
ResourceTotals resource_list(const json& list);
// Adds `more` into `into` (a new entry keeps its own format).
void add_resources(ResourceTotals& into, const ResourceTotals& more);
// component-helpers' PodRequests / PodLimits (init containers, sidecars, overhead).
ResourceTotals pod_requests(const json& pod);
ResourceTotals pod_limits(const json& pod);

}  // namespace kctl::describe
