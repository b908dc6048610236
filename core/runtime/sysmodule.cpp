// Native parts of three standard modules whose Python side is in core/prelude/:
//  * sys (Python/sysmodule.c): set_int_max_str_digits / get_int_max_str_digits (3.11's int <->
//    decimal string limit, docs/python-ints.md) and exc_info;
//  * time (Modules/timemodule.c): time, time_ns, perf_counter(_ns), monotonic(_ns),
//    process_time, sleep. sleep never blocks (the page must stay responsive): it adds the seconds
//    to every clock of the run instead (docs/stdlib.md);
//  * traceback (Lib/traceback.py): the text of an exception with its traceback, as the VM prints
//    an uncaught one (Interp::format_traceback).
#include <chrono>
#include <cmath>

#include "runtime/interp.h"

namespace dp::rt {

std::string format_traceback_entries(Interp& I, const std::vector<TracebackEntry>& tb);  // interp.cpp

namespace {

void def(Interp& I, Module* m, const char* name, NativeFn fn) {
  I.dict_set_str(m->dict, name, I.builtin(name, std::move(fn), m->name));
}

// Seconds of a clock plus what time.sleep added this run.
double wall_seconds(Interp& I) {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return std::chrono::duration<double>(now).count() + I.slept_seconds;
}
double steady_seconds(Interp& I) {
  auto now = std::chrono::steady_clock::now().time_since_epoch();
  return std::chrono::duration<double>(now).count() + I.slept_seconds;
}

Value ns(double seconds) { return Value::integer(static_cast<int64_t>(std::llround(seconds * 1e9))); }

}  // namespace

void init_sys_native(Interp& I, Module* m) {
  def(I, m, "set_int_max_str_digits", [](Interp& I2, CallArgs& a) {
    Value v = a.take_kw("maxdigits");
    if (a.size() > 0) v = a[0];
    if (v.is_null()) I2.raise(I2.TypeError, "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)");
    int64_t n = I2.index_value(v);
    if (n != 0 && n < 640) I2.raise(I2.ValueError, "maxdigits must be 0 or larger than 640");
    I2.int_max_str_digits = n;
    return Value::none();
  });
  def(I, m, "get_int_max_str_digits", [](Interp& I2, CallArgs&) { return Value::integer(I2.int_max_str_digits); });
  // exc_info(): (type, value, traceback) of the exception being handled; the traceback is the
  // exception's __traceback__ (traceback.py's _dp_tb objects).
  // _getframemodulename(depth=0) (CPython 3.12's; collections.namedtuple uses it as 3.11 uses
  // _getframe(1).f_globals['__name__']): the __name__ of the calling frame's module, depth
  // frames up; None past the outermost frame.
  def(I, m, "_getframemodulename", [](Interp& I2, CallArgs& a) {
    int64_t depth = a.size() > 0 ? I2.index_value(a[0]) : 0;
    if (depth < 0 || static_cast<size_t>(depth) >= I2.frame_stack.size()) return Value::none();
    Frame* f = I2.frame_stack[I2.frame_stack.size() - 1 - static_cast<size_t>(depth)];
    Value n = f->globals ? I2.dict_get_str(f->globals, "__name__") : Value();
    return n.is_null() ? Value::none() : n;
  });
  // exit(status=None): raises SystemExit(status); the run ends as `python FILE` ends
  // (core/api.cpp: exit code 0 for None, the int, else 1 after printing the object).
  def(I, m, "exit", [](Interp& I2, CallArgs& a) -> Value {
    if (a.size() > 1) I2.raise(I2.TypeError, "exit expected at most 1 argument, got " + std::to_string(a.size()));
    Value exc = a.size() == 1 ? I2.call(Value::obj(I2.SystemExit), {a[0]}) : I2.call(Value::obj(I2.SystemExit), {});
    throw PyException(exc);
  });
  // The recursion limit is the run's max_recursion budget (README "Budgets").
  def(I, m, "getrecursionlimit", [](Interp& I2, CallArgs&) { return Value::integer(I2.budgets.max_recursion); });
  def(I, m, "setrecursionlimit", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 1, 1, "setrecursionlimit");
    if (a[0].is_float()) I2.raise(I2.TypeError, "'float' object cannot be interpreted as an integer");
    int64_t n = I2.index_value(a[0]);
    if (n < 1) I2.raise(I2.ValueError, "recursion limit must be greater or equal than 1");
    I2.budgets.max_recursion = static_cast<int>(std::min<int64_t>(n, 1000000));
    return Value::none();
  });
  def(I, m, "intern", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 1, 1, "intern");
    if (!(a[0].is_obj() && a[0].o->kind == Kind::Str))
      I2.raise(I2.TypeError, "intern() argument must be str, not " + I2.type_name(a[0]));
    return a[0];
  });
  // sys.modules (read through sys.__getattr__, core/prelude/sys.py): the modules imported so
  // far, a new dict at each read (writing to it does not change what import finds).
  def(I, m, "_loaded_modules", [](Interp& I2, CallArgs&) {
    Dict* d = I2.new_dict();
    for (auto& [name, mod] : I2.modules) I2.dict_set_str(d, name, Value::obj(mod));
    return Value::obj(d);
  });
  def(I, m, "exc_info", [](Interp& I2, CallArgs&) {
    Value e = I2.handled_exc;
    if (e.is_null() || e.is_none()) return I2.tuple({Value::none(), Value::none(), Value::none()});
    return I2.tuple({Value::obj(I2.type_of(e)), e, I2.getattr(e, "__traceback__")});
  });
}

