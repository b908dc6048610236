// Tuples, lists, torch.Size, ranges and dicts of trackers. Mirrors
// torch/_dynamo/variables/lists.py and torch/_dynamo/variables/dicts.py.
#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"
#include "runtime/torch_module.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

bool BaseListVariable::is_python_constant() const {
  if (user_cls) return false;  // a user subclass instance is an object, not a constant
  for (auto* v : items)
    if (v->is_lazy_unrealized() || !v->is_python_constant()) return false;
  return true;
}

Value BaseListVariable::as_python_constant(InstructionTranslatorBase& tx) {
  std::vector<Value> vals;
  for (auto*& v : items) {
    v = v->realize(tx);
    vals.push_back(v->as_python_constant(tx));
  }
  if (dynamic_cast<ListVariable*>(this)) return tx.interp.list(vals);
  if (auto* tv = dynamic_cast<TupleVariable*>(this); tv && tv->named_type)
    return Value::obj(tx.interp.make<rt::Tuple>(tv->named_type, std::move(vals)));
  return tx.interp.tuple(vals);
}

// A dict view of constants: the same view of a fresh dict with those elements.
Value DictViewVariable::as_python_constant(InstructionTranslatorBase& tx) {
  rt::Interp& I = tx.interp;
  rt::Dict* d = I.new_dict();
  int64_t i = 0;
  for (auto*& v : items) {
    v = v->realize(tx);
    Value c = v->as_python_constant(tx);
    if (kv == "keys") I.dict_set(d, c, Value::none());
    else if (kv == "values") I.dict_set(d, Value::integer(i++), c);
    else {
      auto kvs = I.to_vector(c);
      I.dict_set(d, kvs[0], kvs[1]);
    }
  }
  return I.call_method(Value::obj(d), kv, {});
}

// What a list has and a dict view has not (indexing, list methods, equality and the set
// operators, whose meaning differs) is left to eager code.
VariableTracker* DictViewVariable::call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                                               VTKwargs& kwargs) {
  if (name == "__len__" || name == "__iter__" || name == "__contains__")
    return ListVariable::call_method(tx, name, args, kwargs);
  unimplemented_in_playground("the method " + name + " of a dict_" + kv + " view inside compiled code",
                              "call_method " + repr(tx.interp) + " " + name);
}

Value SizeVariable::as_python_constant(InstructionTranslatorBase& tx) {
  std::vector<int64_t> sizes;
  for (auto* v : items) sizes.push_back(tx.interp.index_value(v->realize(tx)->as_python_constant(tx)));
  return rt::make_size(tx.interp, sizes);
}

PArg BaseListVariable::as_proxy(InstructionTranslatorBase& tx) {
  PArg p;
  p.kind = dynamic_cast<ListVariable*>(this) ? PArg::Kind::List : PArg::Kind::Tuple;
  for (auto*& v : items) {
    v = v->realize(tx);
    p.items.push_back(v->as_proxy(tx));
  }
  return p;
}

std::string TupleVariable::repr(rt::Interp& I) const {
  (void)I;
  return class_name() + "(length=" + std::to_string(items.size()) + ")";
}

SliceVariable* SliceVariable::create(InstructionTranslatorBase& tx, std::vector<VariableTracker*>& items) {
  bool symbolic = false;
  for (auto*& v : items) {
    v = v->realize(tx);
    if (dynamic_cast<TensorVariable*>(v)) {
      VTArgs none;
      VTKwargs nokw;
      v = v->call_method(tx, "item", none, nokw)->realize(tx);
    }
    symbolic |= dynamic_cast<SymNodeVariable*>(v) != nullptr;
  }
  if (!symbolic) return nullptr;
  std::vector<VariableTracker*> three{tx.none(), tx.none(), tx.none()};
  if (items.size() == 1) three[1] = items[0];
  else std::copy(items.begin(), items.end(), three.begin());
  return tx.make<SliceVariable>(three);
}

Value SliceVariable::as_python_constant(InstructionTranslatorBase& tx) {
  std::vector<Value> v;
  for (auto* i : items) v.push_back(i->realize(tx)->as_python_constant(tx));
  return Value::obj(tx.interp.make<rt::Slice>(tx.interp.slice_type, v[0], v[1], v[2]));
}

