// The create generators, registered as subcommands of `kctl create`, one
// family per file.
#pragma once

#include <CLI/CLI.hpp>

#include "cmd/verb.h"

namespace kctl::cmd {

void register_create_basic(CLI::App& create, VerbContext& ctx);           // ns, sa, quota, pc, pdb
void register_create_configmap_secret(CLI::App& create, VerbContext& ctx);  // cm, secret *
void register_create_workloads(CLI::App& create, VerbContext& ctx);       // deployment, job, cronjob
void register_create_service(CLI::App& create, VerbContext& ctx);         // service *
void register_create_rbac(CLI::App& create, VerbContext& ctx);            // (cluster)role(binding)
void register_create_ingress(CLI::App& create, VerbContext& ctx);

// kctl run (a root verb, sharing the generators' send path).
void register_run(CLI::App& root, VerbContext& ctx);

}  // namespace kctl::cmd
