// What get (and describe) will fetch: one visit per list or named object,
// planned from the parsed arguments the way kubectl's resource builder
// does (selector lists, names of one type, TYPE/NAME tuples), with its
// errors, before any request is sent.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "client/discovery.h"
#include "client/manifest.h"
#include "client/result.h"
#include "cmd/resource_args.h"

namespace kctl::cmd {

struct Visit {
  client::ApiResource resource;
  std::string ns;    // "" for cluster-scoped resources or all namespaces
  std::string name;  // "" for a list
};

struct VisitPlan {
  std::vector<Visit> visits;
  // One named object was asked for: generic printers print it as is, not
  // wrapped in a List.
  bool single_item_implied = false;
};

struct VisitScope {
  std::string ns;
  bool all_namespaces = false;
  std::string label_selector, field_selector;
  bool select_all = false;  // --all: the types' every object, as a selector would
};

using ResourceResolver = std::function<Result<client::ApiResource>(std::string_view)>;
// "all" -> {"pods", "services", ..., "deployments.apps"}; empty if not a category.
using CategoryExpander = std::function<std::vector<std::string>(std::string_view)>;

Result<VisitPlan> plan_visits(const ResourceArgs& args, const VisitScope& scope, const ResourceResolver& resolve,
                              const CategoryExpander& expand);

// The resource serving group/version/kind, if any.
using KindResolver =
    std::function<std::optional<client::ApiResource>(const std::string& group, const std::string& version,
                                                     const std::string& kind)>;

// The visit of one manifest object, or kubectl's "resource mapping not
// found" error.
Result<Visit> manifest_visit(const client::ManifestObject& m, const VisitScope& scope,
                             const KindResolver& resolve_kind);

// The resolver for manifests' kinds from discovery, refreshed once when a
// kind is missing (a CRD created since the cache was written).
KindResolver discovery_kind_resolver(client::Discovery& discovery);

// Visits for the objects of -f manifests (each fetched by name, in the
// object's namespace or the default one). `single_source`: one file.
Result<VisitPlan> plan_manifest_visits(const std::vector<client::ManifestObject>& objects, bool single_source,
                                       const VisitScope& scope, const KindResolver& resolve_kind);

}  // namespace kctl::cmd
