// The abstract syntax tree for the supported Python 3.11 subset. Mirrors the node kinds and
// fields of CPython's Parser/Python.asdl (Include/internal/pycore_ast.h), flattened into two
// structs (Expr, Stmt) with a kind tag; the comments list which fields each kind uses.
// Locations are CPython's: 1-based lines, 0-based UTF-8 byte columns, end exclusive.
#pragma once
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "python/code.h"

namespace dp::py {

struct Loc {
  int lineno = 0, col = 0, end_lineno = 0, end_col = 0;
};

enum class Ctx : uint8_t { Load, Store, Del };

// Numbered like CPython's NB_* operator codes (the BINARY_OP argument).
enum class BinOpKind : uint8_t {
  Add = 0,
  BitAnd = 1,
  FloorDiv = 2,
  LShift = 3,
  MatMult = 4,
  Mult = 5,
  Mod = 6,
  BitOr = 7,
  Pow = 8,
  RShift = 9,
  Sub = 10,
  Div = 11,
  BitXor = 12
};
enum class UnaryOpKind : uint8_t { Invert, Not, UAdd, USub };
enum class BoolOpKind : uint8_t { And, Or };
enum class CmpOp : uint8_t { Lt, LtE, Eq, NotEq, Gt, GtE, Is, IsNot, In, NotIn };

enum class ExprKind : uint8_t {
  BoolOp,
  NamedExpr,
  BinOp,
  UnaryOp,
  Lambda,
  IfExp,
  Dict,
  Set,
  ListComp,
  SetComp,
  DictComp,
  GeneratorExp,
  Compare,
  Call,
  FormattedValue,
  JoinedStr,
  Constant,
  Attribute,
  Subscript,
  Starred,
  Name,
  List,
  Tuple,
  Slice,
  Yield,
  YieldFrom,
  Await
};

struct Expr;
struct Stmt;
using ExprP = std::unique_ptr<Expr>;
using StmtP = std::unique_ptr<Stmt>;

struct Keyword {
  std::string arg;  // empty for `**value`
  ExprP value;
  Loc loc;
};

struct Comprehension {
  ExprP target, iter;
  std::vector<ExprP> ifs;
  bool is_async = false;  // `async for`
};

struct Arg {
  std::string name;
  ExprP annotation;
  Loc loc;
};

struct Arguments {
  std::vector<Arg> posonlyargs, args, kwonlyargs;
  std::vector<ExprP> defaults;     // for the last len(defaults) of posonlyargs+args
  std::vector<ExprP> kw_defaults;  // one per kwonly arg; nullptr when absent
  std::unique_ptr<Arg> vararg, kwarg;
};

// Field use per kind:
//   BoolOp: op, values           NamedExpr: a=target b=value      BinOp: a op b
//   UnaryOp: op a                Lambda: args, a=body              IfExp: a=test b=body c=orelse
//   Dict: elts=keys (nullptr for **), values                        Set/List/Tuple: elts, ctx
//   ListComp/SetComp/GeneratorExp: a=elt, generators                DictComp: a=key b=value, generators
//   Compare: a=left, ops, elts=comparators                          Call: a=func, elts=args, keywords
//   FormattedValue: a=value, conversion, b=format_spec (JoinedStr)  JoinedStr: values
//   Constant: value              Attribute: a=value, id=attr, ctx  Subscript: a=value b=slice, ctx
//   Starred: a=value, ctx        Name: id, ctx                     Slice: a=lower b=upper c=step
//   Yield: a=value (nullptr for a bare `yield`)                     YieldFrom: a=value
//   Await: a=value
struct Expr {
  ExprKind kind;
  Loc loc;
  Ctx ctx = Ctx::Load;
  int op = 0;
  int conversion = -1;
  std::string id;
  Const value;
  ExprP a, b, c;
  std::vector<ExprP> elts, values;
  std::vector<CmpOp> ops;
  std::vector<Keyword> keywords;
  std::vector<Comprehension> generators;
  std::unique_ptr<Arguments> args;
  int depth = 1;  // height of this subtree (bounded by the parser to avoid deep recursion)
  Expr(ExprKind k, Loc l) : kind(k), loc(l) {}
};

enum class StmtKind : uint8_t {
  FunctionDef,
  ClassDef,
  Return,
  Delete,
  Assign,
  AugAssign,
  AnnAssign,
  For,
  While,
  If,
  With,
  Raise,
  Try,
  Assert,
  Import,
  ImportFrom,
  Global,
  Nonlocal,
  Expr,
  Pass,
  Break,
  Continue,
  Match
};

// Match statement patterns (Python.asdl's `pattern`). Field use per kind:
//   MatchValue: value            MatchSingleton: singleton         MatchSequence: patterns
//   MatchMapping: keys, patterns, name=rest (has_name)             MatchStar: name (has_name)
//   MatchClass: cls, patterns, kwd_attrs, kwd_patterns              MatchOr: patterns
//   MatchAs: pattern (nullptr: capture or wildcard), name (has_name; no name: `_`)
enum class PatternKind : uint8_t {
  MatchValue,
  MatchSingleton,
  MatchSequence,
  MatchMapping,
  MatchClass,
  MatchStar,
  MatchAs,
  MatchOr
};
struct Pattern;
using PatternP = std::unique_ptr<Pattern>;
struct Pattern {
  PatternKind kind;
  Loc loc;
  ExprP value, cls;
  Const singleton;
  std::vector<PatternP> patterns, kwd_patterns;
  std::vector<ExprP> keys;
  std::vector<std::string> kwd_attrs;
  std::string name;
  bool has_name = false;
  PatternP pattern;
  Pattern(PatternKind k, Loc l) : kind(k), loc(l) {}
};
struct MatchCase {
  PatternP pattern;
  ExprP guard;
  std::vector<StmtP> body;
};

struct Alias {
  std::string name, asname;
  Loc loc;
};

struct WithItem {
  ExprP context_expr, optional_vars;
};

struct ExceptHandler {
  ExprP type;
  std::string name;
  std::vector<StmtP> body;
  Loc loc;
};

// Field use per kind:
//   FunctionDef: name, args, body, decorators, returns    ClassDef: name, bases, keywords, body, decorators
//   Return: value                Delete: targets           Assign: targets, value
//   AugAssign: target op value   AnnAssign: target, annotation, value, simple
//   For: target iter body orelse While: test body orelse   If: test body orelse
//   With: items body             Raise: value=exc, cause   Try: body handlers orelse finalbody
//   Assert: test, value=msg      Import: names             ImportFrom: name=module, names, level
//   Global/Nonlocal: idents      Expr: value               Pass/Break/Continue: -
//   Match: value=subject, cases
struct Stmt {
  StmtKind kind;
  Loc loc;
  std::string name;
  std::unique_ptr<Arguments> args;
  ExprP returns, target, value, test, iter, cause, annotation;
  std::vector<StmtP> body, orelse, finalbody;
  std::vector<ExprP> decorators, targets, bases;
  std::vector<Keyword> keywords;
  std::vector<WithItem> items;
  std::vector<ExceptHandler> handlers;
  std::vector<MatchCase> cases;
  std::vector<Alias> names;
  std::vector<std::string> idents;
  int op = 0;
  int level = 0;
  bool simple = false;
  bool is_async = false;  // FunctionDef, For, With: CPython's AsyncFunctionDef, AsyncFor, AsyncWith
  bool is_star = false;   // Try: CPython's TryStar (`except*` clauses)
  Stmt(StmtKind k, Loc l) : kind(k), loc(l) {}
};

struct Module {
  std::vector<StmtP> body;
  // Every identifier of the source (NAME tokens that are not keywords). CPython's parser interns
  // them before compiling, which decides whether a frozenset constant is rebuilt once more when
  // its code object is created (Compiler::exit_scope). compile_module adds the strings the
  // interpreter had interned before (CompileOptions::startup_interned).
  std::unordered_set<std::string> identifiers;
};

}  // namespace dp::py
