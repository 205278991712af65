#include "stream/tar_extract.h"

#include <fcntl.h>
#include <sys/stat.h>

#include <cerrno>
#include <optional>
#include <vector>

#include "client/go_quote.h"
#include "stream/go_path.h"
#include "stream/remote_command.h"
#include "stream/unique_fd.h"

namespace kctl::stream::tar {
namespace {

constexpr std::size_t kCopyBuffer = 256 * 1024;

// Go's os.MkdirAll(path, 0755) for the user's own destination.
Result<> mkdir_all(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) return {};
    return gopath::path_error("mkdir", path, ENOTDIR);
  }
  const std::string parent = gopath::dir(path);
  if (parent != path && parent != "." && parent != "/") {
    if (auto r = mkdir_all(parent); !r) return r;
  }
  if (::mkdir(path.c_str(), 0755) != 0 && errno != EEXIST) return gopath::path_error("mkdir", path, errno);
  return {};
}

// The components of `rest` below the destination; nullopt if ".." climbs
// out of it. Absolute names are re-rooted (the leading '/' is dropped).
std::optional<std::vector<std::string>> inside_parts(std::string_view rest) {
  std::vector<std::string> parts;
  std::size_t i = 0;
  while (i <= rest.size()) {
    std::size_t j = rest.find('/', i);
    if (j == std::string_view::npos) j = rest.size();
    std::string_view part = rest.substr(i, j - i);
    i = j + 1;
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (parts.empty()) return std::nullopt;
      parts.pop_back();
      continue;
    }
    parts.emplace_back(part);
  }
  return parts;
}

