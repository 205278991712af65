// rollout history and undo for the kinds whose revisions are
// ControllerRevisions (DaemonSets, StatefulSets): kubectl's
// DaemonSetHistoryViewer/StatefulSetHistoryViewer and their rollbackers.
#pragma once

#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "cmd/controller_revision.h"
#include "cmd/factory.h"
#include "cmd/write_output.h"
#include "cmd/write_targets.h"

namespace kctl::cmd {

bool has_controller_revisions(const Visit& v);  // apps DaemonSet or StatefulSet

// The pod template as kubectl's printTemplate writes it.
std::string template_text(const nlohmann::json& tmpl);

// The objects of `kind` (`resource`, in `owner`'s namespace) that `owner`'s
// selector picks and that it controls, by the revision `revision_of` reads
// (objects without one are left out).
using RevisionOf = std::function<Result<long long>(const nlohmann::json&)>;
Result<RevisionHistory> owned_revisions(client::RestClient& rest, const Visit& owner, const nlohmann::json& object,
                                        const std::string& resource, const std::string& kind,
                                        const RevisionOf& revision_of);

// The ControllerRevisions `object` (a DaemonSet or StatefulSet) controls.
Result<RevisionHistory> controller_revisions(client::RestClient& rest, const Visit& owner, const nlohmann::json& object);

// `object` as `revision` records it, patched with the server's schema.
Result<nlohmann::json> controller_object_at(Factory& f, const Visit& owner, const nlohmann::json& object,
                                            const nlohmann::json& revision);

// undo of a DaemonSet or StatefulSet: the operation printed ("rolled back",
// "skipped rollback (...)", with --dry-run=client "will roll back to" the
// template) or an error.
Result<std::string> rollback_controller(Factory& f, client::RestClient& rest, const Target& t, long long to_revision,
                                        DryRun dry_run);

}  // namespace kctl::cmd
