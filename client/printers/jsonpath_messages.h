// The messages kubectl get -o jsonpath=... prints around JSONPath errors
// (cli-runtime's JSONPathPrintFlags and JSONPathPrinter), ready for
// cmd/render_error's default case ("error: " + message, no newline added
// since they end with one).
#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

#include "client/error.h"

namespace kctl::printers {

// "error parsing jsonpath <template>, <parse error>\n"
Error jsonpath_parse_error(std::string_view template_text, const Error& parse_error);

// "error executing jsonpath \"<template>\": Error executing template: <error>.
// Printing more information for debugging the template:\n\ttemplate was:
// \n\t\t<template>\n\tobject given to jsonpath engine was:\n\t\t<%#v of
// data>\n\n\n"
Error jsonpath_execute_error(std::string_view template_text, const Error& execute_error, const nlohmann::json& data);

}  // namespace kctl::printers
