#include "debug/container_schema.h"

#include <algorithm>
#include <cctype>

namespace kctl::debug::schema {
namespace {

// k8s.io/api/core/v1 (1.32), leaves first. Fields whose Go tag has no
// omitempty (containerPort, env name, mountPath...) are still typed String
// or Int: a zero there is as meaningless in a patch as an omitted one.

constexpr Field kPortFields[] = {
    {"name", Kind::String},     {"hostPort", Kind::Int}, {"containerPort", Kind::Int},
    {"protocol", Kind::String}, {"hostIP", Kind::String},
};
constexpr Schema kPort{kPortFields};

constexpr Field kKeySelectorFields[] = {
    {"name", Kind::String}, {"key", Kind::String}, {"optional", Kind::PtrBool}};
constexpr Schema kKeySelector{kKeySelectorFields};

constexpr Field kFieldSelectorFields[] = {{"apiVersion", Kind::String}, {"fieldPath", Kind::String}};
constexpr Schema kFieldSelector{kFieldSelectorFields};

constexpr Field kResourceSelectorFields[] = {
    {"containerName", Kind::String}, {"resource", Kind::String}, {"divisor", Kind::Quantity}};
constexpr Schema kResourceSelector{kResourceSelectorFields};

constexpr Field kEnvSourceFields[] = {
    {"fieldRef", Kind::PtrStruct, &kFieldSelector},
    {"resourceFieldRef", Kind::PtrStruct, &kResourceSelector},
    {"configMapKeyRef", Kind::PtrStruct, &kKeySelector},
    {"secretKeyRef", Kind::PtrStruct, &kKeySelector},
};
constexpr Schema kEnvSource{kEnvSourceFields};

constexpr Field kEnvFields[] = {
    {"name", Kind::String}, {"value", Kind::String}, {"valueFrom", Kind::PtrStruct, &kEnvSource}};
constexpr Schema kEnv{kEnvFields};

constexpr Field kEnvFromRefFields[] = {{"name", Kind::String}, {"optional", Kind::PtrBool}};
constexpr Schema kEnvFromRef{kEnvFromRefFields};

constexpr Field kEnvFromFields[] = {
    {"prefix", Kind::String},
    {"configMapRef", Kind::PtrStruct, &kEnvFromRef},
    {"secretRef", Kind::PtrStruct, &kEnvFromRef},
};
constexpr Schema kEnvFrom{kEnvFromFields};

constexpr Field kClaimFields[] = {{"name", Kind::String}, {"request", Kind::String}};
constexpr Schema kClaim{kClaimFields};

constexpr Field kResourcesFields[] = {
    {"limits", Kind::QuantityMap}, {"requests", Kind::QuantityMap}, {"claims", Kind::ObjectList, &kClaim}};
constexpr Schema kResources{kResourcesFields};

constexpr Field kResizePolicyFields[] = {{"resourceName", Kind::String}, {"restartPolicy", Kind::String}};
constexpr Schema kResizePolicy{kResizePolicyFields};

constexpr Field kVolumeMountFields[] = {
    {"name", Kind::String},      {"readOnly", Kind::Bool},         {"recursiveReadOnly", Kind::PtrString},
    {"mountPath", Kind::String}, {"subPath", Kind::String},        {"mountPropagation", Kind::PtrString},
    {"subPathExpr", Kind::String},
};
constexpr Schema kVolumeMount{kVolumeMountFields};

constexpr Field kVolumeDeviceFields[] = {{"name", Kind::String}, {"devicePath", Kind::String}};
constexpr Schema kVolumeDevice{kVolumeDeviceFields};

constexpr Field kCapabilitiesFields[] = {{"add", Kind::StringList}, {"drop", Kind::StringList}};
constexpr Schema kCapabilities{kCapabilitiesFields};

constexpr Field kSELinuxFields[] = {
    {"user", Kind::String}, {"role", Kind::String}, {"type", Kind::String}, {"level", Kind::String}};
constexpr Schema kSELinux{kSELinuxFields};

constexpr Field kWindowsFields[] = {
    {"gmsaCredentialSpecName", Kind::PtrString},
    {"gmsaCredentialSpec", Kind::PtrString},
    {"runAsUserName", Kind::PtrString},
    {"hostProcess", Kind::PtrBool},
};
constexpr Schema kWindows{kWindowsFields};

// seccompProfile and appArmorProfile have the same shape.
constexpr Field kProfileFields[] = {{"type", Kind::String}, {"localhostProfile", Kind::PtrString}};
constexpr Schema kProfile{kProfileFields};

constexpr Field kSecurityContextFields[] = {
    {"capabilities", Kind::PtrStruct, &kCapabilities},
    {"privileged", Kind::PtrBool},
    {"seLinuxOptions", Kind::PtrStruct, &kSELinux},
    {"windowsOptions", Kind::PtrStruct, &kWindows},
    {"runAsUser", Kind::PtrInt},
    {"runAsGroup", Kind::PtrInt},
    {"runAsNonRoot", Kind::PtrBool},
    {"readOnlyRootFilesystem", Kind::PtrBool},
    {"allowPrivilegeEscalation", Kind::PtrBool},
    {"procMount", Kind::PtrString},
    {"seccompProfile", Kind::PtrStruct, &kProfile},
    {"appArmorProfile", Kind::PtrStruct, &kProfile},
};
constexpr Schema kSecurityContext{kSecurityContextFields};

constexpr Field kContainerFields[] = {
    {"name", Kind::String},
    {"image", Kind::String},
    {"command", Kind::StringList},
    {"args", Kind::StringList},
    {"workingDir", Kind::String},
    {"ports", Kind::ObjectList, &kPort, "containerPort"},
    {"envFrom", Kind::ObjectList, &kEnvFrom},
    {"env", Kind::ObjectList, &kEnv, "name"},
    {"resources", Kind::Struct, &kResources},
    {"resizePolicy", Kind::ObjectList, &kResizePolicy},
    {"restartPolicy", Kind::PtrString},
    {"volumeMounts", Kind::ObjectList, &kVolumeMount, "mountPath"},
    {"volumeDevices", Kind::ObjectList, &kVolumeDevice, "devicePath"},
    {"livenessProbe", Kind::AnyObject},
    {"readinessProbe", Kind::AnyObject},
    {"startupProbe", Kind::AnyObject},
    {"lifecycle", Kind::AnyObject},
    {"terminationMessagePath", Kind::String},
    {"terminationMessagePolicy", Kind::String},
    {"imagePullPolicy", Kind::String},
    {"securityContext", Kind::PtrStruct, &kSecurityContext},
    {"stdin", Kind::Bool},
    {"stdinOnce", Kind::Bool},
    {"tty", Kind::Bool},
};
constexpr Schema kContainer{kContainerFields};

bool equal_fold(std::string_view a, std::string_view b) {
  return std::equal(a.begin(), a.end(), b.begin(), b.end(), [](char x, char y) {
    return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
  });
}

}  // namespace

const Field* Schema::find(std::string_view key) const {
  for (const Field& f : fields)
    if (f.name == key) return &f;
  for (const Field& f : fields)
    if (equal_fold(f.name, key)) return &f;
  return nullptr;
}

const Schema& container() { return kContainer; }

}  // namespace kctl::debug::schema
