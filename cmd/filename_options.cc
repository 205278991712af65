#include "cmd/filename_options.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>

namespace kctl::cmd {
namespace {

namespace fs = std::filesystem;

bool manifest_extension(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".json" || ext == ".yaml" || ext == ".yml";
}

// The files of a directory in filepath.Walk's order (lexical), descending
// into subdirectories only when recursive.
void directory_files(const fs::path& dir, bool recursive, std::vector<fs::path>& out) {
  std::vector<fs::directory_entry> entries;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) entries.push_back(e);
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path().filename().string() < b.path().filename().string(); });
  for (const auto& e : entries) {
    if (e.is_directory(ec)) {
      if (recursive) directory_files(e.path(), recursive, out);
    } else if (manifest_extension(e.path())) {
      out.push_back(e.path());
    }
  }
}

Result<std::string> read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return make_error(ErrorKind::Internal, "open " + path.string() + ": permission denied");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

Result<> decode_into(const std::string& text, const std::string& source, const client::DocumentCheck& check,
                     Manifests& out) {
  auto checked = client::decode_checked_manifest(text, source, check);
  if (!checked) return checked.take_error();
  for (auto& o : checked->objects) out.objects.push_back(std::move(o));
  if (checked->refused) out.refused.push_back({out.objects.size(), std::move(*checked->refused)});
  return {};
}

}  // namespace

Result<Manifests> read_manifests(const FilenameOptions& options, std::istream& stdin_stream,
                                 const client::DocumentCheck& check) {
  Manifests out;
  std::size_t sources = 0;
  bool stream_or_dir = false;
  for (const auto& name : options.filenames) {
    if (name == "-") {
      std::string text{std::istreambuf_iterator<char>(stdin_stream), std::istreambuf_iterator<char>()};
      if (auto r = decode_into(text, "STDIN", check, out); !r) return r.take_error();
      stream_or_dir = true;
      ++sources;
      continue;
    }
    std::error_code ec;
    const fs::path path(name);
    if (!fs::exists(path, ec)) return make_error(ErrorKind::Internal, "the path \"" + name + "\" does not exist");
    std::vector<fs::path> files;
    if (fs::is_directory(path, ec)) {
      stream_or_dir = true;
      directory_files(path, options.recursive, files);
    } else {
      files.push_back(path);
    }
    for (const auto& file : files) {
      auto text = read_file(file);
      if (!text) return text.take_error();
      if (auto r = decode_into(*text, file.string(), check, out); !r) return r.take_error();
      ++sources;
    }
  }
  out.single_source = sources == 1 && !stream_or_dir;
  return out;
}

}  // namespace kctl::cmd
