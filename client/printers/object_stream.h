// kubectl's generic printers for get: -o json, -o yaml and -o name, for
// one object or, item by item, a List that is never held whole (the List's
// header is written with the first item, its end after the last).
#pragma once

#include <nlohmann/json.hpp>

#include <memory>
#include <ostream>
#include <string>

namespace kctl::printers {

class ObjectStream {
 public:
  virtual ~ObjectStream() = default;
  // One object, printed as it is.
  virtual void single(const nlohmann::json& obj) = 0;
  // The next item of the List.
  virtual void item(const nlohmann::json& obj) = 0;
  // Closes the List (an empty one when there were no items).
  virtual void end_list() = 0;
};

// For "json", "yaml" or "name".
std::unique_ptr<ObjectStream> object_stream_for(const std::string& output, std::ostream& out);

}  // namespace kctl::printers