PArg SliceVariable::as_proxy(InstructionTranslatorBase& tx) {
  PArg p;
  p.kind = PArg::Kind::Slice;
  for (auto*& v : items) {
    v = v->realize(tx);
    p.items.push_back(v->as_proxy(tx));
  }
  return p;
}

VariableTracker* SliceVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  if (name == "start") return items[0];
  if (name == "stop") return items[1];
  if (name == "step") return items[2];
  return VariableTracker::var_getattr(tx, name);
}

Value RangeVariable::as_python_constant(InstructionTranslatorBase& tx) {
  return Value::obj(tx.interp.make<rt::Range>(tx.interp.range_type, start, stop, step));
}

VariableTracker* RangeIteratorVariable::next_variable(InstructionTranslatorBase& tx) {
  advanced_at = ++tx.output.iter_serial;
  if (len <= 0) return nullptr;
  --len;
  int64_t current = start;
  start += step;
  return tx.constant(Value::integer(current));
}

VariableTracker* iterator_next(InstructionTranslatorBase& tx, VariableTracker* it, bool& ok) {
  ok = true;
  it = it->realize(tx);
  if (auto* l = dynamic_cast<ListIteratorVariable*>(it)) {
    l->advanced_at = ++tx.output.iter_serial;
    return l->index < l->items.size() ? l->items[l->index++] : nullptr;
  }
  if (auto* r = dynamic_cast<RangeIteratorVariable*>(it)) return r->next_variable(tx);
  if (auto* g = dynamic_cast<LocalGeneratorObjectVariable*>(it)) return g->frame->generator_next();
  if (auto* m = dynamic_cast<MapVariable*>(it)) return m->next_variable(tx);
  ok = false;
  return nullptr;
}

// MapVariable.next_variable (ZipVariable's step, then fn called on the items): the iterators are
// advanced in order and the first exhausted one ends the map.
VariableTracker* MapVariable::next_variable(InstructionTranslatorBase& tx) {
  // A graph break inside fn (or inside a generator it reads) leaves the iterators advanced within
  // the breaking instruction, which the playground cannot undo: the map is then not rebuilt.
  advanced_at = ++tx.output.iter_serial;
  try {
    VTArgs items;
    for (auto* it : iterators) {
      bool ok = true;
      VariableTracker* item = iterator_next(tx, it, ok);
      if (!item) return nullptr;
      items.push_back(item);
    }
    VTKwargs kw;
    return fn->realize(tx)->call_function(tx, items, kw);
  } catch (Unsupported&) {
    broken = true;
    throw;
  }
}

// Whether `name` of the namedtuple class `cls` is the one collections.namedtuple defines (not a
// user override, which is inlined like any method).
bool is_collections_namedtuple_method(rt::Interp& I, rt::Type* cls, const std::string& name) {
  Value f = I.lookup_type(cls, name);
  if (f.is_obj() && f.o->kind == Kind::ClassMethod) f = static_cast<rt::ClassMethod*>(f.o)->func;
  return f.is_obj() && f.o->kind == Kind::Function &&
         static_cast<rt::Function*>(f.o)->code->co_filename == "/playground/lib/collections/__init__.py";
}

// namedtuple's _make(iterable) and _replace(**kwds) (GetAttrVariable.call_function sends them
// here): a new NamedTupleVariable of the iterable's items (as many as the fields), or of `self`'s
// items with the keywords' fields replaced, as collections.namedtuple's methods build them with
// tuple.__new__. Arguments those methods would reject raise when the frame runs eagerly.
VariableTracker* namedtuple_make_replace(InstructionTranslatorBase& tx, rt::Type* cls, TupleVariable* self,
                                         const std::string& name, VTArgs& args, VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  std::vector<Value> fields = I.to_vector(I.getattr(Value::obj(cls), "_fields"));
  auto* t = tx.make<TupleVariable>();
  t->named_type = cls;
  const std::string ctx = "call_method " + cls->name + "." + name;
  if (name == "_make") {
    if (args.size() != 1 || !kwargs.empty())
      unimplemented_in_playground("namedtuple `_make` called with other than one iterable", ctx);
    if (!tx.unpack_var_sequence(args[0]->realize(tx), t->items))
      unimplemented_in_playground("namedtuple `_make` of an iterable the tracer cannot unpack", ctx);
    if (t->items.size() != fields.size())
      raise_observed_exception("TypeError: Expected " + std::to_string(fields.size()) + " arguments, got " +
                               std::to_string(t->items.size()));
    return t;
  }
  if (!self || !args.empty())
    unimplemented_in_playground("namedtuple `_replace` called with positional arguments", ctx);
  t->items = self->items;
  std::vector<Value> unexpected;
  for (auto& [k, v] : kwargs) {
    size_t at = fields.size();
    for (size_t i = 0; i < fields.size(); ++i)
      if (I.to_str(fields[i]) == k) at = i;
    if (at == fields.size() || at >= t->items.size()) unexpected.push_back(I.str(k));
    else t->items[at] = v;
  }
  if (!unexpected.empty())
    raise_observed_exception("ValueError: Got unexpected field names: " + I.repr(I.list(unexpected)));
  return t;
}

