// config use-context, delete-context, delete-cluster, delete-user,
// rename-context. Edits keep fields kctl does not know.

#include "cmd/config_editor.h"
#include "cmd/config_verbs.h"

namespace kctl::cmd {
namespace {

using kubeconfig::Config;
using kubeconfig::File;
using kubeconfig::Section;

Result<> use_context(Factory& f, const std::string& name) {
  auto ed = Editor::open(f);
  if (!ed) return ed.take_error();
  if (ed->config->find(Section::Contexts, name) == nullptr)
    return make_error(ErrorKind::Internal, "no context exists with the name: \"" + name + "\"");
  ed->set_current_context(name);
  if (auto r = ed->save(); !r) return r;
  f.io().out << "Switched to context \"" << name << "\".\n";
  if (auto env = f.env()("KCTL_CONTEXT"); env && !env->empty() && *env != name)
    f.io().err << "warning: KCTL_CONTEXT=" << *env << " still selects the context in this shell\n";
  return {};
}

Result<> delete_entry(Factory& f, Section s, const std::string& name) {
  auto ed = Editor::open(f);
  if (!ed) return ed.take_error();
  const char* what = s == Section::Contexts ? "context" : s == Section::Clusters ? "cluster" : "user";
  const kubeconfig::Entry* e = ed->config->find(s, name);
  if (e == nullptr)
    return make_error(ErrorKind::Internal, std::string("cannot delete ") + what + " " + name + ", not in " +
                                               default_file_name(f, *ed->config));
  std::string origin = e->origin;
  std::size_t i = kubeconfig::file_for_entry(*ed->config, ed->rules, s, name);
  kubeconfig::remove_entry(ed->config->files[i], s, name);
  ed->dirty.insert(i);
  if (auto r = ed->save(); !r) return r;
  f.io().out << "deleted " << what << " " << name << " from " << origin << '\n';
  if (s == Section::Contexts && ed->config->current_context == name)
    f.io().err << "warning: this removed your active context, use \"kctl config use-context\" to select a different one\n";
  return {};
}

Result<> rename_context(Factory& f, const std::string& from, const std::string& to) {
  auto ed = Editor::open(f);
  if (!ed) return ed.take_error();
  std::string file = default_file_name(f, *ed->config);
  if (ed->config->find(Section::Contexts, from) == nullptr)
    return make_error(ErrorKind::Internal, "cannot rename the context \"" + from + "\", it's not in " + file);
  if (ed->config->find(Section::Contexts, to) != nullptr)
    return make_error(ErrorKind::Internal, "cannot rename the context \"" + from + "\", the context \"" + to +
                                               "\" already exists in " + file);
  std::size_t i = kubeconfig::file_for_entry(*ed->config, ed->rules, Section::Contexts, from);
  YAML::Node list = ed->config->files[i].root["contexts"];
  for (YAML::Node item : list)
    if (kubeconfig::field(item, "name") == from) item["name"] = string_node(to);
  ed->dirty.insert(i);
  if (ed->config->current_context == from) ed->set_current_context(to);
  if (auto r = ed->save(); !r) return r;
  f.io().out << "Context \"" << from << "\" renamed to \"" << to << "\".\n";
  return {};
}


}  // namespace

void register_config_edit(CLI::App& config, VerbContext& ctx) {
  auto use = std::make_shared<std::string>();
  CLI::App* u = config.add_subcommand("use-context", "Set the current-context in a kubeconfig file");
  u->alias("use");
  u->add_option("CONTEXT_NAME", *use, "Context name")->required();
  on_chosen(u, ctx, [use, &ctx] { return use_context(ctx.factory, *use); });

  for (auto [verb, section] : {std::pair{"delete-context", Section::Contexts}, std::pair{"delete-cluster", Section::Clusters},
                               std::pair{"delete-user", Section::Users}}) {
    auto name = std::make_shared<std::string>();
    CLI::App* d = config.add_subcommand(verb, std::string("Delete the specified ") +
                                                  (section == Section::Contexts ? "context" : section == Section::Clusters ? "cluster" : "user") +
                                                  " from the kubeconfig");
    d->add_option("NAME", *name, "Name")->required();
    Section sec = section;
    on_chosen(d, ctx, [name, sec, &ctx] { return delete_entry(ctx.factory, sec, *name); });
  }

  auto names = std::make_shared<std::pair<std::string, std::string>>();
  CLI::App* rn = config.add_subcommand("rename-context", "Rename a context from the kubeconfig file");
  rn->add_option("CONTEXT_NAME", names->first, "Old name")->required();
  rn->add_option("NEW_NAME", names->second, "New name")->required();
  on_chosen(rn, ctx, [names, &ctx] { return rename_context(ctx.factory, names->first, names->second); });
}

}  // namespace kctl::cmd
