// BuiltinVariable: Python builtins inside traced code. Pure builtins on constants fold at
// trace time; len/isinstance/getattr/range/tuple/list work on trackers; anything else (print,
// input, ...) is a graph break. Mirrors torch/_dynamo/variables/builtin.py, including the
// "Failed to trace builtin operator" message (gb0059).
#include <functional>
#include <set>

#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"
#include "dynamo/variables/script_object.h"
#include "runtime/torch_module.h"

namespace dp::dynamo {

using rt::Kind;
using rt::Value;

// `<class 'torch._dynamo.variables.constant.ConstantVariable'>` for contexts.
static std::string vt_class_repr(VariableTracker* v) {
  std::string c = v->class_name();
  std::string mod = "misc";
  if (c == "ConstantVariable") mod = "constant";
  else if (c == "TensorVariable") mod = "tensor";
  else if (c == "LazyVariableTracker") mod = "lazy";
  else if (c == "BuiltinVariable") mod = "builtin";
  else if (c == "TorchInGraphFunctionVariable") mod = "torch";
  else if (c == "UserFunctionVariable" || c == "NestedUserFunctionVariable" || c == "UserMethodVariable" ||
           c == "SkipFunctionVariable" || c == "LocalGeneratorObjectVariable")
    mod = "functions";
  else if (c == "UserDefinedObjectVariable" || c == "UserDefinedClassVariable") mod = "user_defined";
  else if (c == "TupleVariable" || c == "ListVariable" || c == "SizeVariable" || c == "RangeVariable" ||
           c == "ListIteratorVariable" || c == "RangeIteratorVariable" || c == "SliceVariable")
    mod = "lists";
  else if (c == "ConstDictVariable") mod = "dicts";
  else if (c == "UnspecializedNNModuleVariable") mod = "nn_module";
  else if (c == "TorchScriptObjectVariable") mod = "script_object";
  return "<class 'torch._dynamo.variables." + mod + "." + c + "'>";
}

// The runtime type a tracker stands for (python_type()).
rt::Type* vt_python_type(InstructionTranslatorBase& tx, VariableTracker* v) {
  rt::Interp& I = tx.interp;
  if (dynamic_cast<TensorVariable*>(v)) return I.tensor_type;
  if (auto* c = dynamic_cast<ConstantVariable*>(v)) return I.type_of(c->value);
  if (dynamic_cast<SizeVariable*>(v)) return I.size_type;
  if (auto* t = dynamic_cast<TupleVariable*>(v)) return t->named_type ? t->named_type : t->user_cls ? t->user_cls : I.tuple_type;
  if (auto* l = dynamic_cast<ListVariable*>(v)) return l->user_cls ? l->user_cls : I.list_type;
  if (auto* d = dynamic_cast<ConstDictVariable*>(v)) return d->user_cls ? d->user_cls : I.dict_type;
  // TorchScriptObjectVariable is a UserDefinedObjectVariable whose value is the FakeScriptObject:
  // its python_type() is FakeScriptObject (the real ScriptObject only when tracing for real), so
  // isinstance(obj, torch.ScriptObject) is False inside a compiled function (docs/torchbind.md §4.4).
  if (auto* s = dynamic_cast<TorchScriptObjectVariable*>(v)) return I.type_of(s->value);
  if (auto* u = dynamic_cast<UserDefinedObjectVariable*>(v)) return I.type_of(u->value);
  if (dynamic_cast<UserFunctionVariable*>(v) || dynamic_cast<NestedUserFunctionVariable*>(v)) return I.function_type;
  if (dynamic_cast<RangeVariable*>(v)) return I.range_type;
  if (auto* s = dynamic_cast<SetVariable*>(v)) return s->frozen ? I.frozenset_type : I.set_type;
  // ZipVariable / EnumerateVariable / MapVariable / RangeIteratorVariable.python_type(); a plain
  // ListIteratorVariable may stand for any iterator the tracer unpacked, so it has none here.
  using IC = rt::Interp::IterClass;
  if (auto* it = dynamic_cast<ListIteratorVariable*>(v); it && !it->builtin.empty())
    return I.iter_class(it->builtin == "zip" ? IC::zip : IC::enumerate);
  if (dynamic_cast<MapVariable*>(v)) return I.iter_class(IC::map);
  if (dynamic_cast<RangeIteratorVariable*>(v)) return I.iter_class(IC::range_iterator);
  if (v->is_python_constant()) return I.type_of(v->as_python_constant(tx));
  return nullptr;
}

[[noreturn]] void builtin_unsupported(InstructionTranslatorBase& tx, const std::string& fn, VTArgs& args,
                                      VTKwargs& kwargs) {
  std::string types = "[";
  std::string classes = "[";
  for (size_t i = 0; i < args.size(); ++i) {
    VariableTracker* a = args[i];
    if (i) {
      types += ", ";
      classes += ", ";
    }
    rt::Type* t = vt_python_type(tx, a->realize(tx));
    types += "'" + (t ? t->name : a->python_type_name(tx.interp)) + "'";
    classes += vt_class_repr(a);
  }
  types += "]";
  classes += "]";
  std::string has_kw = kwargs.empty() ? "False" : "True";
  unimplemented(
      "Failed to trace builtin operator", "builtin " + fn + " " + classes + " " + has_kw,
      "Dynamo does not know how to trace builtin operator `" + fn + "` with argument types " + types + " (has_kwargs " +
          has_kw + ")",
      {"Avoid calling builtin `" + fn + "` with argument types " + types +
           ". Consider using an equivalent alternative function/method to `" + fn + "`.",
       "If you are attempting to call a logging function (e.g. `print`), you can try adding it to `torch._dynamo.config.reorderable_logging_functions`.",
       "Please report an issue to PyTorch."});
}

static bool all_constant(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) {
  for (auto*& a : args) {
    a = a->realize(tx);
    if (!a->is_python_constant()) return false;
  }
  for (auto& [k, v] : kwargs) {
    v = v->realize(tx);
    if (!v->is_python_constant()) return false;
  }
  return true;
}

bool constant_call_args(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs, rt::CallArgs& out) {
  if (!all_constant(tx, args, kwargs)) return false;
  for (auto* a : args) out.pos.push_back(a->as_python_constant(tx));
  for (auto& [k, v] : kwargs) out.kw.emplace_back(k, v->as_python_constant(tx));
  return true;
}

// super() / super(cls, obj): zero-argument super reads the frame's __class__ cell and first
// argument, as CPython's super_init does.
static VariableTracker* call_super(InstructionTranslatorBase& tx, VTArgs& args) {
  rt::Interp& I = tx.interp;
  VariableTracker* cls = nullptr;
  VariableTracker* obj = nullptr;
  auto deref = [&](VariableTracker* v) -> VariableTracker* {
    if (auto* c = dynamic_cast<CellVariable*>(v)) return c->contents;
    return v;
  };
  if (args.size() == 2) {
    cls = args[0]->realize(tx);
    obj = args[1]->realize(tx);
  } else if (args.empty()) {
    const py::CodeObject& c = *tx.code;
    for (size_t i = 0; i < c.localsplusnames.size(); ++i)
      if (c.localsplusnames[i] == "__class__" && tx.symbolic_locals[i]) cls = deref(tx.symbolic_locals[i]);
    if (c.co_argcount > 0 && !tx.symbolic_locals.empty() && tx.symbolic_locals[0]) obj = deref(tx.symbolic_locals[0]);
  }
  if (cls) cls = cls->realize(tx);
  if (obj) obj = obj->realize(tx);
  if (!cls || !obj || !cls->is_python_constant())
    unimplemented_in_playground("this form of super()", "super() with " + std::to_string(args.size()) + " arguments");
  Value c = cls->as_python_constant(tx);
  if (!(c.is_obj() && c.o->kind == Kind::Type))
    unimplemented_in_playground("super() with a first argument that is not a class", "super " + cls->repr(I));
  if (!dynamic_cast<UserDefinedObjectVariable*>(obj) && !user_subclass_part(obj) &&
      !dynamic_cast<UserDefinedClassVariable*>(obj))
    unimplemented_in_playground("super() on a " + obj->python_type_name(I) + " object", "super " + obj->repr(I));
  return tx.make<SuperVariable>(static_cast<rt::Type*>(c.o), obj);
}

VariableTracker* SuperVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  rt::Interp& I = tx.interp;
  UserSubclassPart* part = user_subclass_part(obj);
  auto* cls_obj = dynamic_cast<UserDefinedClassVariable*>(obj);  // super() in a __new__ / classmethod
  rt::Type* t = part ? part->user_cls : cls_obj ? cls_obj->cls : I.type_of(static_cast<UserDefinedObjectVariable*>(obj)->value);
  bool after = false;
  for (rt::Type* k : t->mro) {
    if (!after) {
      after = k == start;
      continue;
    }
    Value d = I.dict_get_str(k->dict, name);
    if (d.is_null()) continue;
    if (cls_obj) {
      // On a class: a staticmethod's function (__new__), a classmethod bound to the class, a built-in
      // type's __new__ as the type's method.
      if (name == "__new__" && k->is_builtin && (k == I.dict_type || k == I.list_type || k == I.tuple_type))
        return tx.make<GetAttrVariable>(tx.make<BuiltinVariable>(k->name, Value::obj(k)), "__new__");
      if (d.is_obj() && d.o->kind == Kind::StaticMethod) return tx.wrap_sourceless(static_cast<rt::StaticMethod*>(d.o)->func);
      if (d.is_obj() && d.o->kind == Kind::ClassMethod) {
        Value fn = static_cast<rt::ClassMethod*>(d.o)->func;
        if (fn.is_obj() && fn.o->kind == Kind::Function)
          return tx.make<UserMethodVariable>(static_cast<rt::Function*>(fn.o), obj);
      }
      if (d.is_obj() && d.o->kind == Kind::Function) return tx.wrap_sourceless(d);
      break;
    }
    if (d.is_obj() && d.o->kind == Kind::Function)
      return tx.make<UserMethodVariable>(static_cast<rt::Function*>(d.o), obj);
    if (d.is_obj() && d.o->kind == Kind::Property) {
      Value fget = static_cast<rt::Property*>(d.o)->fget;
      if (fget.is_obj() && fget.o->kind == Kind::Function) {
        VTArgs a{obj};
        VTKwargs kw;
        auto* f = static_cast<rt::Function*>(fget.o);
        return tx.inline_call_(f, f->code, f->globals, a, kw, {}, fget);
      }
    }
    if (part && (k->is_builtin || (k->module == "collections" && (k->name == "OrderedDict" || k->name == "defaultdict")))) {
      // The built-in part's method (UserDefinedDictVariable & co. reach their ConstDictVariable).
      auto* g = tx.make<GetAttrVariable>(obj, name);
      g->builtin_part = true;
      return g;
    }
    if (d.is_obj() && d.o->kind == Kind::Builtin) break;  // object.__init__, ...: not traced
    return tx.wrap_sourceless(d);
  }
  unimplemented_in_playground("super()." + name + " on " + t->name, "super " + name);
}

