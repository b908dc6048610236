// The eager bytecode interpreter: one handler per CPython 3.11 opcode. Mirrors
// Python/ceval.c (_PyEval_EvalFrameDefault, the 3.11 exception-table unwinding, argument
// binding in initialize_locals) and Python/bltinmodule.c's __build_class__.
#include <utility>
#include <algorithm>

#include "python/opcode.h"
#include "runtime/interp.h"

namespace dp::rt {

using py::Op;

const std::vector<Value>& Interp::consts_of(const py::CodeObject* code) {
  auto it = const_cache_.find(code);
  if (it != const_cache_.end()) return it->second;
  std::vector<Value> v;
  v.reserve(code->co_consts.size());
  for (auto& c : code->co_consts) v.push_back(from_const(c));
  return const_cache_.emplace(code, std::move(v)).first->second;
}

// Where a budget ended: the current instruction of the innermost frame of the main file.
static BudgetExceeded budget_exceeded_at(Interp& I, const char* budget) {
  BudgetExceeded e(budget, I.steps);
  for (auto it = I.frame_stack.rbegin(); it != I.frame_stack.rend(); ++it) {
    Frame* f = *it;
    if (f->code->co_filename != I.main_filename) continue;
    size_t unit = static_cast<size_t>(f->last_pc / 2);
    if (unit < f->code->positions.size()) {
      e.lineno = f->code->positions[unit].lineno;
      e.col = f->code->positions[unit].col_offset + 1;
    }
    break;
  }
  return e;
}

void Interp::step_budget_exceeded() { throw budget_exceeded_at(*this, "max_steps"); }

void Interp::budget_exceeded(const char* budget) { throw budget_exceeded_at(*this, budget); }

void Interp::memory_budget_exceeded() {
  disarm_memory_budget();  // reporting the stop allocates
  throw budget_exceeded_at(*this, "max_memory_bytes");
}

// ---------------------------------------------------------------------------------------------
// Argument binding (CPython's initialize_locals)

static std::string join_names(const std::vector<std::string>& names) {
  std::string s;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i) s += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    s += "'" + names[i] + "'";
  }
  return s;
}

static void bind_arguments(Interp& I, Function* f, std::vector<Value>& fast, CallArgs& a) {
  const py::CodeObject& c = *f->code;
  const std::string& fname = c.co_qualname;
  int argcount = c.co_argcount, kwonly = c.co_kwonlyargcount;
  bool varargs = c.co_flags & py::CO_VARARGS, varkw = c.co_flags & py::CO_VARKEYWORDS;
  size_t n = a.pos.size();
  size_t npos = std::min(n, static_cast<size_t>(argcount));
  for (size_t i = 0; i < npos; ++i) fast[i] = a.pos[i];
  int extra_slot = argcount + kwonly;
  if (varargs) {
    std::vector<Value> rest;
    for (size_t i = npos; i < n; ++i) rest.push_back(a.pos[i]);
    fast[static_cast<size_t>(extra_slot)] = I.tuple(std::move(rest));
  } else if (n > static_cast<size_t>(argcount)) {
    size_t ndef = f->defaults.size();
    std::string takes;
    if (ndef > 0)
      takes = "from " + std::to_string(argcount - static_cast<int>(ndef)) + " to " + std::to_string(argcount);
    else takes = std::to_string(argcount);
    size_t given_kw = 0;
    for (auto& kv : a.kw) {
      (void)kv;
      ++given_kw;
    }
    std::string msg = fname + "() takes " + takes + " positional argument" + (argcount == 1 && ndef == 0 ? "" : "s") +
                      " but " + std::to_string(n) + (n == 1 ? " was" : " were") + " given";
    I.raise(I.TypeError, msg);
  }
  Dict* kwdict = nullptr;
  if (varkw) {
    kwdict = I.new_dict();
    fast[static_cast<size_t>(extra_slot + (varargs ? 1 : 0))] = Value::obj(kwdict);
  }
  std::vector<std::string> posonly_as_kw;
  for (auto& [k, v] : a.kw) {
    int idx = -1;
    for (int i = c.co_posonlyargcount; i < argcount + kwonly; ++i)
      if (c.co_varnames[static_cast<size_t>(i)] == k) {
        idx = i;
        break;
      }
    if (idx < 0) {
      if (kwdict) {
        I.dict_set_str(kwdict, k, v);
        continue;
      }
      for (int i = 0; i < c.co_posonlyargcount; ++i)
        if (c.co_varnames[static_cast<size_t>(i)] == k) posonly_as_kw.push_back(k);
      if (!posonly_as_kw.empty()) continue;
      I.raise(I.TypeError, fname + "() got an unexpected keyword argument '" + k + "'");
    }
    if (!fast[static_cast<size_t>(idx)].is_null())
      I.raise(I.TypeError, fname + "() got multiple values for argument '" + k + "'");
    fast[static_cast<size_t>(idx)] = v;
  }
  if (!posonly_as_kw.empty()) {
    std::string names;
    for (size_t i = 0; i < posonly_as_kw.size(); ++i) names += (i ? ", " : "") + ("'" + posonly_as_kw[i] + "'");
    I.raise(I.TypeError, fname + "() got some positional-only arguments passed as keyword arguments: " + names);
  }
  // Defaults and missing arguments.
  int ndef = static_cast<int>(f->defaults.size());
  std::vector<std::string> missing;
  for (int i = 0; i < argcount; ++i) {
    if (!fast[static_cast<size_t>(i)].is_null()) continue;
    int d = i - (argcount - ndef);
    if (d >= 0) fast[static_cast<size_t>(i)] = f->defaults[static_cast<size_t>(d)];
    else missing.push_back(c.co_varnames[static_cast<size_t>(i)]);
  }
  if (!missing.empty())
    I.raise(I.TypeError, fname + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                             (missing.size() == 1 ? "" : "s") + ": " + join_names(missing));
  for (int i = argcount; i < argcount + kwonly; ++i) {
    if (!fast[static_cast<size_t>(i)].is_null()) continue;
    const std::string& name = c.co_varnames[static_cast<size_t>(i)];
    Value d = f->kwdefaults ? I.dict_get_str(f->kwdefaults, name) : Value();
    if (!d.is_null()) fast[static_cast<size_t>(i)] = d;
    else missing.push_back(name);
  }
  if (!missing.empty())
    I.raise(I.TypeError, fname + "() missing " + std::to_string(missing.size()) + " required keyword-only argument" +
                             (missing.size() == 1 ? "" : "s") + ": " + join_names(missing));
}

std::shared_ptr<Frame> Interp::make_frame(Function* f, CallArgs& a) {
  auto frame = std::make_shared<Frame>();
  frame->code = f->code;
  frame->func = f;
  frame->globals = f->globals;
  frame->fast.resize(static_cast<size_t>(f->code->nlocalsplus()));
  frame->consts = &consts_of(f->code.get());
  bind_arguments(*this, f, frame->fast, a);
  return frame;
}

// ---------------------------------------------------------------------------------------------
// Awaitables (CPython's _PyCoro_GetAwaitableIter and the GET_AWAITABLE checks of 3.11).

Value gen_yieldfrom(Generator* g);

