#include "cmd/edit_session.h"

#include <unistd.h>

#include <map>

#include "client/go_quote.h"
#include "client/printers/go_json.h"
#include "client/printers/go_yaml.h"
#include "cmd/apply_patch.h"
#include "cmd/last_applied.h"
#include "cmd/live_targets.h"
#include "cmd/write_ops.h"
#include "cmd/write_output.h"
#include "cmd/write_targets.h"

namespace kctl::cmd {
namespace {

using nlohmann::json;
using client::go_quote;

std::string resource_string(const client::ApiResource& r) { return r.group.empty() ? r.name : r.name + "." + r.group; }

std::string uid_of(const json& obj) {
  const json meta = obj.value("metadata", json::object());
  return meta.is_object() ? meta.value("uid", "") : "";
}

// What the editor shows: managedFields left out (kubectl keeps them aside
// and puts them back on what was saved), several objects as a v1 List.
std::string editor_text(const std::vector<EditObject>& objects, bool as_json) {
  auto shown = [](json obj) {
    if (auto meta = obj.find("metadata"); meta != obj.end() && meta->is_object()) meta->erase("managedFields");
    return obj;
  };
  json doc;
  if (objects.size() == 1) {
    doc = shown(objects.front().object);
  } else {
    doc = {{"apiVersion", "v1"}, {"items", json::array()}, {"kind", "List"}, {"metadata", json::object()}};
    for (const auto& o : objects) doc["items"].push_back(shown(o.object));
  }
  if (as_json) return printers::to_go_json(nlohmann::ordered_json(doc)) + "\n";
  return printers::to_go_yaml(nlohmann::ordered_json(doc));
}

// editResults: why the file opens again, and what cannot be retried.
struct EditResults {
  std::vector<EditReason> reasons;
  int retryable = 0, notfound = 0;
  std::size_t invalid = 0;  // objects to edit again
  std::string file;
};

// addError: the line printed now; an invalid object's causes go to the header.
std::string add_error(EditResults& r, const Error& e, const Visit& v) {
  const std::string object = resource_string(v.resource) + " " + go_quote(v.name);
  if (e.kind == ErrorKind::ApiStatus && e.reason == "Invalid") {
    ++r.invalid;
    r.reasons.push_back({object + " was not valid", e.causes});
    return "error: " + object + " is invalid";
  }
  if (is_not_found(e)) {
    ++r.notfound;
    return "error: " + object + " could not be found on the server";
  }
  ++r.retryable;
  return "error: " + object + " could not be patched: " + e.message;
}

// preservedFile: where the user's changes are, when an error ends the edit.
Error preserved(Error e, const std::string& path, std::ostream& err) {
  if (!path.empty() && ::access(path.c_str(), F_OK) == 0)
    err << "A copy of your changes has been stored to " << go_quote(path) << "\n";
  return e;
}

class EditSession {
 public:
  EditSession(Factory& f, const EditSettings& s, std::vector<EditObject> objects, const EditorCommand& editor,
              const TextCheck& validate)
      : f_(f), s_(s), objects_(std::move(objects)), editor_(editor), validate_(validate),
        printer_(s.output, DryRun::None, s.show_managed_fields, f.io().out) {}

  Result<> run();

 private:
  Result<> send(Targets& edited, client::RestClient& rest);
  const EditObject* original_for(const json& edited) const {
    for (const auto& o : objects_)
      if (uid_of(o.object) == uid_of(edited)) return &o;
    return nullptr;
  }