// Methods are looked up as GetAttrVariable and dispatched to call_method when called.
VariableTracker* BaseListVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  if (user_cls)
    if (VariableTracker* r = user_subclass_getattr(tx, this, *this, name)) return r;
  rt::Type* t = dynamic_cast<ListVariable*>(this) ? tx.interp.list_type : tx.interp.tuple_type;
  if (!tx.interp.dict_get_str(t->dict, name).is_null()) return tx.make<GetAttrVariable>(this, name);
  return VariableTracker::var_getattr(tx, name);
}

VariableTracker* TupleVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  rt::Interp& I = tx.interp;
  if (named_type && !named_type->is_builtin) {
    // A namedtuple (NamedTupleVariable.var_getattr): a field is its item; a function of the class
    // a method of this tuple; a classmethod bound to the class; other class attributes (_fields,
    // _field_defaults) their value.
    Value fields = I.lookup_type(named_type, "_fields");
    if (fields.is_obj() && fields.o->kind == Kind::Tuple) {
      auto& names = static_cast<rt::Tuple*>(fields.o)->items;
      for (size_t k = 0; k < names.size() && k < items.size(); ++k)
        if (I.to_str(names[k]) == name) return items[k];
    }
    if ((name == "_make" || name == "_replace") && is_collections_namedtuple_method(I, named_type, name))
      return tx.make<GetAttrVariable>(this, name);
    for (rt::Type* k : named_type->mro) {
      if (k->is_builtin) break;
      Value attr = I.dict_get_str(k->dict, name);
      if (attr.is_null()) continue;
      if (attr.is_obj() && attr.o->kind == Kind::Function)
        return tx.make<UserMethodVariable>(static_cast<rt::Function*>(attr.o), this);
      if (attr.is_obj() && attr.o->kind == Kind::ClassMethod) {
        Value f = static_cast<rt::ClassMethod*>(attr.o)->func;
        if (f.is_obj() && f.o->kind == Kind::Function)
          return tx.make<UserMethodVariable>(static_cast<rt::Function*>(f.o),
                                             tx.make<UserDefinedClassVariable>(named_type));
      }
      if (attr.is_obj() && (attr.o->kind == Kind::Tuple || attr.o->kind == Kind::Dict || attr.o->kind == Kind::Str))
        return tx.wrap_sourceless(attr);
      break;
    }
  }
  if (named_type && named_example.is_obj()) {
    // A field of a structseq: the item the field reads on the example.
    Value field = tx.interp.getattr_opt(named_example, name);
    auto& ex_items = static_cast<rt::Tuple*>(named_example.o)->items;
    if (!field.is_null())
      for (size_t k = 0; k < ex_items.size() && k < items.size(); ++k)
        if (ex_items[k].same(field)) return items[k];
  }
  return BaseListVariable::var_getattr(tx, name);
}

VariableTracker* ConstDictVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  if (UserSubclassPart* p = user_subclass_part(this))
    if (VariableTracker* r = user_subclass_getattr(tx, this, *p, name)) return r;
  if (is_defaultdict && name == "default_factory") return default_factory;
  if (user_cls && is_ordered_dict(user_cls) && (name == "move_to_end" || name == "popitem"))
    return tx.make<GetAttrVariable>(this, name);
  if (!tx.interp.dict_get_str(tx.interp.dict_type->dict, name).is_null()) return tx.make<GetAttrVariable>(this, name);
  return VariableTracker::var_getattr(tx, name);
}

