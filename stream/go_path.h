// Go's path package (slash-separated, lexical) for the file names cp
// compares with kubectl: Clean, Join, Dir, Base.
#pragma once

#include <string>
#include <string_view>

#include "client/error.h"

namespace kctl::stream::gopath {

std::string clean(std::string_view p);
// Joins the non-empty elements with '/' and cleans; "" if all are empty.
std::string join(std::string_view a, std::string_view b);
std::string dir(std::string_view p);
std::string base(std::string_view p);

// Go's syscall error text for errno: strerror with a lower-case first
// letter ("no such file or directory").
std::string errno_text(int err);
// Go's *PathError text: "open /x: no such file or directory".
Error path_error(const std::string& op, const std::string& path, int err);

}  // namespace kctl::stream::gopath
