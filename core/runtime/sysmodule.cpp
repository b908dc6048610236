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
  // exc_info(): (type, value, traceback) of the exception being handled; the playground has no
  // traceback objects, so the third item is None.
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
  def(I, m, "exc_info", [](Interp& I2, CallArgs&) {
    Value e = I2.handled_exc;
    if (e.is_null() || e.is_none()) return I2.tuple({Value::none(), Value::none(), Value::none()});
    return I2.tuple({Value::obj(I2.type_of(e)), e, Value::none()});
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
    I2.slept_seconds += s;
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
}

}  // namespace dp::rt