// UserDefined{List,Tuple,Dict}Variable.call_method: a method the user class defines (ahead of the
// built-in base) is inlined with the tracker as self; `skip_override` is set for one call by
// call_builtin_part (super().m(...), dict.m(self, ...)), which reaches the built-in part itself.
static VariableTracker* user_subclass_call(InstructionTranslatorBase& tx, VariableTracker* self, UserSubclassPart& p,
                                           const std::string& name, VTArgs& args, VTKwargs& kwargs) {
  if (p.skip_override) {
    p.skip_override = false;
    return nullptr;
  }
  if (name == "__setattr__" && args.size() == 2 && kwargs.empty()) {
    if (VariableTracker* r = user_subclass_setattr(tx, self, p, args[0], args[1])) return r;
    unimplemented_in_playground("setting an attribute of `" + p.user_cls->name +
                                    "`, a user subclass of a built-in type, that the playground cannot record",
                                "__setattr__ " + self->repr(tx.interp));
  }
  if (rt::Function* f = user_subclass_override(tx.interp, p, name)) {
    SourcePtr cls_src = self->source ? TypeSource(self->source) : p.cls_source;
    return tx.make<UserMethodVariable>(f, self, cls_src ? mro_source(tx.interp, p.user_cls, cls_src, name) : nullptr)
        ->call_function(tx, args, kwargs);
  }
  return nullptr;
}

VariableTracker* call_builtin_part(InstructionTranslatorBase& tx, VariableTracker* obj, const std::string& name,
                                   VTArgs& args, VTKwargs& kwargs) {
  if (name == "__init__") {
    // dict.__init__ updates, list.__init__ replaces the items, tuple's (object.__init__) does nothing.
    if (dynamic_cast<TupleVariable*>(obj)) return tx.none();
    if (auto* l = dynamic_cast<ListVariable*>(obj); l && args.size() <= 1 && kwargs.empty()) {
      std::vector<VariableTracker*> items;
      if (!args.empty() && !tx.unpack_var_sequence(args[0], items))
        unimplemented_in_playground("list.__init__ of this iterable inside compiled code", "list.__init__");
      l->items = items;
      l->mutated = true;
      tx.output.note_list_mutation(l);
      return tx.none();
    }
    if (auto* dd = dynamic_cast<ConstDictVariable*>(obj)) {
      VTArgs rest = args;
      if (dd->is_defaultdict) {
        // defaultdict.__init__(default_factory=None, *args, **kwargs): the factory (also the
        // instance's default_factory attribute), then dict.__init__ with the rest.
        VariableTracker* factory = args.empty() ? tx.none() : args[0]->realize(tx);
        if (!(factory->is_python_constant() && factory->as_python_constant(tx).is_none()) &&
            !dynamic_cast<BuiltinVariable*>(factory) && !dynamic_cast<UserFunctionVariable*>(factory) &&
            !dynamic_cast<NestedUserFunctionVariable*>(factory) && !dynamic_cast<UserDefinedClassVariable*>(factory))
          unimplemented_in_playground("defaultdict.__init__ with the default factory " + factory->repr(tx.interp),
                                      "defaultdict.__init__");
        dd->default_factory = factory;
        if (UserSubclassPart* p = user_subclass_part(dd))
          user_subclass_setattr(tx, dd, *p, tx.constant(tx.interp.str("default_factory")), factory);
        if (!rest.empty()) rest.erase(rest.begin());
      }
      // dict.__init__: dict(*args, **kwargs)'s items, added with update.
      if (rest.empty() && kwargs.empty()) return tx.none();
      VariableTracker* filled =
          tx.make<BuiltinVariable>("dict", Value::obj(tx.interp.dict_type))->call_function(tx, rest, kwargs);
      auto* d = dynamic_cast<ConstDictVariable*>(filled);
      if (!d) unimplemented_in_playground("dict.__init__ with these arguments inside compiled code", "dict.__init__");
      VTArgs a{d};
      VTKwargs k;
      return call_builtin_part(tx, obj, "update", a, k);
    }
  }
  if (UserSubclassPart* p = user_subclass_part(obj)) p->skip_override = true;
  VariableTracker* r = obj->call_method(tx, name, args, kwargs);
  if (UserSubclassPart* p = user_subclass_part(obj)) p->skip_override = false;
  return r;
}

