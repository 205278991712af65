// The names kubectl debug checks or makes up: image references (the
// distribution/reference grammar) and random container and pod names.
#pragma once

#include <functional>
#include <string>
#include <string_view>

namespace kctl::debug {

// True when `image` matches distribution/reference's anchored
// ReferenceRegexp (kubectl: `invalid image name "X": invalid reference format`).
bool valid_image_reference(std::string_view image);

// apimachinery's rand.String(5): five characters from "bcdfghjklmnpqrstvwxz2456789".
std::string random_suffix();

// "debugger-xxxxx", drawn again while `taken(name)` (any container,
// init container or ephemeral container of the pod with that name).
std::string debugger_name(const std::function<bool(const std::string&)>& taken);

}  // namespace kctl::debug
