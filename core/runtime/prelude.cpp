// Lookup of built-in modules (see prelude.h) and loading of the bundled Python prelude (frozen
// code objects, see core/prelude/freeze.cpp).
#include "runtime/prelude.h"

#include <map>

#include "python/frontend.h"
#include "python/marshal.h"
#include "runtime/interp.h"

namespace dp::rt {

namespace {

std::map<std::string, PreludeModule>& registry() {
  static std::map<std::string, PreludeModule> r;
  return r;
}

std::map<std::string, NativeModuleInit>& natives() {
  static std::map<std::string, NativeModuleInit> n;
  return n;
}

std::string module_name_of(std::string path) {
  if (path.ends_with("/__init__.py")) path = path.substr(0, path.size() - 12);
  else if (path.ends_with(".py")) path = path.substr(0, path.size() - 3);
  for (auto& c : path)
    if (c == '/') c = '.';
  return path;
}

void build() {
  auto& r = registry();
  if (!r.empty()) return;
  for (unsigned i = 0; i < kPreludeFileCount; ++i) {
    PreludeModule m;
    m.name = module_name_of(kPreludeFiles[i].path);
    m.filename = std::string("/playground/lib/") + kPreludeFiles[i].path;
    m.source = kPreludeFiles[i].contents;
    m.frozen = kPreludeFiles[i].frozen;
    m.frozen_size = kPreludeFiles[i].frozen_size;
    r[m.name] = m;
  }
  for (auto& [name, init] : natives()) {
    auto& m = r[name];
    m.name = name;
    if (m.filename.empty()) m.filename = "";
    m.native_init = init;
  }
}

}  // namespace

void register_native_module(const std::string& name, NativeModuleInit init) {
  auto it = natives().find(name);
  if (it != natives().end() && it->second == init) return;
  natives()[name] = init;
  registry().clear();
}

const PreludeModule* find_prelude_module(const std::string& name) {
  build();
  auto it = registry().find(name);
  return it == registry().end() ? nullptr : &it->second;
}

std::shared_ptr<const py::CodeObject> compile_prelude(Interp& I, const PreludeModule& m) {
  static std::map<std::string, std::shared_ptr<const py::CodeObject>> cache;  // code objects are immutable
  std::string src = m.source ? m.source : "";
  auto it = cache.find(m.name);
  if (it != cache.end() && I.file_lines.count(m.filename)) return it->second;
  std::vector<std::string> lines;
  size_t start = 0;
  while (start <= src.size()) {
    size_t nl = src.find('\n', start);
    if (nl == std::string::npos) nl = src.size();
    lines.push_back(src.substr(start, nl - start));
    start = nl + 1;
  }
  I.set_file_lines(m.filename, std::move(lines));
  if (it != cache.end()) return it->second;
  if (m.frozen && m.frozen_size) {
    auto code = py::marshal_loads(std::string_view(m.frozen, m.frozen_size), src);
    cache[m.name] = code;
    return code;
  }
  try {
    auto code = py::compile_module(src, m.filename);
    cache[m.name] = code;
    return code;
  } catch (const py::CompileError& e) {
    I.raise(I.SystemExit, "internal error: the bundled module " + m.name + " does not compile: " + e.info.msg +
                              " (line " + std::to_string(e.info.lineno) + ")");
  }
}

}  // namespace dp::rt