static bool is_coroutine(Interp& I, Value v) {
  return v.is_obj() && v.o->kind == Kind::Generator && v.o->type == I.named_types["builtins.coroutine"];
}

static bool is_awaitable(Interp& I, Value v) {
  return is_coroutine(I, v) || !I.lookup_type(I.type_of(v), "__await__").is_null();
}

// `where`: 0 for `await`, 1 for __aenter__'s result, 2 for __aexit__'s (the error messages).
static Value get_awaitable(Interp& I, Value v, int where) {
  if (is_coroutine(I, v)) {
    if (!gen_yieldfrom(static_cast<Generator*>(v.o)).is_null())
      I.raise(I.RuntimeError, "coroutine is being awaited already");
    return v;
  }
  Value aw = I.lookup_type(I.type_of(v), "__await__");
  if (aw.is_null()) {
    if (where == 1)
      I.raise(I.TypeError,
              "'async with' received an object from __aenter__ that does not implement __await__: " + I.type_name(v));
    if (where == 2)
      I.raise(I.TypeError,
              "'async with' received an object from __aexit__ that does not implement __await__: " + I.type_name(v));
    I.raise(I.TypeError, "object " + I.type_name(v) + " can't be used in 'await' expression");
  }
  Value it = I.call(aw, {v});
  if (is_coroutine(I, it)) I.raise(I.TypeError, "__await__() returned a coroutine");
  bool iterator = it.is_obj() &&
                  (it.o->kind == Kind::Iterator || (it.o->kind == Kind::Generator && it.o->type == I.generator_type));
  if (!iterator && I.lookup_type(I.type_of(it), "__next__").is_null())
    I.raise(I.TypeError, "__await__() returned non-iterator of type '" + I.type_name(it) + "'");
  return it;
}

Value Interp::call_function(Function* f, CallArgs& a) {
  const bool direct = std::exchange(direct_call_, false);
  if (static_cast<int>(frame_stack.size()) >= budgets.max_recursion)
    raise(RecursionError, "maximum recursion depth exceeded");
  check_stack();
  if (frame_hook) {
    Value out;
    if (frame_hook(f, a, out)) return out;
  }
  auto frame = make_frame(f, a);
  int kind_flags = f->code->co_flags & (py::CO_GENERATOR | py::CO_COROUTINE | py::CO_ASYNC_GENERATOR);
  if (kind_flags) {
    Type* t = kind_flags & py::CO_COROUTINE         ? named_types["builtins.coroutine"]
              : kind_flags & py::CO_ASYNC_GENERATOR ? named_types["builtins.async_generator"]
                                                    : generator_type;
    Generator* g = make<Generator>(t);
    g->frame = frame;
    g->name = f->name;
    g->qualname = f->qualname;
    frame->gen = g;
    return Value::obj(g);
  }
  frame->direct = direct;
  return run_frame(frame.get());
}

// ---------------------------------------------------------------------------------------------
// The generator protocol (CPython's Objects/genobject.c: gen_send_ex2, gen_throw, gen_close,
// _PyGen_yf; PEP 479).

static Value stop_iteration_value(Interp& I, Value exc) {
  (void)I;
  if (!exc.is_obj() || exc.o->kind != Kind::Instance) return Value::none();
  Value args = static_cast<Instance*>(exc.o)->args;
  if (args.is_obj() && args.o->kind == Kind::Tuple && !static_cast<Tuple*>(args.o)->items.empty())
    return static_cast<Tuple*>(args.o)->items[0];
  return Value::none();
}

// Resumes g with `v` sent, or with `exc` (not Null) raised at the point where it is suspended.
// Returns the value yielded (done = false) or returned (done = true).
Value gen_resume(Interp& I, Generator* g, Value v, Value exc, bool& done) {
  done = false;
  bool coro = g->type == I.named_types["builtins.coroutine"];
  const std::string what = coro ? "coroutine" : g->type == I.generator_type ? "generator" : "async generator";
  if (g->running) I.raise(I.ValueError, what + " already executing");
  if (g->finished) {
    if (!exc.is_null()) throw PyException(exc);
    if (coro) I.raise(I.RuntimeError, "cannot reuse already awaited coroutine");
    done = true;
    return Value::none();
  }
  Frame* f = g->frame.get();
  if (!exc.is_null()) {
    if (!g->started) {
      // Raised at RETURN_GENERATOR, so the traceback names the `def` line.
      const auto& co = f->code->co_code;
      int pc = 0;
      while (pc + 1 < static_cast<int>(co.size()) &&
             co[static_cast<size_t>(pc)] != static_cast<uint8_t>(Op::RETURN_GENERATOR))
        pc += 2;
      f->last_pc = pc;
    }
    f->pending_throw = exc;
  } else if (!g->started) {
    if (!v.is_none()) I.raise(I.TypeError, "can't send non-None value to a just-started " + what);
  } else {
    f->stack.push_back(v);
  }
  g->started = true;
  g->running = true;
  g->caller_exc = I.handled_exc;
  if (!g->exc_state.is_null()) I.handled_exc = g->exc_state;
  Value r;
  try {
    r = I.run_frame(f);
  } catch (PyException& e) {
    g->running = false;
    g->finished = true;
    I.handled_exc = g->caller_exc;
    g->exc_state = Value();
    f->pending_throw = Value();
    if (I.isinstance(e.exc, I.StopIteration)) {
      // PEP 479: a StopIteration leaving the generator's frame becomes a RuntimeError.
      Instance* rt = I.make<Instance>(I.RuntimeError);
      rt->args = I.tuple({I.str(what + " raised StopIteration")});
      rt->cause = e.exc;
      rt->context = e.exc;
      rt->suppress_context = true;
      throw PyException(Value::obj(rt));
    }
    throw;
  } catch (...) {
    g->running = false;
    g->finished = true;
    I.handled_exc = g->caller_exc;
    throw;
  }
  g->running = false;
  I.handled_exc = g->caller_exc;
  if (!f->yielded) {
    g->finished = true;
    g->exc_state = Value();
    done = true;
  }
  return r;
}

Value generator_send(Interp& I, Generator* g, Value v, bool& done) { return gen_resume(I, g, v, Value(), done); }

// The iterator a suspended `yield from` delegates to (_PyGen_yf): the frame stopped at a
// YIELD_VALUE followed by RESUME 2 (yield from) or 3 (await), with the sub-iterator on top.
Value gen_yieldfrom(Generator* g) {
  if (!g->started || g->finished || g->running) return Value();
  Frame* f = g->frame.get();
  const auto& co = f->code->co_code;
  size_t pc = static_cast<size_t>(f->pc);
  if (pc < 4 || pc + 1 >= co.size() || co[pc] != static_cast<uint8_t>(Op::RESUME) || co[pc + 1] < 2 ||
      co[pc - 4] != static_cast<uint8_t>(Op::SEND) || f->stack.empty())
    return Value();
  return f->stack.back();
}

Value gen_close(Interp& I, Generator* g);

