// The objects kubectl's create generators build, as pure functions of
// their flags (Go's struct field order, kubectl's defaults), and the
// validation that happens before any request. Shared by the create_*.cc
// commands and their unit tests.
#pragma once

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "client/result.h"
#include "cmd/create_generator.h"

namespace kctl::cmd {

ojson namespace_object(const std::string& name);
ojson service_account_object(const std::string& name, const std::string& ns);

// --hard "pods=1,cpu=2" and --scopes "BestEffort,...".
Result<ojson> quota_object(const std::string& name, const std::string& ns, const std::string& hard,
                           const std::string& scopes);

ojson priority_class_object(const std::string& name, long long value, bool global_default,
                            const std::string& description, const std::string& preemption_policy);

// A label selector string as metav1.ParseToLabelSelector reads it:
// equality requirements become matchLabels, the rest matchExpressions.
Result<ojson> parse_label_selector(const std::string& selector);

// An IntOrString flag value ("1" or "50%"); nullopt when it is neither.
std::optional<ojson> int_or_percent(const std::string& value);

struct PdbSpec {
  std::string selector, min_available, max_unavailable;
};
Result<ojson> pdb_object(const std::string& name, const std::string& ns, const PdbSpec& spec);

// create deployment: one container per image, named after the image
// (kubectl's sanitizeAndUniquify: "_" and "." become "-" plus a random
// five-character suffix from `random_suffix`).
struct DeploymentSpec {
  std::vector<std::string> images, command;
  long long replicas = 1, port = -1;
};
Result<ojson> deployment_object(const std::string& name, const std::string& ns, const DeploymentSpec& spec,
                                const std::function<std::string()>& random_suffix);

// A container {name, image, command (when any), resources: {}}.
ojson simple_container(const std::string& name, const std::string& image, const std::vector<std::string>& command);

ojson job_object(const std::string& name, const std::string& ns, const std::string& image,
                 const std::vector<std::string>& command);
// create job --from=cronjob/NAME: the cron job's template, owned by it.
ojson job_from_cronjob(const std::string& name, const std::string& ns, const nlohmann::json& cronjob);

ojson cronjob_object(const std::string& name, const std::string& ns, const std::string& image,
                     const std::string& schedule, const std::string& restart, const std::vector<std::string>& command);

struct ServiceSpec {
  std::string type;  // ClusterIP, NodePort, LoadBalancer, ExternalName
  std::vector<std::string> tcp;
  std::string cluster_ip, external_name;
  long long node_port = 0;
};
// The Service, or kubectl's error for a bad --tcp item ("80:8080").
Result<ojson> service_object(const std::string& name, const std::string& ns, const ServiceSpec& spec);

// validation.IsDNS1123Subdomain.
bool is_dns1123_subdomain(const std::string& s);

// A --resource item: "pods", "deployments.apps", "pods/log".
struct RuleResource {
  std::string resource, group, subresource;
};
// kubectl's parsing of --resource items; a lone "*" replaces the rest.
std::vector<RuleResource> parse_rule_resources(const std::vector<std::string>& items);
// --verb without duplicates; "*" alone when given.
std::vector<std::string> unique_verbs(const std::vector<std::string>& verbs);

// One rule per API group (groups sorted, resources in the order given,
// each already resolved to its plural), then one for the non-resource URLs.
ojson policy_rules(const std::vector<std::string>& verbs, const std::vector<RuleResource>& resolved,
                   const std::vector<std::string>& resource_names, const std::vector<std::string>& non_resource_urls);

// kubectl's checks of verbs against resources ("bind" only on roles...);
// "Warning: ..." lines for unusual verbs go to `warnings`.
Result<> check_special_verbs(const std::vector<std::string>& verbs, const RuleResource& resolved);
bool is_standard_resource_verb(const std::string& verb);
Result<> check_non_resource_urls(const std::vector<std::string>& verbs, const std::vector<std::string>& urls);

struct BindingSubjects {
  std::vector<std::string> users, groups, service_accounts;  // service accounts as NAMESPACE:NAME
};
// The subjects array (users, groups, then service accounts), or kubectl's
// error for a service account without its namespace.
Result<ojson> binding_subjects(const BindingSubjects& s);
ojson role_ref(const std::string& kind, const std::string& name);

struct IngressSpec {
  std::vector<std::string> rules;  // host/path=svc:port[,tls[=secret]]
  std::vector<std::string> annotations;
  std::string ingress_class, default_backend;
};
// The Ingress, or kubectl's error for a malformed rule, annotation or
// default backend.
Result<ojson> ingress_object(const std::string& name, const std::string& ns, const IngressSpec& spec);

// kubectl run's pod.
struct RunSpec {
  std::string image, labels, restart = "Always", port, image_pull_policy;
  std::vector<std::string> env, annotations, args;
  bool command = false, privileged = false;
  bool stdin = false, stdin_once = false, tty = false;
};
// The pod, or kubectl's error for a bad --labels, --env, --port,
// --restart or --image-pull-policy (the last two are usage errors).
Result<ojson> run_pod_object(const std::string& name, const std::string& ns, const RunSpec& spec);

}  // namespace kctl::cmd
