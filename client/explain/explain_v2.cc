#include "client/explain/explain_v2.h"

#include "client/explain/field_lookup.h"
#include "client/explain/model_printer.h"
#include "client/go_quote.h"

namespace kctl::explain {

Result<> explain_v2(std::ostream& out, const OpenApiV2Document& doc, const ExplainRequest& request) {
  const Schema* resource = doc.lookup_resource(request.gvk);
  if (resource == nullptr)
    return make_error(ErrorKind::Internal, "couldn't find resource for " + client::go_quote(request.gvk.to_string()));
  auto schema = lookup_field(*resource, request.fields);
  if (!schema) return schema.take_error();
  ModelPage page{request.gvk, request.fields.empty() ? std::string() : request.fields.back(), request.recursive};
  print_model(out, page, **schema);
  return {};
}

}  // namespace kctl::explain
