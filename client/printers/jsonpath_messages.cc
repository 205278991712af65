#include "client/printers/jsonpath_messages.h"

#include "client/printers/go_fmt.h"
#include "client/printers/go_quote.h"

namespace kctl::printers {

Error jsonpath_parse_error(std::string_view template_text, const Error& parse_error) {
  std::string message = "error parsing jsonpath ";
  message += template_text;
  message += ", " + parse_error.message + "\n";
  return make_error(ErrorKind::Internal, std::move(message));
}

Error jsonpath_execute_error(std::string_view template_text, const Error& execute_error, const nlohmann::json& data) {
  const std::string tmpl(template_text);
  std::string message = "error executing jsonpath " + go_quote(tmpl) + ": Error executing template: ";
  message += execute_error.message;
  message += ". Printing more information for debugging the template:\n\ttemplate was:\n\t\t" + tmpl;
  message += "\n\tobject given to jsonpath engine was:\n\t\t" + go_sharp_v(data) + "\n\n\n";
  return make_error(ErrorKind::Internal, std::move(message));
}

}  // namespace kctl::printers