VariableTracker* SuperVariable::call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                                            VTKwargs& kwargs) {
  return var_getattr(tx, name)->call_function(tx, args, kwargs);
}

VariableTracker* BuiltinVariable::call_function(InstructionTranslatorBase& tx, VTArgs& args, VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  const std::string& f = fn_name;
  static const std::set<std::string> pure = {
      "len",  "abs",       "min",    "max",      "sum",      "int",        "float",      "bool",    "str",
      "repr", "round",     "sorted", "tuple",    "list",     "isinstance", "issubclass", "divmod",  "pow",
      "chr",  "ord",       "all",    "any",      "range",    "type",       "hasattr",    "getattr", "dict",
      "set",  "enumerate", "zip",    "reversed", "callable", "hash",       "slice",      "format"};
  // A call on constants runs now (constant folding); its exception is an observed exception.
  auto fold_constant_call = [&]() -> VariableTracker* {  // called once all_constant holds
    rt::CallArgs ca;
    constant_call_args(tx, args, kwargs, ca);
    try {
      return tx.wrap_sourceless(I.call(fn, ca));
    } catch (rt::PyException& e) {
      raise_observed_exception(I.format_exception_only(e.exc), e.exc.is_obj() ? e.exc.o : nullptr);
    }
  };
  // Exception classes build an exception value; raising it is an observed exception.
  if (fn.is_obj() && fn.o->kind == Kind::Type && static_cast<rt::Type*>(fn.o)->is_subtype(I.BaseException) &&
      kwargs.empty())
    return tx.make<ExceptionVariable>(static_cast<rt::Type*>(fn.o), args);
  if (f == "print" && kwargs.empty()) {
    // config.reorderable_logging_functions: the call is made after the graph runs (no graph break)
    // when every argument can be rebuilt then (constants, tensors).
    Value cfg = I.getattr_opt(I.import_module("torch._dynamo.config"), "reorderable_logging_functions");
    bool reorder = !cfg.is_null() && I.contains(cfg, fn);
    for (auto*& a : args) {
      a = a->realize(tx);
      reorder &= a->is_python_constant() || dynamic_cast<TensorVariable*>(a) != nullptr ||
                 dynamic_cast<StringFormatVariable*>(a) != nullptr;
    }
    if (reorder) {
      tx.output.reordered_calls.push_back({fn, args});
      return tx.none();
    }
  }
  if (f == "print" || f == "input" || f == "open") builtin_unsupported(tx, f, args, kwargs);
  if (f == "len" && args.size() == 1) {
    VariableTracker* a = args[0]->realize(tx);
    if (VariableTracker* r = user_subclass_part(a) ? tx.call_user_dunder(a, "__len__", {}) : nullptr) return r;
    // BuiltinVariable.call_len: `args[0].call_method("__len__")`; on an instance of a user str
    // subclass that is str.__len__, VariableTracker.call_method's "Unsupported method call".
    if (is_builtin_value_subclass_var(a)) {
      VTArgs none;
      VTKwargs nokw;
      return a->call_method(tx, "__len__", none, nokw);
    }
    if (auto* l = dynamic_cast<BaseListVariable*>(a))
      return tx.constant(Value::integer(static_cast<int64_t>(l->items.size())));
    if (auto* d = dynamic_cast<ConstDictVariable*>(a)) {
      d->install_dict_keys_match_guard(tx);
      return tx.constant(Value::integer(static_cast<int64_t>(d->items.size())));
    }
    if (auto* s = dynamic_cast<SetVariable*>(a)) return tx.constant(Value::integer(static_cast<int64_t>(s->items.size())));
    if (auto* t = dynamic_cast<TensorVariable*>(a)) {
      if (t->fake().dim() == 0) builtin_unsupported(tx, f, args, kwargs);
      VTArgs dim{tx.constant(Value::integer(0))};
      VTKwargs none;
      return t->call_method(tx, "size", dim, none);  // a SymInt when dim 0 is dynamic
    }
  }
  // BuiltinVariable.call_slice: SliceVariable(args); a SymInt bound stays symbolic (see BUILD_SLICE).
  if (f == "slice" && kwargs.empty() && !args.empty() && args.size() <= 3)
    if (SliceVariable* s = SliceVariable::create(tx, args)) return s;
  // BuiltinVariable.call_type for an object of a user class: the class, built from TypeSource(obj)
  // (`type(L['o'])`, guarded like any class read from a source) or, for an object made in the
  // trace, from its class's source (obj.cls_source); sourceless otherwise.
  if (f == "type" && args.size() == 1 && kwargs.empty()) {
    VariableTracker* a = args[0]->realize(tx);
    if (auto* u = dynamic_cast<UserDefinedObjectVariable*>(a)) {
      Value t = Value::obj(I.type_of(u->value));
      if (u->source) return tx.wrap(t, TypeSource(u->source));
      if (u->cls_source) return tx.wrap(t, u->cls_source);
      return tx.wrap_sourceless(t);
    }
    // ExceptionVariable.python_type is its exception class; a NamedTupleVariable's is its class.
    rt::Type* known = nullptr;
    if (auto* e = dynamic_cast<ExceptionVariable*>(a)) known = e->exc_type;
    if (auto* tv = dynamic_cast<TupleVariable*>(a)) known = tv->named_type;
    if (auto* d = dynamic_cast<ConstDictVariable*>(a)) known = d->user_cls;  // an OrderedDict, a subclass
    if (auto* l = dynamic_cast<BaseListVariable*>(a); l && l->user_cls) known = l->user_cls;
    // zip / enumerate / map objects and range iterators made in the trace (their python_type()).
    if (auto* it = dynamic_cast<ListIteratorVariable*>(a); (it && !it->builtin.empty()) ||
                                                           dynamic_cast<MapVariable*>(a) ||
                                                           dynamic_cast<RangeIteratorVariable*>(a))
      known = vt_python_type(tx, a);
    if (UserSubclassPart* p = user_subclass_part(a); p && !a->source && p->cls_source)
      return tx.wrap(Value::obj(known), p->cls_source);
    if (known)
      return a->source ? tx.wrap(Value::obj(known), TypeSource(a->source)) : tx.wrap_sourceless(Value::obj(known));
  }
  if (f == "isinstance" && args.size() == 2) {
    VariableTracker* obj = args[0]->realize(tx);
    VariableTracker* cls = args[1]->realize(tx);
    rt::Type* t = vt_python_type(tx, obj);
    // A types.UnionType (`int | None`) stands for the tuple of its arguments (call_isinstance's
    // isinstance_type.__args__); one passed in is guarded by identity (builder.cpp).
    auto is_union = [&](const Value& k) {
      return k.is_obj() && k.o->kind == Kind::Instance && k.o->type->qualname == "UnionType" &&
             k.o->type->module == "types";
    };
    bool union_cls = false;
    std::function<bool(VariableTracker*, Value&)> resolve = [&](VariableTracker* v, Value& out) -> bool {
      v = v->realize(tx);
      if (auto* u = dynamic_cast<UserDefinedObjectVariable*>(v); u && is_union(u->value)) {
        union_cls = true;
        out = u->value;
        return true;
      }
      if (auto* tv = dynamic_cast<TupleVariable*>(v); tv && !v->is_python_constant()) {
        std::vector<Value> items;
        for (auto* e : tv->items) {
          Value ev;
          if (!resolve(e, ev)) return false;
          items.push_back(ev);
        }
        out = I.tuple(std::move(items));
        return true;
      }
      if (!v->is_python_constant()) return false;
      out = v->as_python_constant(tx);
      return true;
    };
    Value c;
    if (t && resolve(cls, c)) {
      bool foldable = true;
      std::function<bool(Value)> check = [&](Value k) -> bool {
        if (is_union(k)) k = I.getattr(k, "__args__");
        if (k.is_obj() && k.o->kind == Kind::Tuple) {
          bool any = false;
          for (auto& x : static_cast<rt::Tuple*>(k.o)->items) any = check(x) || any;
          return any;
        }
        if (!(k.is_obj() && k.o->kind == Kind::Type)) foldable = false;  // a generic alias: eager raises
        return k.is_obj() && k.o->kind == Kind::Type && t->is_subtype(static_cast<rt::Type*>(k.o));
      };
      bool r = check(c);
      if (foldable || !union_cls) return tx.constant(Value::boolean(r));
    }
  }
  if (f == "getattr" && args.size() >= 2) {
    VariableTracker* obj = args[0]->realize(tx);
    VariableTracker* name = args[1]->realize(tx);
    if (!name->is_python_constant())
      unimplemented("getattr() with non-constant name argument", "getattr " + obj->repr(I) + " " + name->repr(I),
                    "Dynamo requires the attribute name passed to `getattr()` to be a constant.", {});
    std::string n = I.to_str(name->as_python_constant(tx));
    if (args.size() == 3) {
      try {
        return obj->var_getattr(tx, n);
      } catch (const Unsupported&) {
        return args[2];
      }
    }
    return obj->var_getattr(tx, n);
  }
  if (f == "setattr" && args.size() == 3) {
    VariableTracker* obj = args[0]->realize(tx);
    VTArgs a{args[1]->realize(tx), args[2]};  // a lazily wrapped name (read from a list) is a constant once realized
    VTKwargs k;
    obj->call_method(tx, "__setattr__", a, k);
    return tx.none();
  }
  // math.* on constants folds at trace time (BuiltinVariable's constant_fold_functions).
  const bool is_math = fn.is_obj() && fn.o->kind == Kind::Builtin && static_cast<rt::Builtin*>(fn.o)->module == "math";
  if (is_math) {
    // On a symbolic size PyTorch records a sym_* node and keeps the size dynamic; the playground
    // would specialize it instead.
    for (auto*& a : args) {
      a = a->realize(tx);
      if (auto* sn = dynamic_cast<SymNodeVariable*>(a); sn && !sym::is_integer(sn->expr))
        unimplemented_in_playground("math." + f + "() of a symbolic size (dynamic shapes)",
                                    "builtin math." + f + " " + sn->repr(I));
    }
  }
  if (is_math && all_constant(tx, args, kwargs)) return fold_constant_call();
  if (f == "super" && kwargs.empty() && args.size() <= 2) return call_super(tx, args);
  // len(obj) / hasattr(obj, name) on objects: the class's Python __len__; the attribute lookup.
  if (f == "len" && args.size() == 1) {
    if (VariableTracker* r = tx.call_user_dunder(args[0]->realize(tx), "__len__", {})) return r;
  }
  if (f == "hasattr" && args.size() == 2) {
    VariableTracker* obj = args[0]->realize(tx);
    VariableTracker* name = args[1]->realize(tx);
    if (auto* u = dynamic_cast<UserDefinedObjectVariable*>(obj); u && name->is_python_constant()) {
      std::string n = I.to_str(name->as_python_constant(tx));
      bool found = tx.output.attr_overrides.count({u->value.is_obj() ? u->value.o : nullptr, n}) > 0;
      if (!found) {
        try {
          found = !I.getattr_opt(u->value, n).is_null();
        } catch (rt::PyException&) {
          found = false;
        }
        // call_obj_hasattr: the answer is guarded (HASATTR on AttrSource(source, name)), or a
        // later call with an object that gained or lost the attribute would take this graph.
        if (u->source && !u->is_new) {
          Guard g;
          g.type = Guard::Type::HASATTR;
          g.expected = I.str(n);
          if (found) {
            g.source = AttrSource(u->source, n);
          } else {
            g.source = u->source;
            g.other = AttrSource(u->source, n);
          }
          tx.output.guards.add(g);
        }
      }
      return tx.constant(Value::boolean(found));
    }
  }
  // set() / set(iterable) / frozenset(...) (BuiltinVariable.call_set / call_frozenset): a new
  // SetVariable of the iterable's items in their order.
  if ((f == "set" || f == "frozenset") && args.size() <= 1 && kwargs.empty()) {
    std::vector<VariableTracker*> items;
    if (args.empty()) return make_set(tx, {}, f == "frozenset");
    VariableTracker* a = args[0]->realize(tx);
    if (auto* s = dynamic_cast<SetVariable*>(a)) {
      if (f == "frozenset" && s->frozen) return s;  // frozenset(fs) is fs
      return make_set(tx, s->items, f == "frozenset");
    }
    if (tx.unpack_var_sequence(a, items)) return make_set(tx, items, f == "frozenset");
  }
  if ((f == "tuple" || f == "list") && args.size() == 1) {
    std::vector<VariableTracker*> items;
    if (tx.unpack_var_sequence(args[0], items)) {
      BaseListVariable* r = f == "tuple" ? static_cast<BaseListVariable*>(tx.make<TupleVariable>())
                                         : static_cast<BaseListVariable*>(tx.make<ListVariable>());
      r->items = items;
      return r;
    }
  }
  // _dp_iters.deque_iter(deque, items, reverse) (builder.cpp): iter(items) or reversed(items).
  if (f == "_dp_deque_iter" && args.size() == 3 && kwargs.empty() && args[2]->is_python_constant()) {
    bool rev = I.truthy(args[2]->as_python_constant(tx));
    VTArgs a{args[1]};
    return tx.make<BuiltinVariable>(rev ? "reversed" : "iter", I.dict_get_str(I.builtins, rev ? "reversed" : "iter"))
        ->call_function(tx, a, kwargs);
  }
  // iter() / next() over the iterators the tracer models (lists, tuples, dicts, ranges, modules,
  // generators, ...).
  if (f == "iter" && args.size() == 1 && kwargs.empty()) {
    if (VariableTracker* it = tx.get_iter(args[0])) return it;
  }
  // builtin.py call_map: MapVariable(fn, iterables), lazy (variables/iter.py).
  if (f == "map" && args.size() >= 2 && kwargs.empty()) {
    auto* m = tx.make<MapVariable>();
    m->fn = args[0];
    for (size_t i = 1; i < args.size() && m; ++i) {
      VariableTracker* it = tx.get_iter(args[i]);
      if (it) m->iterators.push_back(it);
      else m = nullptr;
    }
    if (m) return m;
  }
  if (f == "next" && (args.size() == 1 || args.size() == 2)) {
    if (auto* m = dynamic_cast<MapVariable*>(args[0]->realize(tx))) {
      if (VariableTracker* item = m->next_variable(tx)) return item;
      if (args.size() == 2) return args[1];
      throw ObservedException(tx.make<ExceptionVariable>(I.StopIteration, VTArgs{}), "StopIteration");
    }
    // A builtin iterator passed in from eager code (base.py call_method's graph break on
    // `__next__` of a UserDefinedObjectVariable, with its iterator hints).
    auto* u = dynamic_cast<UserDefinedObjectVariable*>(args[0]->realize(tx));
    if (u && u->value.is_obj() && u->value.o->kind == Kind::Iterator) {
      std::string cls = I.type_name(u->value);
      unimplemented(
          "Unsupported method call", "call_method " + u->repr(I) + " __next__ [] {}",
          "Dynamo does not know how to trace method `__next__` of class `" + cls + "`",
          {"Avoid calling `" + cls + ".__next__` in your code.", "Please report an issue to PyTorch.",
           "Dynamo does not fully support tracing builtin iterators (e.g. `map`, `zip`, `enumerate`) passed in from "
           "uncompiled to compiled regions (e.g. `torch.compile(fn)(enumerate(...))`). This can happen unintentionally "
           "if a previous graph break happens with a builtin iterator in the local scope.",
           "List/dict comprehensions in Python <= 3.11 result in implicit function calls, which Dynamo cannot trace as "
           "a top level frame. Possible workarounds are (1) use a loop instead of a comprehension, (2) fix any graph "
           "breaks in the function above the comprehension, (3) wrap the comprehension in a function, or (4) use "
           "Python 3.12+."});
    }
    if (auto* it = dynamic_cast<ListIteratorVariable*>(args[0]->realize(tx))) {
      it->advanced_at = ++tx.output.iter_serial;
      if (it->index < it->items.size()) return it->items[it->index++];
      if (args.size() == 2) return args[1];
      throw ObservedException(tx.make<ExceptionVariable>(I.StopIteration, VTArgs{}), "StopIteration");
    }
    if (auto* r = dynamic_cast<RangeIteratorVariable*>(args[0]->realize(tx))) {
      if (VariableTracker* item = r->next_variable(tx)) return item;
      if (args.size() == 2) return args[1];
      throw ObservedException(tx.make<ExceptionVariable>(I.StopIteration, VTArgs{}), "StopIteration");
    }
    if (auto* g = dynamic_cast<LocalGeneratorObjectVariable*>(args[0]->realize(tx))) {
      if (VariableTracker* item = g->frame->generator_next()) return item;
      if (args.size() == 2) return args[1];
      throw ObservedException(tx.make<ExceptionVariable>(I.StopIteration, VTArgs{}), "StopIteration");
    }
  }
  if (f == "reversed" && args.size() == 1) {
    // builtin.py call_reversed: a tuple of the items, last first.
    std::vector<VariableTracker*> items;
    if (tx.unpack_var_sequence(args[0], items)) {
      auto* t = tx.make<TupleVariable>();
      t->items.assign(items.rbegin(), items.rend());
      return t;
    }
  }
  // dict(), dict(mapping), dict(pairs), dict(**kw): a new dict tracker (BuiltinVariable's dict).
  if (f == "dict" && args.size() <= 1) {
    auto* d = tx.make<ConstDictVariable>();
    auto put = [&](Value k, VariableTracker* v) { d->store(I, k, v); };
    bool ok = true;
    if (args.size() == 1) {
      VariableTracker* a = args[0]->realize(tx);
      if (auto* m = dynamic_cast<ConstDictVariable*>(a)) {
        m->install_dict_keys_match_guard(tx);
        for (auto& [k, v] : m->items) put(k, v);
      } else if (auto* l = dynamic_cast<BaseListVariable*>(a)) {
        for (auto* e : l->items) {
          VariableTracker* ev = e->realize(tx);
          auto* pair = dynamic_cast<BaseListVariable*>(ev);
          if (!pair && ev->is_python_constant()) {  // a constant pair: ("q", 2)
            Value c = ev->as_python_constant(tx);
            if (c.is_obj() && (c.o->kind == Kind::Tuple || c.o->kind == Kind::List) && I.len(c) == 2) {
              auto kv = I.to_vector(c);
              put(kv[0], tx.wrap_sourceless(kv[1]));
              continue;
            }
          }
          VariableTracker* k = pair && pair->items.size() == 2 ? pair->items[0]->realize(tx) : nullptr;
          if (!k || !k->is_python_constant()) {
            ok = false;
            break;
          }
          put(k->as_python_constant(tx), pair->items[1]);
        }
      } else {
        ok = false;
      }
    }
    if (ok) {
      for (auto& [k, v] : kwargs) put(I.str(k), v);
      return d;
    }
  }
  if ((f == "enumerate" || f == "zip") && !args.empty()) {
    std::vector<std::vector<VariableTracker*>> seqs;
    bool ok = true;
    for (auto* a : args) {
      std::vector<VariableTracker*> items;
      if (f == "enumerate" && !seqs.empty()) {  // enumerate(seq, start)
        VariableTracker* r = a->realize(tx);
        if (!r->is_python_constant()) ok = false;
        continue;
      }
      if (tx.unpack_var_sequence(a, items)) seqs.push_back(items);
      else ok = false;
    }
    bool strict = false;
    for (auto& [k, v] : kwargs) {
      VariableTracker* r = v->realize(tx);
      if (!r->is_python_constant() || (k != "start" && k != "strict")) ok = false;
      else if (k == "strict") strict = I.truthy(r->as_python_constant(tx));
    }
    if (ok) {
      auto* out = tx.make<ListIteratorVariable>();
      out->builtin = f;
      out->arity = seqs.size();
      if (f == "enumerate") {
        int64_t start = 0;
        if (args.size() == 2) start = I.index_value(args[1]->realize(tx)->as_python_constant(tx));
        for (auto& [k, v] : kwargs)
          if (k == "start") start = I.index_value(v->realize(tx)->as_python_constant(tx));
        for (size_t i = 0; i < seqs[0].size(); ++i) {
          auto* t = tx.make<TupleVariable>();
          t->items = {tx.constant(Value::integer(start + static_cast<int64_t>(i))), seqs[0][i]};
          out->items.push_back(t);
        }
      } else {
        size_t n = SIZE_MAX;
        for (auto& s : seqs) n = std::min(n, s.size());
        for (auto& s : seqs)
          if (strict && s.size() != n)
            raise_observed_exception("ValueError: zip() argument 2 is shorter than argument 1");
        for (size_t i = 0; i < n; ++i) {
          auto* t = tx.make<TupleVariable>();
          for (auto& s : seqs) t->items.push_back(s[i]);
          out->items.push_back(t);
        }
      }
      return out;
    }
  }
  if (f == "abs" && args.size() == 1) {
    VariableTracker* a = args[0]->realize(tx);
    if (dynamic_cast<TensorVariable*>(a)) {
      Value absfn = I.getattr(I.import_module("torch"), "abs");
      auto* t = tx.make<TorchInGraphFunctionVariable>("torch.abs", absfn);
      return t->call_function(tx, args, kwargs);
    }
  }
  if (f == "sum" && (args.size() == 1 || args.size() == 2) && kwargs.empty() && !all_constant(tx, args, kwargs)) {
    // builtin.py call_sum: functools.reduce(operator.add, items, start).
    std::vector<VariableTracker*> items;
    if (tx.unpack_var_sequence(args[0], items)) {
      VariableTracker* acc = args.size() == 2 ? args[1] : tx.constant(Value::integer(0));
      for (auto* e : items) acc = tx.binary_op(0, acc, e);
      return acc;
    }
  }
  if (f == "range") {
    if (all_constant(tx, args, kwargs)) {
      rt::CallArgs ca;
      for (auto* a : args) ca.pos.push_back(a->as_python_constant(tx));
      Value r = I.call(fn, ca);
      auto* rg = static_cast<rt::Range*>(r.o);
      return tx.make<RangeVariable>(rg->start, rg->stop, rg->step);
    }
  }
  // sorted(iterable, key=f, reverse=r) (BuiltinVariable.call_sorted): the key function is traced
  // on each item; the items are ordered by the constant keys it returns (a stable sort, as
  // list.sort: equal keys keep their order, reverse too).
  if (f == "sorted" && args.size() == 1) {
    VariableTracker* key = nullptr;
    VariableTracker* rev = nullptr;
    bool ok = true;
    for (auto& [k, v] : kwargs) {
      if (k == "key") key = v->realize(tx);
      else if (k == "reverse") rev = v->realize(tx);
      else ok = false;
    }
    if (key && key->is_python_constant() && key->as_python_constant(tx).is_none()) key = nullptr;
    std::vector<VariableTracker*> items;
    if (ok && key && (!rev || rev->is_python_constant()) && tx.unpack_var_sequence(args[0], items)) {
      std::vector<Value> keys;
      for (auto* item : items) {
        VTArgs a{item};
        VTKwargs k;
        VariableTracker* kv = key->call_function(tx, a, k)->realize(tx);
        if (!kv->is_python_constant())
          unimplemented_in_playground("sorted() with a key function that does not return a constant", "sorted key");
        keys.push_back(kv->as_python_constant(tx));
      }
      bool reverse = rev && I.truthy(rev->as_python_constant(tx));
      std::vector<size_t> order(items.size());
      for (size_t i = 0; i < order.size(); ++i) order[i] = i;
      try {
        std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
          return I.truthy(reverse ? I.compare(0, keys[y], keys[x]) : I.compare(0, keys[x], keys[y]));
        });
      } catch (rt::PyException& e) {
        raise_observed_exception(I.format_exception_only(e.exc), e.exc.is_obj() ? e.exc.o : nullptr);
      }
      auto* l = tx.make<ListVariable>();
      for (size_t i : order) l->items.push_back(items[i]);
      return l;
    }
  }
  // all/any/sorted/min/max/set over an iterable of constants (a generator expression, a list
  // being built, ...): unpacked, then folded.
  static const std::set<std::string> over_iterable = {"all", "any", "sorted", "min", "max", "set", "frozenset"};
  if (over_iterable.count(f) && args.size() == 1 && !args[0]->realize(tx)->is_python_constant()) {
    std::vector<VariableTracker*> items;
    if (tx.unpack_var_sequence(args[0], items)) {
      auto* l = tx.make<ListVariable>();
      l->items = items;
      args[0] = l;
    }
  }
  if (pure.count(f) && all_constant(tx, args, kwargs)) return fold_constant_call();
  if ((f == "float" || f == "int" || f == "bool") && args.size() == 1 &&
      dynamic_cast<TensorVariable*>(args[0]->realize(tx))) {
    unimplemented(
        "Unsupported Tensor.item() call with capture_scalar_outputs=False",
        "call_method " + args[0]->repr(I) + " item () {}",
        "Dynamo does not support tracing `Tensor.item()` with config.capture_scalar_outputs=False.",
        {"Set `torch._dynamo.config.capture_scalar_outputs = True` or `export TORCHDYNAMO_CAPTURE_SCALAR_OUTPUTS=1` to include these operations in the captured graph."});
  }
  builtin_unsupported(tx, f, args, kwargs);
}

}  // namespace dp::dynamo
