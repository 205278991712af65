// -f/--filename and -R/--recursive as kubectl reads them: files, directories
// (their .json, .yaml and .yml files, in name order; subdirectories only
// with -R) and "-" for standard input, decoded into API objects.
#pragma once

#include <istream>
#include <string>
#include <vector>

#include "client/manifest.h"
#include "client/result.h"

namespace kctl::cmd {

struct FilenameOptions {
  std::vector<std::string> filenames;
  bool recursive = false;

  bool empty() const { return filenames.empty(); }
};

struct Manifests {
  std::vector<client::ManifestObject> objects;
  // kubectl's singleItemImplied for paths: one file, not a directory or stdin.
  bool single_source = false;
  // Sources a document check refused: the error, and how many objects
  // were read before it, so that errors can keep kubectl's order.
  struct Refusal {
    std::size_t after;
    Error error;
  };
  std::vector<Refusal> refused;
};

// `check`, when set, sees every document first (client/manifest.h).
Result<Manifests> read_manifests(const FilenameOptions& options, std::istream& stdin_stream,
                                 const client::DocumentCheck& check = nullptr);

}  // namespace kctl::cmd
