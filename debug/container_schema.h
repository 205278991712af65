// v1.Container as far as `kubectl debug --custom` sees it: each field's Go
// type (what the JSON decoder accepts, what omitempty drops when encoding)
// and, for lists, the strategic-merge-patch key. One table serves both the
// decoding of the profile and the merge into the debug container.
#pragma once

#include <span>
#include <string_view>

namespace kctl::debug::schema {

enum class Kind {
  String,       // string, omitempty: "" is dropped
  Bool,         // bool, omitempty: false is dropped
  Int,          // int32/int64, omitempty: 0 is dropped
  PtrString,    // pointers: kept even when "", false or 0
  PtrBool,
  PtrInt,
  Quantity,     // resource.Quantity: a string or a number
  StringList,   // []string, omitempty
  ObjectList,   // []struct, omitempty; item schema in Field::schema
  QuantityMap,  // map[ResourceName]Quantity, omitempty
  Struct,       // a struct value (resources): nothing to merge when empty
  PtrStruct,    // a pointer to struct: kept even when {}
  AnyObject,    // probes, lifecycle: pointer structs taken as written
};

struct Schema;

struct Field {
  std::string_view name;
  Kind kind;
  const Schema* schema = nullptr;   // ObjectList items, Struct, PtrStruct
  std::string_view merge_key = {};  // ObjectList with patchStrategy "merge"
};

struct Schema {
  std::span<const Field> fields;

  // Go's encoding/json: the exact name, else a case-insensitive match.
  const Field* find(std::string_view key) const;
};

const Schema& container();

}  // namespace kctl::debug::schema
