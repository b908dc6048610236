// AST -> code objects. Mirrors the code-generation half of CPython 3.11's Python/compile.c.
#pragma once
#include <memory>
#include <string>

#include "python/ast.h"
#include "python/errors.h"

namespace dp::py {

// The three start symbols of compile(): 'exec' (a module), 'eval' (the module's one expression
// statement, whose value is returned), 'single' (expression statements print their value).
enum class CompileMode { Exec, Eval, Single };

std::shared_ptr<const CodeObject> compile_ast(Module& m, const SourceLines& src, CompileMode mode = CompileMode::Exec);

}  // namespace dp::py
