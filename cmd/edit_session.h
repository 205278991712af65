// The edit loop shared by kctl edit and kctl apply edit-last-applied
// (kubectl's EditOptions.Run): the objects are written to a temporary
// file, the editor runs, and what was saved is validated, parsed and sent
// as patches; a save the server or the schema refuses opens the editor
// again with the reasons in the header, until the objects go through, the
// user saves no change, or an error ends the edit.
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "client/result.h"
#include "cmd/edit_file.h"
#include "cmd/editor.h"
#include "cmd/factory.h"
#include "cmd/manifest_validation.h"
#include "cmd/resource_visits.h"
#include "cmd/write_targets.h"

namespace kctl::cmd {

struct EditSettings {
  EditMode mode = EditMode::Normal;
  std::string output;  // -o: "json" edits JSON (no header); the printer's format
  bool output_patch = false, windows_line_endings = false, save_config = false, show_managed_fields = false;
  std::string field_manager, field_validation, subresource;
  std::string cmd_namespace;  // edited objects must stay in it
  std::string program = "kctl";  // named in "You can run `kctl replace -f ...`"
};

// An object to edit: where it lives and its content (the live object, or
// in apply mode the last-applied configuration).
struct EditObject {
  Visit visit;
  nlohmann::json object;
};

// Text read as the builder reads "edited-file": the objects mapped, each
// in its own namespace (`ns` when it has none); a mapping error fails it.
Result<Targets> edited_targets(Factory& f, const std::string& text, const std::string& ns);

Result<> run_edit_session(Factory& f, const EditSettings& settings, std::vector<EditObject> objects,
                          const EditorCommand& editor, const TextCheck& validate);

}  // namespace kctl::cmd
