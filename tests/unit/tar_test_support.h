// Builds tar archives in memory for the tar tests (with kctl's writer, then
// optionally corrupted byte by byte) and reads them back in small chunks.
#pragma once

#include <algorithm>
#include <cstdio>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "stream/tar_reader.h"
#include "stream/tar_writer.h"

namespace kctl::test {

struct TarMember {
  stream::tar::Entry entry;
  std::string data;
};

inline TarMember file_member(std::string name, std::string data) {
  TarMember m;
  m.entry.name = std::move(name);
  m.entry.size = data.size();
  m.data = std::move(data);
  return m;
}

inline TarMember typed_member(std::string name, char type, std::string link = "") {
  TarMember m;
  m.entry.name = std::move(name);
  m.entry.type = type;
  m.entry.linkname = std::move(link);
  m.entry.mode = type == stream::tar::type::kDirectory ? 0755 : 0777;
  return m;
}

inline std::string make_tar(const std::vector<TarMember>& members) {
  std::string out;
  stream::tar::TarWriter w([&out](std::string_view d) -> Result<> {
    out.append(d);
    return {};
  });
  for (const auto& m : members) {
    if (!w.write_header(m.entry)) throw std::runtime_error("write_header " + m.entry.name);
    if (!m.data.empty() && !w.write_data(m.data)) throw std::runtime_error("write_data " + m.entry.name);
  }
  if (!w.close()) throw std::runtime_error("close");
  return out;
}

// A ReadFn over `bytes`, at most `chunk` bytes per call (short reads).
inline stream::tar::ReadFn string_source(const std::string& bytes, std::size_t chunk = 7) {
  auto pos = std::make_shared<std::size_t>(0);
  return [&bytes, pos, chunk](char* buf, std::size_t n) -> Result<std::size_t> {
    const std::size_t k = std::min({n, chunk, bytes.size() - *pos});
    bytes.copy(buf, k, *pos);
    *pos += k;
    return k;
  };
}

// Output of a shell command.
inline std::string run_command(const std::string& cmd) {
  std::string out;
  FILE* p = ::popen(cmd.c_str(), "r");
  if (p == nullptr) return out;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  ::pclose(p);
  return out;
}

}  // namespace kctl::test