VariableTracker* BaseListVariable::call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                                               VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  if (user_cls)
    if (VariableTracker* r = user_subclass_call(tx, this, *this, name, args, kwargs)) return r;
  auto* list = dynamic_cast<ListVariable*>(this);
  if (name == "__getitem__" && args.size() == 1) {
    VariableTracker* k = args[0]->realize(tx);
    if (k->is_python_constant()) {
      Value key = k->as_python_constant(tx);
      if (key.is_obj() && key.o->kind == Kind::Slice) {
        std::vector<Value> idx;
        for (size_t i = 0; i < items.size(); ++i) idx.push_back(Value::integer(static_cast<int64_t>(i)));
        Value sl = I.getitem(I.list(idx), key);
        BaseListVariable* r = list ? static_cast<BaseListVariable*>(tx.make<ListVariable>())
                              : dynamic_cast<SizeVariable*>(this)
                                  ? static_cast<BaseListVariable*>(tx.make<SizeVariable>())
                                  : static_cast<BaseListVariable*>(tx.make<TupleVariable>());
        for (auto& ix : static_cast<rt::List*>(sl.o)->items) r->items.push_back(items[static_cast<size_t>(ix.i)]);
        return r;
      }
      int64_t i = I.index_value(key);
      if (i < 0) i += static_cast<int64_t>(items.size());
      if (i < 0 || i >= static_cast<int64_t>(items.size()))
        raise_observed_exception("IndexError: " + std::string(list ? "list" : "tuple") + " index out of range");
      return items[static_cast<size_t>(i)];
    }
  }
  if (list && name == "append" && args.size() == 1) {
    items.push_back(args[0]);
    list->mutated = true;
    tx.output.note_list_mutation(list);
    return tx.none();
  }
  if (list && name == "extend" && args.size() == 1) {
    VariableTracker* a = args[0]->realize(tx);
    if (auto* l = dynamic_cast<BaseListVariable*>(a)) {
      items.insert(items.end(), l->items.begin(), l->items.end());
      list->mutated = true;
      tx.output.note_list_mutation(list);
      return tx.none();
    }
  }
  if (list && name == "pop") {
    if (items.empty()) raise_observed_exception("IndexError: pop from empty list");
    int64_t i = args.empty() ? -1 : I.index_value(args[0]->realize(tx)->as_python_constant(tx));
    if (i < 0) i += static_cast<int64_t>(items.size());
    if (i < 0 || i >= static_cast<int64_t>(items.size())) raise_observed_exception("IndexError: pop index out of range");
    VariableTracker* r = items[static_cast<size_t>(i)];
    items.erase(items.begin() + i);
    list->mutated = true;
    tx.output.note_list_mutation(list);
    return r;
  }
  if (list && name == "__setitem__" && args.size() == 2) {
    VariableTracker* k = args[0]->realize(tx);
    // A slice (ListVariable.call_method __setitem__ with a SliceVariable): the items of the
    // sequence assigned replace the slice (an extended slice needs as many items as it selects).
    auto* seq = dynamic_cast<BaseListVariable*>(args[1]->realize(tx));
    if (k->is_python_constant() && seq && !dynamic_cast<SizeVariable*>(seq)) {
      Value key = k->as_python_constant(tx);
      if (key.is_obj() && key.o->type == I.slice_type) {
        Value idx = I.call_method(key, "indices", {Value::integer(static_cast<int64_t>(items.size()))});
        std::vector<Value> se = I.to_vector(idx);
        int64_t start = se[0].i, stop = se[1].i, step = se[2].i;
        std::vector<VariableTracker*> values = seq->items;
        if (step == 1) {
          if (stop < start) stop = start;
          items.erase(items.begin() + start, items.begin() + stop);
          items.insert(items.begin() + start, values.begin(), values.end());
        } else {
          std::vector<int64_t> at;
          for (int64_t i = start; step > 0 ? i < stop : i > stop; i += step) at.push_back(i);
          if (at.size() != values.size())
            raise_observed_exception("ValueError: attempt to assign sequence of size " +
                                             std::to_string(values.size()) + " to extended slice of size " +
                                             std::to_string(at.size()));
          for (size_t j = 0; j < at.size(); ++j) items[static_cast<size_t>(at[j])] = values[j];
        }
        list->mutated = true;
        tx.output.note_list_mutation(list);
        return tx.none();
      }
    }
    if (k->is_python_constant() && (k->as_python_constant(tx).is_int())) {
      int64_t i = k->as_python_constant(tx).i;
      if (i < 0) i += static_cast<int64_t>(items.size());
      if (i >= 0 && i < static_cast<int64_t>(items.size())) {
        items[static_cast<size_t>(i)] = args[1];
        list->mutated = true;
        tx.output.note_list_mutation(list);
        return tx.none();
      }
    }
  }
  // ListVariable.call_method's insert / clear / reverse, __setitem__ with a slice and __delitem__
  // (an index or a slice): the items change as CPython's list changes, computed on a list of item
  // positions so that slices with steps and negative bounds behave exactly as CPython's.
  if (list && name == "insert" && args.size() == 2 && kwargs.empty() && args[0]->realize(tx)->is_python_constant()) {
    int64_t n = static_cast<int64_t>(items.size());
    int64_t i = I.index_value(args[0]->realize(tx)->as_python_constant(tx));
    if (i < 0) i = std::max<int64_t>(0, i + n);
    if (i > n) i = n;
    items.insert(items.begin() + i, args[1]);
    list->mutated = true;
    tx.output.note_list_mutation(list);
    return tx.none();
  }
  if (list && (name == "clear" || name == "reverse") && args.empty() && kwargs.empty()) {
    if (name == "clear") items.clear();
    else std::reverse(items.begin(), items.end());
    list->mutated = true;
    tx.output.note_list_mutation(list);
    return tx.none();
  }
  if (list && ((name == "__setitem__" && args.size() == 2) || (name == "__delitem__" && args.size() == 1)) &&
      kwargs.empty() && args[0]->realize(tx)->is_python_constant()) {
    Value key = args[0]->realize(tx)->as_python_constant(tx);
    std::vector<VariableTracker*> values;
    bool slice = key.is_obj() && key.o->kind == Kind::Slice;
    if ((slice || name == "__delitem__") && (name == "__delitem__" || tx.unpack_var_sequence(args[1], values))) {
      std::vector<Value> idx;
      for (size_t i = 0; i < items.size(); ++i) idx.push_back(Value::integer(static_cast<int64_t>(i)));
      Value positions = I.list(idx);
      try {
        if (name == "__delitem__") {
          I.delitem(positions, key);
        } else {
          std::vector<Value> marks;  // -1 - k stands for values[k]
          for (size_t k = 0; k < values.size(); ++k) marks.push_back(Value::integer(-1 - static_cast<int64_t>(k)));
          I.setitem(positions, key, I.list(marks));
        }
      } catch (rt::PyException& e) {
        raise_observed_exception(I.format_exception_only(e.exc), e.exc.is_obj() ? e.exc.o : nullptr);
      }
      std::vector<VariableTracker*> next;
      for (const Value& p : static_cast<rt::List*>(positions.o)->items)
        next.push_back(p.i >= 0 ? items[static_cast<size_t>(p.i)] : values[static_cast<size_t>(-1 - p.i)]);
      items = std::move(next);
      list->mutated = true;
      tx.output.note_list_mutation(list);
      return tx.none();
    }
  }
  if ((name == "index" || name == "count") && args.size() == 1 && is_python_constant()) {
    return tx.wrap_sourceless(
        I.call_method(as_python_constant(tx), name, {args[0]->realize(tx)->as_python_constant(tx)}));
  }
  if (name == "__len__") return tx.constant(Value::integer(static_cast<int64_t>(items.size())));
  if (dynamic_cast<SizeVariable*>(this) && name == "numel") {
    int64_t n = 1;
    for (auto* v : items) n *= I.index_value(v->realize(tx)->as_python_constant(tx));
    return tx.constant(Value::integer(n));
  }
  return VariableTracker::call_method(tx, name, args, kwargs);
}

