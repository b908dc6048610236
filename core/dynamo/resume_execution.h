// See resume_execution.cpp.
#pragma once
#include "runtime/interp.h"

namespace dp::dynamo {

// A function that resumes `fn` at byte offset `resume_offset` with the live stack described by
// `stack_is_null` (true: a NULL, which the prologue pushes itself, as PyTorch's resume functions
// do). Its arguments are ___stack0.. for the non-NULL stack values followed by every non-free local
// slot of `fn`. Returns nullptr when the code cannot be rewritten (very large frames).
rt::Function* make_resume_function(rt::Interp& I, rt::Function* fn, int resume_offset,
                                   const std::vector<bool>& stack_is_null, int lineno);

}  // namespace dp::dynamo
