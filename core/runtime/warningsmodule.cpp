// `_dp_warnings`: what core/prelude/warnings.py needs from the VM and CPython gets from frames
// and linecache (Python/_warnings.c's setup_context, Lib/linecache.py):
//  * caller(stacklevel): (filename, lineno, module name) of the Python frame `stacklevel` levels
//    above the frame calling caller() (1 = that frame's caller), or None past the outermost frame;
//  * frame_info(level): (filename, lineno, function name) of a frame up the stack (logging);
//  * getline(filename, lineno): that source line ("" when unknown), as linecache.getline.
#include "runtime/interp.h"

namespace dp::rt {

void init_dp_warnings_native(Interp& I, Module* m) {
  auto def = [&](const char* name, NativeFn fn) { I.dict_set_str(m->dict, name, I.builtin(name, std::move(fn), m->name)); };
  def("caller", [](Interp& I2, CallArgs& a) -> Value {
    expect_args(I2, a, 1, 1, "caller");
    int64_t level = I2.index_value(a[0]);
    if (level < 1) level = 1;
    int64_t idx = static_cast<int64_t>(I2.frame_stack.size()) - 1 - level;
    if (idx < 0) return Value::none();
    Frame* f = I2.frame_stack[static_cast<size_t>(idx)];
    const auto& code = *f->code;
    int line = 0;
    size_t unit = static_cast<size_t>(f->last_pc / 2);
    if (unit < code.positions.size()) line = code.positions[unit].lineno;
    Value name = f->globals ? I2.dict_get_str(f->globals, "__name__") : Value();
    return I2.tuple({I2.str(code.co_filename), Value::integer(line), name.is_null() ? I2.str("<string>") : name});
  });
  // frame_info(level): (filename, lineno, function name) of the frame `level` levels above the
  // caller of frame_info, or None past the outermost frame (logging's findCaller).
  def("frame_info", [](Interp& I2, CallArgs& a) -> Value {
    expect_args(I2, a, 1, 1, "frame_info");
    int64_t level = I2.index_value(a[0]);
    if (level < 0) level = 0;
    int64_t idx = static_cast<int64_t>(I2.frame_stack.size()) - 1 - level;
    if (idx < 0) return Value::none();
    Frame* f = I2.frame_stack[static_cast<size_t>(idx)];
    const auto& code = *f->code;
    int line = 0;
    size_t unit = static_cast<size_t>(f->last_pc / 2);
    if (unit < code.positions.size()) line = code.positions[unit].lineno;
    return I2.tuple({I2.str(code.co_filename), Value::integer(line), I2.str(code.co_name)});
  });
  def("getline", [](Interp& I2, CallArgs& a) -> Value {
    expect_args(I2, a, 2, 2, "getline");
    std::string file = I2.to_str(a[0]);
    int64_t line = I2.index_value(a[1]);
    auto fl = I2.file_lines.find(file);
    if (fl == I2.file_lines.end() || line < 1 || static_cast<size_t>(line) > fl->second.size()) return I2.str("");
    return I2.str(fl->second[static_cast<size_t>(line - 1)] + "\n");
  });
}

}  // namespace dp::rt