// close() of a `yield from` sub-iterator: generators directly, others through their close method.
static void close_subiterator(Interp& I, Value yf) {
  if (yf.is_obj() && yf.o->kind == Kind::Generator) {
    gen_close(I, static_cast<Generator*>(yf.o));
    return;
  }
  Value m = I.getattr_opt(yf, "close");
  if (!m.is_null()) I.call(m, std::vector<Value>{});
}

// generator.throw(exc) with `exc` an exception instance.
Value gen_throw(Interp& I, Generator* g, Value exc, bool& done) {
  done = false;
  Value yf = gen_yieldfrom(g);
  if (!yf.is_null()) {
    Frame* f = g->frame.get();
    if (I.isinstance(exc, I.GeneratorExit)) {
      g->running = true;
      try {
        close_subiterator(I, yf);
      } catch (PyException& e) {
        g->running = false;
        return gen_resume(I, g, Value::none(), e.exc, done);
      }
      g->running = false;
      return gen_resume(I, g, Value::none(), exc, done);
    }
    Value ret, err;
    bool sub_done = false;
    g->running = true;
    try {
      if (yf.is_obj() && yf.o->kind == Kind::Generator) {
        ret = gen_throw(I, static_cast<Generator*>(yf.o), exc, sub_done);
      } else {
        Value m = I.getattr_opt(yf, "throw");
        if (m.is_null()) {
          g->running = false;
          return gen_resume(I, g, Value::none(), exc, done);
        }
        ret = I.call(m, std::vector<Value>{exc});
      }
    } catch (PyException& e) {
      err = e.exc;
    } catch (...) {
      g->running = false;
      throw;
    }
    g->running = false;
    if (err.is_null() && !sub_done) return ret;
    // The sub-iterator finished: continue after the SEND loop (the SEND's target) with its
    // return value, or raise its exception there.
    f->stack.pop_back();
    int send_pc = f->pc - 4;  // SEND, YIELD_VALUE, [RESUME]
    int target = send_pc + 2 + 2 * f->code->co_code[static_cast<size_t>(send_pc) + 1];
    f->last_pc = target - 2;
    f->pc = target;
    if (!err.is_null() && !I.isinstance(err, I.StopIteration)) return gen_resume(I, g, Value::none(), err, done);
    Value val = err.is_null() ? ret : stop_iteration_value(I, err);
    return gen_resume(I, g, val, Value(), done);
  }
  return gen_resume(I, g, Value::none(), exc, done);
}

Value gen_close(Interp& I, Generator* g) {
  Value yf = gen_yieldfrom(g);
  Value exc;
  if (!yf.is_null()) {
    g->running = true;
    try {
      close_subiterator(I, yf);
    } catch (PyException& e) {
      exc = e.exc;
    } catch (...) {
      g->running = false;
      throw;
    }
    g->running = false;
  }
  if (exc.is_null()) {
    Instance* ge = I.make<Instance>(I.GeneratorExit);
    ge->args = I.tuple({});
    exc = Value::obj(ge);
  }
  bool done = false;
  try {
    gen_resume(I, g, Value::none(), exc, done);
  } catch (PyException& e) {
    if (I.isinstance(e.exc, I.StopIteration) || I.isinstance(e.exc, I.GeneratorExit)) return Value::none();
    throw;
  }
  if (!done) I.raise(I.RuntimeError, "generator ignored GeneratorExit");
  return Value::none();
}

Value Interp::run_module_code(std::shared_ptr<const py::CodeObject> code, Module* module) {
  if (!stack_base) {
    char here;
    stack_base = reinterpret_cast<uintptr_t>(&here);
  }
  check_stack();
  Frame frame;
  frame.code = code;
  frame.globals = module->dict;
  frame.locals_dict = module->dict;
  frame.fast.resize(static_cast<size_t>(code->nlocalsplus()));
  frame.consts = &consts_of(code.get());
  frame.direct = module == main_module && frame_stack.empty();  // not an import's
  return run_frame(&frame);
}

Value Interp::run_class_body(Function* body, Dict* ns) {
  if (static_cast<int>(frame_stack.size()) >= budgets.max_recursion)
    raise(RecursionError, "maximum recursion depth exceeded");
  Frame frame;
  frame.code = body->code;
  frame.func = body;
  frame.globals = body->globals;
  frame.locals_dict = ns;
  frame.fast.resize(static_cast<size_t>(body->code->nlocalsplus()));
  frame.consts = &consts_of(body->code.get());
  return run_frame(&frame);
}

// ---------------------------------------------------------------------------------------------

static std::string name_at(const py::CodeObject& c, int i) { return c.co_names[static_cast<size_t>(i)]; }

static bool exc_matches(Interp& I, Value exc, Value cls) {
  if (cls.is_obj() && (cls.o->kind == Kind::Tuple)) {
    for (auto& c : static_cast<Tuple*>(cls.o)->items)
      if (exc_matches(I, exc, c)) return true;
    return false;
  }
  if (!(cls.is_obj() && cls.o->kind == Kind::Type && static_cast<Type*>(cls.o)->is_exception))
    I.raise(I.TypeError, "catching classes that do not inherit from BaseException is not allowed");
  return I.type_of(exc)->is_subtype(static_cast<Type*>(cls.o));
}

Value format_value(Interp& I, Value v, const std::string& spec);

