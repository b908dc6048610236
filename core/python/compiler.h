// AST -> code objects. Mirrors the code-generation half of CPython 3.11's Python/compile.c.
#pragma once
#include <memory>
#include <string>

#include "python/ast.h"
#include "python/errors.h"

namespace dp::py {

std::shared_ptr<const CodeObject> compile_ast(Module& m, const SourceLines& src);

}  // namespace dp::py
