// Mirrors CPython 3.11's Python/ast_unparse.c (_PyAST_ExprAsUnicode): the source text of an
// expression, as `from __future__ import annotations` stores annotations. Throws
// std::runtime_error for an f-string, which the playground does not unparse yet.
#pragma once
#include <string>

#include "python/ast.h"

namespace dp::py {

std::string unparse_annotation(const Expr& e);

}  // namespace dp::py
