#include "cmd/help_texts.h"

namespace kctl::cmd {

const HelpText* find_help_text(std::string_view path) {
  for (auto table : {read_help_texts(), config_help_texts(), create_help_texts(), pod_help_texts(), write_help_texts()})
    for (const HelpText& t : table)
      if (t.path == path) return &t;
  return nullptr;
}

}  // namespace kctl::cmd