VariableTracker* ConstDictVariable::get(InstructionTranslatorBase& tx, Value key) {
  for (auto& [k, v] : items)
    if (tx.interp.eq(k, key)) return v;
  return nullptr;
}

void ConstDictVariable::install_dict_keys_match_guard(InstructionTranslatorBase& tx) {
  if (keys_guarded || !source || source_keys.is_null()) return;
  keys_guarded = true;
  Guard g;
  g.type = Guard::Type::DICT_KEYS_MATCH;
  g.source = source;
  g.expected = source_keys;
  tx.output.guards.add(g);
}

void ConstDictVariable::store(rt::Interp& I, Value key, VariableTracker* value) {
  for (auto& e : items)
    if (I.eq(e.first, key)) {
      e.second = value;
      return;
    }
  items.emplace_back(key, value);
}

VariableTracker* ConstDictVariable::call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                                                VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  if (UserSubclassPart* p = user_subclass_part(this))
    if (VariableTracker* r = user_subclass_call(tx, this, *p, name, args, kwargs)) return r;
  // Everything but reading a present key depends on the whole key set.
  if (!((name == "__getitem__" || name == "get") && !args.empty() && args[0]->realize(tx)->is_python_constant() &&
        get(tx, args[0]->realize(tx)->as_python_constant(tx))))
    install_dict_keys_match_guard(tx);
  auto key_of = [&](size_t i) {
    VariableTracker* k = args[i]->realize(tx);
    if (!k->is_python_constant())
      unimplemented("Unsupported method call", "dict key " + k->repr(I), "Dynamo requires dict keys to be constants.",
                    {graph_break_hints::SUPPORTABLE});
    return k->as_python_constant(tx);
  };
  if ((name == "__getitem__" || name == "get") && !args.empty()) {
    VariableTracker* v = get(tx, key_of(0));
    if (v) return v;
    if (name == "get") return args.size() > 1 ? args[1] : tx.none();
    // dict_subscript: a subclass's __missing__ (collections.Counter's, a user class's), or
    // defaultdict's (DefaultDictVariable: the factory's result, stored under the key).
    if (is_defaultdict && default_factory && !(default_factory->is_python_constant() &&
                                               default_factory->as_python_constant(tx).is_none())) {
      VTArgs none_args;
      VTKwargs none_kw;
      VariableTracker* v = default_factory->call_function(tx, none_args, none_kw);
      mutated = true;
      tx.output.note_dict_mutation(this);
      store(I, key_of(0), v);
      return v;
    }
    if (UserSubclassPart* p = user_subclass_part(this)) {
      if (rt::Function* m = user_subclass_override(I, *p, "__missing__")) {
        VTArgs a{args[0]};
        VTKwargs k;
        return tx.make<UserMethodVariable>(m, this)->call_function(tx, a, k);
      }
    }
    raise_observed_exception("KeyError: " + I.repr(key_of(0)),
                             I.call(rt::Value::obj(I.KeyError), std::vector<rt::Value>{key_of(0)}).o);
  }
  if (name == "__contains__" && args.size() == 1) return tx.constant(Value::boolean(get(tx, key_of(0)) != nullptr));
  if (name == "keys" || name == "values" || name == "items") {
    auto* l = tx.make<DictViewVariable>();
    l->dict = this;
    l->kv = name;
    for (auto& [k, v] : items) {
      if (name == "keys") l->items.push_back(tx.wrap_sourceless(k));
      else if (name == "values") l->items.push_back(v);
      else {
        auto* t = tx.make<TupleVariable>();
        t->items = {tx.wrap_sourceless(k), v};
        l->items.push_back(t);
      }
    }
    return l;
  }
  auto put = [&](Value k, VariableTracker* v) {
    mutated = true;
    tx.output.note_dict_mutation(this);
    store(I, k, v);
  };
  if (name == "__setitem__" && args.size() == 2) {
    put(key_of(0), args[1]);
    return tx.none();
  }
  if (name == "__len__") return tx.constant(Value::integer(static_cast<int64_t>(items.size())));
  if (name == "update" && args.size() <= 1) {
    if (!args.empty()) {
      auto* other = dynamic_cast<ConstDictVariable*>(args[0]->realize(tx));
      if (!other) return VariableTracker::call_method(tx, name, args, kwargs);
      other->install_dict_keys_match_guard(tx);
      auto copy = other->items;  // d.update(d) reads what it writes
      for (auto& [k, v] : copy) put(k, v);
    }
    for (auto& [k, v] : kwargs) put(I.str(k), v);
    return tx.none();
  }
  // OrderedDict.move_to_end / popitem and dict.popitem (ConstDictVariable.call_method).
  if (name == "move_to_end" && user_cls && is_ordered_dict(user_cls) && !args.empty() && args.size() <= 2) {
    Value k = key_of(0);
    bool last = true;
    VariableTracker* last_vt = args.size() > 1 ? args[1] : nullptr;
    for (auto& [kn, kv] : kwargs)
      if (kn == "last") last_vt = kv;
    if (last_vt) last = I.truthy(last_vt->realize(tx)->as_python_constant(tx));
    for (size_t i = 0; i < items.size(); ++i)
      if (I.eq(items[i].first, k)) {
        auto e = items[i];
        items.erase(items.begin() + static_cast<long>(i));
        if (last) items.push_back(e);
        else items.insert(items.begin(), e);
        mutated = true;
        tx.output.note_dict_mutation(this);
        return tx.none();
      }
    raise_observed_exception("KeyError: " + I.repr(k), I.call(rt::Value::obj(I.KeyError), std::vector<rt::Value>{k}).o);
  }
  if (name == "popitem" && args.size() <= 1) {
    bool last = true;
    VariableTracker* last_vt = args.empty() ? nullptr : args[0];
    for (auto& [kn, kv] : kwargs)
      if (kn == "last") last_vt = kv;
    if (last_vt) {
      if (!(user_cls && is_ordered_dict(user_cls))) return VariableTracker::call_method(tx, name, args, kwargs);
      last = I.truthy(last_vt->realize(tx)->as_python_constant(tx));
    }
    if (items.empty())
      raise_observed_exception(
          std::string("KeyError: ") + (user_cls && is_ordered_dict(user_cls) ? "'dictionary is empty'"
                                                                             : "'popitem(): dictionary is empty'"),
          I.call(rt::Value::obj(I.KeyError),
                 std::vector<rt::Value>{I.str(user_cls && is_ordered_dict(user_cls) ? "dictionary is empty"
                                                                                   : "popitem(): dictionary is empty")})
              .o);
    auto e = last ? items.back() : items.front();
    items.erase(last ? items.end() - 1 : items.begin());
    mutated = true;
    tx.output.note_dict_mutation(this);
    auto* t = tx.make<TupleVariable>();
    t->items = {tx.wrap_sourceless(e.first), e.second};
    return t;
  }
  if (name == "clear" && args.empty()) {
    items.clear();
    mutated = true;
    tx.output.note_dict_mutation(this);
    return tx.none();
  }
  if (name == "copy" && args.empty()) {
    // dict.copy() of a dict or a user subclass is a dict; OrderedDict's and defaultdict's copy
    // keep the class (and the factory).
    auto* d = tx.make<ConstDictVariable>();
    d->items = items;
    if (user_cls && builtin_like()) {
      d->user_cls = user_cls;
      d->is_defaultdict = is_defaultdict;
      d->default_factory = default_factory;
    }
    return d;
  }
  if (name == "setdefault" && !args.empty() && args.size() <= 2) {
    Value k = key_of(0);
    if (VariableTracker* v = get(tx, k)) return v;
    VariableTracker* v = args.size() > 1 ? args[1] : tx.none();
    put(k, v);
    return v;
  }
  if (name == "__delitem__" && args.size() == 1) {
    Value k = key_of(0);
    for (size_t i = 0; i < items.size(); ++i)
      if (I.eq(items[i].first, k)) {
        items.erase(items.begin() + static_cast<long>(i));
        mutated = true;
        tx.output.note_dict_mutation(this);
        return tx.none();
      }
    raise_observed_exception("KeyError: " + I.repr(k), I.call(rt::Value::obj(I.KeyError), std::vector<rt::Value>{k}).o);
  }
  if (name == "pop" && !args.empty() && args.size() <= 2) {
    Value k = key_of(0);
    for (size_t i = 0; i < items.size(); ++i)
      if (I.eq(items[i].first, k)) {
        VariableTracker* v = items[i].second;
        items.erase(items.begin() + static_cast<long>(i));
        mutated = true;
        tx.output.note_dict_mutation(this);
        return v;
      }
    if (args.size() > 1) return args[1];
    raise_observed_exception("KeyError: " + I.repr(k), I.call(rt::Value::obj(I.KeyError), std::vector<rt::Value>{k}).o);
  }
  return VariableTracker::call_method(tx, name, args, kwargs);
}

}  // namespace dp::dynamo
