#include "stream/exec_params.h"

#include <cctype>
#include <cstdio>

namespace kctl::stream {

std::string form_escape(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (std::isalnum(c) || c == '-' || c == '_' || c == '.' || c == '~') {
      out += static_cast<char>(c);
    } else if (c == ' ') {
      out += '+';
    } else {
      char buf[4];
      std::snprintf(buf, sizeof buf, "%%%02X", c);
      out += buf;
    }
  }
  return out;
}

std::string exec_query(const ExecParams& p) {
  std::string q;
  auto add = [&q](const char* key, const std::string& value) {
    if (!q.empty()) q += '&';
    q += key;
    q += '=';
    q += form_escape(value);
  };
  // Keys in sorted order: command, container, stderr, stdin, stdout, tty.
  for (const std::string& arg : p.command) add("command", arg);
  if (!p.container.empty()) add("container", p.container);
  if (p.stderr) add("stderr", "true");
  if (p.stdin) add("stdin", "true");
  if (p.stdout) add("stdout", "true");
  if (p.tty) add("tty", "true");
  return q;
}

std::string attach_query(const AttachParams& p) {
  return exec_query(ExecParams{p.container, {}, p.stdin, p.stdout, p.stderr, p.tty});
}

}  // namespace kctl::stream
