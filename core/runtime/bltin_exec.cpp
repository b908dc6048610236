// The builtins compile(), eval() and exec(), and SyntaxError's attributes. Mirrors
// Python/bltinmodule.c's builtin_compile_impl / builtin_eval_impl / builtin_exec_impl,
// Python/pythonrun.c's run_eval_code_obj (a missing `__builtins__` is added to the globals) and
// Objects/exceptions.c's SyntaxError_init / SyntaxError_str. The source is compiled by the
// playground's front end (core/python/frontend.cpp's compile_source); the code object runs in a
// frame whose globals and locals are the given dicts (docs/stdlib.md, "eval, exec, compile").
#include "python/frontend.h"
#include "runtime/interp.h"

namespace dp::rt {

namespace {

bool is_str(const Value& v) { return v.is_obj() && v.o->kind == Kind::Str; }
bool is_dict(const Value& v) { return v.is_obj() && v.o->kind == Kind::Dict; }

// A SyntaxError instance as CPython's compiler raises it: args (msg, (filename, lineno, offset,
// text, end_lineno, end_offset)) and the attributes SyntaxError_init sets from them.
Value syntax_error_value(Interp& I, const py::SyntaxErrorInfo& e, bool text_newline) {
  Type* t = I.SyntaxError;
  if (e.type != "SyntaxError") {
    auto it = I.named_types.find("builtins." + e.type);
    if (it != I.named_types.end()) t = it->second;
  }
  std::string text = e.text;
  if (text_newline && e.lineno > 0) text += "\n";
  Value info = I.tuple({I.str(e.filename), Value::integer(e.lineno), Value::integer(e.col),
                        e.no_text ? Value::none() : I.str(text),
                        Value::integer(e.end_lineno), Value::integer(e.end_col)});
  return I.call(Value::obj(t), {I.str(e.msg), info});
}

[[noreturn]] void raise_compile_error(Interp& I, const py::SyntaxErrorInfo& e, bool text_newline) {
  I.raise_value(syntax_error_value(I, e, text_newline));
}

// The text of a str or bytes source (bytes are UTF-8, PEP 3120's default); `what` names the
// accepted kinds in the TypeError ("a string, bytes or code object").
bool source_text(Interp& I, Value v, std::string& out) {
  if (is_str(v)) {
    out = static_cast<Str*>(v.o)->s;
    return true;
  }
  if (v.is_obj() && v.o->kind == Kind::Bytes) {
    out = static_cast<Bytes*>(v.o)->s;
    return true;
  }
  (void)I;
  return false;
}

std::shared_ptr<const py::CodeObject> compile_text(Interp& I, const std::string& src, const std::string& filename,
                                                   const std::string& mode) {
  if (src.find('\0') != std::string::npos) {
    Value exc = I.call(Value::obj(I.SyntaxError), {I.str("source code string cannot contain null bytes")});
    I.raise_value(exc);
  }
  bool multiple = false;
  std::shared_ptr<const py::CodeObject> code;
  try {
    code = py::compile_source(src, filename, mode, multiple);
  } catch (const py::CompileError& e) {
    raise_compile_error(I, e.info, mode != "eval");
  }
  // Kept for the rest of the run: the VM caches each code object's constants by its address.
  if (code) I.exec_code.push_back(code);
  if (multiple) {
    // CPython reports it at the end of the first statement's line.
    py::SyntaxErrorInfo e;
    e.msg = "multiple statements found while compiling a single statement";
    e.filename = filename;
    size_t nl = src.find('\n');
    e.text = src.substr(0, nl);
    e.lineno = e.end_lineno = 1;
    e.col = e.end_col = static_cast<int>(e.text.size()) + 1;
    raise_compile_error(I, e, true);
  }
  return code;
}

// The caller's namespace when eval / exec get no globals: its globals and its locals().
void caller_namespace(Interp& I, Dict*& globals, Dict*& locals) {
  Frame* f = I.current_frame();
  if (!f) I.raise(I.RuntimeError, "eval / exec called without a Python frame");
  globals = f->globals;
  locals = frame_locals(I, f);
}

Value run_code(Interp& I, std::shared_ptr<const py::CodeObject> code, Dict* globals, Dict* locals) {
  if (I.dict_get_str(globals, "__builtins__").is_null())
    I.dict_set_str(globals, "__builtins__", Value::obj(I.builtins));
  if (static_cast<int>(I.frame_stack.size()) >= I.budgets.max_recursion)
    I.raise(I.RecursionError, "maximum recursion depth exceeded");
  I.check_stack();
  Frame frame;
  frame.code = code;
  frame.globals = globals;
  frame.locals_dict = locals;
  frame.fast.resize(static_cast<size_t>(code->nlocalsplus()));
  frame.consts = &I.consts_of(code.get());
  return I.run_frame(&frame);
}

// eval / exec: (source, globals=None, locals=None), with CPython's argument checks.
Value eval_or_exec(Interp& I, CallArgs& a, bool is_eval) {
  const char* fname = is_eval ? "eval" : "exec";
  Value closure = a.take_kw("closure");
  for (auto& [k, v] : a.kw) {
    (void)v;
    I.raise(I.TypeError, std::string(fname) + "() got an unexpected keyword argument '" + k + "'");
  }
  if (!closure.is_null() && !closure.is_none())
    I.raise(I.TypeError, "not supported by the playground yet: exec(..., closure=...)");
  if (a.size() < 1 || a.size() > 3)
    I.raise(I.TypeError, std::string(fname) + " expected " + (a.size() < 1 ? "at least 1 argument" : "at most 3 arguments") +
                             ", got " + std::to_string(a.size()));
  Value g = a.size() > 1 ? a[1] : Value::none();
  Value l = a.size() > 2 ? a[2] : Value::none();
  if (!g.is_none() && !is_dict(g)) {
    if (is_eval)
      I.raise(I.TypeError, I.isinstance(g, I.dict_type) || I.hasattr(g, "__getitem__")
                               ? "globals must be a real dict; try eval(expr, {}, mapping)"
                               : "globals must be a dict");
    I.raise(I.TypeError, "exec() globals must be a dict, not " + I.type_name(g));
  }
  if (!l.is_none() && !is_dict(l)) {
    if (!I.hasattr(l, "__getitem__"))
      I.raise(I.TypeError, is_eval ? std::string("locals must be a mapping")
                                   : "locals must be a mapping or None, not " + I.type_name(l));
    I.raise(I.TypeError, "not supported by the playground yet: a locals mapping that is not a dict");
  }
  Dict* globals;
  Dict* locals;
  if (g.is_none()) {
    caller_namespace(I, globals, locals);
    if (!l.is_none()) locals = static_cast<Dict*>(l.o);
  } else {
    globals = static_cast<Dict*>(g.o);
    locals = l.is_none() ? globals : static_cast<Dict*>(l.o);
  }
  std::shared_ptr<const py::CodeObject> code;
  Value src = a[0];
  if (src.is_obj() && src.o->kind == Kind::Code) {
    code = static_cast<CodeRef*>(src.o)->code;
    if (!code->co_freevars.empty())
      I.raise(I.TypeError, std::string("code object passed to ") + fname + "() may not contain free variables");
  } else {
    std::string text;
    if (!source_text(I, src, text))
      I.raise(I.TypeError, std::string(fname) + "() arg 1 must be a string, bytes or code object");
    if (is_eval) {
      size_t i = 0;  // eval() ignores leading spaces and tabs
      while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
      text.erase(0, i);
    }
    code = compile_text(I, text, "<string>", is_eval ? "eval" : "exec");
  }
  Value r = run_code(I, code, globals, locals);
  return is_eval ? r : Value::none();
}

}  // namespace

Dict* frame_locals(Interp& I, Frame* f) {
  if (f->locals_dict) return f->locals_dict;
  if (!f->f_locals) f->f_locals = I.new_dict();
  Dict* d = f->f_locals;
  const auto& names = f->code->localsplusnames;
  const auto& kinds = f->code->localspluskinds;
  for (size_t i = 0; i < names.size() && i < f->fast.size(); ++i) {
    Value v = f->fast[i];
    bool cell_slot = (kinds[i] & (py::kFastCell | py::kFastFree)) != 0;
    if (cell_slot && v.is_obj() && v.o->kind == Kind::Cell) v = static_cast<Cell*>(v.o)->value;
    if (v.is_null()) I.dict_del(d, I.str(names[i]));
    else I.dict_set_str(d, names[i], v);
  }
  return d;
}

void init_compile_builtins(Interp& I) {
  auto def = [&I](const std::string& name, NativeFn fn) { I.dict_set_str(I.builtins, name, I.builtin(name, std::move(fn))); };
  // compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)
  def("compile", [](Interp& I2, CallArgs& a) -> Value {
    static const char* names[] = {"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"};
    std::vector<Value> args(7);
    for (size_t i = 0; i < a.size(); ++i) {
      if (i >= 6) I2.raise(I2.TypeError, "compile() takes at most 6 arguments (" + std::to_string(a.size()) + " given)");
      args[i] = a[i];
    }
    for (auto& [k, v] : a.kw) {
      size_t i = 0;
      while (i < 7 && k != names[i]) ++i;
      if (i == 7) I2.raise(I2.TypeError, "compile() got an unexpected keyword argument '" + k + "'");
      if (!args[i].is_null())
        I2.raise(I2.TypeError, "argument for compile() given by name ('" + k + "') and position (" +
                                   std::to_string(i + 1) + ")");
      args[i] = v;
    }
    for (size_t i = 0; i < 3; ++i)
      if (args[i].is_null())
        I2.raise(I2.TypeError, std::string("compile() missing required argument '") + names[i] + "' (pos " +
                                   std::to_string(i + 1) + ")");
    if (!args[3].is_null() && I2.index_value(args[3]) != 0)
      I2.raise(I2.TypeError, "not supported by the playground yet: compile() flags");
    std::string filename;
    if (is_str(args[1])) filename = static_cast<Str*>(args[1].o)->s;
    else if (args[1].is_obj() && args[1].o->kind == Kind::Bytes) filename = static_cast<Bytes*>(args[1].o)->s;
    else
      I2.raise(I2.TypeError, "expected str, bytes or os.PathLike object, not " + I2.type_name(args[1]));
    if (!is_str(args[2]))
      I2.raise(I2.TypeError, "compile() argument 'mode' must be str, not " + I2.type_name(args[2]));
    std::string mode = static_cast<Str*>(args[2].o)->s;
    if (mode != "exec" && mode != "eval" && mode != "single")
      I2.raise(I2.ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    std::string text;
    if (!source_text(I2, args[0], text))
      I2.raise(I2.TypeError, "compile() arg 1 must be a string, bytes or AST object");
    return Value::obj(I2.make<CodeRef>(I2.code_type, compile_text(I2, text, filename, mode)));
  });
  def("eval", [](Interp& I2, CallArgs& a) { return eval_or_exec(I2, a, true); });
  def("exec", [](Interp& I2, CallArgs& a) { return eval_or_exec(I2, a, false); });

  // SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])): SyntaxError_init.
  Type* se = I.SyntaxError;
  method(I, se, "__init__", [](Interp& I2, CallArgs& a) {
    auto* inst = static_cast<Instance*>(a[0].o);
    std::vector<Value> rest(a.pos.begin() + 1, a.pos.end());
    inst->args = I2.tuple(rest);
    if (!inst->dict) inst->dict = I2.new_dict();
    Dict* d = inst->dict;
    for (const char* n : {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset"})
      I2.dict_set_str(d, n, Value::none());
    I2.dict_set_str(d, "print_file_and_line", Value::none());
    if (!rest.empty()) I2.dict_set_str(d, "msg", rest[0]);
    if (rest.size() == 2) {
      std::vector<Value> info = I2.to_vector(rest[1]);
      if (info.size() < 4 || info.size() > 6) I2.raise(I2.IndexError, "tuple index out of range");
      const char* fields[] = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
      for (size_t i = 0; i < info.size(); ++i) I2.dict_set_str(d, fields[i], info[i]);
    }
    return Value::none();
  });
  // SyntaxError_str: "msg (file, line N)", the file's basename.
  method(I, se, "__str__", [](Interp& I2, CallArgs& a) {
    auto* inst = static_cast<Instance*>(a[0].o);
    Dict* d = inst->dict;
    Value msg = d ? I2.dict_get_str(d, "msg") : Value();
    std::string m = msg.is_null() ? "None" : I2.to_str(msg);
    Value fn = d ? I2.dict_get_str(d, "filename") : Value();
    Value ln = d ? I2.dict_get_str(d, "lineno") : Value();
    bool have_file = is_str(fn);
    bool have_line = !ln.is_null() && (ln.is_int() && !ln.is_bool());
    std::string file;
    if (have_file) {
      file = static_cast<Str*>(fn.o)->s;
      size_t slash = file.rfind('/');
      if (slash != std::string::npos) file = file.substr(slash + 1);
    }
    if (have_file && have_line) return I2.str(m + " (" + file + ", line " + std::to_string(ln.i) + ")");
    if (have_file) return I2.str(m + " (" + file + ")");
    if (have_line) return I2.str(m + " (line " + std::to_string(ln.i) + ")");
    return I2.str(m);
  });
}

// The last lines of a SyntaxError's traceback (print_exception_file_and_line + print_error_text):
// empty when `exc` is not a located SyntaxError.
std::string syntax_error_location_text(Interp& I, Value exc) {
  if (!(exc.is_obj() && exc.o->kind == Kind::Instance && I.isinstance(exc, I.SyntaxError))) return "";
  Dict* d = static_cast<Instance*>(exc.o)->dict;
  if (!d) return "";
  Value fn = I.dict_get_str(d, "filename");
  Value ln = I.dict_get_str(d, "lineno");
  if (!is_str(fn) || ln.is_null() || !ln.is_int() || ln.is_bool()) return "";
  py::SyntaxErrorInfo e;
  e.filename = static_cast<Str*>(fn.o)->s;
  e.lineno = static_cast<int>(ln.i);
  auto int_of = [&](const char* n, int dflt) {
    Value v = I.dict_get_str(d, n);
    return v.is_int() && !v.is_bool() ? static_cast<int>(v.i) : dflt;
  };
  e.col = int_of("offset", 0);
  e.end_lineno = int_of("end_lineno", e.lineno);
  e.end_col = int_of("end_offset", 0);
  Value text = I.dict_get_str(d, "text");
  if (is_str(text)) {
    e.text = static_cast<Str*>(text.o)->s;
    size_t nl = e.text.find('\n');
    if (nl != std::string::npos) e.text.erase(nl);
  }
  std::string out = py::format_syntax_error(e);
  if (!is_str(text)) {  // no source line: only the File line
    size_t nl = out.find('\n');
    out = out.substr(0, nl + 1);
  } else {
    // Drop format_syntax_error's last line ("SyntaxError: msg"): the caller adds the type and msg.
    out.erase(out.size() - 1);
    out.erase(out.rfind('\n') + 1);
  }
  return out;
}

}  // namespace dp::rt