void init_time_native(Interp& I, Module* m) {
  def(I, m, "time", [](Interp& I2, CallArgs&) { return Value::flt(wall_seconds(I2)); });
  def(I, m, "time_ns", [](Interp& I2, CallArgs&) { return ns(wall_seconds(I2)); });
  for (const char* name : {"perf_counter", "monotonic", "process_time"})
    def(I, m, name, [](Interp& I2, CallArgs&) { return Value::flt(steady_seconds(I2)); });
  for (const char* name : {"perf_counter_ns", "monotonic_ns", "process_time_ns"})
    def(I, m, name, [](Interp& I2, CallArgs&) { return ns(steady_seconds(I2)); });
  def(I, m, "sleep", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 1, 1, "sleep");
    Value v = a[0];
    double s = v.is_float() ? v.f : v.is_int() || v.is_bool() ? static_cast<double>(I2.index_value(v)) : NAN;
    if (!v.is_float() && !v.is_int() && !v.is_bool())
      I2.raise(I2.TypeError, "'" + I2.type_name(v) + "' object cannot be interpreted as an integer");
    if (std::isnan(s)) I2.raise(I2.ValueError, "Invalid value NaN (not a number)");
    if (s < 0) I2.raise(I2.ValueError, "sleep length must be non-negative");
    // A real sleep wakes up a little late (never early); one microsecond more keeps
    // `time.time() - t0 >= s` true after sleep(s) whatever the clock's resolution.
    I2.slept_seconds += s + 1e-6;
    return Value::none();
  });
}

void init_traceback_native(Interp& I, Module* m) {
  // _format(exc): "Traceback (most recent call last):\n..." down to the exception line, as the VM
  // prints an uncaught exception (with its __cause__ / __context__ chain).
  def(I, m, "_format", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 1, 1, "_format");
    return I2.str(I2.format_traceback(a[0]));
  });
  def(I, m, "_format_only", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 1, 1, "_format_only");
    return I2.str(I2.format_exception_only(a[0]) + "\n");
  });
  // An entry as a tuple (filename, lineno, name, end_lineno, colno, end_colno); None for unknown
  // columns, as FrameSummary has them.
  auto entry_tuple = [](Interp& I2, const TracebackEntry& e) {
    auto opt = [](int v) { return v < 0 ? Value::none() : Value::integer(v); };
    return I2.tuple(
        {I2.str(e.filename), Value::integer(e.lineno), I2.str(e.name), opt(e.end_lineno), opt(e.col), opt(e.end_col)});
  };
  // _entries(exc): the exception's traceback entries, outermost first.
  def(I, m, "_entries", [entry_tuple](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 1, 1, "_entries");
    std::vector<Value> out;
    if (a[0].is_obj() && a[0].o->kind == Kind::Instance)
      for (const auto& e : static_cast<Instance*>(a[0].o)->traceback) out.push_back(entry_tuple(I2, e));
    return I2.list(out);
  });
  // _stack(skip): the entries of the frames running now, outermost first, without the `skip`
  // innermost ones (0 = down to the caller of _stack).
  def(I, m, "_stack", [entry_tuple](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 1, 1, "_stack");
    int64_t skip = I2.index_value(a[0]);
    std::vector<Value> out;
    int64_t n = static_cast<int64_t>(I2.frame_stack.size()) - skip;
    for (int64_t i = 0; i < n; ++i) {
      Frame* f = I2.frame_stack[static_cast<size_t>(i)];
      if (f->globals && !I2.dict_get_str(f->globals, "__dp_hide_frames__").is_null()) continue;
      const auto& code = *f->code;
      TracebackEntry e;
      e.filename = code.co_filename;
      e.name = code.co_name;
      size_t unit = static_cast<size_t>(f->last_pc / 2);
      if (unit < code.positions.size()) {
        const auto& p = code.positions[unit];
        e.lineno = p.lineno;
        e.end_lineno = p.end_lineno;
        e.col = p.col_offset;
        e.end_col = p.end_col_offset;
      }
      out.push_back(entry_tuple(I2, e));
    }
    return I2.list(out);
  });
  // _format_entries(entries): the "  File ..., line N, in name" lines of entry tuples as _entries
  // gives them, with the source lines, carets and repeated-line folding of a printed traceback.
  def(I, m, "_format_entries", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 1, 1, "_format_entries");
    std::vector<TracebackEntry> tb;
    for (const Value& t : I2.to_vector(a[0])) {
      auto items = I2.to_vector(t);
      TracebackEntry e;
      auto num = [&](size_t k) {
        return k < items.size() && !items[k].is_none() ? static_cast<int>(I2.index_value(items[k])) : -1;
      };
      e.filename = I2.to_str(items.at(0));
      e.lineno = num(1);
      e.name = I2.to_str(items.at(2));
      e.end_lineno = num(3);
      e.col = num(4);
      e.end_col = num(5);
      tb.push_back(e);
    }
    return I2.str(format_traceback_entries(I2, tb));
  });
}

}  // namespace dp::rt
