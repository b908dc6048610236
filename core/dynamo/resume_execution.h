// See resume_execution.cpp.
#pragma once
#include "runtime/interp.h"

namespace dp::dynamo {

// A with block the frame was inside at a graph break (resume_execution.py ReenterWith): its
// context manager is made again by calling `ctx_class(*target_values)` and entered around the
// instruction that runs eagerly and at the start of the resume function, where its `__exit__`
// takes the stack slot `stack_index` (the class is passed there). `target`, `depth`, `lasti`: the
// with statement's exception table handler, which still covers the rest of its body.
struct ReenterWith {
  size_t stack_index = 0;
  rt::Value ctx_class;
  std::vector<rt::Value> target_values;
  int target = 0;
  int depth = 0;
  bool lasti = false;
};

// `ctx_class(*target_values)` entered (ReenterWith's `ctx.__enter__()`); returns the context
// manager object.
rt::Value reenter(rt::Interp& I, const ReenterWith& w);

// A function that resumes `fn` at byte offset `resume_offset` with the live stack described by
// `stack_is_null` (true: a NULL, which the prologue pushes itself, as PyTorch's resume functions
// do). Its arguments are ___stack0.. for the non-NULL stack values followed by every non-free local
// slot of `fn`. For each of `setup_fns` the prologue calls the class passed at its stack index and
// enters the result (`with ctx_class(*target_values):`). Returns nullptr when the code cannot be
// rewritten (very large frames).
rt::Function* make_resume_function(rt::Interp& I, rt::Function* fn, int resume_offset,
                                   const std::vector<bool>& stack_is_null, int lineno,
                                   const std::vector<ReenterWith>& setup_fns);

}  // namespace dp::dynamo
