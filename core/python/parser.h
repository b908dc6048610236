// Recursive-descent parser for the supported Python 3.11 subset. Mirrors the grammar of
// CPython's Grammar/python.gram (and string literal handling of Parser/string_parser.c),
// producing the same AST node locations and the same SyntaxError messages for common errors.
#pragma once
#include <string>

#include "python/ast.h"
#include "python/errors.h"

namespace dp::py {

// Parses a module. `src` receives the source lines (for error text). Throws CompileError.
// eval: the source is one expression (compile()'s 'eval' mode), returned as the module's one
// expression statement.
Module parse_module(const std::string& source, SourceLines& src, bool eval = false);

// Name of an expression kind as CPython's error messages spell it ("function call", ...).
const char* expr_name(const Expr& e);

}  // namespace dp::py
