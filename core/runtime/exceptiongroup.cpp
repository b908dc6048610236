// BaseExceptionGroup and ExceptionGroup (PEP 654). Mirrors CPython 3.11's Objects/exceptions.c
// (BaseExceptionGroup_new, __str__, derive, split, subgroup, exceptiongroup_split_recursive,
// _PyExc_PrepReraiseStar) and the except* helpers of Python/ceval.c
// (check_except_star_type_valid, exception_group_match).
#include <unordered_set>

#include "runtime/interp.h"

namespace dp::rt {

namespace {

Instance* as_instance(const Value& v) { return static_cast<Instance*>(v.o); }

bool is_exception_instance(Interp& I, const Value& v) {
  return v.is_obj() && v.o->kind == Kind::Instance && I.type_of(v)->is_exception;
}

Type* base_group_type(Interp& I) { return I.named_types["builtins.BaseExceptionGroup"]; }
Type* group_type(Interp& I) { return I.named_types["builtins.ExceptionGroup"]; }

Instance* group_self(Interp& I, const Value& v, const char* method) {
  if (!is_exception_group(I, v))
    I.raise(I.TypeError, std::string("descriptor '") + method +
                             "' for 'BaseExceptionGroup' objects doesn't apply to a '" + I.type_name(v) + "' object");
  return as_instance(v);
}

// The items of `exceptions` when it is a sequence (PySequence_Check: list, tuple, or an object
// whose class defines __getitem__, but not dict or set).
bool sequence_items(Interp& I, Value seq, std::vector<Value>& out) {
  if (seq.is_obj() && (seq.o->kind == Kind::List || seq.o->kind == Kind::Tuple)) {
    out = seq.o->kind == Kind::List ? static_cast<List*>(seq.o)->items : static_cast<Tuple*>(seq.o)->items;
    return true;
  }
  if (seq.is_obj() && (seq.o->kind == Kind::Instance || seq.o->kind == Kind::Str || seq.o->kind == Kind::Range) &&
      !I.lookup_type(I.type_of(seq), "__getitem__").is_null()) {
    out = I.to_vector(seq);
    return true;
  }
  return false;
}

// BaseExceptionGroup_new.
Value group_new(Interp& I, CallArgs& a) {
  Type* cls = static_cast<Type*>(a.pos[0].o);
  size_t given = a.pos.size() - 1;
  if (given != 2 || !a.kw.empty())
    I.raise(I.TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (" +
                             std::to_string(a.kw.empty() ? given : 0) + " given)");
  Value message = a.pos[1], excs = a.pos[2];
  if (!(message.is_obj() && message.o->kind == Kind::Str))
    I.raise(I.TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not " + I.type_name(message));
  std::vector<Value> items;
  if (!sequence_items(I, excs, items)) I.raise(I.TypeError, "second argument (exceptions) must be a sequence");
  if (items.empty()) I.raise(I.ValueError, "second argument (exceptions) must be a non-empty sequence");
  bool nested_base_exceptions = false;
  for (size_t i = 0; i < items.size(); ++i) {
    if (!is_exception_instance(I, items[i]))
      I.raise(I.ValueError, "Item " + std::to_string(i) + " of second argument (exceptions) is not an exception");
    if (!I.type_of(items[i])->is_subtype(I.Exception)) nested_base_exceptions = true;
  }
  if (cls == base_group_type(I)) {
    if (!nested_base_exceptions) cls = group_type(I);  // all are Exceptions: an ExceptionGroup
  } else if (cls == group_type(I)) {
    if (nested_base_exceptions) I.raise(I.TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
  } else if (nested_base_exceptions && cls->is_subtype(I.Exception)) {
    I.raise(I.TypeError, "Cannot nest BaseExceptions in '" + cls->name + "'");
  }
  Instance* inst = I.make<Instance>(cls);
  inst->args = I.tuple(std::vector<Value>(a.pos.begin() + 1, a.pos.end()));
  inst->eg_message = message;
  inst->eg_excs = I.tuple(std::move(items));
  return Value::obj(inst);
}

// get_matcher_type: a predicate (any callable but a type), or an exception type / tuple of them.
enum class Matcher { Type, Predicate, InstanceIds };

Matcher matcher_type(Interp& I, Value value) {
  auto is_exc_class = [](const Value& v) {
    return v.is_obj() && v.o->kind == Kind::Type && static_cast<Type*>(v.o)->is_exception;
  };
  if (I.callable(value) && !(value.is_obj() && value.o->kind == Kind::Type)) return Matcher::Predicate;
  if (is_exc_class(value)) return Matcher::Type;
  if (value.is_obj() && value.o->kind == Kind::Tuple) {
    bool all = true;
    for (auto& t : static_cast<Tuple*>(value.o)->items) all = all && is_exc_class(t);
    if (all) return Matcher::Type;
  }
  I.raise(I.TypeError, "expected a function, exception type or tuple of exception types");
}

bool type_matches(Interp& I, Value exc, Value types) {
  if (types.is_obj() && types.o->kind == Kind::Tuple) {
    for (auto& t : static_cast<Tuple*>(types.o)->items)
      if (type_matches(I, exc, t)) return true;
    return false;
  }
  return I.type_of(exc)->is_subtype(static_cast<Type*>(types.o));
}

struct SplitMatcher {
  Matcher type;
  Value value;                               // the type(s) or the predicate
  const std::unordered_set<Object*>* ids{};  // InstanceIds
  bool matches(Interp& I, Value exc) const {
    switch (type) {
      case Matcher::Type: return type_matches(I, exc, value);
      case Matcher::Predicate: return I.truthy(I.call(value, {exc}));
      case Matcher::InstanceIds: return ids->count(exc.o) != 0;
    }
    return false;
  }
};

// exceptiongroup_subset: orig.derive(excs) with orig's traceback, context, cause and notes.
Value group_subset(Interp& I, Value orig, const std::vector<Value>& excs) {
  if (excs.empty()) return Value::none();
  Value eg = I.call_method(orig, "derive", {I.list(excs)});
  if (!is_exception_group(I, eg)) I.raise(I.TypeError, "derive must return an instance of BaseExceptionGroup");
  Instance* src = as_instance(orig);
  Instance* dst = as_instance(eg);
  dst->traceback = src->traceback;
  dst->context = src->context;
  dst->cause = src->cause;
  dst->suppress_context = true;  // PyException_SetCause
  Value notes = src->dict ? I.dict_get_str(src->dict, "__notes__") : Value();
  if (!notes.is_null()) {
    if (!dst->dict) dst->dict = I.new_dict();
    I.dict_set_str(dst->dict, "__notes__", I.list(I.to_vector(notes)));
  }
  return eg;
}

// exceptiongroup_split_recursive: {match, rest} (None when empty; rest only if construct_rest).
std::pair<Value, Value> split_recursive(Interp& I, Value exc, const SplitMatcher& m, bool construct_rest) {
  if (m.matches(I, exc)) return {exc, Value::none()};
  if (!is_exception_group(I, exc)) return {Value::none(), construct_rest ? exc : Value::none()};
  std::vector<Value> match_list, rest_list;
  for (auto& e : static_cast<Tuple*>(as_instance(exc)->eg_excs.o)->items) {
    auto [mt, rs] = split_recursive(I, e, m, construct_rest);
    if (!mt.is_none()) match_list.push_back(mt);
    if (!rs.is_none()) rest_list.push_back(rs);
  }
  Value match = group_subset(I, exc, match_list);
  Value rest = construct_rest ? group_subset(I, exc, rest_list) : Value::none();
  return {match, rest};
}

void collect_leaf_ids(Interp& I, Value exc, std::unordered_set<Object*>& ids) {
  if (exc.is_none()) return;
  if (!is_exception_group(I, exc)) {
    ids.insert(exc.o);
    return;
  }
  for (auto& e : static_cast<Tuple*>(as_instance(exc)->eg_excs.o)->items) collect_leaf_ids(I, e, ids);
}

// is_same_exception_metadata: an exception a handler re-raised is a split of the original.
bool same_metadata(Interp& I, Value a, Value b) {
  Instance* x = as_instance(a);
  Instance* y = as_instance(b);
  auto same = [](const Value& p, const Value& q) {
    bool pn = p.is_null() || p.is_none(), qn = q.is_null() || q.is_none();
    return (pn && qn) || p.same(q);
  };
  Value xn = x->dict ? I.dict_get_str(x->dict, "__notes__") : Value();
  Value yn = y->dict ? I.dict_get_str(y->dict, "__notes__") : Value();
  auto same_tb = [](const std::vector<TracebackEntry>& p, const std::vector<TracebackEntry>& q) {
    if (p.size() != q.size()) return false;
    for (size_t i = 0; i < p.size(); ++i)
      if (p[i].filename != q[i].filename || p[i].lineno != q[i].lineno || p[i].col != q[i].col ||
          p[i].end_col != q[i].end_col || p[i].name != q[i].name)
        return false;
    return true;
  };
  return same_tb(x->traceback, y->traceback) && same(x->cause, y->cause) && same(x->context, y->context) &&
         ((xn.is_null() && yn.is_null()) || (!xn.is_null() && !yn.is_null() && xn.same(yn)));
}

}  // namespace

bool is_exception_group(Interp& I, const Value& v) {
  return v.is_obj() && v.o->kind == Kind::Instance && I.type_of(v)->is_subtype(base_group_type(I));
}

const std::vector<Value>& exception_group_items(const Value& eg) {
  return static_cast<Tuple*>(as_instance(eg)->eg_excs.o)->items;
}

void init_exception_groups(Interp& I) {
  Type* beg = I.new_type("BaseExceptionGroup", I.BaseException);
  Type* eg = I.new_type("ExceptionGroup", beg);
  I.set_bases(eg, {beg, I.Exception});
  I.named_types["builtins.BaseExceptionGroup"] = beg;
  I.named_types["builtins.ExceptionGroup"] = eg;
  I.dict_set_str(I.builtins, "BaseExceptionGroup", Value::obj(beg));
  I.dict_set_str(I.builtins, "ExceptionGroup", Value::obj(eg));
  Builtin* nb = static_cast<Builtin*>(I.builtin("__new__", group_new).o);
  nb->qualname = "BaseExceptionGroup.__new__";
  I.dict_set_str(beg->dict, "__new__", Value::obj(I.make<StaticMethod>(I.staticmethod_type, Value::obj(nb))));
  method(I, beg, "__str__", [](Interp& I2, CallArgs& a) {
    Instance* s = group_self(I2, a[0], "__str__");
    size_t n = static_cast<Tuple*>(s->eg_excs.o)->items.size();
    return I2.str(static_cast<Str*>(s->eg_message.o)->s + " (" + std::to_string(n) + " sub-exception" +
                  (n > 1 ? "s" : "") + ")");
  });
  method(I, beg, "derive", [](Interp& I2, CallArgs& a) {
    Instance* s = group_self(I2, a[0], "derive");
    return I2.call(Value::obj(base_group_type(I2)), {s->eg_message, a[1]});
  });
  method(I, beg, "split", [](Interp& I2, CallArgs& a) {
    group_self(I2, a[0], "split");
    SplitMatcher m{matcher_type(I2, a[1]), a[1]};
    auto [match, rest] = split_recursive(I2, a[0], m, true);
    return I2.tuple({match, rest});
  });
  method(I, beg, "subgroup", [](Interp& I2, CallArgs& a) {
    group_self(I2, a[0], "subgroup");
    SplitMatcher m{matcher_type(I2, a[1]), a[1]};
    return split_recursive(I2, a[0], m, false).first;
  });
  auto property = [&](const std::string& name, NativeFn fn) {
    Property* p = I.make<Property>(I.property_type);
    p->fget = I.builtin(name, std::move(fn));
    p->fset = Value::none();
    I.dict_set_str(beg->dict, name, Value::obj(p));
  };
  property("message", [](Interp& I2, CallArgs& a) { return group_self(I2, a[0], "message")->eg_message; });
  property("exceptions", [](Interp& I2, CallArgs& a) { return group_self(I2, a[0], "exceptions")->eg_excs; });
}

// check_except_star_type_valid.
void check_except_star_type(Interp& I, Value match_type) {
  auto check = [&](const Value& t) {
    if (!(t.is_obj() && t.o->kind == Kind::Type && static_cast<Type*>(t.o)->is_exception))
      I.raise(I.TypeError, "catching classes that do not inherit from BaseException is not allowed");
    if (static_cast<Type*>(t.o)->is_subtype(base_group_type(I)))
      I.raise(I.TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
  };
  if (match_type.is_obj() && match_type.o->kind == Kind::Tuple) {
    for (auto& t : static_cast<Tuple*>(match_type.o)->items) check(t);
  } else {
    check(match_type);
  }
}

// exception_group_match: match is None when nothing matched; otherwise match and rest (None when
// everything matched). A naked exception that matches is wrapped in a group with its traceback.
void exception_group_match(Interp& I, Value exc, Value match_type, Value& match, Value& rest) {
  match = rest = Value::none();
  if (exc.is_none()) return;
  if (type_matches(I, exc, match_type)) {
    if (is_exception_group(I, exc)) {
      match = exc;
      return;
    }
    Value wrapped = I.call(Value::obj(base_group_type(I)), {I.str(""), I.tuple({exc})});
    as_instance(wrapped)->traceback = as_instance(exc)->traceback;
    match = wrapped;
    return;
  }
  if (is_exception_group(I, exc)) {
    Value pair = I.call_method(exc, "split", {match_type});
    auto& items = static_cast<Tuple*>(pair.o)->items;
    match = items[0];
    rest = items[1];
  }
}

// _PyExc_PrepReraiseStar: what a try-except* re-raises, from the original exception and the list of
// what its handlers raised (plus the unhandled rest); None when there is nothing to raise.
Value prep_reraise_star(Interp& I, Value orig, Value excs_list) {
  const std::vector<Value>& excs = static_cast<List*>(excs_list.o)->items;
  if (excs.empty()) return Value::none();
  if (!is_exception_group(I, orig)) return excs[0];  // a naked exception: one handler ran at most
  std::vector<Value> raised, reraised;
  for (auto& e : excs) {
    if (e.is_none()) continue;
    (same_metadata(I, e, orig) ? reraised : raised).push_back(e);
  }
  // exception_group_projection: the part of orig whose leaves were re-raised.
  Value reraised_eg = Value::none();
  if (!reraised.empty()) {
    std::unordered_set<Object*> ids;
    for (auto& e : reraised) collect_leaf_ids(I, e, ids);
    SplitMatcher m{Matcher::InstanceIds, Value(), &ids};
    reraised_eg = split_recursive(I, orig, m, false).first;
  }
  if (raised.empty()) return reraised_eg;
  if (!reraised_eg.is_none()) raised.push_back(reraised_eg);
  if (raised.size() == 1) return raised[0];
  return I.call(Value::obj(base_group_type(I)), {I.str(""), I.list(raised)});
}

}  // namespace dp::rt
