#include "client/explain/model_printer.h"

#include <vector>

#include "client/explain/fields_printer.h"
#include "client/explain/indented_writer.h"
#include "client/explain/recursive_fields_printer.h"
#include "client/explain/type_name.h"

namespace kctl::explain {
namespace {

constexpr int kFieldIndent = 3;
constexpr int kDescriptionIndent = 5;

class ModelPrinter {
 public:
  ModelPrinter(std::ostream& out, const ModelPage& page) : out_(out), page_(page) {}

  void print(const Schema& schema) {
    switch (schema.kind) {
      case SchemaKind::Array:
      case SchemaKind::Map:
        descriptions_.push_back(schema.description);
        if (type_.empty()) type_ = type_name(schema);
        print(*schema.element);
        return;
      case SchemaKind::Reference:
        descriptions_.push_back(schema.description);
        print(*schema.target);
        return;
      case SchemaKind::Kind:
        print_object(schema);
        return;
      case SchemaKind::Primitive:
        print_kind_and_version();
        if (type_.empty()) type_ = type_name(schema);
        out_.line("FIELD:    " + page_.field_name + " <" + type_ + ">\n");
        print_description(schema);
        return;
      case SchemaKind::Arbitrary:
        print_kind_and_version();
        print_description(schema);
        return;
    }
  }

 private:
  void print_object(const Schema& object) {
    print_kind_and_version();
    if (type_.empty()) type_ = type_name(object);
    if (!page_.field_name.empty()) out_.line("RESOURCE: " + page_.field_name + " <" + type_ + ">\n");
    print_description(object);
    out_.line("\nFIELDS:");
    if (page_.recursive) print_fields_recursively(out_.indented(kFieldIndent), object);
    else print_fields(out_.indented(kFieldIndent), object);
  }

  void print_kind_and_version() {
    out_.line("KIND:     " + page_.gvk.kind);
    out_.line("VERSION:  " + page_.gvk.group_version() + "\n");
  }

  // Every description met on the way, the schema's own last; a blank line
  // goes before each but the very first entry, printed or not.
  void print_description(const Schema& schema) {
    out_.line("DESCRIPTION:");
    descriptions_.push_back(schema.description);
    bool empty = true;
    for (std::size_t i = 0; i < descriptions_.size(); ++i) {
      if (descriptions_[i].empty()) continue;
      empty = false;
      if (i != 0) out_.line("");
      out_.indented(kDescriptionIndent).wrapped(descriptions_[i]);
    }
    if (empty) out_.indented(kDescriptionIndent).wrapped("<empty>");
  }

  IndentedWriter out_;
  const ModelPage& page_;
  std::string type_;
  std::vector<std::string> descriptions_;
};

}  // namespace

void print_model(std::ostream& out, const ModelPage& page, const Schema& schema) {
  ModelPrinter(out, page).print(schema);
}

}  // namespace kctl::explain