bool is_symlink_at(int dirfd, const std::string& name) {
  struct stat st {};
  return ::fstatat(dirfd, name.c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISLNK(st.st_mode);
}

class Extractor {
 public:
  Extractor(TarReader& reader, const ExtractOptions& o) : reader_(reader), o_(o) {}

  Result<ExtractStats> run() {
    for (;;) {
      auto next = reader_.next();
      if (!next) return next.take_error();
      if (!*next) break;
      if (auto r = one(**next); !r) return r.take_error();
    }
    if (stats_.written_bytes != stats_.declared_bytes)
      return make_error(ErrorKind::Internal, "wrote " + std::to_string(stats_.written_bytes) +
                                                 " bytes but the archive declared " +
                                                 std::to_string(stats_.declared_bytes));
    return stats_;
  }

 private:
  void warn(const std::string& line) {
    ++stats_.skipped;
    if (o_.warn) o_.warn(line);
  }

  Result<> one(const Entry& e) {
    if (e.name.compare(0, o_.prefix.size(), o_.prefix) != 0)
      return make_error(ErrorKind::Internal, "tar contents corrupted");
    const std::string rest = member_path(std::string_view(e.name).substr(o_.prefix.size()));
    const std::string shown = gopath::join(o_.dest, rest);
    auto parts = inside_parts(rest);
    if (!parts) {
      warn("warning: file " + client::go_quote(shown) + " is outside target destination, skipping\n");
      return {};
    }
    if (e.is_directory()) return make_dir(*parts, shown);
    if (e.type == type::kSymlink) {
      std::string line = "warning: skipping symlink: " + client::go_quote(shown) + " -> " + client::go_quote(e.linkname);
      if (!symlink_warned_ && !o_.symlink_hint.empty()) line += " " + o_.symlink_hint;
      symlink_warned_ = true;
      warn(line + "\n");
      return {};
    }
    if (e.type == type::kHardLink) {
      warn("warning: skipping hard link: " + client::go_quote(shown) + " -> " + client::go_quote(e.linkname) + "\n");
      return {};
    }
    if (!e.is_regular()) {
      warn("warning: skipping special file: " + client::go_quote(shown) + "\n");
      return {};
    }
    return write_file(e, *parts, shown);
  }

  // The destination directory, made (as kubectl's MkdirAll) and opened once.
  Result<int> root() {
    if (root_) return root_.get();
    if (auto r = mkdir_all(o_.dest); !r) return r.take_error();
    root_.reset(::open(o_.dest.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!root_) return gopath::path_error("open", o_.dest, errno);
    return root_.get();
  }

  // Opens (making them 0755) the directories leading to the last part,
  // never following a symlink. nullopt: skipped with a warning.
  Result<std::optional<UniqueFd>> open_parent(const std::vector<std::string>& parts, const std::string& shown) {
    auto r = root();
    if (!r) return r.take_error();
    UniqueFd cur(::dup(*r));
    if (!cur) return gopath::path_error("open", o_.dest, errno);
    std::string walked = o_.dest;
    for (std::size_t i = 0; i + 1 < parts.size(); ++i) {
      walked = gopath::join(walked, parts[i]);
      const int flags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
      int fd = ::openat(cur.get(), parts[i].c_str(), flags);
      if (fd < 0 && errno == ENOENT) {
        if (::mkdirat(cur.get(), parts[i].c_str(), 0755) != 0 && errno != EEXIST)
          return gopath::path_error("mkdir", walked, errno);
        fd = ::openat(cur.get(), parts[i].c_str(), flags);
      }
      if (fd < 0) {
        const int err = errno;
        if (is_symlink_at(cur.get(), parts[i])) {
          warn("warning: file " + client::go_quote(shown) + " is behind the symlink " + client::go_quote(walked) +
               ", skipping\n");
          return std::optional<UniqueFd>{};
        }
        return gopath::path_error("mkdir", walked, err);
      }
      cur.reset(fd);
    }
    return std::optional<UniqueFd>(std::move(cur));
  }

  Result<> make_dir(const std::vector<std::string>& parts, const std::string& shown) {
    ++stats_.directories;
    if (parts.empty()) return mkdir_all(o_.dest);
    auto parent = open_parent(parts, shown);
    if (!parent) return parent.take_error();
    if (!*parent) return {};
    const int dirfd = (*parent)->get();
    if (::mkdirat(dirfd, parts.back().c_str(), 0755) == 0) return {};
    if (errno != EEXIST) return gopath::path_error("mkdir", shown, errno);
    struct stat st {};
    if (::fstatat(dirfd, parts.back().c_str(), &st, AT_SYMLINK_NOFOLLOW) == 0 && S_ISDIR(st.st_mode)) return {};
    if (S_ISLNK(st.st_mode)) {
      warn("warning: directory " + client::go_quote(shown) + " is a symlink, skipping\n");
      return {};
    }
    return gopath::path_error("mkdir", shown, ENOTDIR);
  }

  Result<> write_file(const Entry& e, const std::vector<std::string>& parts, const std::string& shown) {
    // O_NONBLOCK: opening a FIFO left at the destination must not hang.
    const int flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NONBLOCK;
    UniqueFd fd;
    if (parts.empty()) {
      // The destination itself is the file (a single file was copied).
      if (auto r = mkdir_all(gopath::dir(o_.dest)); !r) return r;
      fd.reset(::open(o_.dest.c_str(), flags, 0666));
      if (!fd) return gopath::path_error("open", shown, errno);
    } else {
      auto parent = open_parent(parts, shown);
      if (!parent) return parent.take_error();
      if (!*parent) return {};
      fd.reset(::openat((*parent)->get(), parts.back().c_str(), flags | O_NOFOLLOW, 0666));
      if (!fd) {
        if (errno == ELOOP) {
          warn("warning: file " + client::go_quote(shown) + " is a symlink, skipping\n");
          return {};
        }
        return gopath::path_error("open", shown, errno);
      }
    }
    struct stat st {};
    if (::fstat(fd.get(), &st) != 0 || !S_ISREG(st.st_mode)) {
      warn("warning: file " + client::go_quote(shown) + " is not a regular file, skipping\n");
      return {};
    }
    ::fcntl(fd.get(), F_SETFL, 0);  // back to blocking writes
    ++stats_.files;
    stats_.declared_bytes += e.size;
    std::vector<char> buf(kCopyBuffer);
    for (;;) {
      auto n = reader_.read_data(buf.data(), buf.size());
      if (!n) return n.take_error();
      if (*n == 0) break;
      if (auto w = write_fd(fd.get(), std::string_view(buf.data(), *n)); !w) return w.take_error();
      stats_.written_bytes += *n;
      if (o_.on_data) o_.on_data(*n);
    }
    if (::close(fd.get()) != 0) {
      const int err = errno;
      (void)fd.release();
      return gopath::path_error("close", shown, err);
    }
    (void)fd.release();
    return {};
  }

  TarReader& reader_;
  const ExtractOptions& o_;
  ExtractStats stats_;
  UniqueFd root_;
  bool symlink_warned_ = false;
};

}  // namespace

std::string member_path(std::string_view name) {
  std::string s(name);
  if (!s.empty() && s != "/" && (s.back() == '/' || s.back() == '\\')) s.pop_back();
  for (char& c : s)
    if (c == '\\') c = '/';
  return s;
}

Result<ExtractStats> extract(TarReader& reader, const ExtractOptions& options) {
  return Extractor(reader, options).run();
}

Result<std::uint64_t> write_plain_file(const std::string& dest, const ReadFn& read,
                                       const std::function<void(std::uint64_t)>& on_data) {
  if (auto r = mkdir_all(gopath::dir(dest)); !r) return r.take_error();
  UniqueFd fd(::open(dest.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0666));
  if (!fd) return gopath::path_error("open", dest, errno);
  std::vector<char> buf(kCopyBuffer);
  std::uint64_t total = 0;
  for (;;) {
    auto n = read(buf.data(), buf.size());
    if (!n) return n.take_error();
    if (*n == 0) break;
    if (auto w = write_fd(fd.get(), std::string_view(buf.data(), *n)); !w) return w.take_error();
    total += *n;
    if (on_data) on_data(*n);
  }
  return total;
}

}  // namespace kctl::stream::tar
