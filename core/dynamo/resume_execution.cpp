// Resume functions: after a graph break, the rest of the frame continues in a generated function
// `torch_dynamo_resume_in_<fn>_at_<line>` whose prologue reloads the live stack (`___stack0`, ...)
// and jumps to the resume offset; the original body is carried along. Mirrors
// torch/_dynamo/resume_execution.py (ContinueExecutionCache.generate).
#include "dynamo/resume_execution.h"

#include "python/opcode.h"

namespace dp::dynamo {

using py::Op;

rt::Value reenter(rt::Interp& I, const ReenterWith& w) {
  rt::Value ctx = I.call(w.ctx_class, w.target_values);
  I.call(I.getattr(ctx, "__enter__"), {});
  return ctx;
}

rt::Function* make_resume_function(rt::Interp& I, rt::Function* fn, int resume_offset,
                                   const std::vector<bool>& stack_is_null, int lineno,
                                   const std::vector<ReenterWith>& setup_fns) {
  const py::CodeObject& c = *fn->code;
  auto code = std::make_shared<py::CodeObject>();
  int nstack = static_cast<int>(stack_is_null.size());
  int K = 0;  // stack arguments: the non-NULL stack values
  for (bool n : stack_is_null) K += n ? 0 : 1;
  int L = c.nlocalsplus();
  int F = static_cast<int>(c.co_freevars.size());
  // Locals: ___stack0.. then the original localsplus (every non-free slot becomes an argument).
  for (int i = 0; i < K; ++i) {
    code->localsplusnames.push_back("___stack" + std::to_string(i));
    code->localspluskinds.push_back(py::kFastLocal);
  }
  for (int i = 0; i < L; ++i) {
    code->localsplusnames.push_back(c.localsplusnames[static_cast<size_t>(i)]);
    uint8_t k = c.localspluskinds[static_cast<size_t>(i)];
    if (!(k & py::kFastFree)) k |= py::kFastLocal;
    code->localspluskinds.push_back(k);
  }
  for (int i = 0; i < K + L - F; ++i) code->co_varnames.push_back(code->localsplusnames[static_cast<size_t>(i)]);
  code->co_cellvars = c.co_cellvars;
  code->co_freevars = c.co_freevars;
  code->co_argcount = K + L - F;
  code->co_flags = c.co_flags & ~(py::CO_VARARGS | py::CO_VARKEYWORDS | py::CO_GENERATOR);
  code->co_stacksize = c.co_stacksize + nstack + 2;
  code->co_consts = c.co_consts;
  code->co_names = c.co_names;
  code->co_filename = c.co_filename;
  code->co_firstlineno = lineno;
  code->co_name = "torch_dynamo_resume_in_" + c.co_name + "_at_" + std::to_string(lineno);
  size_t dot = c.co_qualname.rfind('.');
  code->co_qualname = (dot == std::string::npos ? "" : c.co_qualname.substr(0, dot + 1)) + code->co_name;
  if (K > 255) return nullptr;

  // Prologue.
  py::Position pos;
  size_t unit = static_cast<size_t>(resume_offset / 2);
  if (unit < c.positions.size()) pos = c.positions[unit];
  pos.lineno = lineno;
  std::vector<uint8_t> pro;
  auto emit = [&](Op op, int arg) {
    pro.push_back(static_cast<uint8_t>(op));
    pro.push_back(static_cast<uint8_t>(arg));
  };
  auto emit_with_caches = [&](Op op, int arg) {
    emit(op, arg);
    for (int j = 0; j < py::op_caches(op); ++j) emit(Op::CACHE, 0);
  };
  if (F > 0) emit(Op::COPY_FREE_VARS, F);
  emit(Op::RESUME, 0);
  // Where each re-entered block's region starts (after its BEFORE_WITH), in bytes.
  std::vector<int> block_starts;
  for (int i = 0, k = 0; i < nstack; ++i) {
    if (stack_is_null[static_cast<size_t>(i)]) emit(Op::PUSH_NULL, 0);
    else emit(Op::LOAD_FAST, k++);
    for (const ReenterWith& w : setup_fns) {
      if (w.stack_index != static_cast<size_t>(i)) continue;
      // ReenterWith.__call__: the class on the stack called with the target values, entered.
      emit(Op::PUSH_NULL, 0);
      emit(Op::SWAP, 2);
      for (const rt::Value& v : w.target_values) {
        py::Const k;
        if (v.is_bool()) {
          k.kind = py::Const::Kind::Bool;
          k.b = v.b;
        }
        size_t index = code->co_consts.size();
        if (index > 255) return nullptr;
        code->co_consts.push_back(k);
        emit(Op::LOAD_CONST, static_cast<int>(index));
      }
      int n = static_cast<int>(w.target_values.size());
      emit_with_caches(Op::PRECALL, n);
      emit_with_caches(Op::CALL, n);
      emit(Op::BEFORE_WITH, 0);
      block_starts.push_back(static_cast<int>(pro.size()));
      emit(Op::POP_TOP, 0);
    }
  }
  if (block_starts.size() != setup_fns.size()) return nullptr;
  int P = static_cast<int>(pro.size() / 2) + 1;  // + the JUMP_FORWARD
  int target_unit = P + resume_offset / 2;
  int delta = target_unit - P;
  if (delta > 255) {
    // Needs EXTENDED_ARG: one more unit in front of the jump.
    P += 1;
    target_unit = P + resume_offset / 2;
    delta = target_unit - P;
    emit(Op::EXTENDED_ARG, delta >> 8);
  }
  emit(Op::JUMP_FORWARD, delta & 0xff);
  code->co_code = pro;
  for (size_t i = 0; i < pro.size() / 2; ++i) code->positions.push_back(pos);
  // The rest of the prologue is inside the re-entered with blocks: covered by their handlers in
  // the original code (the inner one from its BEFORE_WITH's next instruction on), as the body is.
  for (size_t j = 0; j < setup_fns.size(); ++j) {
    py::ExceptionTableEntry e;
    e.start = block_starts[j];
    e.end = j + 1 < setup_fns.size() ? block_starts[j + 1] : static_cast<int>(pro.size());
    e.target = setup_fns[j].target + 2 * P;
    e.depth = setup_fns[j].depth;
    e.lasti = setup_fns[j].lasti;
    code->exceptiontable.push_back(e);
  }

  // Body: the original code with localsplus indices shifted by K.
  std::vector<uint8_t> body = c.co_code;
  for (size_t i = 0; i + 1 < body.size(); i += 2) {
    auto op = static_cast<Op>(body[i]);
    if (op == Op::CACHE) continue;
    if (py::uses_localsplus(op)) {
      int arg = body[i + 1] + K;
      bool extended = i >= 2 && static_cast<Op>(body[i - 2]) == Op::EXTENDED_ARG;
      if (arg > 255 || extended) return nullptr;
      body[i + 1] = static_cast<uint8_t>(arg);
    }
    if (op == Op::COPY_FREE_VARS) body[i] = static_cast<uint8_t>(Op::NOP), body[i + 1] = 0;
    i += 2 * static_cast<size_t>(py::op_info(static_cast<uint8_t>(op)).caches);
  }
  code->co_code.insert(code->co_code.end(), body.begin(), body.end());
  code->positions.insert(code->positions.end(), c.positions.begin(), c.positions.end());
  for (auto e : c.exceptiontable) {
    e.start += 2 * P;
    e.end += 2 * P;
    e.target += 2 * P;
    code->exceptiontable.push_back(e);
  }

  rt::Function* r = I.make<rt::Function>(I.function_type);
  r->code = code;
  r->globals = fn->globals;
  r->closure = fn->closure;
  r->name = code->co_name;
  r->qualname = code->co_qualname;
  r->module_name = fn->module_name;
  r->is_resume = true;
  return r;
}

}  // namespace dp::dynamo
