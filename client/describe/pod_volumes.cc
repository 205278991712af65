// A pod's volumes by source type, as kubectl's describeVolumes.
#include <algorithm>
#include <vector>

#include "client/describe/go_sort.h"
#include "client/describe/meta_text.h"
#include "client/describe/pod_parts.h"

namespace kctl::describe {
namespace {

// Go's %v of an optional *bool field: "<nil>" when unset. kubectl 1.32
// prints a set pointer as its address (0xc000...), which no other program
// can reproduce; kctl prints the value.
std::string optional_pointer(const json& source) {
  const json& v = field(source, "optional");
  return v.is_boolean() ? go_bool(v.get<bool>()) : "<nil>";
}

void describe_projected(PrefixWriter& w, const json& projected) {
  w.write(kLevel2, "Type:\tProjected (a volume that contains injected data from multiple sources)\n");
  for (const json& s : items(projected, "sources")) {
    if (has(s, "secret")) {
      w.write(kLevel2, "SecretName:\t" + str(field(s, "secret"), "name") + "\n    SecretOptionalName:\t" +
                           optional_pointer(field(s, "secret")) + "\n");
    } else if (has(s, "downwardAPI")) {
      w.write(kLevel2, "DownwardAPI:\ttrue\n");
    } else if (has(s, "configMap")) {
      w.write(kLevel2, "ConfigMapName:\t" + str(field(s, "configMap"), "name") + "\n    ConfigMapOptional:\t" +
                           optional_pointer(field(s, "configMap")) + "\n");
    } else if (has(s, "serviceAccountToken")) {
      w.write(kLevel2, "TokenExpirationSeconds:\t" +
                           std::to_string(integer(field(s, "serviceAccountToken"), "expirationSeconds")) + "\n");
    }
  }
}

void describe_source(PrefixWriter& w, const json& v) {
  auto line = [](const std::string& label, const std::string& value) { return "    " + label + ":\t" + value + "\n"; };
  if (has(v, "hostPath")) {
    const json& s = field(v, "hostPath");
    std::string type = has(s, "type") ? str(s, "type") : "<none>";
    w.write(kLevel2, "Type:\tHostPath (bare host directory volume)\n" + line("Path", str(s, "path")) +
                         line("HostPathType", type));
  } else if (has(v, "emptyDir")) {
    const json& s = field(v, "emptyDir");
    std::string limit = "<unset>";
    if (has(s, "sizeLimit"))
      if (auto q = Quantity::parse(str(s, "sizeLimit")); q && q->cmp(Quantity()) > 0) limit = q->string();
    w.write(kLevel2, "Type:\tEmptyDir (a temporary directory that shares a pod's lifetime)\n" +
                         line("Medium", str(s, "medium")) + line("SizeLimit", limit));
  } else if (has(v, "secret")) {
    const json& s = field(v, "secret");
    w.write(kLevel2, "Type:\tSecret (a volume populated by a Secret)\n" + line("SecretName", str(s, "secretName")) +
                         line("Optional", go_bool(boolean(s, "optional"))));
  } else if (has(v, "configMap")) {
    const json& s = field(v, "configMap");
    w.write(kLevel2, "Type:\tConfigMap (a volume populated by a ConfigMap)\n" + line("Name", str(s, "name")) +
                         line("Optional", go_bool(boolean(s, "optional"))));
  } else if (has(v, "nfs")) {
    const json& s = field(v, "nfs");
    w.write(kLevel2, "Type:\tNFS (an NFS mount that lasts the lifetime of a pod)\n" + line("Server", str(s, "server")) +
                         line("Path", str(s, "path")) + line("ReadOnly", go_bool(boolean(s, "readOnly"))));
  } else if (has(v, "persistentVolumeClaim")) {
    const json& s = field(v, "persistentVolumeClaim");
    w.write(kLevel2,
            "Type:\tPersistentVolumeClaim (a reference to a PersistentVolumeClaim in the same namespace)\n" +
                line("ClaimName", str(s, "claimName")) + line("ReadOnly", go_bool(boolean(s, "readOnly"))));
  } else if (has(v, "downwardAPI")) {
    w.write(kLevel2, "Type:\tDownwardAPI (a volume populated by information about the pod)\n    Items:\n");
    for (const json& item : items(field(v, "downwardAPI"), "items")) {
      if (has(item, "fieldRef"))
        w.write(kLevel3, str(field(item, "fieldRef"), "fieldPath") + " -> " + str(item, "path") + "\n");
      if (has(item, "resourceFieldRef"))
        w.write(kLevel3, str(field(item, "resourceFieldRef"), "resource") + " -> " + str(item, "path") + "\n");
    }
  } else if (has(v, "projected")) {
    describe_projected(w, field(v, "projected"));
  } else if (has(v, "csi")) {
    const json& s = field(v, "csi");
    w.write(kLevel2, "Type:\tCSI (a Container Storage Interface (CSI) volume source)\n" + line("Driver", str(s, "driver")) +
                         line("FSType", str(s, "fsType")) + line("ReadOnly", go_bool(boolean(s, "readOnly"))));
    auto attrs = string_map(s, "volumeAttributes");
    w.write(kLevel2, "VolumeAttributes:\t");
    if (attrs.empty()) {
      w.write_line("<none>");
    } else {
      for (std::size_t i = 0; i < attrs.size(); ++i) {
        if (i != 0) w.write(kLevel2, "\t");
        std::string kv = attrs[i].first + "=" + attrs[i].second;
        w.write(kLevel2, (kv.size() > 140 ? kv.substr(0, 140) + "..." : kv) + "\n");
      }
    }
  } else {
    w.write(kLevel1, "<unknown>\n");
  }
}

}  // namespace

void describe_volumes(PrefixWriter& w, const json& volumes, std::string_view space) {
  if (volumes.empty()) {
    w.write(kLevel0, std::string(space) + "Volumes:\t<none>\n");
    return;
  }
  w.write(kLevel0, std::string(space) + "Volumes:\n");
  for (const json& v : volumes) {
    w.write(kLevel1, std::string(space.empty() ? "" : " ") + str(v, "name") + ":\n");
    describe_source(w, v);
  }
}

void describe_topology_spread(PrefixWriter& w, const json& constraints, std::string_view space) {
  if (constraints.empty()) return;
  std::vector<const json*> sorted;
  for (const json& c : constraints) sorted.push_back(&c);
  go_sort(sorted,
                   [](const json* a, const json* b) { return str(*a, "topologyKey") < str(*b, "topologyKey"); });
  w.write(kLevel0, std::string(space) + "Topology Spread Constraints:\t");
  for (std::size_t i = 0; i < sorted.size(); ++i) {
    const json& c = *sorted[i];
    if (i != 0) w.write(kLevel0, std::string(space) + "\t");
    std::string text = str(c, "topologyKey") + ":" + str(c, "whenUnsatisfiable") + " when max skew " +
                       std::to_string(integer(c, "maxSkew")) + " is exceeded";
    if (has(c, "labelSelector")) text += " for selector " + format_label_selector(field(c, "labelSelector"));
    w.write(kLevel0, text + "\n");
  }
}

void describe_pod_template(PrefixWriter& w, const json& tmpl) {
  w.write(kLevel0, "Pod Template:\n");
  const json& meta = field(tmpl, "metadata");
  const json& spec = field(tmpl, "spec");
  print_labels(w, "  Labels", string_map(meta, "labels"));
  auto annotations = string_map(meta, "annotations");
  if (!annotations.empty()) print_annotations(w, "  Annotations", annotations);
  if (!str(spec, "serviceAccountName").empty())
    w.write(kLevel1, "Service Account:\t" + str(spec, "serviceAccountName") + "\n");
  if (!items(spec, "initContainers").empty())
    describe_containers(w, "Init Containers", items(spec, "initContainers"), json(), json(), "  ");
  describe_containers(w, "Containers", items(spec, "containers"), json(), json(), "  ");
  describe_volumes(w, items(spec, "volumes"), "  ");
  describe_topology_spread(w, items(spec, "topologySpreadConstraints"), "  ");
  if (!str(spec, "priorityClassName").empty())
    w.write(kLevel1, "Priority Class Name:\t" + str(spec, "priorityClassName") + "\n");
  print_labels(w, "  Node-Selectors", string_map(spec, "nodeSelector"));
  print_tolerations(w, "  Tolerations", items(spec, "tolerations"));
}

}  // namespace kctl::describe
