#include "stream/tar_tree.h"

#include <dirent.h>
#include <fcntl.h>
#include <grp.h>
#include <pwd.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <map>
#include <vector>

#include "client/go_quote.h"
#include "stream/go_path.h"
#include "stream/unique_fd.h"

namespace kctl::stream::tar {
namespace {

constexpr std::size_t kReadBuffer = 256 * 1024;

// The entries of a directory, sorted by name as Go's ioutil.ReadDir.
Result<std::vector<std::string>> list_dir(const std::string& path) {
  DIR* d = ::opendir(path.c_str());
  if (d == nullptr) return gopath::path_error("open", path, errno);
  std::vector<std::string> names;
  while (dirent* e = ::readdir(d)) {
    std::string n = e->d_name;
    if (n != "." && n != "..") names.push_back(std::move(n));
  }
  ::closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

class TreeWriter {
 public:
  TreeWriter(TarWriter& w, const TreeOptions& o) : w_(w), o_(o) {}

  Result<> walk(const std::string& path, const std::string& name) {
    struct stat st {};
    if (::lstat(path.c_str(), &st) != 0) return gopath::path_error("lstat", path, errno);
    if (S_ISDIR(st.st_mode)) {
      auto names = list_dir(path);
      if (!names) return names.take_error();
      if (names->empty()) return w_.write_header(entry(st, name, type::kDirectory));
      for (const auto& n : *names)
        if (auto r = walk(path + "/" + n, gopath::join(name, n)); !r) return r;
      return {};
    }
    if (S_ISLNK(st.st_mode)) {
      Entry e = entry(st, name, type::kSymlink);
      std::string target(static_cast<std::size_t>(st.st_size) + 1, '\0');
      const ssize_t n = ::readlink(path.c_str(), target.data(), target.size());
      if (n < 0) return gopath::path_error("readlink", path, errno);
      target.resize(static_cast<std::size_t>(n));
      e.linkname = target;
      return w_.write_header(e);
    }
    if (!S_ISREG(st.st_mode)) {
      if (o_.warn) o_.warn("warning: skipping special file: " + client::go_quote(path) + "\n");
      return {};
    }
    return file(path, name, st);
  }

 private:
  Entry entry(const struct stat& st, const std::string& name, char t) {
    Entry e;
    e.name = name;
    e.type = t;
    e.mode = st.st_mode & 07777;
    e.uid = st.st_uid;
    e.gid = st.st_gid;
    e.mtime = st.st_mtim.tv_sec;
    e.uname = user_name(st.st_uid);
    e.gname = group_name(st.st_gid);
    return e;
  }

  Result<> file(const std::string& path, const std::string& name, const struct stat& st) {
    UniqueFd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW));
    if (!fd) return gopath::path_error("open", path, errno);
    Entry e = entry(st, name, type::kRegular);
    e.size = static_cast<std::uint64_t>(st.st_size);
    if (auto r = w_.write_header(e); !r) return r;
    std::vector<char> buf(kReadBuffer);
    std::uint64_t left = e.size;
    while (left > 0) {
      const ssize_t n = ::read(fd.get(), buf.data(), static_cast<std::size_t>(std::min<std::uint64_t>(left, buf.size())));
      if (n < 0 && errno == EINTR) continue;
      if (n < 0) return gopath::path_error("read", path, errno);
      if (n == 0)
        return make_error(ErrorKind::Internal, path + " shrank by " + std::to_string(left) + " bytes while being copied");
      if (auto r = w_.write_data(std::string_view(buf.data(), static_cast<std::size_t>(n))); !r) return r;
      left -= static_cast<std::uint64_t>(n);
      if (o_.on_data) o_.on_data(static_cast<std::uint64_t>(n));
    }
    return {};
  }

  std::string user_name(uid_t uid) {
    auto it = users_.find(uid);
    if (it != users_.end()) return it->second;
    passwd pw{}, *found = nullptr;
    std::vector<char> buf(16384);
    std::string n = ::getpwuid_r(uid, &pw, buf.data(), buf.size(), &found) == 0 && found ? pw.pw_name : "";
    return users_[uid] = n;
  }

  std::string group_name(gid_t gid) {
    auto it = groups_.find(gid);
    if (it != groups_.end()) return it->second;
    group gr{}, *found = nullptr;
    std::vector<char> buf(16384);
    std::string n = ::getgrgid_r(gid, &gr, buf.data(), buf.size(), &found) == 0 && found ? gr.gr_name : "";
    return groups_[gid] = n;
  }

  TarWriter& w_;
  const TreeOptions& o_;
  std::map<uid_t, std::string> users_;
  std::map<gid_t, std::string> groups_;
};

}  // namespace

Result<> write_tree(TarWriter& writer, const std::string& src, const std::string& name, const TreeOptions& o) {
  TreeWriter t(writer, o);
  if (auto r = t.walk(src, name); !r) return r;
  return writer.close();
}

std::uint64_t tree_data_size(const std::string& src) {
  struct stat st {};
  if (::lstat(src.c_str(), &st) != 0) return 0;
  if (S_ISREG(st.st_mode)) return static_cast<std::uint64_t>(st.st_size);
  if (!S_ISDIR(st.st_mode)) return 0;
  auto names = list_dir(src);
  if (!names) return 0;
  std::uint64_t total = 0;
  for (const auto& n : *names) total += tree_data_size(src + "/" + n);
  return total;
}

}  // namespace kctl::stream::tar
