#include "client/json_pruned_parse.h"

#include <bit>
#include <cstdint>

namespace kctl::client {

using nlohmann::json;

namespace {

// nlohmann's SAX interface, building the same DOM as json::parse except
// where a path in `pruned` ends: that value is lexed and dropped.
class PruningDomBuilder {
 public:
  explicit PruningDomBuilder(const std::vector<JsonPath>& pruned) : pruned_(pruned) {
    for (std::size_t i = 0; i < pruned_.size() && i < 32; ++i)
      if (!pruned_[i].empty()) all_ |= 1u << i;
  }

  json take() { return std::move(root_); }

  bool null() { return put(json(nullptr)); }
  bool boolean(bool v) { return put(json(v)); }
  bool number_integer(json::number_integer_t v) { return put(json(v)); }
  bool number_unsigned(json::number_unsigned_t v) { return put(json(v)); }
  bool number_float(json::number_float_t v, const json::string_t&) { return put(json(v)); }
  bool string(json::string_t& v) { return put(json(std::move(v))); }
  bool binary(json::binary_t& v) { return put(json(std::move(v))); }
  bool start_object(std::size_t) { return open(json::value_t::object); }
  bool start_array(std::size_t) { return open(json::value_t::array); }
  bool end_object() { return close(); }
  bool end_array() { return close(); }
  bool key(json::string_t& k) {
    if (skipping_ == 0) key_ = std::move(k);
    return true;
  }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) { return false; }

 private:
  struct Frame {
    json* value;
    std::uint32_t live;  // the paths this container's path is a prefix of
  };

  // Where the next value goes, or nullptr when a pruned path ends there.
  json* slot(std::uint32_t& live) {
    if (stack_.empty()) {
      live = all_;
      return &root_;
    }
    const Frame& parent = stack_.back();
    const std::size_t depth = stack_.size() - 1;
    const bool in_array = parent.value->is_array();
    std::uint32_t next = 0;
    for (std::uint32_t bits = parent.live; bits != 0; bits &= bits - 1) {
      const int i = std::countr_zero(bits);
      const std::string& segment = pruned_[i][depth];
      if (segment != "*" && (in_array || segment != key_)) continue;
      if (pruned_[i].size() == depth + 1) return nullptr;
      next |= 1u << i;
    }
    live = next;
    if (in_array) {
      auto& array = parent.value->get_ref<json::array_t&>();
      array.emplace_back();
      return &array.back();
    }
    return &(*parent.value)[key_];  // a repeated key: the last one wins, as in Go
  }

  bool put(json&& v) {
    if (skipping_ > 0) return true;
    std::uint32_t live = 0;
    if (json* s = slot(live)) *s = std::move(v);
    return true;
  }

  bool open(json::value_t type) {
    if (skipping_ > 0) {
      ++skipping_;
      return true;
    }
    std::uint32_t live = 0;
    json* s = slot(live);
    if (s == nullptr) {
      skipping_ = 1;
      return true;
    }
    *s = json(type);
    stack_.push_back({s, live});
    return true;
  }

  bool close() {
    if (skipping_ > 0) --skipping_;
    else stack_.pop_back();
    return true;
  }

  const std::vector<JsonPath>& pruned_;
  std::uint32_t all_ = 0;
  json root_;
  std::vector<Frame> stack_;
  json::string_t key_;
  int skipping_ = 0;  // nesting inside a pruned container
};

}  // namespace

std::optional<json> parse_json_pruned(std::string_view text, const std::vector<JsonPath>& pruned) {
  PruningDomBuilder builder(pruned);
  if (!json::sax_parse(text.begin(), text.end(), &builder)) return std::nullopt;
  return builder.take();
}

const std::vector<JsonPath>& managed_fields_paths() {
  static const std::vector<JsonPath> paths = {
      {"metadata", "managedFields"},
      {"items", "*", "metadata", "managedFields"},
      {"rows", "*", "object", "metadata", "managedFields"},
  };
  return paths;
}

}  // namespace kctl::client
