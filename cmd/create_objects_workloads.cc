// deployment, job and cronjob objects, as kubectl's create generators
// build them.
#include "cmd/create_objects.h"

namespace kctl::cmd {

ojson simple_container(const std::string& name, const std::string& image, const std::vector<std::string>& command) {
  ojson c = ojson::object();
  c["name"] = name;
  c["image"] = image;
  if (!command.empty()) c["command"] = command;
  c["resources"] = ojson::object();
  return c;
}

namespace {

// The image's last path element without tag or digest.
std::string container_name(const std::string& image, const std::function<std::string()>& random_suffix) {
  std::string name = image.substr(image.rfind('/') == std::string::npos ? 0 : image.rfind('/') + 1);
  name = name.substr(0, name.find(':'));
  name = name.substr(0, name.find('@'));
  if (name.find_first_of("_.") != std::string::npos) {
    for (char& c : name)
      if (c == '_' || c == '.') c = '-';
    name += "-" + random_suffix();
  }
  return name;
}

ojson template_meta(const std::map<std::string, std::string>& labels = {}) {
  ojson m = ojson::object();
  m["creationTimestamp"] = nullptr;
  if (!labels.empty()) m["labels"] = labels;
  return m;
}

}  // namespace

Result<ojson> deployment_object(const std::string& name, const std::string& ns, const DeploymentSpec& spec,
                                const std::function<std::string()>& random_suffix) {
  if (spec.images.size() > 1 && !spec.command.empty())
    return make_error(ErrorKind::Internal, "cannot specify multiple --image options and command");
  const std::map<std::string, std::string> labels{{"app", name}};
  ojson containers = ojson::array();
  for (const auto& image : spec.images)
    containers.push_back(simple_container(container_name(image, random_suffix), image, spec.command));
  if (spec.port >= 0 && !containers.empty()) {
    // Ports go before resources in the Container struct.
    ojson& first = containers[0];
    ojson c = ojson::object();
    for (auto it = first.begin(); it != first.end(); ++it) {
      if (it.key() == "resources") c["ports"] = ojson::array({ojson{{"containerPort", spec.port}}});
      c[it.key()] = it.value();
    }
    first = std::move(c);
  }
  ojson o = typed_object("Deployment", "apps/v1", object_meta(name, ns, labels));
  ojson s = ojson::object();
  s["replicas"] = spec.replicas;
  s["selector"] = ojson{{"matchLabels", labels}};
  s["template"] = ojson{{"metadata", template_meta(labels)}, {"spec", ojson{{"containers", std::move(containers)}}}};
  s["strategy"] = ojson::object();
  o["spec"] = std::move(s);
  o["status"] = ojson::object();
  return o;
}

ojson job_object(const std::string& name, const std::string& ns, const std::string& image,
                 const std::vector<std::string>& command) {
  ojson o = typed_object("Job", "batch/v1", object_meta(name, ns));
  ojson pod_spec = ojson::object();
  pod_spec["containers"] = ojson::array({simple_container(name, image, command)});
  pod_spec["restartPolicy"] = "Never";
  o["spec"] = ojson{{"template", ojson{{"metadata", template_meta()}, {"spec", std::move(pod_spec)}}}};
  o["status"] = ojson::object();
  return o;
}

ojson job_from_cronjob(const std::string& name, const std::string& ns, const nlohmann::json& cronjob) {
  const nlohmann::json tmpl = cronjob.value("spec", nlohmann::json::object()).value("jobTemplate", nlohmann::json::object());
  const nlohmann::json tmeta = tmpl.value("metadata", nlohmann::json::object());
  const nlohmann::json cmeta = cronjob.value("metadata", nlohmann::json::object());
  nlohmann::json annotations = tmeta.value("annotations", nlohmann::json::object());
  annotations["cronjob.kubernetes.io/instantiate"] = "manual";
  ojson meta = ojson::object();
  meta["name"] = name;
  if (!ns.empty()) meta["namespace"] = ns;
  meta["creationTimestamp"] = nullptr;
  if (tmeta.contains("labels")) meta["labels"] = tmeta["labels"];
  meta["annotations"] = annotations;
  ojson owner = ojson::object();
  owner["apiVersion"] = "batch/v1";
  owner["kind"] = "CronJob";
  owner["name"] = cmeta.value("name", "");
  owner["uid"] = cmeta.value("uid", "");
  owner["controller"] = true;
  meta["ownerReferences"] = ojson::array({owner});
  ojson o = typed_object("Job", "batch/v1", std::move(meta));
  o["spec"] = ojson(tmpl.value("spec", nlohmann::json::object()));
  o["status"] = ojson::object();
  return o;
}

ojson cronjob_object(const std::string& name, const std::string& ns, const std::string& image,
                     const std::string& schedule, const std::string& restart, const std::vector<std::string>& command) {
  ojson o = typed_object("CronJob", "batch/v1", object_meta(name, ns));
  ojson pod_spec = ojson::object();
  pod_spec["containers"] = ojson::array({simple_container(name, image, command)});
  pod_spec["restartPolicy"] = restart;
  ojson job_meta = ojson::object();
  job_meta["name"] = name;
  job_meta["creationTimestamp"] = nullptr;
  ojson s = ojson::object();
  s["schedule"] = schedule;
  s["jobTemplate"] = ojson{{"metadata", std::move(job_meta)},
                           {"spec", ojson{{"template", ojson{{"metadata", template_meta()}, {"spec", std::move(pod_spec)}}}}}};
  o["spec"] = std::move(s);
  o["status"] = ojson::object();
  return o;
}

}  // namespace kctl::cmd
