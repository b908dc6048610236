// Built-in modules of the playground: native initializers registered from C++ and Python
// sources bundled from core/prelude (embedded and frozen at build time, see core/prelude/freeze.cpp).
// A module may have both: the native part runs first, then its Python source runs in the same
// namespace (like a C extension imported by a package __init__.py).
#pragma once
#include <memory>
#include <string>

#include "python/code.h"

namespace dp::rt {

struct Interp;
struct Module;

using NativeModuleInit = void (*)(Interp&, Module*);

struct PreludeModule {
  std::string name;              // dotted module name
  std::string filename;          // shown in tracebacks and module reprs
  const char* source = nullptr;  // Python source, or nullptr
  const char* frozen = nullptr;  // its module code object (marshal_dumps), when frozen
  unsigned frozen_size = 0;
  NativeModuleInit native_init = nullptr;
};

// Embedded sources and their frozen code objects (generated prelude_data.cpp, written at build
// time by core/prelude/freeze.cpp).
struct EmbeddedFile {
  const char* path;  // relative to core/prelude, e.g. "torch/_dynamo/testing.py"
  const char* contents;
  const char* frozen;  // marshal_dumps of the module's code object
  unsigned frozen_size;
};
extern const EmbeddedFile kPreludeFiles[];
extern const unsigned kPreludeFileCount;

void register_native_module(const std::string& name, NativeModuleInit init);
const PreludeModule* find_prelude_module(const std::string& name);
// The module's code object: loaded from its frozen bytes (compiled from source only for a module
// without them), once per process; also registers the source's lines for tracebacks.
std::shared_ptr<const py::CodeObject> compile_prelude(Interp& I, const PreludeModule& m);

}  // namespace dp::rt
