// The pure parts of a DaemonSet's or StatefulSet's rollout history: its
// ControllerRevisions (whose `data` is a strategic merge patch putting the
// object's pod template back), which one undo restores, and whether the
// object already has it (kubectl's polymorphichelpers history.go and
// rollback.go).
#pragma once

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "client/patch/patch_schema.h"
#include "client/result.h"

namespace kctl::cmd {

// ControllerRevisions by `.revision`; with two of one revision the later wins.
using RevisionHistory = std::map<long long, nlohmann::json>;

// Whether `obj`'s controller ownerReference has the uid `owner_uid`
// (metav1.IsControlledBy).
bool controlled_by(const nlohmann::json& obj, const std::string& owner_uid);

// The revision undo goes back to (kubectl's findHistory): `to_revision`, or
// with 0 the second highest; kubectl's errors when there is none.
Result<const nlohmann::json*> revision_to_restore(const RevisionHistory& history, long long to_revision);

// Whether the object's pod template is the one `revision` records (kubectl
// compares the patch the controller would record for it with the data).
bool template_matches(const nlohmann::json& object, const nlohmann::json& revision);

// `object` with `revision`'s data applied (applyDaemonSetHistory,
// applyStatefulSetHistory).
Result<nlohmann::json> object_at_revision(const nlohmann::json& object, const nlohmann::json& revision,
                                          const patch::PatchSchema& schema);

// `object` as kubectl's Go types write it back: a StatefulSet's status
// always has availableReplicas (a field newer than some servers).
nlohmann::json as_typed(nlohmann::json object);

// `value` with its keys in `like`'s order (a live object in the server's,
// that is Go's, field order), keys `like` lacks after them in sorted order;
// array elements follow `like`'s element of the same index. For -o json of
// an object changed from one the server sent.
nlohmann::ordered_json ordered_like(const nlohmann::json& value, const nlohmann::ordered_json& like);

}  // namespace kctl::cmd
