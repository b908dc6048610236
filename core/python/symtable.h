// Symbol tables: which names are local, global, free or cell in each scope. Mirrors
// Python/symtable.c of CPython 3.11 (the visiting order, the DEF_* flags, analyze_block /
// analyze_name / analyze_cells / drop_class_free / update_symbols, the implicit `__class__`
// cell for methods using super(), and the same SyntaxErrors).
#pragma once
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "python/ast.h"
#include "python/errors.h"

namespace dp::py {

enum SymFlag : int {
  DEF_GLOBAL = 1,
  DEF_LOCAL = 2,
  DEF_PARAM = 4,
  DEF_NONLOCAL = 8,
  USE = 16,
  DEF_FREE = 32,
  DEF_FREE_CLASS = 64,
  DEF_IMPORT = 128,
  DEF_ANNOT = 256,
  DEF_COMP_ITER = 512,
  DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT,
};

enum SymScope : int { SCOPE_NONE = 0, LOCAL = 1, GLOBAL_EXPLICIT = 2, GLOBAL_IMPLICIT = 3, FREE = 4, CELL = 5 };

enum class BlockType : uint8_t { Module, Function, Class };

struct SymEntry {
  std::string name;
  BlockType type = BlockType::Module;
  int lineno = 0;
  // Symbols in insertion order with their DEF_* flags; scope filled by the analysis.
  std::vector<std::string> order;
  std::unordered_map<std::string, int> flags;
  std::unordered_map<std::string, int> scope;
  std::vector<std::string> varnames;  // parameters, in order
  std::vector<SymEntry*> children;
  bool nested = false, generator = false, coroutine = false, varargs = false, varkeywords = false;
  bool child_free = false, has_free = false, needs_class_closure = false, comprehension = false;
  std::string comp_kind;
  int comp_iter_expr =
      0;  // > 0 while visiting a comprehension's iterable (no := there)  // comprehensions: "list", "set", "dict" or "generator" (error messages)
  // Location of global/nonlocal directives per name (for error messages).
  std::unordered_map<std::string, Loc> directives;

  int get_scope(const std::string& n) const {
    auto it = scope.find(n);
    return it == scope.end() ? SCOPE_NONE : it->second;
  }
  int get_flags(const std::string& n) const {
    auto it = flags.find(n);
    return it == flags.end() ? 0 : it->second;
  }
};

struct SymTable {
  std::vector<std::unique_ptr<SymEntry>> entries;
  SymEntry* top = nullptr;
  std::unordered_map<const void*, SymEntry*> by_node;  // FunctionDef/ClassDef/Lambda/comprehension node
  SymEntry* lookup(const void* node) const {
    auto it = by_node.find(node);
    return it == by_node.end() ? nullptr : it->second;
  }
};

// Builds and analyzes the symbol table; throws CompileError for scoping errors.
std::unique_ptr<SymTable> build_symtable(const Module& m, const SourceLines& src);

// Private name mangling (`__x` inside class C -> `_C__x`).
std::string mangle(const std::string& private_name, const std::string& name);

}  // namespace dp::py
