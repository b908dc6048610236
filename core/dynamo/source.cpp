// See source.h.
#include "dynamo/source.h"

#include <cctype>

namespace dp::dynamo {

using rt::Value;

std::string Source::name() const {
  switch (kind) {
    case Kind::Local: return "L['" + member + "']";
    case Kind::Global: return "G['" + member + "']";
    case Kind::Attr: {
      bool ident = !member.empty() && !isdigit(static_cast<unsigned char>(member[0]));
      for (char c : member) ident &= (isalnum(static_cast<unsigned char>(c)) || c == '_');
      if (ident) return base->name() + "." + member;
      return "getattr(" + base->name() + ", '" + member + "')";
    }
    case Kind::GetItem: {
      std::string idx = index.is_int() ? std::to_string(index.i) : "'" + member + "'";
      if (list_getitem) return "list.__getitem__(" + base->name() + ", " + idx + ")";
      return base->name() + "[" + idx + "]";
    }
    case Kind::QualifiedName: return base->name() + "._type().qualified_name()";
    case Kind::Flatten: return base->name() + ".__obj_flatten__()";
    case Kind::Constant: return member;
    case Kind::TensorProperty:
      if (member == "storage_offset") return base->name() + ".storage_offset()";
      return base->name() + "." + member + "()[" + std::to_string(index.i) + "]";
    case Kind::ClosureCell: return base->name() + ".__closure__[" + std::to_string(index.i) + "].cell_contents";
    case Kind::Type: return "type(" + base->name() + ")";
  }
  return "?";
}

bool Source::is_global() const {
  if (kind == Kind::Global) return true;
  return base && base->is_global();
}

Value Source::resolve(rt::Interp& I, const FrameView& f) const {
  switch (kind) {
    case Kind::Local: {
      const auto& names = f.code->localsplusnames;
      for (size_t i = 0; i < names.size(); ++i) {
        if (names[i] != member) continue;
        Value v = (*f.fast)[i];
        if (v.is_obj() && v.o->kind == rt::Kind::Cell && (f.code->localspluskinds[i] & (py::kFastCell | py::kFastFree)))
          v = static_cast<rt::Cell*>(v.o)->value;
        return v;
      }
      return Value();
    }
    case Kind::Global: {
      Value v = I.dict_get_str(f.globals, member);
      if (v.is_null()) v = I.dict_get_str(I.builtins, member);
      // import_source's alias for a module whose globals an inlined function reads
      // (`__import_torch_dot_nn`): PyTorch installs it in the frame's globals; here it names the
      // imported module directly.
      if (v.is_null() && member.rfind("__import_", 0) == 0) {
        std::string m;
        for (size_t i = 9; i < member.size(); ++i) {
          if (member.compare(i, 5, "_dot_") == 0) {
            m += '.';
            i += 4;
          } else {
            m += member[i];
          }
        }
        auto it = I.modules.find(m);
        if (it != I.modules.end()) v = Value::obj(it->second);
      }
      return v;
    }
    case Kind::Attr: return I.getattr(base->resolve(I, f), member);
    case Kind::GetItem: {
      // An item of a subclass of list/tuple/dict is its built-in part's (list.__getitem__,
      // dict.__getitem__): a __getitem__ override is not what the builder read.
      Value b = base->resolve(I, f);
      if (I.payload_subclass(b)) return I.base_getitem(b, index);
      return I.getitem(b, index);
    }
    case Kind::QualifiedName: {
      Value t = I.call_method(base->resolve(I, f), "_type", {});
      return I.call_method(t, "qualified_name", {});
    }
    case Kind::Flatten: return I.call_method(base->resolve(I, f), "__obj_flatten__", {});
    case Kind::Constant: return index;
    case Kind::TensorProperty: {
      Value t = base->resolve(I, f);
      if (!(t.is_obj() && t.o->kind == rt::Kind::Tensor)) return Value();
      const auto& ten = static_cast<rt::TensorObj*>(t.o)->t();
      if (member == "storage_offset") return Value::integer(ten.storage_offset());
      if (index.i < 0 || index.i >= ten.dim()) return Value();
      return Value::integer(member == "size" ? ten.sizes()[static_cast<size_t>(index.i)]
                                             : ten.strides()[static_cast<size_t>(index.i)]);
    }
    case Kind::ClosureCell: {
      rt::Cell* c = resolve_closure_cell(I, *this, f);
      return c ? c->value : Value();
    }
    case Kind::Type: {
      Value b = base->resolve(I, f);
      return b.is_null() ? Value() : Value::obj(I.type_of(b));
    }
  }
  return Value();
}

rt::Cell* resolve_closure_cell(rt::Interp& I, const Source& s, const FrameView& f) {
  if (s.kind != Source::Kind::ClosureCell) return nullptr;
  Value fn = s.base->resolve(I, f);
  // A bound method's cells are its function's (method.__closure__ is method.__func__.__closure__).
  if (fn.is_obj() && fn.o->kind == rt::Kind::BoundMethod) fn = static_cast<rt::BoundMethod*>(fn.o)->func;
  if (!(fn.is_obj() && fn.o->kind == rt::Kind::Function)) return nullptr;
  auto* func = static_cast<rt::Function*>(fn.o);
  size_t k = static_cast<size_t>(s.index.i);
  return k < func->closure.size() ? func->closure[k] : nullptr;
}

SourcePtr ClosureCellSource(SourcePtr fn, size_t k) {
  auto s = std::make_shared<Source>(Source::Kind::ClosureCell);
  s->base = std::move(fn);
  s->index = Value::integer(static_cast<int64_t>(k));
  return s;
}

SourcePtr DefaultsSource(SourcePtr fn, size_t idx) {
  return GetItemSource(AttrSource(std::move(fn), "__defaults__"), Value::integer(static_cast<int64_t>(idx)));
}
SourcePtr KwDefaultsSource(rt::Interp& I, SourcePtr fn, const std::string& name) {
  return GetItemSource(AttrSource(std::move(fn), "__kwdefaults__"), I.str(name));
}
SourcePtr MroDictSource(rt::Interp& I, SourcePtr cls, size_t idx, const std::string& name) {
  SourcePtr klass = GetItemSource(AttrSource(std::move(cls), "__mro__"), Value::integer(static_cast<int64_t>(idx)));
  return GetItemSource(AttrSource(klass, "__dict__"), I.str(name));
}
SourcePtr TypeSource(SourcePtr base) {
  auto s = std::make_shared<Source>(Source::Kind::Type);
  s->base = std::move(base);
  return s;
}

SourcePtr LocalSource(const std::string& name) {
  auto s = std::make_shared<Source>(Source::Kind::Local);
  s->member = name;
  return s;
}
SourcePtr GlobalSource(const std::string& name) {
  auto s = std::make_shared<Source>(Source::Kind::Global);
  s->member = name;
  return s;
}
SourcePtr AttrSource(SourcePtr base, const std::string& member) {
  auto s = std::make_shared<Source>(Source::Kind::Attr);
  s->base = std::move(base);
  s->member = member;
  return s;
}
SourcePtr GetItemSource(SourcePtr base, Value index) {
  auto s = std::make_shared<Source>(Source::Kind::GetItem);
  s->base = std::move(base);
  s->index = index;
  if (index.is_obj() && index.o->kind == rt::Kind::Str) s->member = static_cast<rt::Str*>(index.o)->s;
  return s;
}
SourcePtr ListGetItemSource(SourcePtr base, int64_t index) {
  auto s = std::make_shared<Source>(Source::Kind::GetItem);
  s->base = std::move(base);
  s->index = Value::integer(index);
  s->list_getitem = true;
  return s;
}
SourcePtr ScriptObjectQualifiedNameSource(SourcePtr base) {
  auto s = std::make_shared<Source>(Source::Kind::QualifiedName);
  s->base = std::move(base);
  return s;
}
SourcePtr FlattenScriptObjectSource(SourcePtr base) {
  auto s = std::make_shared<Source>(Source::Kind::Flatten);
  s->base = std::move(base);
  return s;
}

SourcePtr TensorPropertySource(SourcePtr base, const std::string& prop, int64_t dim) {
  auto s = std::make_shared<Source>(Source::Kind::TensorProperty);
  s->base = std::move(base);
  s->member = prop;
  s->index = Value::integer(dim);
  return s;
}

std::string placeholder_name(const std::string& source_name) {
  std::string out;
  bool in_run = false;
  for (char c : source_name) {
    if (isalnum(static_cast<unsigned char>(c))) {
      out += c;
      in_run = false;
    } else if (!in_run) {
      out += '_';
      in_run = true;
    }
  }
  return out;
}

}  // namespace dp::dynamo
