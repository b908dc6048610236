// Sets in traced code: torch/_dynamo/variables/dicts.py SetVariable and FrozensetVariable, with
// the set methods PyTorch 2.9 routes through torch/_dynamo/polyfills (set_union, set_intersection,
// set_difference, set_symmetric_difference, set_isdisjoint, set_update, ...). A set is a list of
// element trackers in insertion order (PyTorch: the keys of a dict whose values are None);
// elements are constants, compared by value, or tensors, compared by identity.
#include <algorithm>

#include "dynamo/exc.h"
#include "dynamo/graph_break_hints.h"
#include "dynamo/symbolic_convert.h"

namespace dp::dynamo {

using rt::Value;

namespace {

// What a set element may be here: a constant (hashable) or a tensor (SetElement hashes the fake
// tensor by identity). PyTorch's is_hashable also admits functions, classes, modules, ...; those
// are left to a later change.
VariableTracker* element(InstructionTranslatorBase& tx, VariableTracker* v) {
  v = v->realize(tx);
  if (dynamic_cast<TensorVariable*>(v)) return v;
  if (auto* s = dynamic_cast<SetVariable*>(v); s && s->frozen && s->is_python_constant()) return v;
  if (v->is_python_constant() && !dynamic_cast<SetVariable*>(v)) {
    Value c = v->as_python_constant(tx);
    try {
      tx.interp.hash(c);
    } catch (rt::PyException& e) {
      raise_observed_exception(tx.interp.format_exception_only(e.exc), e.exc.is_obj() ? e.exc.o : nullptr);
    }
    return v;
  }
  unimplemented_in_playground("a set element of type `" + v->python_type_name(tx.interp) + "` (" + v->class_name() +
                                  ")",
                              "set element " + v->repr(tx.interp));
}

bool same_element(InstructionTranslatorBase& tx, VariableTracker* a, VariableTracker* b) {
  auto* ta = dynamic_cast<TensorVariable*>(a);
  auto* tb = dynamic_cast<TensorVariable*>(b);
  if (ta || tb) return ta && tb && (ta == tb || ta->node == tb->node);
  return tx.interp.eq(a->as_python_constant(tx), b->as_python_constant(tx));
}

// The items of an iterable argument (a set, list, tuple, dict, generator, ...), or a graph break.
std::vector<VariableTracker*> items_of(InstructionTranslatorBase& tx, VariableTracker* v, const std::string& what) {
  v = v->realize(tx);
  if (auto* s = dynamic_cast<SetVariable*>(v)) return s->items;
  std::vector<VariableTracker*> out;
  if (!tx.unpack_var_sequence(v, out)) {
    if (v->is_python_constant())
      raise_observed_exception("TypeError: '" + v->python_type_name(tx.interp) + "' object is not iterable");
    unimplemented_in_playground(what + " with an argument of type `" + v->python_type_name(tx.interp) + "`",
                                what + " " + v->repr(tx.interp));
  }
  return out;
}

bool contains(InstructionTranslatorBase& tx, const std::vector<VariableTracker*>& items, VariableTracker* v) {
  for (auto* e : items)
    if (same_element(tx, e, v)) return true;
  return false;
}

}  // namespace

SetVariable* make_set(InstructionTranslatorBase& tx, const std::vector<VariableTracker*>& items, bool frozen) {
  auto* s = tx.make<SetVariable>();
  s->frozen = frozen;
  for (auto* e : items) s->add(tx, e);
  return s;
}

bool SetVariable::is_python_constant() const {
  for (auto* e : items)
    if (!e->is_python_constant() || dynamic_cast<const TensorVariable*>(e)) return false;
  return true;
}

Value SetVariable::as_python_constant(InstructionTranslatorBase& tx) {
  if (!is_python_constant()) return VariableTracker::as_python_constant(tx);
  std::vector<Value> vals;
  for (auto* e : items) vals.push_back(e->as_python_constant(tx));
  Value fn = tx.interp.dict_get_str(tx.interp.builtins, frozen ? "frozenset" : "set");
  return tx.interp.call(fn, std::vector<Value>{tx.interp.list(vals)});
}

int SetVariable::find(InstructionTranslatorBase& tx, VariableTracker* v) {
  v = element(tx, v);
  for (size_t i = 0; i < items.size(); ++i)
    if (same_element(tx, items[i], v)) return static_cast<int>(i);
  return -1;
}

void SetVariable::add(InstructionTranslatorBase& tx, VariableTracker* v) {
  v = element(tx, v);
  if (find(tx, v) < 0) items.push_back(v);
}

VariableTracker* SetVariable::var_getattr(InstructionTranslatorBase& tx, const std::string& name) {
  static const char* methods[] = {"add", "update", "discard", "remove", "pop", "clear", "copy", "union",
                                  "intersection", "difference", "symmetric_difference", "issubset", "issuperset",
                                  "isdisjoint", "intersection_update", "difference_update",
                                  "symmetric_difference_update", "__contains__", "__len__", "__eq__", "__ne__",
                                  "__or__", "__and__", "__sub__", "__xor__", "__iter__"};
  for (const char* m : methods)
    if (name == m) {
      if (frozen && (name == "add" || name == "update" || name == "discard" || name == "remove" || name == "pop" ||
                     name == "clear" || name.ends_with("_update")))
        break;
      return tx.make<GetAttrVariable>(this, name);
    }
  if (!tx.interp.getattr_opt(tx.interp.dict_get_str(tx.interp.builtins, frozen ? "frozenset" : "set"), name)
           .is_null())
    return VariableTracker::var_getattr(tx, name);
  raise_observed_exception("AttributeError: '" + python_type_name(tx.interp) + "' object has no attribute '" + name +
                           "'");
}

VariableTracker* SetVariable::call_method(InstructionTranslatorBase& tx, const std::string& name, VTArgs& args,
                                          VTKwargs& kwargs) {
  rt::Interp& I = tx.interp;
  auto mutation = [&]() {
    if (frozen) raise_observed_exception("AttributeError: 'frozenset' object has no attribute '" + name + "'");
    tx.output.check_allowed_side_effect(this);  // side_effects.mutation(self)
    tx.output.note_list_mutation(this);          // an input set: replayed after the graph
  };
  auto nargs = [&](size_t lo, size_t hi) {
    if (!kwargs.empty())
      raise_observed_exception("TypeError: " + python_type_name(I) + "." + name + "() takes no keyword arguments");
    if (args.size() < lo || args.size() > hi) {
      raise_observed_exception("TypeError: " + python_type_name(I) + "." + name + "() takes " +
                               (lo == 0 && hi == 0 ? "no arguments" : "exactly one argument") + " (" +
                               std::to_string(args.size()) + " given)");
    }
  };
  const size_t kMany = 1u << 20;
  // SetVariable._fast_set_method: on a set (not a frozenset) whose elements and arguments are all
  // constants, union / intersection / difference / symmetric_difference / isdisjoint run on the
  // real values, so the result is the set CPython builds (and iterates in its order).
  if (!frozen && kwargs.empty() &&
      (name == "union" || name == "intersection" || name == "difference" || name == "symmetric_difference" ||
       name == "isdisjoint") &&
      is_python_constant() && std::all_of(args.begin(), args.end(), [&](VariableTracker* a) {
        a = a->realize(tx);
        return a->is_python_constant() && !dynamic_cast<SymNodeVariable*>(a);
      })) {
    std::vector<Value> vals;
    for (auto* a : args) vals.push_back(a->realize(tx)->as_python_constant(tx));
    try {
      return tx.wrap_sourceless(I.call_method(as_python_constant(tx), name, vals));
    } catch (rt::PyException& e) {
      raise_observed_exception(I.format_exception_only(e.exc), e.exc.is_obj() ? e.exc.o : nullptr);
    }
  }
  // polyfills.set_*: a new set of this set's type (frozenset stays frozenset, as
  // FrozensetVariable.call_method wraps the result).
  if (name == "copy") {
    nargs(0, 0);
    return make_set(tx, items, frozen);
  }
  if (name == "union") {
    nargs(0, kMany);
    auto* r = make_set(tx, items, frozen);
    for (auto* a : args)
      for (auto* e : items_of(tx, a, "set.union()")) r->add(tx, e);
    return r;
  }
  if (name == "intersection" || name == "difference") {
    nargs(0, kMany);
    std::vector<std::vector<VariableTracker*>> others;
    for (auto* a : args) others.push_back(items_of(tx, a, "set." + name + "()"));
    std::vector<VariableTracker*> out;
    for (auto* x : items) {
      bool keep = true;
      for (auto& o : others) {
        bool in = contains(tx, o, x);
        if (name == "intersection" ? !in : in) {
          keep = false;
          break;
        }
      }
      if (keep) out.push_back(x);
    }
    return make_set(tx, out, frozen);
  }
  if (name == "symmetric_difference") {
    nargs(1, 1);
    auto other = items_of(tx, args[0], "set.symmetric_difference()");
    std::vector<VariableTracker*> out;
    for (auto* x : items)
      if (!contains(tx, other, x)) out.push_back(x);
    for (auto* x : other)
      if (!contains(tx, items, x)) out.push_back(x);
    return make_set(tx, out, frozen);
  }
  if (name == "isdisjoint") {
    nargs(1, 1);
    for (auto* x : items_of(tx, args[0], "set.isdisjoint()"))
      if (contains(tx, items, x)) return tx.constant(Value::boolean(false));
    return tx.constant(Value::boolean(true));
  }
  if (name == "issubset" || name == "issuperset") {
    nargs(1, 1);
    auto other = items_of(tx, args[0], "set." + name + "()");
    const auto& small = name == "issubset" ? items : other;
    const auto& big = name == "issubset" ? other : items;
    for (auto* x : small)
      if (!contains(tx, big, x)) return tx.constant(Value::boolean(false));
    return tx.constant(Value::boolean(true));
  }
  if (name == "__contains__") {
    nargs(1, 1);
    return tx.constant(Value::boolean(find(tx, args[0]) >= 0));
  }
  if (name == "__len__") {
    nargs(0, 0);
    return tx.constant(Value::integer(static_cast<int64_t>(items.size())));
  }
  if (name == "__iter__") {
    nargs(0, 0);
    auto* it = tx.make<ListIteratorVariable>();
    it->items = iteration_items(tx);
    return it;
  }
  if (name == "__eq__" || name == "__ne__") {
    nargs(1, 1);
    return set_compare_op(tx, name == "__eq__" ? 2 : 3, this, args[0]);
  }
  if (name == "__or__" || name == "__and__" || name == "__sub__" || name == "__xor__") {
    nargs(1, 1);
    int op = name == "__or__" ? 7 : name == "__and__" ? 1 : name == "__sub__" ? 10 : 12;
    return set_binary_op(tx, op, this, args[0]);
  }
  // Mutations (a frozenset has none of these: AttributeError, as its LOAD_METHOD raises in eager).
  if (name == "add") {
    nargs(1, 1);
    mutation();
    add(tx, args[0]);
    return tx.none();
  }
  if (name == "update") {
    nargs(0, kMany);
    mutation();
    for (auto* a : args)
      for (auto* e : items_of(tx, a, "set.update()")) add(tx, e);
    return tx.none();
  }
  if (name == "discard" || name == "remove") {
    nargs(1, 1);
    int i = find(tx, args[0]);
    if (i < 0) {
      if (frozen) mutation();
      if (name == "discard") return tx.none();
      Value k = args[0]->realize(tx)->is_python_constant() ? args[0]->realize(tx)->as_python_constant(tx) : Value();
      if (k.is_null()) raise_observed_exception("KeyError");
      raise_observed_exception("KeyError: " + I.repr(k), I.call(Value::obj(I.KeyError), std::vector<Value>{k}).o);
    }
    mutation();
    items.erase(items.begin() + i);
    return tx.none();
  }
  if (name == "pop") {
    nargs(0, 0);
    mutation();
    if (items.empty())
      raise_observed_exception("KeyError: 'pop from an empty set'",
                               I.call(Value::obj(I.KeyError), std::vector<Value>{I.str("pop from an empty set")}).o);
    // SetVariable.call_method("pop"): `set(self.items.keys()).pop()`, a Python set of the
    // elements built afresh in insertion order, so the element CPython's set.pop takes from such a
    // set. With tensors (hashed by id) PyTorch's choice is arbitrary: the first one here.
    size_t pick = 0;
    if (is_python_constant()) {
      std::vector<Value> vals;
      for (auto* e : items) vals.push_back(e->as_python_constant(tx));
      Value fresh = I.call(I.dict_get_str(I.builtins, "set"), std::vector<Value>{I.list(vals)});
      Value popped = I.call_method(fresh, "pop", {});
      for (size_t i = 0; i < items.size(); ++i)
        if (I.eq(vals[i], popped)) {
          pick = i;
          break;
        }
    }
    VariableTracker* r = items[pick];
    items.erase(items.begin() + static_cast<long>(pick));
    return r;
  }
  if (name == "clear") {
    nargs(0, 0);
    mutation();
    items.clear();
    return tx.none();
  }
  if (name == "intersection_update" || name == "difference_update" || name == "symmetric_difference_update") {
    nargs(name == "symmetric_difference_update" ? 1 : 0, name == "symmetric_difference_update" ? 1 : kMany);
    mutation();
    std::string base = name.substr(0, name.size() - 7);
    VTArgs a = args;
    VTKwargs k;
    auto* r = static_cast<SetVariable*>(call_method(tx, base, a, k));
    items = r->items;
    return tx.none();
  }
  return VariableTracker::call_method(tx, name, args, kwargs);
}

// BINARY_OP `| & - ^` (and `|= &= -= ^=`) with a set operand: SetVariable.call_method's
// `__or__` & co. (the other operand must be a set or frozenset, else the TypeError eager raises).
VariableTracker* set_binary_op(InstructionTranslatorBase& tx, int nb_op, VariableTracker* a, VariableTracker* b) {
  auto* sa = dynamic_cast<SetVariable*>(a);
  auto* sb = dynamic_cast<SetVariable*>(b);
  if (!sa && !sb) return nullptr;
  bool inplace = nb_op >= 13;
  int op = inplace ? nb_op - 13 : nb_op;
  const char* method = op == 7 ? "union" : op == 1 ? "intersection" : op == 10 ? "difference" : op == 12
                                                                                                  ? "symmetric_difference"
                                                                                                  : nullptr;
  if (!method) return nullptr;
  // With a dict view (`s & d.keys()`) or two constants of which one is not a set, the generic
  // path answers as eagerly (dict views' set operators; constant folding or eager's TypeError).
  if (!sa || !sb) {
    VariableTracker* other = sa ? b : a;
    if (dynamic_cast<DictViewVariable*>(other) || (a->is_python_constant() && b->is_python_constant()))
      return nullptr;
  }
  static const char* sym[] = {"+", "&", "//", "<<", "@", "*", "%", "|", "**", ">>", "-", "/", "^"};
  if (!sa || !sb)
    raise_observed_exception("TypeError: unsupported operand type(s) for " + std::string(sym[op]) + (inplace ? "=" : "") +
                             ": '" + a->python_type_name(tx.interp) + "' and '" + b->python_type_name(tx.interp) + "'");
  VTArgs args{b};
  VTKwargs kwargs;
  SetVariable* r;
  if (sa->is_python_constant() && sb->is_python_constant()) {
    // operator.or_ & co. are constant-fold functions of BuiltinVariable: on two constant sets the
    // real operator runs, and the result is the set CPython builds (its iteration order).
    static const char* dunder[] = {"__or__", "__and__", "__sub__", "__xor__"};
    const char* d = op == 7 ? dunder[0] : op == 1 ? dunder[1] : op == 10 ? dunder[2] : dunder[3];
    Value res = tx.interp.call_method(sa->as_python_constant(tx), d, {sb->as_python_constant(tx)});
    r = static_cast<SetVariable*>(tx.wrap_sourceless(res));
  } else {
    r = static_cast<SetVariable*>(sa->call_method(tx, method, args, kwargs));
  }
  if (inplace && !sa->frozen) {
    // `s |= t` is set.__ior__: s is updated in place and is the result.
    VTArgs none;
    sa->call_method(tx, "clear", none, kwargs);
    sa->items = r->items;
    return sa;
  }
  return r;
}

// COMPARE_OP between sets: `==` / `!=` (SetVariable's __eq__: an empty symmetric difference) and the
// subset orders `< <= > >=`; a set compared with another kind of object is unequal.
VariableTracker* set_compare_op(InstructionTranslatorBase& tx, int op, VariableTracker* a, VariableTracker* b) {
  auto* sa = dynamic_cast<SetVariable*>(a);
  auto* sb = dynamic_cast<SetVariable*>(b);
  if (!sa && !sb) return nullptr;
  if (!sa || !sb) {
    VariableTracker* other = sa ? b : a;
    if (dynamic_cast<DictViewVariable*>(other) || (a->is_python_constant() && b->is_python_constant()))
      return nullptr;  // as in set_binary_op
    if (op == 2 || op == 3) return tx.constant(Value::boolean(op == 3));
    static const char* sym[] = {"<", "<=", "==", "!=", ">", ">="};
    raise_observed_exception("TypeError: '" + std::string(sym[op]) + "' not supported between instances of '" +
                             a->python_type_name(tx.interp) + "' and '" + b->python_type_name(tx.interp) + "'");
  }
  auto subset = [&](SetVariable* x, SetVariable* y) {
    for (auto* e : x->items)
      if (!contains(tx, y->items, e)) return false;
    return true;
  };
  bool le = subset(sa, sb), ge = subset(sb, sa);
  bool r = false;
  switch (op) {
    case 0: r = le && !ge; break;
    case 1: r = le; break;
    case 2: r = le && ge; break;
    case 3: r = !(le && ge); break;
    case 4: r = ge && !le; break;
    case 5: r = ge; break;
    default: return nullptr;
  }
  return tx.constant(Value::boolean(r));
}

std::vector<VariableTracker*> SetVariable::iteration_items(InstructionTranslatorBase& tx) {
  rt::Interp& I = tx.interp;
  std::vector<Value> vals;
  for (auto*& e : items) {
    e = e->realize(tx);
    if (!e->is_python_constant())
      unimplemented_in_playground("iterating a set whose elements are not constants (eager iterates it in the "
                                  "order of the elements' hashes, a tensor's being its id)",
                                  "iter " + repr(I));
    vals.push_back(e->as_python_constant(tx));
  }
  Value real = I.call(Value::obj(I.set_type), {I.list(vals)});
  std::vector<VariableTracker*> out;
  for (const Value& v : I.to_vector(real))
    for (size_t i = 0; i < vals.size(); ++i)
      if (I.eq(vals[i], v) && std::find(out.begin(), out.end(), items[i]) == out.end()) {
        out.push_back(items[i]);
        break;
      }
  return out;
}

}  // namespace dp::dynamo
