#include "client/list_continue.h"

#include <nlohmann/json.hpp>

namespace kctl::client {

using nlohmann::json;

namespace {

// nlohmann's SAX interface: follows the nesting, keeps the string value of
// root.metadata.continue and stops when root.metadata closes.
class ContinueTokenReader {
 public:
  const std::string& token() const { return token_; }

  bool null() { return value(); }
  bool boolean(bool) { return value(); }
  bool number_integer(json::number_integer_t) { return value(); }
  bool number_unsigned(json::number_unsigned_t) { return value(); }
  bool number_float(json::number_float_t, const json::string_t&) { return value(); }
  bool binary(json::binary_t&) { return value(); }
  bool string(json::string_t& v) {
    if (in_metadata() && depth_ == 2 && key_is_continue_) token_ = std::move(v);
    return value();
  }
  bool start_object(std::size_t) {
    if (depth_ == 1 && key_is_metadata_) metadata_depth_ = 2;
    ++depth_;
    return true;
  }
  bool start_array(std::size_t) {
    ++depth_;
    return true;
  }
  bool end_object() {
    // Everything after the metadata is left unread.
    if (in_metadata() && depth_ == 2) return false;
    --depth_;
    return true;
  }
  bool end_array() {
    --depth_;
    return true;
  }
  bool key(json::string_t& k) {
    if (depth_ == 1) key_is_metadata_ = k == "metadata";
    if (depth_ == 2) key_is_continue_ = k == "continue";
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

 private:
  bool in_metadata() const { return metadata_depth_ == 2; }
  bool value() {
    key_is_continue_ = false;
    return true;
  }

  std::string token_;
  int depth_ = 0;
  int metadata_depth_ = 0;
  bool key_is_metadata_ = false;
  bool key_is_continue_ = false;
};

}  // namespace

std::string list_continue_token(std::string_view body) {
  ContinueTokenReader reader;
  json::sax_parse(body.begin(), body.end(), &reader);
  return reader.token();
}

}  // namespace kctl::client
