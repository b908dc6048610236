// Sources: where a value the tracer sees came from, so guards and graph inputs can be
// re-evaluated on each call. Mirrors torch/_dynamo/source.py (LocalSource, GlobalSource,
// AttrSource, GetItemSource, ScriptObjectQualifiedNameSource, FlattenScriptObjectSource,
// TensorPropertySource) and
// the name() strings they print (`L['x']`, `G['g']`, `L['self'].tq`).
#pragma once
#include <memory>
#include <string>

#include "runtime/interp.h"

namespace dp::dynamo {

// The frame a compiled entry is checked against: its code, locals (localsplus) and globals.
struct FrameView {
  const py::CodeObject* code = nullptr;
  const std::vector<rt::Value>* fast = nullptr;
  rt::Dict* globals = nullptr;
};

struct Source;
using SourcePtr = std::shared_ptr<const Source>;

struct Source {
  enum class Kind { Local, Global, Attr, GetItem, QualifiedName, Flatten, Constant, TensorProperty, ClosureCell, Type };
  // ClosureCell: the contents of cell `index` of the function at `base` (`fn.__closure__[k].cell_contents`).
  // TensorProperty (TensorPropertySource): member is "size", "stride" or "storage_offset", index the dim.
  Kind kind;
  std::string member;  // local/global name, attribute name
  rt::Value index;     // GetItem index (int or str); Constant: the value
  SourcePtr base;
  // ListGetItemSource: an item of a list subclass, read past any __getitem__ override and named
  // `list.__getitem__(L['l'], 0)` as PyTorch names it.
  bool list_getitem = false;
  explicit Source(Kind k) : kind(k) {}

  std::string name() const;                                    // L['x'], G['torch'], L['self'].tq, ...
  rt::Value resolve(rt::Interp& I, const FrameView& f) const;  // evaluates the source now
  bool is_global() const;                                      // rooted at G[...]
};

SourcePtr LocalSource(const std::string& name);
SourcePtr GlobalSource(const std::string& name);
SourcePtr AttrSource(SourcePtr base, const std::string& member);
SourcePtr GetItemSource(SourcePtr base, rt::Value index);
SourcePtr ListGetItemSource(SourcePtr base, int64_t index);
SourcePtr ScriptObjectQualifiedNameSource(SourcePtr base);
SourcePtr FlattenScriptObjectSource(SourcePtr base);
// L['x'].size()[0], L['x'].stride()[1], L['x'].storage_offset() (TensorPropertySource).
SourcePtr TensorPropertySource(SourcePtr base, const std::string& prop, int64_t dim = -1);
// L['inner'].__closure__[0].cell_contents: what a function's closure cell holds.
SourcePtr ClosureCellSource(SourcePtr fn, size_t k);
// DefaultsSource (source.py): L['fn'].__defaults__[0] / L['fn'].__kwdefaults__['name'], a default
// of the function at `fn` (an attribute read of the function, then an item of the tuple / dict).
SourcePtr DefaultsSource(SourcePtr fn, size_t idx);
SourcePtr KwDefaultsSource(rt::Interp& I, SourcePtr fn, const std::string& name);
// UserDefinedObjectVariable.get_source_by_walking_mro: the attribute `name` found in the dict of
// the class at cls.__mro__[idx] (`G['C'].__mro__[0].__dict__['__init__']`).
SourcePtr MroDictSource(rt::Interp& I, SourcePtr cls, size_t idx, const std::string& name);
// TypeSource (source.py): type(L['x']).
SourcePtr TypeSource(SourcePtr base);
// The cell object itself (for writes to it), or nullptr when `s` is not a ClosureCellSource.
rt::Cell* resolve_closure_cell(rt::Interp& I, const Source& s, const FrameView& f);

// Graph-input placeholder name for a source: runs of non-alphanumerics become '_' (L['x'] -> L_x_).
std::string placeholder_name(const std::string& source_name);

}  // namespace dp::dynamo
