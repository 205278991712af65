// The TYPE [NAME...] | TYPE/NAME... arguments of get, describe and the
// other verbs that take resources, split as kubectl's resource builder
// splits them (ResourceTypeOrNameArgs), with its error texts.
#pragma once

#include <string>
#include <vector>

#include "client/result.h"

namespace kctl::cmd {

struct TypeName {
  std::string type, name;
};

struct ResourceArgs {
  std::vector<std::string> types;  // bulk types: "pods,svc" split, duplicates dropped
  std::vector<std::string> names;  // names given after a single type
  std::vector<TypeName> tuples;    // TYPE/NAME arguments ("a,b x" becomes a/x b/x)
};

// `types,.. [names..]` or `type/name..`; `program` is the basename of the
// running binary, which kubectl names in one message.
Result<ResourceArgs> parse_resource_args(std::vector<std::string> args, const std::string& program);

// "a,b,a" -> {"a", "b"}: kubectl's SplitResourceArgument.
std::vector<std::string> split_resource_argument(const std::string& arg);

}  // namespace kctl::cmd
