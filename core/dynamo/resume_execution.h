// See resume_execution.cpp.
#pragma once
#include "runtime/interp.h"

namespace dp::dynamo {

// A function that resumes `fn` at byte offset `resume_offset` with `nstack` live stack values.
// Its arguments are ___stack0..___stack{nstack-1} followed by every non-free local slot of `fn`.
// Returns nullptr when the code cannot be rewritten (very large frames).
rt::Function* make_resume_function(rt::Interp& I, rt::Function* fn, int resume_offset, int nstack, int lineno);

}  // namespace dp::dynamo
