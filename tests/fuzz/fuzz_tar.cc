// The tar stream `cp` reads from a container: every header (ustar, GNU long
// names, PAX records) and its data, then the same stream extracted under a
// scratch destination with cp's rules. After each input the scratch
// directory is emptied, and anything that landed outside it is a bug the
// extractor's own checks should have stopped: the target aborts.
#include <ftw.h>
#include <unistd.h>

#include <cstdlib>
#include <cstring>
#include <string>

#include "stream/tar_extract.h"
#include "stream/tar_reader.h"
#include "tests/fuzz/fuzz_input.h"

namespace {

using kctl::stream::tar::ReadFn;

ReadFn memory_reader(std::string_view& rest) {
  return [&rest](char* buf, std::size_t n) -> kctl::Result<std::size_t> {
    const std::size_t k = rest.size() < n ? rest.size() : n;
    std::memcpy(buf, rest.data(), k);
    rest.remove_prefix(k);
    return k;
  };
}

// The scratch tree: <root>/1/2/3/dest is the destination; the levels above
// it must hold nothing else afterwards (an escape of up to four "..").
const std::string& scratch_root() {
  static const std::string root = [] {
    char tmpl[] = "/tmp/kctl-fuzz-tar.XXXXXX";
    if (!::mkdtemp(tmpl)) std::abort();
    return std::string(tmpl);
  }();
  return root;
}

void remove_tree(const std::string& path) {
  ::nftw(path.c_str(), [](const char* p, const struct stat*, int, struct FTW*) { return ::remove(p); }, 16,
         FTW_DEPTH | FTW_PHYS);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace kctl::stream::tar;
  const auto text = kctl::fuzz::as_text(data, size);
  {
    std::string_view rest = text;
    TarReader reader(memory_reader(rest));
    char buf[4096];
    for (int entries = 0; entries < 10000; ++entries) {
      auto entry = reader.next();
      if (!entry || !*entry) break;
      for (;;) {
        auto n = reader.read_data(buf, sizeof buf);
        if (!n || *n == 0) break;
      }
    }
  }
  const std::string& root = scratch_root();
  const std::string dest = root + "/1/2/3/dest";
  for (const char* level : {"/1", "/1/2", "/1/2/3"})
    if (::mkdir((root + level).c_str(), 0700) != 0) std::abort();
  {
    std::string_view rest = text;
    TarReader reader(memory_reader(rest));
    ExtractOptions options;
    options.prefix = "";
    options.dest = dest;
    options.warn = [](const std::string&) {};
    (void)extract(reader, options);
  }
  remove_tree(dest);
  for (const char* level : {"/1/2/3", "/1/2", "/1"})
    if (::rmdir((root + level).c_str()) != 0) std::abort();  // something was written beside dest
  return 0;
}
