#include "client/printers/object_stream.h"

#include <string_view>

#include "client/printers/go_json.h"
#include "client/printers/go_yaml.h"
#include "client/printers/server_table.h"

namespace kctl::printers {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

// `text` with every line indented by `indent` (Go's MarshalIndent of an
// item nested two levels deep in the List).
std::string indented(const std::string& text, std::string_view indent) {
  std::string out(indent);
  out.reserve(text.size() + text.size() / 4);
  for (char c : text) {
    out += c;
    if (c == '\n') out += indent;
  }
  return out;
}

class JsonStream : public ObjectStream {
 public:
  explicit JsonStream(std::ostream& out) : out_(out) {}
  void single(const json& obj) override { out_ << to_go_json(ordered_json(obj)) << '\n'; }
  void item(const json& obj) override {
    out_ << (count_++ == 0 ? "{\n    \"apiVersion\": \"v1\",\n    \"items\": [\n" : ",\n");
    out_ << indented(to_go_json(ordered_json(obj)), "        ");
  }
  void end_list() override {
    if (count_ == 0) out_ << "{\n    \"apiVersion\": \"v1\",\n    \"items\": [],\n";
    else out_ << "\n    ],\n";
    out_ << "    \"kind\": \"List\",\n    \"metadata\": {\n        \"resourceVersion\": \"\"\n    }\n}\n";
  }

 private:
  std::ostream& out_;
  std::size_t count_ = 0;
};

class YamlStream : public ObjectStream {
 public:
  explicit YamlStream(std::ostream& out) : out_(out) {}
  void single(const json& obj) override { out_ << to_go_yaml(ordered_json(obj)); }
  void item(const json& obj) override {
    if (count_++ == 0) out_ << "apiVersion: v1\nitems:\n";
    // Rendered in place under "items:" so that line folding sees the
    // columns the item really has in the List.
    ordered_json wrapper;
    wrapper["items"] = ordered_json::array({ordered_json(obj)});
    std::string text = to_go_yaml(wrapper);
    out_ << text.substr(text.find('\n') + 1);
  }
  void end_list() override {
    if (count_ == 0) out_ << "apiVersion: v1\nitems: []\n";
    out_ << "kind: List\nmetadata:\n  resourceVersion: \"\"\n";
  }

 private:
  std::ostream& out_;
  std::size_t count_ = 0;
};

class NameStream : public ObjectStream {
 public:
  explicit NameStream(std::ostream& out) : out_(out) {}
  void single(const json& obj) override { item(obj); }
  void item(const json& obj) override {
    const json meta = obj.value("metadata", json::object());
    out_ << kind_prefix(obj.value("kind", ""), group_of_api_version(obj.value("apiVersion", ""))) << '/'
         << meta.value("name", "") << '\n';
  }
  void end_list() override {}

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<ObjectStream> object_stream_for(const std::string& output, std::ostream& out) {
  if (output == "json") return std::make_unique<JsonStream>(out);
  if (output == "yaml") return std::make_unique<YamlStream>(out);
  return std::make_unique<NameStream>(out);
}


}  // namespace kctl::printers
