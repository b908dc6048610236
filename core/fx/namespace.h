// Unique-name allocation for FX graphs.
// Mirrors torch/fx/graph.py: `_Namespace`, `_illegal_names` (Python keywords + every name in
// CPython 3.11's `builtins` module + the registered custom builtins inf/nan/NoneType/torch/device/
// fx_pytree/pytree), `_snake_case`, `_is_magic` and `Graph._target_to_str`.
//
// Objects are identified by an opaque, non-empty key string ("" = Python's `obj=None`):
//   * nodes use "n:<id>" (see Node::key()),
//   * globals (callables / types referenced by generated code) use "g:<qualified name>".
// A builtin name is legal for exactly the object "g:<that name>" (Python: `_illegal_names[name] is obj`).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace dp::fx {

class Namespace {
 public:
  // _Namespace.create_name(candidate, obj)
  std::string create_name(const std::string& candidate, const std::string& obj_key = "");
  // _Namespace.associate_name_with_obj
  void associate_name_with_obj(const std::string& name, const std::string& obj_key);
  // _Namespace._rename_object: the old name stays in the used set.
  void rename_object(const std::string& obj_key, const std::string& name);
  bool is_used(const std::string& name) const { return used_.count(name) != 0; }

 private:
  std::unordered_map<std::string, std::string> obj_to_name_;
  std::unordered_set<std::string> used_;
  std::unordered_map<std::string, int64_t> base_count_;
};

// True when `name` is a Python keyword, a `builtins` name, or a registered custom builtin.
bool is_illegal_name(std::string_view name);
// The identity key that may legally own an illegal name ("g:<name>" for builtins and custom
// builtins; keywords have none and return "").
std::string illegal_name_owner(std::string_view name);

// The custom builtins pre-registered in every generated code's globals, in registration order.
const char* const* custom_builtin_names(size_t* count);

// Graph._target_to_str / _snake_case helpers.
std::string snake_case(std::string_view s);
bool is_magic_name(std::string_view s);  // "__x__"

}  // namespace dp::fx