  Factory& f_;
  const EditSettings& s_;
  std::vector<EditObject> objects_;
  const EditorCommand& editor_;
  const TextCheck& validate_;
  OperationPrinter printer_;
  EditResults results_;
};

Result<> EditSession::run() {
  std::ostream& err = f_.io().err;
  const bool as_json = s_.output == "json";
  auto rest = f_.rest_client();
  if (!rest) return rest.take_error();
  std::map<std::string, json> managed_fields;  // by uid
  for (const auto& o : objects_) {
    const json meta = o.object.value("metadata", json::object());
    if (meta.is_object() && meta.contains("managedFields")) managed_fields[uid_of(o.object)] = meta["managedFields"];
  }
  std::string original, edited;
  bool contains_error = false;
  while (true) {
    std::string text = as_json ? "" : edit_header(s_.mode, results_.reasons);
    if (s_.windows_line_endings) text = to_crlf(text);
    if (!contains_error) {
      std::string body = editor_text(objects_, as_json);
      text += s_.windows_line_endings ? to_crlf(body) : body;
      original = text;
    } else {
      // The file as it was saved, under the new header.
      text += manual_strip(edited);
    }
    const std::string edited_before = edited;
    auto file = write_temp_file(s_.program + "-edit-", as_json ? ".json" : ".yaml", text);
    if (!file) return preserved(file.take_error(), results_.file, err);
    // Unlike kubectl, the file the editor failed on is named too: it holds
    // what the user typed.
    if (auto launched = launch_editor(editor_, *file); !launched) return preserved(launched.take_error(), *file, err);
    auto saved = read_file_text(*file);
    if (!saved) return preserved(saved.take_error(), *file, err);
    edited = std::move(*saved);

    if (contains_error && same_without_comments(edited_before, edited))
      return preserved(make_error(ErrorKind::Internal, "Edit cancelled, no valid changes were saved."), *file, err);
    if (!results_.file.empty()) ::unlink(results_.file.c_str());

    // kubectl validates the text without its comments.
    if (auto problem = validate_(manual_strip(edited))) {
      results_ = EditResults{};
      results_.file = *file;
      contains_error = true;
      Error invalid = make_error(ErrorKind::ApiStatus, "");
      invalid.reason = "Invalid";
      invalid.causes = {"<nil>: Invalid value: \"The edited file failed validation\": " + *problem};
      err << add_error(results_, invalid, objects_.front().visit) << '\n';
      continue;
    }
    if (same_without_comments(original, edited)) {
      ::unlink(file->c_str());
      err << "Edit cancelled, no changes made.\n";
      return {};
    }
    if (!has_content_lines(edited)) {
      ::unlink(file->c_str());
      err << "Edit cancelled, saved file was empty.\n";
      return {};
    }
    results_ = EditResults{};
    results_.file = *file;
    auto parsed = edited_targets(f_, edited, s_.cmd_namespace);
    if (!parsed) {
      contains_error = true;
      results_.reasons.push_back({"The edited file had a syntax error: " + parsed.error().message, {}});
      continue;
    }
    contains_error = false;
    for (auto& t : parsed->items) {
      json& meta = t.object["metadata"];
      if (auto m = managed_fields.find(uid_of(t.object)); m != managed_fields.end()) meta["managedFields"] = m->second;
      else meta.erase("managedFields");
      if (t.visit.resource.namespaced && t.visit.ns != s_.cmd_namespace)
        return preserved(make_error(ErrorKind::Internal,
                                    "the namespace from the provided object " + go_quote(t.visit.ns) +
                                        " does not match the namespace " + go_quote(s_.cmd_namespace) +
                                        ". You must pass '--namespace=" + t.visit.ns + "' to perform this operation."),
                         *file, err);
      if (s_.save_config) set_last_applied(t.object);
    }
    if (auto sent = send(*parsed, **rest); !sent) return preserved(sent.take_error(), results_.file, err);

    if (results_.retryable > 0) {
      err << "You can run `" << s_.program << " replace -f " << *file << "` to try this update again.\n";
      return make_error(ErrorKind::Printed, "");
    }
    if (results_.notfound > 0) {
      err << "The edits you made on deleted resources have been saved to " << go_quote(*file) << "\n";
      return make_error(ErrorKind::Printed, "");
    }
    if (results_.invalid == 0) {
      ::unlink(file->c_str());
      return {};
    }
    contains_error = !results_.reasons.empty();
  }
}

// visitToPatch, or in apply mode visitToApplyEditPatch.
Result<> EditSession::send(Targets& edited, client::RestClient& rest) {
  const WriteParams params{false, s_.field_manager, s_.field_validation};
  for (auto& t : edited.items) {
    const EditObject* original = original_for(t.object);
    if (original == nullptr)
      return make_error(ErrorKind::Internal, "no original object found for " +
                                                 resource_string(t.visit.resource) + " " + go_quote(t.visit.name));
    if (original->object == t.object) {
      printer_.print(t.object, "skipped");
      continue;
    }
    if (s_.mode == EditMode::ApplyLastApplied) {
      // The annotation alone changes, on the object of that name in the
      // command's namespace.
      Visit target = t.visit;
      if (target.resource.namespaced) target.ns = s_.cmd_namespace;
      auto patched = patch_object(rest, target, "application/merge-patch+json",
                                  last_applied_patch(t.object).second.dump(), params, s_.subresource);
      if (!patched) return patched.take_error();
      printer_.print(t.object, "edited");
      continue;
    }
    auto patch = compute_two_way_patch(t.visit.resource, original->object, t.object,
                                       [this] { return f_.openapi_v2(); });
    if (!patch) return patch.take_error();
    if (s_.output_patch) f_.io().out << "Patch: " << printers::to_go_json(nlohmann::ordered_json(patch->patch), 0) << '\n';
    auto patched = patch_object(rest, t.visit, patch->content_type, patch->patch.dump(), params, s_.subresource);
    if (!patched) {
      f_.io().err << add_error(results_, patched.error(), t.visit) << '\n';
      continue;
    }
    printer_.print(*patched, "edited");
  }
  return {};
}

}  // namespace

Result<Targets> edited_targets(Factory& f, const std::string& text, const std::string& ns) {
  auto objects = client::decode_manifest(text, "edited-file");
  if (!objects) return objects.take_error();
  Manifests manifests;
  manifests.objects = std::move(*objects);
  auto targets = targets_from_objects(f, std::move(manifests), ns, false);
  if (!targets) return targets.take_error();
  if (!targets->refused.empty()) return make_error(ErrorKind::Internal, aggregate_message(targets->refused));
  return targets;
}

Result<> run_edit_session(Factory& f, const EditSettings& settings, std::vector<EditObject> objects,
                          const EditorCommand& editor, const TextCheck& validate) {
  EditSession session(f, settings, std::move(objects), editor, validate);
  return session.run();
}

}  // namespace kctl::cmd
