// AST-level constant folding (mirrors Python/ast_opt.c of CPython 3.11).
#pragma once
#include "python/ast.h"

namespace dp::py {

void optimize_ast(Module& m);

// Python truthiness of a constant.
bool const_truthy(const Const& c);

}  // namespace dp::py
