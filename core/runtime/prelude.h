// Built-in modules of the playground: native initializers registered from C++ and Python
// sources bundled from core/prelude (embedded at build time, see core/prelude/embed.cmake).
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
  NativeModuleInit native_init = nullptr;
};

// Embedded sources (generated prelude_data.cpp).
struct EmbeddedFile {
  const char* path;  // relative to core/prelude, e.g. "torch/_dynamo/testing.py"
  const char* contents;
};
extern const EmbeddedFile kPreludeFiles[];
extern const unsigned kPreludeFileCount;

void register_native_module(const std::string& name, NativeModuleInit init);
const PreludeModule* find_prelude_module(const std::string& name);
std::shared_ptr<const py::CodeObject> compile_prelude(Interp& I, const PreludeModule& m);

}  // namespace dp::rt