Value Interp::run_frame(Frame* f) {
  frame_stack.push_back(f);
  if (!f->direct) ++indirect_frames_;
  struct PopFrame {
    Interp& I;
    bool direct;
    ~PopFrame() {
      I.frame_stack.pop_back();
      if (!direct) --I.indirect_frames_;
    }
  } pop_frame{*this, f->direct};
  f->yielded = false;
  const py::CodeObject& code = *f->code;
  const uint8_t* co = code.co_code.data();
  const std::vector<Value>& consts = *f->consts;
  std::vector<Value>& st = f->stack;
  auto pop = [&]() {
    Value v = st.back();
    st.pop_back();
    return v;
  };
  auto top = [&]() -> Value& { return st.back(); };
  int unwind_pc = -1;      // set by RERAISE: where to look for a handler (f->last_pc then holds lasti)
  bool thrown_in = false;  // generator.throw(): no __context__ chaining (PyErr_Restore)

  for (;;) {
    try {
      if (!f->pending_throw.is_null()) {
        Value exc = f->pending_throw;
        f->pending_throw = Value();
        thrown_in = true;
        throw PyException(exc);
      }
      for (;;) {
        if (f->steps_left >= 0) {
          if (f->steps_left == 0) {
            f->stopped = true;
            return Value();
          }
          --f->steps_left;
        }
        if (++steps > budgets.max_steps) step_budget_exceeded();
        if (steps >= gc_check_step_) gc_safe_point();
        int pc = f->pc;
        f->last_pc = pc;
        uint8_t opnum = co[pc];
        int arg = co[pc + 1];
        pc += 2;
        while (opnum == static_cast<uint8_t>(Op::EXTENDED_ARG)) {
          opnum = co[pc];
          arg = (arg << 8) | co[pc + 1];
          pc += 2;
        }
        pc += 2 * py::op_info(opnum).caches;
        f->pc = pc;
        switch (static_cast<Op>(opnum)) {
          case Op::NOP:
          case Op::RESUME:
          case Op::CACHE:
          case Op::PRECALL: break;
          case Op::POP_TOP: st.pop_back(); break;
          case Op::PRINT_EXPR: {  // compile(..., 'single'): sys.displayhook (repr, and builtins._)
            Value v = pop();
            if (!v.is_none()) {
              dict_set_str(builtins, "_", Value::none());
              write_stdout(repr(v) + "\n");
              dict_set_str(builtins, "_", v);
            }
            break;
          }
          case Op::PUSH_NULL: st.push_back(Value()); break;
          case Op::COPY: st.push_back(st[st.size() - static_cast<size_t>(arg)]); break;
          case Op::SWAP: std::swap(st.back(), st[st.size() - static_cast<size_t>(arg)]); break;
          case Op::LOAD_CONST: st.push_back(consts[static_cast<size_t>(arg)]); break;
          case Op::LOAD_FAST: {
            Value v = f->fast[static_cast<size_t>(arg)];
            if (v.is_null())
              raise(UnboundLocalError, "cannot access local variable '" +
                                           code.localsplusnames[static_cast<size_t>(arg)] +
                                           "' where it is not associated with a value");
            st.push_back(v);
            break;
          }
          case Op::STORE_FAST: f->fast[static_cast<size_t>(arg)] = pop(); break;
          case Op::DELETE_FAST: {
            if (f->fast[static_cast<size_t>(arg)].is_null())
              raise(UnboundLocalError, "cannot access local variable '" +
                                           code.localsplusnames[static_cast<size_t>(arg)] +
                                           "' where it is not associated with a value");
            f->fast[static_cast<size_t>(arg)] = Value();
            break;
          }
          case Op::LOAD_NAME: {
            const std::string& name = name_at(code, arg);
            Value v = f->locals_dict ? dict_get_str(f->locals_dict, name) : Value();
            if (v.is_null()) v = dict_get_str(f->globals, name);
            if (v.is_null()) v = dict_get_str(builtins, name);
            if (v.is_null()) raise_name_error(name, code.co_varnames, f->globals);
            st.push_back(v);
            break;
          }
          case Op::STORE_NAME: dict_set_str(f->locals_dict, name_at(code, arg), pop()); break;
          case Op::DELETE_NAME:
            if (!dict_del(f->locals_dict, str(name_at(code, arg))))
              raise(NameError, "name '" + name_at(code, arg) + "' is not defined");
            break;
          case Op::LOAD_GLOBAL: {
            const std::string& name = name_at(code, arg >> 1);
            Value v = dict_get_str(f->globals, name);
            if (v.is_null()) v = dict_get_str(builtins, name);
            if (v.is_null()) raise_name_error(name, code.co_varnames, f->globals);
            if (arg & 1) st.push_back(Value());
            st.push_back(v);
            break;
          }
          case Op::STORE_GLOBAL: dict_set_str(f->globals, name_at(code, arg), pop()); break;
          case Op::DELETE_GLOBAL:
            if (!dict_del(f->globals, str(name_at(code, arg))))
              raise(NameError, "name '" + name_at(code, arg) + "' is not defined");
            break;
          case Op::LOAD_ATTR: top() = getattr(top(), name_at(code, arg)); break;
          case Op::LOAD_METHOD: {
            Value obj = pop();
            auto [m, self] = load_method(obj, name_at(code, arg));
            if (!self.is_null()) {
              st.push_back(m);
              st.push_back(self);
            } else {
              st.push_back(Value());
              st.push_back(m);
            }
            break;
          }
          case Op::STORE_ATTR: {
            Value obj = pop();
            Value v = pop();
            setattr(obj, name_at(code, arg), v);
            break;
          }
          case Op::DELETE_ATTR: delattr(pop(), name_at(code, arg)); break;
          case Op::BINARY_SUBSCR: {
            Value key = pop();
            top() = getitem(top(), key);
            break;
          }
          case Op::STORE_SUBSCR: {
            Value key = pop();
            Value container = pop();
            Value v = pop();
            setitem(container, key, v);
            break;
          }
          case Op::DELETE_SUBSCR: {
            Value key = pop();
            Value container = pop();
            delitem(container, key);
            break;
          }
          case Op::BINARY_OP: {
            Value b = pop();
            top() = binary_op(arg, top(), b);
            break;
          }
          case Op::UNARY_NEGATIVE: top() = unary_neg(top()); break;
          case Op::UNARY_POSITIVE: top() = unary_pos(top()); break;
          case Op::UNARY_INVERT: top() = unary_invert(top()); break;
          case Op::UNARY_NOT: top() = Value::boolean(!truthy(top())); break;
          case Op::COMPARE_OP: {
            Value b = pop();
            top() = compare(arg, top(), b);
            break;
          }
          case Op::IS_OP: {
            Value b = pop();
            bool r = top().same(b) || (top().is_null() && b.is_none()) || (top().is_none() && b.is_null());
            top() = Value::boolean(arg ? !r : r);
            break;
          }
          case Op::CONTAINS_OP: {
            Value container = pop();
            bool r = contains(container, top());
            top() = Value::boolean(arg ? !r : r);
            break;
          }
          case Op::BUILD_TUPLE: {
            std::vector<Value> items(st.end() - arg, st.end());
            st.resize(st.size() - static_cast<size_t>(arg));
            st.push_back(tuple(std::move(items)));
            break;
          }
          case Op::BUILD_LIST: {
            std::vector<Value> items(st.end() - arg, st.end());
            st.resize(st.size() - static_cast<size_t>(arg));
            st.push_back(list(std::move(items)));
            break;
          }
          case Op::BUILD_SET: {
            Dict* d = make<Dict>(set_type, Kind::Set);
            for (size_t i = st.size() - static_cast<size_t>(arg); i < st.size(); ++i) dict_set(d, st[i], Value::none());
            st.resize(st.size() - static_cast<size_t>(arg));
            st.push_back(Value::obj(d));
            break;
          }
          case Op::BUILD_MAP: {
            Dict* d = new_dict();
            for (size_t i = st.size() - 2 * static_cast<size_t>(arg); i < st.size(); i += 2)
              dict_set(d, st[i], st[i + 1]);
            st.resize(st.size() - 2 * static_cast<size_t>(arg));
            st.push_back(Value::obj(d));
            break;
          }
          case Op::BUILD_CONST_KEY_MAP: {
            Value keys = pop();
            auto& ks = static_cast<Tuple*>(keys.o)->items;
            Dict* d = new_dict();
            size_t base = st.size() - static_cast<size_t>(arg);
            for (size_t i = 0; i < ks.size(); ++i) dict_set(d, ks[i], st[base + i]);
            st.resize(base);
            st.push_back(Value::obj(d));
            break;
          }
          case Op::BUILD_STRING: {
            std::string s;
            for (size_t i = st.size() - static_cast<size_t>(arg); i < st.size(); ++i)
              s += static_cast<Str*>(st[i].o)->s;
            st.resize(st.size() - static_cast<size_t>(arg));
            st.push_back(str(std::move(s)));
            break;
          }
          case Op::BUILD_SLICE: {
            Value step = arg == 3 ? pop() : Value::none();
            Value stop = pop();
            Value start = pop();
            st.push_back(Value::obj(make<Slice>(slice_type, start, stop, step)));
            break;
          }
          case Op::LIST_APPEND: {
            Value v = pop();
            static_cast<List*>(st[st.size() - static_cast<size_t>(arg)].o)->items.push_back(v);
            break;
          }
          case Op::SET_ADD: {
            Value v = pop();
            dict_set(static_cast<Dict*>(st[st.size() - static_cast<size_t>(arg)].o), v, Value::none());
            break;
          }
          case Op::MAP_ADD: {
            Value v = pop();
            Value k = pop();
            dict_set(static_cast<Dict*>(st[st.size() - static_cast<size_t>(arg)].o), k, v);
            break;
          }
          case Op::LIST_EXTEND: {
            Value it = pop();
            auto items = to_vector(it);
            auto& l = static_cast<List*>(st[st.size() - static_cast<size_t>(arg)].o)->items;
            l.insert(l.end(), items.begin(), items.end());
            break;
          }
          case Op::SET_UPDATE: {
            Value it = pop();
            set_update(*this, static_cast<Dict*>(st[st.size() - static_cast<size_t>(arg)].o), it);
            break;
          }
          case Op::DICT_UPDATE:
          case Op::DICT_MERGE: {
            Value src = pop();
            Dict* d = static_cast<Dict*>(st[st.size() - static_cast<size_t>(arg)].o);
            if (!(src.is_obj() && src.o->kind == Kind::Dict)) {
              if (static_cast<Op>(opnum) == Op::DICT_MERGE) {
                Value callee = st[st.size() - static_cast<size_t>(arg) - 2];
                raise(TypeError, repr(callee) + " argument after ** must be a mapping, not " + type_name(src));
              }
              raise(TypeError, "'" + type_name(src) + "' object is not a mapping");
            }
            for (auto& e : static_cast<Dict*>(src.o)->entries) {
              if (!e.live) continue;
              if (static_cast<Op>(opnum) == Op::DICT_MERGE && !dict_get(d, e.key).is_null())
                raise(TypeError, "got multiple values for keyword argument '" + to_str(e.key) + "'");
              dict_set(d, e.key, e.value);
            }
            break;
          }
          case Op::LIST_TO_TUPLE: top() = tuple(static_cast<List*>(top().o)->items); break;
          case Op::UNPACK_SEQUENCE: {
            Value seq = pop();
            std::vector<Value> items;
            if (seq.is_obj() &&
                (seq.o->kind == Kind::Tuple || seq.o->kind == Kind::List || seq.o->kind == Kind::Size)) {
              items = to_vector(seq);
            } else {
              if (!seq.is_obj() ||
                  (lookup_type(type_of(seq), "__iter__").is_null() && seq.o->kind != Kind::Str &&
                   seq.o->kind != Kind::Dict && seq.o->kind != Kind::Range && seq.o->kind != Kind::Iterator &&
                   seq.o->kind != Kind::Generator && seq.o->kind != Kind::Tensor && seq.o->kind != Kind::Set &&
                   lookup_type(type_of(seq), "__getitem__").is_null()))
                raise(TypeError, "cannot unpack non-iterable " + type_name(seq) + " object");
              Value it = iter(seq);
              Value v;
              while (next(it, v)) {
                items.push_back(v);
                if (items.size() > static_cast<size_t>(arg))
                  raise(ValueError, "too many values to unpack (expected " + std::to_string(arg) + ")");
              }
            }
            if (items.size() < static_cast<size_t>(arg))
              raise(ValueError, "not enough values to unpack (expected " + std::to_string(arg) + ", got " +
                                    std::to_string(items.size()) + ")");
            if (items.size() > static_cast<size_t>(arg))
              raise(ValueError, "too many values to unpack (expected " + std::to_string(arg) + ")");
            for (auto it = items.rbegin(); it != items.rend(); ++it) st.push_back(*it);
            break;
          }
          case Op::UNPACK_EX: {
            int before = arg & 0xff, after = arg >> 8;
            Value seq = pop();
            auto items = to_vector(seq);
            if (items.size() < static_cast<size_t>(before + after))
              raise(ValueError, "not enough values to unpack (expected at least " + std::to_string(before + after) +
                                    ", got " + std::to_string(items.size()) + ")");
            std::vector<Value> mid(items.begin() + before, items.end() - after);
            for (int i = 0; i < after; ++i) st.push_back(items[items.size() - 1 - static_cast<size_t>(i)]);
            st.push_back(list(std::move(mid)));
            for (int i = before - 1; i >= 0; --i) st.push_back(items[static_cast<size_t>(i)]);
            break;
          }
          case Op::GET_ITER: top() = iter(top()); break;
          case Op::FOR_ITER: {
            Value v;
            if (next(top(), v)) {
              st.push_back(v);
            } else {
              st.pop_back();
              f->pc += 2 * arg;
            }
            break;
          }
          case Op::JUMP_FORWARD: f->pc += 2 * arg; break;
          case Op::JUMP_BACKWARD:
          case Op::JUMP_BACKWARD_NO_INTERRUPT: f->pc -= 2 * arg; break;
          case Op::POP_JUMP_FORWARD_IF_FALSE:
            if (!truthy(pop())) f->pc += 2 * arg;
            break;
          case Op::POP_JUMP_FORWARD_IF_TRUE:
            if (truthy(pop())) f->pc += 2 * arg;
            break;
          case Op::POP_JUMP_BACKWARD_IF_FALSE:
            if (!truthy(pop())) f->pc -= 2 * arg;
            break;
          case Op::POP_JUMP_BACKWARD_IF_TRUE:
            if (truthy(pop())) f->pc -= 2 * arg;
            break;
          case Op::POP_JUMP_FORWARD_IF_NONE:
            if (pop().is_none()) f->pc += 2 * arg;
            break;
          case Op::POP_JUMP_FORWARD_IF_NOT_NONE:
            if (!pop().is_none()) f->pc += 2 * arg;
            break;
          case Op::POP_JUMP_BACKWARD_IF_NONE:
            if (pop().is_none()) f->pc -= 2 * arg;
            break;
          case Op::POP_JUMP_BACKWARD_IF_NOT_NONE:
            if (!pop().is_none()) f->pc -= 2 * arg;
            break;
          case Op::JUMP_IF_FALSE_OR_POP:
            if (!truthy(top())) f->pc += 2 * arg;
            else st.pop_back();
            break;
          case Op::JUMP_IF_TRUE_OR_POP:
            if (truthy(top())) f->pc += 2 * arg;
            else st.pop_back();
            break;
          case Op::KW_NAMES: f->kw_names = consts[static_cast<size_t>(arg)]; break;
          case Op::CALL: {
            size_t argc = static_cast<size_t>(arg);
            bool is_meth = !st[st.size() - argc - 2].is_null();
            Value callable = is_meth ? st[st.size() - argc - 2] : st[st.size() - argc - 1];
            size_t total = argc + (is_meth ? 1 : 0);
            CallArgs a;
            size_t nkw = 0;
            if (!f->kw_names.is_null()) nkw = static_cast<Tuple*>(f->kw_names.o)->items.size();
            size_t first = st.size() - total;
            for (size_t i = first; i < st.size() - nkw; ++i) a.pos.push_back(st[i]);
            for (size_t k = 0; k < nkw; ++k)
              a.kw.emplace_back(static_cast<Str*>(static_cast<Tuple*>(f->kw_names.o)->items[k].o)->s,
                                st[st.size() - nkw + k]);
            f->kw_names = Value();
            st.resize(st.size() - argc - 2);
            direct_call_ = true;  // a Python function called here runs in a Frame::direct frame
            st.push_back(call(callable, a));
            break;
          }
          case Op::CALL_FUNCTION_EX: {
            Value kwargs = (arg & 1) ? pop() : Value();
            Value args = pop();
            Value func = pop();
            st.pop_back();  // the NULL pushed before the callable
            CallArgs a;
            if (!(args.is_obj() && (args.o->kind == Kind::Tuple || args.o->kind == Kind::List))) {
              if (!args.is_obj() ||
                  (args.o->kind != Kind::Iterator && args.o->kind != Kind::Generator &&
                   lookup_type(type_of(args), "__iter__").is_null() && args.o->kind != Kind::Range &&
                   args.o->kind != Kind::Str && args.o->kind != Kind::Dict && args.o->kind != Kind::Set &&
                   args.o->kind != Kind::Tensor && args.o->kind != Kind::Size))
                raise(TypeError, repr(func) + " argument after * must be an iterable, not " + type_name(args));
            }
            a.pos = to_vector(args);
            if (!kwargs.is_null()) {
              for (auto& e : static_cast<Dict*>(kwargs.o)->entries)
                if (e.live) a.kw.emplace_back(to_str(e.key), e.value);
            }
            direct_call_ = true;
            st.push_back(call(func, a));
            break;
          }
          case Op::MAKE_FUNCTION: {
            Value codev = pop();
            Function* fn = make<Function>(function_type);
            fn->code = static_cast<CodeRef*>(codev.o)->code;
            fn->globals = f->globals;
            fn->name = fn->code->co_name;
            fn->qualname = fn->code->co_qualname;
            fn->module_name = dict_get_str(f->globals, "__name__");
            if (arg & 0x08)
              for (auto& c : static_cast<Tuple*>(pop().o)->items) fn->closure.push_back(static_cast<Cell*>(c.o));
            if (arg & 0x04) fn->annotations = pop();
            if (arg & 0x02) fn->kwdefaults = static_cast<Dict*>(pop().o);
            if (arg & 0x01) fn->defaults = static_cast<Tuple*>(pop().o)->items;
            st.push_back(Value::obj(fn));
            break;
          }
          case Op::MAKE_CELL: {
            Cell* c = make<Cell>(cell_type);
            c->value = f->fast[static_cast<size_t>(arg)];
            f->fast[static_cast<size_t>(arg)] = Value::obj(c);
            break;
          }
          case Op::COPY_FREE_VARS: {
            size_t n = static_cast<size_t>(arg);
            size_t base = f->fast.size() - n;
            for (size_t i = 0; i < n; ++i) f->fast[base + i] = Value::obj(f->func->closure[i]);
            break;
          }
          case Op::LOAD_CLOSURE: st.push_back(f->fast[static_cast<size_t>(arg)]); break;
          case Op::LOAD_DEREF:
          case Op::LOAD_CLASSDEREF: {
            const std::string& name = code.localsplusnames[static_cast<size_t>(arg)];
            if (static_cast<Op>(opnum) == Op::LOAD_CLASSDEREF && f->locals_dict) {
              Value v = dict_get_str(f->locals_dict, name);
              if (!v.is_null()) {
                st.push_back(v);
                break;
              }
            }
            Value v = static_cast<Cell*>(f->fast[static_cast<size_t>(arg)].o)->value;
            if (v.is_null()) {
              if (code.localspluskinds[static_cast<size_t>(arg)] & py::kFastFree)
                raise(NameError, "cannot access free variable '" + name +
                                     "' where it is not associated with a value in enclosing scope");
              raise(UnboundLocalError,
                    "cannot access local variable '" + name + "' where it is not associated with a value");
            }
            st.push_back(v);
            break;
          }
          case Op::STORE_DEREF: static_cast<Cell*>(f->fast[static_cast<size_t>(arg)].o)->value = pop(); break;
          case Op::DELETE_DEREF: static_cast<Cell*>(f->fast[static_cast<size_t>(arg)].o)->value = Value(); break;
          case Op::RETURN_VALUE: {
            Value r = pop();
            return r;
          }
          case Op::RETURN_GENERATOR:
            // The generator object was created by call_function; this first resumption acts as send(None).
            st.push_back(Value::none());
            break;
          case Op::YIELD_VALUE: {
            Value r = pop();
            f->yielded = true;
            return r;
          }
          // ---- match statements (ceval.c's MATCH_* and match_class/match_keys) ----
          case Op::GET_LEN: st.push_back(Value::integer(len(top()))); break;
          case Op::MATCH_SEQUENCE: {
            Type* t = type_of(top());
            bool seq = t->is_subtype(list_type) || t->is_subtype(tuple_type) || t->is_subtype(range_type) ||
                       (top().is_obj() && top().o->kind == Kind::Size);
            st.push_back(Value::boolean(seq));
            break;
          }
          case Op::MATCH_MAPPING: st.push_back(Value::boolean(type_of(top())->is_subtype(dict_type))); break;
          case Op::MATCH_KEYS: {
            // TOS: the keys; TOS1: the subject. Pushes the values, or None when a key is missing.
            Value keys = top();
            Value subject = st[st.size() - 2];
            const auto& ks = static_cast<Tuple*>(keys.o)->items;
            std::vector<Value> values;
            bool all = true;
            if (!ks.empty()) {
              Value get = getattr(subject, "get");
              Value dummy = Value::obj(make<Instance>(object_type));
              Dict* seen = make<Dict>(set_type, Kind::Set);
              for (auto& k : ks) {
                if (!dict_get(seen, k).is_null())
                  raise(ValueError, "mapping pattern checks duplicate key (" + repr(k) + ")");
                dict_set(seen, k, Value::none());
                Value v = call(get, {k, dummy});
                if (v.same(dummy)) {
                  all = false;
                  break;
                }
                values.push_back(v);
              }
            }
            st.push_back(all ? tuple(std::move(values)) : Value::none());
            break;
          }
          case Op::MATCH_CLASS: {
            Value names = pop();
            Value cls = pop();
            Value subject = pop();
            if (!(cls.is_obj() && cls.o->kind == Kind::Type)) raise(TypeError, "called match pattern must be a type");
            Type* ct = static_cast<Type*>(cls.o);
            if (!isinstance(subject, ct)) {
              st.push_back(Value::none());
              break;
            }
            std::vector<Value> attrs;
            std::vector<std::string> seen;
            bool ok = true;
            auto lookup = [&](const std::string& name) {
              if (std::find(seen.begin(), seen.end(), name) != seen.end())
                raise(TypeError, ct->name + "() got multiple sub-patterns for attribute '" + name + "'");
              seen.push_back(name);
              Value v = getattr_opt(subject, name);
              if (v.is_null()) ok = false;
              else attrs.push_back(v);
            };
            if (arg > 0) {
              Value match_args = getattr_opt(cls, "__match_args__");
              bool match_self = false;
              std::vector<Value> margs;
              if (!match_args.is_null()) {
                if (!(match_args.is_obj() && match_args.o->kind == Kind::Tuple))
                  raise(TypeError, ct->name + ".__match_args__ must be a tuple (got " + type_name(match_args) + ")");
                margs = static_cast<Tuple*>(match_args.o)->items;
              } else {
                for (Type* t : {bool_type, bytes_type, dict_type, float_type, frozenset_type, int_type, list_type,
                                set_type, str_type, tuple_type})
                  if (ct == t) match_self = true;
              }
              size_t allowed = match_self ? 1 : margs.size();
              if (allowed < static_cast<size_t>(arg))
                raise(TypeError, ct->name + "() accepts " + std::to_string(allowed) + " positional sub-pattern" +
                                     (allowed == 1 ? "" : "s") + " (" + std::to_string(arg) + " given)");
              if (match_self) {
                attrs.push_back(subject);
              } else {
                for (int i = 0; i < arg && ok; ++i) {
                  Value n = margs[static_cast<size_t>(i)];
                  if (!(n.is_obj() && n.o->kind == Kind::Str))
                    raise(TypeError, "__match_args__ elements must be strings (got " + type_name(n) + ")");
                  lookup(static_cast<Str*>(n.o)->s);
                }
              }
            }
            for (auto& n : static_cast<Tuple*>(names.o)->items) {
              if (!ok) break;
              lookup(static_cast<Str*>(n.o)->s);
            }
            st.push_back(ok ? tuple(std::move(attrs)) : Value::none());
            break;
          }
          case Op::GET_YIELD_FROM_ITER:
            if (is_coroutine(*this, top()) && !(f->code->co_flags & (py::CO_COROUTINE | py::CO_ITERABLE_COROUTINE)))
              raise(TypeError, "cannot 'yield from' a coroutine object in a non-coroutine generator");
            if (!(top().is_obj() && top().o->kind == Kind::Generator)) top() = iter(top());
            break;
          case Op::SEND: {
            // PyIter_Send: generators are resumed directly; other iterators get __next__ for
            // None and .send(v) otherwise. A return (StopIteration) replaces the receiver with
            // its value and jumps past the yield loop.
            Value v = pop();
            Value recv = top();
            Value r;
            bool ret = false;
            if (recv.is_obj() && recv.o->kind == Kind::Generator) {
              r = gen_resume(*this, static_cast<Generator*>(recv.o), v, Value(), ret);
            } else if (v.is_none() && recv.is_obj() && recv.o->kind == Kind::Iterator) {
              ret = !static_cast<Iterator*>(recv.o)->next(*this, r);
              if (ret) r = Value::none();
            } else {
              try {
                if (v.is_none()) {
                  Value nx = lookup_type(type_of(recv), "__next__");
                  if (nx.is_null()) raise(TypeError, "'" + type_name(recv) + "' object is not an iterator");
                  r = call(nx, {recv});
                } else {
                  r = call(getattr(recv, "send"), {v});
                }
              } catch (PyException& e) {
                if (!isinstance(e.exc, StopIteration)) throw;
                r = stop_iteration_value(*this, e.exc);
                ret = true;
              }
            }
            if (ret) {
              top() = r;
              f->pc += 2 * arg;
            } else {
              st.push_back(r);
            }
            break;
          }
          case Op::LOAD_BUILD_CLASS: st.push_back(dict_get_str(builtins, "__build_class__")); break;
          case Op::LOAD_ASSERTION_ERROR: st.push_back(Value::obj(AssertionError)); break;
          case Op::RAISE_VARARGS: {
            if (arg == 0) {
              if (handled_exc.is_null() || handled_exc.is_none()) raise(RuntimeError, "No active exception to reraise");
              reraising_ = true;  // a bare `raise` adds no traceback entry (CPython: exception_unwind)
              throw PyException(handled_exc);
            }
            Value cause = arg == 2 ? pop() : Value();
            Value exc = pop();
            if (exc.is_obj() && exc.o->kind == Kind::Type) {
              if (!static_cast<Type*>(exc.o)->is_exception)
                raise(TypeError, "exceptions must derive from BaseException");
              exc = call(exc, std::vector<Value>{});
            }
            if (!type_of(exc)->is_exception) raise(TypeError, "exceptions must derive from BaseException");
            if (arg == 2) {
              auto* inst = static_cast<Instance*>(exc.o);
              if (cause.is_obj() && cause.o->kind == Kind::Type) cause = call(cause, std::vector<Value>{});
              inst->cause = cause;
              inst->suppress_context = true;
            }
            throw PyException(exc);
          }
          case Op::PUSH_EXC_INFO: {
            Value v = pop();
            if (f->gen) {
              // A generator saves and restores its own exception state (gi_exc_state).
              st.push_back(f->gen->exc_state.is_null() ? Value::none() : f->gen->exc_state);
              f->gen->exc_state = v;
            } else {
              st.push_back(handled_exc.is_null() ? Value::none() : handled_exc);
            }
            handled_exc = v;
            st.push_back(v);
            break;
          }
          case Op::POP_EXCEPT: {
            Value v = pop();
            if (f->gen) {
              f->gen->exc_state = v.is_none() ? Value() : v;
              handled_exc = f->gen->exc_state.is_null() ? f->gen->caller_exc : f->gen->exc_state;
            } else {
              handled_exc = v.is_none() ? Value() : v;
            }
            break;
          }
          case Op::CHECK_EXC_MATCH: {
            Value cls = pop();
            st.push_back(Value::boolean(exc_matches(*this, top(), cls)));
            break;
          }
          case Op::CHECK_EG_MATCH: {
            Value match_type = pop();
            check_except_star_type(*this, match_type);
            Value match, rest;
            exception_group_match(*this, top(), match_type, match, rest);
            if (match.is_none()) {
              st.push_back(match);
            } else {
              top() = rest;  // [rest, match], and the handler's body handles `match`
              st.push_back(match);
              handled_exc = match;
              if (f->gen) f->gen->exc_state = match;
            }
            break;
          }
          case Op::PREP_RERAISE_STAR: {
            Value excs = pop();
            Value orig = pop();
            st.push_back(prep_reraise_star(*this, orig, excs));
            break;
          }
          case Op::RERAISE: {
            Value exc = pop();
            reraising_ = true;
            // The handler is looked up at the RERAISE itself; `lasti` only restores what later
            // handlers see as the frame's last instruction (as in CPython's exception_unwind).
            unwind_pc = f->last_pc;
            if (arg) {
              Value lasti = st[st.size() - static_cast<size_t>(arg)];
              if (lasti.is_int()) f->last_pc = static_cast<int>(lasti.i);
            }
            throw PyException(exc);
          }
          // ---- async/await (ceval.c of 3.11) ----
          case Op::GET_AWAITABLE: top() = get_awaitable(*this, top(), arg); break;
          case Op::GET_AITER: {
            Value obj = top();
            Value aiter = lookup_type(type_of(obj), "__aiter__");
            if (aiter.is_null())
              raise(TypeError, "'async for' requires an object with __aiter__ method, got " + type_name(obj));
            Value it = call(aiter, {obj});
            if (lookup_type(type_of(it), "__anext__").is_null())
              raise(TypeError, "'async for' received an object from __aiter__ that does not implement __anext__: " +
                                   type_name(it));
            top() = it;
            break;
          }
          case Op::GET_ANEXT: {
            Value aiter = top();
            Value anext = lookup_type(type_of(aiter), "__anext__");
            if (anext.is_null())
              raise(TypeError, "'async for' requires an iterator with __anext__ method, got " + type_name(aiter));
            Value next = call(anext, {aiter});
            if (!is_awaitable(*this, next))
              raise(TypeError, "'async for' received an invalid object from __anext__: " + type_name(next));
            st.push_back(get_awaitable(*this, next, 0));
            break;
          }
          case Op::END_ASYNC_FOR: {
            Value exc = pop();
            if (isinstance(exc, static_cast<Type*>(named_types["builtins.StopAsyncIteration"]))) {
              pop();  // the asynchronous iterator
              break;
            }
            reraising_ = true;
            unwind_pc = f->last_pc;
            throw PyException(exc);
          }
          case Op::BEFORE_ASYNC_WITH: {
            Value mgr = pop();
            Value enter = lookup_type(type_of(mgr), "__aenter__");
            if (enter.is_null())
              raise(TypeError,
                    "'" + type_name(mgr) + "' object does not support the asynchronous context manager protocol");
            Value exitf = lookup_type(type_of(mgr), "__aexit__");
            if (exitf.is_null())
              raise(TypeError, "'" + type_name(mgr) +
                                   "' object does not support the asynchronous context manager protocol (missed "
                                   "__aexit__ method)");
            st.push_back(Value::obj(make<BoundMethod>(method_type, mgr, exitf)));
            st.push_back(call(enter, {mgr}));
            break;
          }
          case Op::ASYNC_GEN_WRAP: {
            Instance* w = make<Instance>(named_types["builtins.async_generator_wrapped_value"]);
            w->args = tuple({top()});
            top() = Value::obj(w);
            break;
          }
          case Op::BEFORE_WITH: {
            Value mgr = pop();
            Value enter = lookup_type(type_of(mgr), "__enter__");
            Value exitf = lookup_type(type_of(mgr), "__exit__");
            if (enter.is_null() || exitf.is_null())
              raise(TypeError, "'" + type_name(mgr) + "' object does not support the context manager protocol");
            st.push_back(Value::obj(make<BoundMethod>(method_type, mgr, exitf)));
            st.push_back(call(enter, {mgr}));
            break;
          }
          case Op::WITH_EXCEPT_START: {
            Value exc = st.back();
            Value exitf = st[st.size() - 4];
            st.push_back(call(exitf, {Value::obj(type_of(exc)), exc, Value::none()}));
            break;
          }
          case Op::IMPORT_NAME: {
            Value fromlist = pop();
            pop();  // level
            const std::string& name = name_at(code, arg);
            Value m = import_module(name);
            bool has_from = !fromlist.is_none() && truthy(fromlist);
            if (!has_from && name.find('.') != std::string::npos) m = import_module(name.substr(0, name.find('.')));
            st.push_back(m);
            break;
          }
          case Op::IMPORT_FROM: {
            Value m = top();
            const std::string& name = name_at(code, arg);
            Value v = getattr_opt(m, name);
            if (v.is_null() && m.is_obj() && m.o->kind == Kind::Module) {
              std::string full = static_cast<Module*>(m.o)->name + "." + name;
              try {
                v = import_module(full);
              } catch (PyException&) {
                raise(ImportError, "cannot import name '" + name + "' from '" + static_cast<Module*>(m.o)->name +
                                       "' (unknown location)");
              }
            }
            st.push_back(v);
            break;
          }
          case Op::IMPORT_STAR: {
            Value m = pop();
            if (m.is_obj() && m.o->kind == Kind::Module)
              for (auto& e : static_cast<Module*>(m.o)->dict->entries)
                if (e.live && !to_str(e.key).starts_with("_")) dict_set(f->locals_dict, e.key, e.value);
            break;
          }
          case Op::SETUP_ANNOTATIONS:
            if (dict_get_str(f->locals_dict, "__annotations__").is_null())
              dict_set_str(f->locals_dict, "__annotations__", dict_value());
            break;
          case Op::FORMAT_VALUE: {
            Value spec = (arg & 0x04) ? pop() : Value();
            Value v = pop();
            switch (arg & 0x03) {
              case 1: v = str(to_str(v)); break;
              case 2: v = str(repr(v)); break;
              case 3: v = str(ascii_repr(*this, v)); break;
              default: break;
            }
            std::string sp = spec.is_null() ? "" : static_cast<Str*>(spec.o)->s;
            if (sp.empty() && v.is_obj() && v.o->kind == Kind::Str) st.push_back(v);
            else st.push_back(format_value(*this, v, sp));
            break;
          }
          default:
            raise(SystemExit, std::string("the playground's VM does not implement opcode ") +
                                  (py::op_info(opnum).name ? py::op_info(opnum).name : std::to_string(opnum)));
        }
      }
    } catch (PyException& e) {
      // Record this frame in the traceback (unless re-raising), then look for a handler.
      if (e.exc.is_obj() && e.exc.o->kind == Kind::Instance) {
        auto* inst = static_cast<Instance*>(e.exc.o);
        // A prelude module standing for C code in CPython (its globals define __dp_hide_frames__,
        // e.g. warnings.warn) leaves no lines in tracebacks, as a C function leaves none.
        if (!reraising_) {
          bool hidden = f->globals && !dict_get_str(f->globals, "__dp_hide_frames__").is_null();
          TracebackEntry tb;
          tb.filename = code.co_filename;
          tb.name = code.co_name;
          size_t unit = static_cast<size_t>(f->last_pc / 2);
          if (unit < code.positions.size()) {
            const auto& p = code.positions[unit];
            tb.lineno = p.lineno;
            tb.end_lineno = p.end_lineno;
            tb.col = p.col_offset;
            tb.end_col = p.end_col_offset;
          }
          if (!hidden) inst->traceback.insert(inst->traceback.begin(), tb);
          if (inst->context.is_null() && !handled_exc.is_null() && !handled_exc.same(e.exc) && !thrown_in)
            inst->context = handled_exc;
        }
      }
      reraising_ = false;
      thrown_in = false;
      const int raise_pc = unwind_pc >= 0 ? unwind_pc : f->last_pc;
      unwind_pc = -1;
      const py::ExceptionTableEntry* handler = nullptr;
      for (auto& ent : code.exceptiontable) {
        if (raise_pc >= ent.start && raise_pc < ent.end) {
          handler = &ent;
          break;
        }
      }
      if (!handler) throw;
      st.resize(static_cast<size_t>(handler->depth));
      if (handler->lasti) st.push_back(Value::integer(f->last_pc));
      st.push_back(e.exc);
      f->pc = handler->target;
      f->kw_names = Value();
    }
  }
}

}  // namespace dp::rt
