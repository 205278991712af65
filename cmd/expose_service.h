// The Service kubectl expose builds, as pure functions: what the exposed
// object tells (kubectl's MapBasedSelectorForObject, PortsForObject and
// MultiProtocolsForObject) and the Service made of it and the flags
// (kubectl's createService), in Go's struct field order.
#pragma once

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

#include "client/result.h"
#include "cmd/create_generator.h"

namespace kctl::cmd {

// The flags, and what introspection filled in. kubectl keeps what it
// derived from one object for the next ones of the same run (only the
// default name changes), so callers keep one ExposeParams for the run.
struct ExposeParams {
  std::string name, default_name;
  std::string selector;  // "k=v,k2=v2"
  std::string port;      // --port, or the object's only port
  std::string ports;     // the object's ports ("80,53") when it has several
  std::string labels;    // -l, or the object's labels
  std::string protocol;  // --protocol
  std::map<std::string, std::vector<std::string>> protocols;  // port -> protocols, from the object
  std::string target_port, external_ip, load_balancer_ip, type, session_affinity, cluster_ip;
};

// kubectl's CanBeExposed: "cannot expose a ConfigMap" (Kind.group).
Result<> can_be_exposed(const std::string& group, const std::string& kind);

// The object's pod selector as "k=v,..." (keys sorted), or kubectl's error
// for one it cannot turn into a map (no labels, matchExpressions).
Result<std::string> selector_for_object(const std::string& group, const std::string& kind,
                                        const nlohmann::json& object);

// The distinct container (or service) ports, in order.
std::vector<std::string> ports_for_object(const std::string& kind, const nlohmann::json& object);

// Each port's protocols (TCP when unset), one entry per container port.
std::map<std::string, std::vector<std::string>> protocols_for_object(const std::string& kind,
                                                                     const nlohmann::json& object);

// kubectl's RunExpose for one object, up to the Service: fills in what
// `p` does not have yet from the object (name is the object's name).
Result<> complete_from_object(ExposeParams& p, const std::string& group, const std::string& kind,
                              const nlohmann::json& object);

// kubectl's createService; `ns` goes into the metadata when not empty.
Result<ojson> expose_service_object(const ExposeParams& p, const std::string& ns = {});

// A Service as kubectl reads one back into its Go struct after --overrides:
// known fields in struct order, unknown ones dropped, and the fields Go
// always writes (spec, status.loadBalancer, a port's port and targetPort)
// filled in.
ojson service_in_go_order(const nlohmann::json& service);

}  // namespace kctl::cmd
