// Code generation: walks the AST and emits pseudo-instructions into a CFG per code unit.
// Mirrors the codegen half of CPython 3.11's Python/compile.c (compiler_enter_scope,
// compiler_visit_stmt/expr, compiler_call/maybe_optimize_method_call, compiler_jump_if,
// the fblock unwinding for break/continue/return, try/except/finally/with, comprehensions,
// class bodies with __class__ cells, closures and MAKE_FUNCTION).
#include "python/compiler.h"

#include <algorithm>
#include <unordered_map>

#include "python/ast_unparse.h"
#include "python/consts.h"
#include "python/flowgraph.h"
#include "python/symtable.h"

namespace dp::py {
namespace {

constexpr int kStackUseGuideline = 30;

enum class ScopeType { Module, Class, Function, Lambda, Comprehension };
enum class FBType {
  WhileLoop,
  ForLoop,
  TryExcept,
  FinallyTry,
  FinallyEnd,
  With,
  HandlerCleanup,
  PopValue,
  ExceptionHandler,
  ExceptionGroupHandler
};

struct FBlock {
  explicit FBlock(FBType t, Block* b = nullptr, Block* e = nullptr) : type(t), block(b), exit(e) {}
  FBType type;
  Block* block = nullptr;
  Block* exit = nullptr;
  const std::vector<StmtP>* finalbody = nullptr;  // FinallyTry
  const Stmt* with_stmt = nullptr;                // With
  std::string name;                               // HandlerCleanup (except ... as name)
  bool has_name = false;
};

struct NameList {
  std::vector<std::string> list;
  std::unordered_map<std::string, int> index;
  int add(const std::string& n) {
    auto it = index.find(n);
    if (it != index.end()) return it->second;
    list.push_back(n);
    index.emplace(n, static_cast<int>(list.size()) - 1);
    return static_cast<int>(list.size()) - 1;
  }
  int find(const std::string& n) const {
    auto it = index.find(n);
    return it == index.end() ? -1 : it->second;
  }
};

struct Unit {
  SymEntry* ste = nullptr;
  ScopeType scope = ScopeType::Module;
  std::string name, qualname, private_name;
  CFG cfg;
  Block* cur = nullptr;
  std::vector<Const> consts;
  std::unordered_map<std::string, int> const_index;
  NameList names, varnames, cellvars, freevars;
  Position loc;
  int firstlineno = 0;
  int argcount = 0, posonly = 0, kwonly = 0;
  bool async_function = false;  // COMPILER_SCOPE_ASYNC_FUNCTION
  std::vector<FBlock> fblocks;
};

Position to_pos(const Loc& l) { return Position{l.lineno, l.end_lineno, l.col, l.end_col}; }

int cmp_arg(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return 0;
    case CmpOp::LtE: return 1;
    case CmpOp::Eq: return 2;
    case CmpOp::NotEq: return 3;
    case CmpOp::Gt: return 4;
    case CmpOp::GtE: return 5;
    default: return 0;
  }
}

class Compiler {
 public:
  Compiler(SymTable& st, const SourceLines& src, const std::unordered_set<std::string>& identifiers)
      : st_(st), src_(src), identifiers_(identifiers) {}

  std::shared_ptr<const CodeObject> module(Module& m) {
    future_parse(m.body);
    enter_scope("<module>", ScopeType::Module, nullptr, 1);
    body(m.body);
    return exit_scope(true);
  }

  // compile(..., 'eval') (compiler_mod's Expression_kind): the expression's value is returned.
  std::shared_ptr<const CodeObject> expression(Module& m) {
    enter_scope("<module>", ScopeType::Module, nullptr, 1);
    set_loc(m.body[0]->loc);
    visit_expr(*m.body[0]->value);
    addop(op(Op::RETURN_VALUE));
    return exit_scope(false);
  }

  // compile(..., 'single') (Interactive_kind): the statements as a module's, except that an
  // expression statement outside any function prints its value (PRINT_EXPR, sys.displayhook).
  std::shared_ptr<const CodeObject> interactive(Module& m) {
    interactive_ = true;
    future_parse(m.body);
    enter_scope("<module>", ScopeType::Module, nullptr, 1);
    if (find_ann(m.body)) addop(op(Op::SETUP_ANNOTATIONS));
    stmts(m.body);
    return exit_scope(true);
  }

 private:
  SymTable& st_;
  const SourceLines& src_;
  const std::unordered_set<std::string>& identifiers_;
  bool interactive_ = false;
  std::vector<std::unique_ptr<Unit>> stack_;
  Unit* u_ = nullptr;
  // merge_consts_recursive's c_const_cache, for frozensets: the first frozenset constant of the
  // module equal (as a set) to a later one is the one the later one loads, in its iteration order.
  std::unordered_map<std::string, Const> frozenset_cache_;

  // Python/future.c: the `from __future__ import ...` statements at the top of the module (after
  // its docstring) select features; only `annotations` changes what is compiled here.
  bool future_annotations_ = false;
  int future_lineno_ = -1;  // line of the last of them (a later one is an error)

  void future_parse(const std::vector<StmtP>& stmts) {
    size_t i = is_docstring(stmts) ? 1 : 0;
    for (; i < stmts.size(); ++i) {
      const Stmt& s = *stmts[i];
      if (s.kind != StmtKind::ImportFrom || s.name != "__future__") return;
      for (const Alias& a : s.names) {
        const std::string& f = a.name;
        if (f == "nested_scopes" || f == "generators" || f == "division" || f == "absolute_import" ||
            f == "with_statement" || f == "print_function" || f == "unicode_literals" || f == "generator_stop" ||
            f == "barry_as_FLUFL")
          continue;
        // future.c reports these at the statement's first column only (one caret).
        Loc at{s.loc.lineno, s.loc.col, s.loc.lineno, s.loc.col + 1};
        if (f == "annotations") {
          future_annotations_ = true;
        } else if (f == "braces") {
          error("not a chance", at);
        } else {
          error("future feature " + f + " is not defined", at);
        }
      }
      future_lineno_ = s.loc.lineno;
    }
  }

  // symtable.c's annotation block: under the future import, these cannot appear in an annotation.
  void check_annotation_block(const Expr& e) {
    const char* what = e.kind == ExprKind::NamedExpr                                    ? "named expression"
                       : (e.kind == ExprKind::Yield || e.kind == ExprKind::YieldFrom) ? "yield expression"
                       : e.kind == ExprKind::Await                                    ? "await expression"
                                                                                      : nullptr;
    if (what) error(std::string("'") + what + "' can not be used within an annotation", e.loc);
    for (const Expr* c : {e.a.get(), e.b.get(), e.c.get()})
      if (c) check_annotation_block(*c);
    for (const auto& x : e.elts)
      if (x) check_annotation_block(*x);
    for (const auto& x : e.values)
      if (x) check_annotation_block(*x);
    for (const auto& k : e.keywords) check_annotation_block(*k.value);
    for (const auto& g : e.generators) {
      check_annotation_block(*g.target);
      check_annotation_block(*g.iter);
      for (const auto& x : g.ifs) check_annotation_block(*x);
    }
  }

  // compiler_visit_annexpr: under `from __future__ import annotations` an annotation is the string
  // of its source (ast_unparse.c), never evaluated.
  void annotation_expr(const Expr& e) {
    if (!future_annotations_) {
      visit_expr(e);
      return;
    }
    check_annotation_block(e);
    std::string text;
    try {
      text = unparse_annotation(e);
    } catch (const std::runtime_error& what) {
      error(std::string("not supported by the playground yet: ") + what.what(), e.loc);
    }
    load_const(str_const(text));
  }

  [[noreturn]] void error(const std::string& msg, const Loc& l) {
    raise_error(src_, "SyntaxError", msg, l.lineno, l.col, l.end_lineno, l.end_col);
  }
  [[noreturn]] void error_here(const std::string& msg) {
    raise_error(src_, "SyntaxError", msg, u_->loc.lineno, u_->loc.col_offset, u_->loc.end_lineno,
                u_->loc.end_col_offset);
  }

  // ---- units ---------------------------------------------------------------------------
  void enter_scope(const std::string& name, ScopeType scope, const void* node, int lineno) {
    auto u = std::make_unique<Unit>();
    u->scope = scope;
    u->name = name;
    u->ste = node ? st_.lookup(node) : st_.top;
    if (u_) u->private_name = u_->private_name;
    for (auto& v : u->ste->varnames) u->varnames.add(v);
    std::vector<std::string> cells, frees;
    for (auto& n : u->ste->order) {
      int sc = u->ste->get_scope(n);
      int fl = u->ste->get_flags(n);
      if (sc == CELL) cells.push_back(n);
      if (sc == FREE || (fl & DEF_FREE_CLASS)) frees.push_back(n);
    }
    std::sort(cells.begin(), cells.end());
    std::sort(frees.begin(), frees.end());
    if (u->ste->needs_class_closure) u->cellvars.add("__class__");
    for (auto& c : cells) u->cellvars.add(c);
    for (auto& f : frees) u->freevars.add(f);
    u->firstlineno = lineno;
    u->loc = Position{lineno, lineno, 0, 0};
    u->cur = u->cfg.new_block();
    u->cfg.entry = u->cur;
    Unit* parent = u_;
    if (parent) stack_.back().swap(stack_.back());
    stack_.push_back(std::move(u));
    u_ = stack_.back().get();
    if (scope == ScopeType::Module) {
      u_->loc.lineno = 0;
    } else {
      set_qualname(parent);
    }
    addop_i(op(Op::RESUME), 0);
    if (scope == ScopeType::Module) u_->loc.lineno = -1;
  }

  void set_qualname(Unit* parent) {
    Unit* u = u_;
    std::string base;
    bool has_base = false;
    if (parent && parent->scope != ScopeType::Module) {
      bool force_global = false;
      if (u->scope == ScopeType::Function || u->scope == ScopeType::Class) {
        std::string mangled = mangle(parent->private_name, u->name);
        if (parent->ste->get_scope(mangled) == GLOBAL_EXPLICIT) force_global = true;
      }
      if (!force_global) {
        if (parent->scope == ScopeType::Function || parent->scope == ScopeType::Lambda)
          base = parent->qualname + ".<locals>";
        else base = parent->qualname;
        has_base = true;
      }
    }
    u->qualname = has_base ? base + "." + u->name : u->name;
  }

  int code_flags() {
    int flags = 0;
    SymEntry* ste = u_->ste;
    if (future_annotations_) flags |= 0x1000000;  // CO_FUTURE_ANNOTATIONS, on every code object of the module
    if (ste->type == BlockType::Function) {
      flags |= CO_NEWLOCALS | CO_OPTIMIZED;
      if (ste->nested) flags |= CO_NESTED;
      if (ste->generator && !ste->coroutine) flags |= CO_GENERATOR;
      if (!ste->generator && ste->coroutine) flags |= CO_COROUTINE;
      if (ste->generator && ste->coroutine) flags |= CO_ASYNC_GENERATOR;
      if (ste->varargs) flags |= CO_VARARGS;
      if (ste->varkeywords) flags |= CO_VARKEYWORDS;
    }
    return flags;
  }

  std::shared_ptr<const CodeObject> exit_scope(bool add_none) {
    // Make sure every block that falls off the end returns None.
    Instr* last = u_->cur->instrs.empty() ? nullptr : &u_->cur->instrs.back();
    if (!last || last->opcode != op(Op::RETURN_VALUE)) {
      unset_loc();
      if (add_none) load_const_none();
      addop(op(Op::RETURN_VALUE));
    }
    AssembleInput in;
    in.name = u_->name;
    in.qualname = u_->scope == ScopeType::Module ? u_->name : u_->qualname;
    in.filename = src_.filename;
    in.firstlineno = u_->firstlineno;
    in.argcount = u_->argcount;
    in.posonlyargcount = u_->posonly;
    in.kwonlyargcount = u_->kwonly;
    in.flags = code_flags();
    in.is_generator = u_->ste->generator || u_->ste->coroutine;
    in.consts = std::move(u_->consts);
    for (Const& c : in.consts)
      if (c.kind == Const::Kind::FrozenSet && interning_replaces_item(c)) c = rebuild_frozenset(c);
    in.names = u_->names.list;
    in.varnames = u_->varnames.list;
    in.cellvars = u_->cellvars.list;
    in.freevars = u_->freevars.list;
    std::shared_ptr<CodeObject> co = assemble(u_->cfg, std::move(in));
    stack_.pop_back();
    u_ = stack_.empty() ? nullptr : stack_.back().get();
    return co;
  }

  // ---- emission ------------------------------------------------------------------------
  Block* new_block() { return u_->cfg.new_block(); }
  void use_next_block(Block* b) {
    u_->cur->next = b;
    u_->cur = b;
  }
  Instr& emit(int opcode, int oparg, Block* target, const Position& loc) {
    Block* b = u_->cur;
    if (!b->instrs.empty()) {
      const Instr& l = b->instrs.back();
      if (is_jump_op(l.opcode) || is_scope_exit_op(l.opcode)) {
        Block* nb = new_block();
        use_next_block(nb);
        b = nb;
      }
    }
    Instr in;
    in.opcode = opcode;
    in.oparg = oparg;
    in.target = target;
    in.loc = loc;
    b->instrs.push_back(in);
    return b->instrs.back();
  }
  void addop(int opcode) { emit(opcode, 0, nullptr, u_->loc); }
  void addop_i(int opcode, int oparg) { emit(opcode, oparg, nullptr, u_->loc); }
  void addop_noline(int opcode) { emit(opcode, 0, nullptr, Position{}); }
  void addop_i_noline(int opcode, int oparg) { emit(opcode, oparg, nullptr, Position{}); }
  void addop_j(int opcode, Block* target) { emit(opcode, 0, target, u_->loc); }
  void addop_j_noline(int opcode, Block* target) { emit(opcode, 0, target, Position{}); }
  void set_loc(const Loc& l) { u_->loc = to_pos(l); }
  void unset_loc() { u_->loc = Position{}; }

  int add_const(const Const& given) {
    const Const& c = given.kind == Const::Kind::FrozenSet ? merged_frozenset(given) : given;
    std::string k = const_key(c);
    auto it = u_->const_index.find(k);
    if (it != u_->const_index.end()) return it->second;
    u_->consts.push_back(c);
    int idx = static_cast<int>(u_->consts.size()) - 1;
    u_->const_index.emplace(k, idx);
    return idx;
  }
  // Creating a code object interns its name-like string constants, those inside frozensets too
  // (intern_string_constants); a frozenset is rebuilt when interning replaced one of its strings
  // by an equal string interned earlier. Earlier means, here, an identifier of the module (the
  // parser interned it) or a string the interpreter had interned before compiling, when the caller
  // knows them (CompileOptions::startup_interned, docs/dis-conformance.md). One-character and
  // empty strings are singletons: never replaced.
  bool interning_replaces_item(const Const& set) const {
    for (const Const& x : set.items) {
      if (x.kind != Const::Kind::Str || x.s.size() < 2) continue;
      bool name_chars = true;
      for (unsigned char ch : x.s) name_chars &= std::isalnum(ch) || ch == '_';
      if (name_chars && identifiers_.count(x.s)) return true;
    }
    return false;
  }
  const Const& merged_frozenset(const Const& c) {
    std::vector<std::string> keys;
    for (auto& x : c.items) keys.push_back(const_key(x));
    std::sort(keys.begin(), keys.end());
    std::string set_key;
    for (auto& k : keys) set_key += k + ",";
    return frozenset_cache_.emplace(set_key, c).first->second;
  }
  void load_const(const Const& c) { addop_i(op(Op::LOAD_CONST), add_const(c)); }
  void load_const_none() { load_const(Const{}); }
  static Const str_const(const std::string& s) {
    Const c;
    c.kind = Const::Kind::Str;
    c.s = s;
    return c;
  }
  static Const int_const(int64_t v) {
    Const c;
    c.kind = Const::Kind::Int;
    c.i = v;
    return c;
  }
  void addop_name(int opcode, const std::string& name) {
    addop_i(opcode, u_->names.add(mangle(u_->private_name, name)));
  }
  void addop_name_raw(int opcode, const std::string& name) { addop_i(opcode, u_->names.add(name)); }

  // ---- names ---------------------------------------------------------------------------
  void nameop(const std::string& name, Ctx ctx) {
    std::string m = mangle(u_->private_name, name);
    int scope = u_->ste->get_scope(m);
    enum { OP_FAST, OP_GLOBAL, OP_DEREF, OP_NAME } optype = OP_NAME;
    NameList* dict = &u_->names;
    bool is_function = u_->ste->type == BlockType::Function;
    switch (scope) {
      case FREE:
        dict = &u_->freevars;
        optype = OP_DEREF;
        break;
      case CELL:
        dict = &u_->cellvars;
        optype = OP_DEREF;
        break;
      case LOCAL:
        if (is_function) optype = OP_FAST;
        break;
      case GLOBAL_IMPLICIT:
        if (is_function) optype = OP_GLOBAL;
        break;
      case GLOBAL_EXPLICIT: optype = OP_GLOBAL; break;
      default: break;
    }
    int opcode = 0;
    switch (optype) {
      case OP_DEREF:
        opcode = ctx == Ctx::Load ? (u_->ste->type == BlockType::Class ? op(Op::LOAD_CLASSDEREF) : op(Op::LOAD_DEREF))
                 : ctx == Ctx::Store ? op(Op::STORE_DEREF)
                                     : op(Op::DELETE_DEREF);
        break;
      case OP_FAST:
        opcode = ctx == Ctx::Load ? op(Op::LOAD_FAST) : ctx == Ctx::Store ? op(Op::STORE_FAST) : op(Op::DELETE_FAST);
        addop_i(opcode, u_->varnames.add(m));
        return;
      case OP_GLOBAL:
        opcode = ctx == Ctx::Load    ? op(Op::LOAD_GLOBAL)
                 : ctx == Ctx::Store ? op(Op::STORE_GLOBAL)
                                     : op(Op::DELETE_GLOBAL);
        break;
      case OP_NAME:
        opcode = ctx == Ctx::Load ? op(Op::LOAD_NAME) : ctx == Ctx::Store ? op(Op::STORE_NAME) : op(Op::DELETE_NAME);
        break;
    }
    int arg;
    if (optype == OP_DEREF) {
      arg = dict->find(m);
      if (arg < 0) arg = dict->add(m);
      if (dict == &u_->freevars) arg += static_cast<int>(u_->cellvars.list.size());
    } else {
      arg = dict->add(m);
    }
    if (opcode == op(Op::LOAD_GLOBAL)) arg <<= 1;
    addop_i(opcode, arg);
  }

  // ---- fblocks ---------------------------------------------------------------------------
  void push_fblock(FBlock fb) {
    if (u_->fblocks.size() >= 20) error_here("too many statically nested blocks");
    u_->fblocks.push_back(std::move(fb));
  }
  void pop_fblock() { u_->fblocks.pop_back(); }

  void call_exit_with_nones() {
    load_const_none();
    load_const_none();
    load_const_none();
    addop_i(op(Op::PRECALL), 2);
    addop_i(op(Op::CALL), 2);
  }

  void unwind_fblock(const FBlock& info, bool preserve_tos) {
    switch (info.type) {
      case FBType::WhileLoop:
      case FBType::ExceptionHandler:
      case FBType::ExceptionGroupHandler: return;
      case FBType::ForLoop:
        if (preserve_tos) addop_i(op(Op::SWAP), 2);
        addop(op(Op::POP_TOP));
        return;
      case FBType::TryExcept: addop(POP_BLOCK); return;
      case FBType::FinallyTry:
        addop(POP_BLOCK);
        if (preserve_tos) push_fblock(FBlock{FBType::PopValue});
        stmts(*info.finalbody);
        if (preserve_tos) pop_fblock();
        unset_loc();
        return;
      case FBType::FinallyEnd:
        if (preserve_tos) addop_i(op(Op::SWAP), 2);
        addop(op(Op::POP_TOP));
        if (preserve_tos) addop_i(op(Op::SWAP), 2);
        addop(POP_BLOCK);
        addop(op(Op::POP_EXCEPT));
        return;
      case FBType::With:
        set_loc(info.with_stmt->loc);
        addop(POP_BLOCK);
        if (preserve_tos) addop_i(op(Op::SWAP), 2);
        call_exit_with_nones();
        if (info.with_stmt->is_async) await_result(2);
        addop(op(Op::POP_TOP));
        unset_loc();
        return;
      case FBType::HandlerCleanup:
        if (info.has_name) addop(POP_BLOCK);
        if (preserve_tos) addop_i(op(Op::SWAP), 2);
        addop(POP_BLOCK);
        addop(op(Op::POP_EXCEPT));
        if (info.has_name) {
          load_const_none();
          nameop(info.name, Ctx::Store);
          nameop(info.name, Ctx::Del);
        }
        return;
      case FBType::PopValue:
        if (preserve_tos) addop_i(op(Op::SWAP), 2);
        addop(op(Op::POP_TOP));
        return;
    }
  }

  // Returns the innermost loop (or nullptr) after unwinding everything above it.
  void unwind_fblock_stack(bool preserve_tos, FBlock** loop) {
    if (u_->fblocks.empty()) return;
    FBlock& top = u_->fblocks.back();
    if (top.type == FBType::ExceptionGroupHandler)
      error_here("'break', 'continue' and 'return' cannot appear in an except* block");
    if (loop && (top.type == FBType::WhileLoop || top.type == FBType::ForLoop)) {
      *loop = &top;
      return;
    }
    FBlock copy = top;
    u_->fblocks.pop_back();
    unwind_fblock(copy, preserve_tos);
    unwind_fblock_stack(preserve_tos, loop);
    u_->fblocks.push_back(copy);
    if (loop && *loop) {
      // pointers into the vector may have been invalidated by push_back; re-find
      for (auto it = u_->fblocks.rbegin(); it != u_->fblocks.rend(); ++it)
        if (it->type == FBType::WhileLoop || it->type == FBType::ForLoop) {
          *loop = &*it;
          break;
        }
    }
  }

  // ---- statements ------------------------------------------------------------------------
  static bool is_docstring(const std::vector<StmtP>& b) {
    return !b.empty() && b[0]->kind == StmtKind::Expr && b[0]->value->kind == ExprKind::Constant &&
           b[0]->value->value.kind == Const::Kind::Str;
  }

  static bool find_ann(const std::vector<StmtP>& stmts) {
    for (auto& s : stmts) {
      switch (s->kind) {
        case StmtKind::AnnAssign: return true;
        case StmtKind::For:
        case StmtKind::While:
        case StmtKind::If:
          if (find_ann(s->body) || find_ann(s->orelse)) return true;
          break;
        case StmtKind::With:
          if (find_ann(s->body)) return true;
          break;
        case StmtKind::Match:
          for (auto& c : s->cases)
            if (find_ann(c.body)) return true;
          break;
        case StmtKind::Try:
          for (auto& h : s->handlers)
            if (find_ann(h.body)) return true;
          if (find_ann(s->body) || find_ann(s->orelse) || find_ann(s->finalbody)) return true;
          break;
        default: break;
      }
    }
    return false;
  }

  void body(const std::vector<StmtP>& stmts_) {
    if (u_->scope == ScopeType::Module && !stmts_.empty()) set_loc(stmts_[0]->loc);
    if (find_ann(stmts_)) addop(op(Op::SETUP_ANNOTATIONS));
    if (stmts_.empty()) return;
    size_t i = 0;
    if (is_docstring(stmts_)) {
      i = 1;
      visit_expr(*stmts_[0]->value);
      unset_loc();
      nameop("__doc__", Ctx::Store);
    }
    for (; i < stmts_.size(); ++i) stmt(*stmts_[i]);
  }

  void stmts(const std::vector<StmtP>& v) {
    for (auto& s : v) stmt(*s);
  }

  void stmt(const Stmt& s) {
    set_loc(s.loc);
    switch (s.kind) {
      case StmtKind::FunctionDef: function_def(s); break;
      case StmtKind::ClassDef: class_def(s); break;
      case StmtKind::Return: return_stmt(s); break;
      case StmtKind::Delete:
        for (auto& t : s.targets) visit_expr(*t);
        break;
      case StmtKind::Assign: {
        size_t n = s.targets.size();
        visit_expr(*s.value);
        for (size_t i = 0; i < n; ++i) {
          if (i < n - 1) addop_i(op(Op::COPY), 1);
          visit_expr(*s.targets[i]);
        }
        break;
      }
      case StmtKind::AugAssign: aug_assign(s); break;
      case StmtKind::AnnAssign: ann_assign(s); break;
      case StmtKind::For: s.is_async ? async_for(s) : for_stmt(s); break;
      case StmtKind::While: while_stmt(s); break;
      case StmtKind::If: if_stmt(s); break;
      case StmtKind::With: with_stmt(s, 0); break;
      case StmtKind::Match: match_stmt(s); break;
      case StmtKind::Raise: {
        int n = 0;
        if (s.value) {
          visit_expr(*s.value);
          ++n;
          if (s.cause) {
            visit_expr(*s.cause);
            ++n;
          }
        }
        addop_i(op(Op::RAISE_VARARGS), n);
        break;
      }
      case StmtKind::Try:
        if (!s.finalbody.empty()) try_finally(s);
        else if (s.is_star) try_star_except(s);
        else try_except(s);
        break;
      case StmtKind::Assert: assert_stmt(s); break;
      case StmtKind::Import: import_stmt(s); break;
      case StmtKind::ImportFrom: from_import(s); break;
      case StmtKind::Global:
      case StmtKind::Nonlocal: break;
      case StmtKind::Expr:
        if (interactive_ && stack_.size() == 1) {
          visit_expr(*s.value);
          unset_loc();
          addop(op(Op::PRINT_EXPR));
          break;
        }
        if (s.value->kind == ExprKind::Constant) {
          addop(op(Op::NOP));
          break;
        }
        visit_expr(*s.value);
        unset_loc();
        addop(op(Op::POP_TOP));
        break;
      case StmtKind::Pass: addop(op(Op::NOP)); break;
      case StmtKind::Break: break_stmt(); break;
      case StmtKind::Continue: continue_stmt(); break;
    }
  }

  void return_stmt(const Stmt& s) {
    bool preserve_tos = s.value && s.value->kind != ExprKind::Constant;
    if (u_->ste->type != BlockType::Function) error("'return' outside function", s.loc);
    if (s.value && u_->ste->coroutine && u_->ste->generator) error("'return' with value in async generator", s.loc);
    if (preserve_tos) {
      visit_expr(*s.value);
    } else if (s.value) {
      set_loc(s.value->loc);
      addop(op(Op::NOP));
    }
    if (!s.value || s.value->loc.lineno != s.loc.lineno) {
      set_loc(s.loc);
      addop(op(Op::NOP));
    }
    unwind_fblock_stack(preserve_tos, nullptr);
    if (!s.value) load_const_none();
    else if (!preserve_tos) load_const(s.value->value);
    addop(op(Op::RETURN_VALUE));
  }

  void break_stmt() {
    Loc here{u_->loc.lineno, u_->loc.col_offset, u_->loc.end_lineno, u_->loc.end_col_offset};
    addop(op(Op::NOP));
    FBlock* loop = nullptr;
    unwind_fblock_stack(false, &loop);
    if (!loop) error("'break' outside loop", here);
    FBlock l = *loop;
    unwind_fblock(l, false);
    addop_j(JUMP, l.exit);
  }

  void continue_stmt() {
    Loc here{u_->loc.lineno, u_->loc.col_offset, u_->loc.end_lineno, u_->loc.end_col_offset};
    addop(op(Op::NOP));
    FBlock* loop = nullptr;
    unwind_fblock_stack(false, &loop);
    if (!loop) error("'continue' not properly in loop", here);
    addop_j(JUMP, loop->block);
  }

  void aug_assign(const Stmt& s) {
    const Expr& e = *s.target;
    Position saved = u_->loc;
    set_loc(e.loc);
    switch (e.kind) {
      case ExprKind::Attribute:
        visit_expr(*e.a);
        addop_i(op(Op::COPY), 1);
        update_start_location_to_match_attr(e);
        addop_name(op(Op::LOAD_ATTR), e.id);
        break;
      case ExprKind::Subscript:
        visit_expr(*e.a);
        visit_expr(*e.b);
        addop_i(op(Op::COPY), 2);
        addop_i(op(Op::COPY), 2);
        addop(op(Op::BINARY_SUBSCR));
        break;
      case ExprKind::Name: nameop(e.id, Ctx::Load); break;
      default: break;
    }
    u_->loc = saved;
    visit_expr(*s.value);
    addop_i(op(Op::BINARY_OP), s.op + 13);
    set_loc(e.loc);
    switch (e.kind) {
      case ExprKind::Attribute:
        update_start_location_to_match_attr(e);
        addop_i(op(Op::SWAP), 2);
        addop_name(op(Op::STORE_ATTR), e.id);
        break;
      case ExprKind::Subscript:
        addop_i(op(Op::SWAP), 3);
        addop_i(op(Op::SWAP), 2);
        addop(op(Op::STORE_SUBSCR));
        break;
      case ExprKind::Name: nameop(e.id, Ctx::Store); break;
      default: break;
    }
  }

  void ann_assign(const Stmt& s) {
    const Expr& t = *s.target;
    if (s.value) {
      visit_expr(*s.value);
      visit_expr(t);
    }
    switch (t.kind) {
      case ExprKind::Name:
        if (s.simple && (u_->scope == ScopeType::Module || u_->scope == ScopeType::Class)) {
          annotation_expr(*s.annotation);
          nameop("__annotations__", Ctx::Load);
          load_const(str_const(mangle(u_->private_name, t.id)));
          addop(op(Op::STORE_SUBSCR));
        }
        break;
      case ExprKind::Attribute:
        if (!s.value) {
          visit_expr(*t.a);
          addop(op(Op::POP_TOP));
        }
        break;
      case ExprKind::Subscript:
        if (!s.value) {
          visit_expr(*t.a);
          addop(op(Op::POP_TOP));
          visit_expr(*t.b);
          addop(op(Op::POP_TOP));
        }
        break;
      default: break;
    }
    // check_annotation: a complex target's annotation is evaluated (and dropped), except under
    // `from __future__ import annotations`.
    if (!s.simple && !future_annotations_ && (u_->scope == ScopeType::Module || u_->scope == ScopeType::Class)) {
      visit_expr(*s.annotation);
      addop(op(Op::POP_TOP));
    }
  }

  void if_stmt(const Stmt& s) {
    Block* end = new_block();
    Block* next = s.orelse.empty() ? end : new_block();
    jump_if(*s.test, next, false);
    stmts(s.body);
    if (!s.orelse.empty()) {
      addop_j_noline(JUMP, end);
      use_next_block(next);
      stmts(s.orelse);
    }
    use_next_block(end);
  }

  void while_stmt(const Stmt& s) {
    Block* loop = new_block();
    Block* body_b = new_block();
    Block* anchor = new_block();
    Block* end = new_block();
    use_next_block(loop);
    push_fblock(FBlock{FBType::WhileLoop, loop, end});
    jump_if(*s.test, anchor, false);
    use_next_block(body_b);
    stmts(s.body);
    set_loc(s.loc);
    jump_if(*s.test, body_b, true);
    pop_fblock();
    use_next_block(anchor);
    stmts(s.orelse);
    use_next_block(end);
  }

  void for_stmt(const Stmt& s) {
    Block* start = new_block();
    Block* body_b = new_block();
    Block* cleanup = new_block();
    Block* end = new_block();
    push_fblock(FBlock{FBType::ForLoop, start, end});
    visit_expr(*s.iter);
    addop(op(Op::GET_ITER));
    use_next_block(start);
    addop_j(op(Op::FOR_ITER), cleanup);
    use_next_block(body_b);
    visit_expr(*s.target);
    stmts(s.body);
    unset_loc();
    addop_j(JUMP, start);
    use_next_block(cleanup);
    pop_fblock();
    stmts(s.orelse);
    use_next_block(end);
  }

  // compiler_async_for: __anext__ awaited under a handler that ends the loop on
  // StopAsyncIteration (END_ASYNC_FOR, on the iterable's line).
  void async_for(const Stmt& s) {
    if (!u_->async_function) error("'async for' outside async function", s.loc);
    Block* start = new_block();
    Block* except = new_block();
    Block* end = new_block();
    visit_expr(*s.iter);
    addop(op(Op::GET_AITER));
    use_next_block(start);
    push_fblock(FBlock{FBType::ForLoop, start, end});
    addop_j(SETUP_FINALLY, except);
    addop(op(Op::GET_ANEXT));
    load_const_none();
    add_yield_from(true);
    addop(POP_BLOCK);
    visit_expr(*s.target);
    stmts(s.body);
    unset_loc();
    addop_j(JUMP, start);
    pop_fblock();
    use_next_block(except);
    set_loc(s.iter->loc);
    addop(op(Op::END_ASYNC_FOR));
    stmts(s.orelse);
    use_next_block(end);
  }

  // compiler_with_except_finish
  void with_except_finish(Block* cleanup) {
    unset_loc();
    Block* exit2 = new_block();
    addop_j(POP_JUMP_IF_TRUE, exit2);
    addop_i(op(Op::RERAISE), 2);
    use_next_block(cleanup);
    pop_except_and_reraise();
    use_next_block(exit2);
    addop(op(Op::POP_TOP));
    addop(POP_BLOCK);
    addop(op(Op::POP_EXCEPT));
    addop(op(Op::POP_TOP));
    addop(op(Op::POP_TOP));
  }

  void pop_except_and_reraise() {
    addop_i(op(Op::COPY), 3);
    addop(op(Op::POP_EXCEPT));
    addop_i(op(Op::RERAISE), 1);
  }

  void try_except(const Stmt& s) {
    Block* body_b = new_block();
    Block* except = new_block();
    Block* end = new_block();
    Block* cleanup = new_block();
    addop_j(SETUP_FINALLY, except);
    use_next_block(body_b);
    push_fblock(FBlock{FBType::TryExcept, body_b});
    stmts(s.body);
    pop_fblock();
    addop_noline(POP_BLOCK);
    stmts(s.orelse);
    addop_j_noline(JUMP, end);
    size_t n = s.handlers.size();
    use_next_block(except);
    unset_loc();
    addop_j(SETUP_CLEANUP, cleanup);
    addop(op(Op::PUSH_EXC_INFO));
    push_fblock(FBlock{FBType::ExceptionHandler});
    for (size_t i = 0; i < n; ++i) {
      const ExceptHandler& h = s.handlers[i];
      set_loc(h.loc);
      if (!h.type && i < n - 1) error("default 'except:' must be last", h.loc);
      except = new_block();
      if (h.type) {
        visit_expr(*h.type);
        addop(op(Op::CHECK_EXC_MATCH));
        addop_j(POP_JUMP_IF_FALSE, except);
      }
      if (!h.name.empty()) {
        Block* cleanup_end = new_block();
        Block* cleanup_body = new_block();
        nameop(h.name, Ctx::Store);
        addop_j(SETUP_CLEANUP, cleanup_end);
        use_next_block(cleanup_body);
        FBlock fb{FBType::HandlerCleanup, cleanup_body};
        fb.name = h.name;
        fb.has_name = true;
        push_fblock(fb);
        stmts(h.body);
        pop_fblock();
        unset_loc();
        addop(POP_BLOCK);
        addop(POP_BLOCK);
        addop(op(Op::POP_EXCEPT));
        load_const_none();
        nameop(h.name, Ctx::Store);
        nameop(h.name, Ctx::Del);
        addop_j(JUMP, end);
        use_next_block(cleanup_end);
        unset_loc();
        load_const_none();
        nameop(h.name, Ctx::Store);
        nameop(h.name, Ctx::Del);
        addop_i(op(Op::RERAISE), 1);
      } else {
        Block* cleanup_body = new_block();
        addop(op(Op::POP_TOP));
        use_next_block(cleanup_body);
        push_fblock(FBlock{FBType::HandlerCleanup, cleanup_body});
        stmts(h.body);
        pop_fblock();
        unset_loc();
        addop(POP_BLOCK);
        addop(op(Op::POP_EXCEPT));
        addop_j(JUMP, end);
      }
      use_next_block(except);
    }
    unset_loc();
    pop_fblock();
    addop_i(op(Op::RERAISE), 0);
    use_next_block(cleanup);
    pop_except_and_reraise();
    use_next_block(end);
  }

  // compiler_try_star_except: each handler matches with CHECK_EG_MATCH against the rest of the
  // group; below the handlers' stack sit the original exception and the list of what the
  // handlers raised, which PREP_RERAISE_STAR turns into the exception to re-raise (or None).
  void try_star_except(const Stmt& s) {
    Block* body_b = new_block();
    Block* except = new_block();
    Block* orelse = new_block();
    Block* end = new_block();
    Block* cleanup = new_block();
    Block* reraise_star = new_block();
    addop_j(SETUP_FINALLY, except);
    use_next_block(body_b);
    push_fblock(FBlock{FBType::TryExcept, body_b});
    stmts(s.body);
    pop_fblock();
    addop_noline(POP_BLOCK);
    addop_j_noline(JUMP, orelse);
    size_t n = s.handlers.size();
    use_next_block(except);
    unset_loc();
    addop_j(SETUP_CLEANUP, cleanup);
    addop(op(Op::PUSH_EXC_INFO));
    push_fblock(FBlock{FBType::ExceptionGroupHandler});
    for (size_t i = 0; i < n; ++i) {
      const ExceptHandler& h = s.handlers[i];
      set_loc(h.loc);
      except = new_block();
      Block* except_with_error = new_block();
      Block* no_match = new_block();
      if (i == 0) {
        addop_i(op(Op::COPY), 1);  // [orig, exc]
        addop_i(op(Op::BUILD_LIST), 0);
        addop_i(op(Op::SWAP), 2);  // [orig, raised, exc]
      }
      if (h.type) {
        visit_expr(*h.type);
        addop(op(Op::CHECK_EG_MATCH));
        addop_i(op(Op::COPY), 1);
        addop_j(POP_JUMP_IF_NONE, no_match);
      }
      Block* cleanup_end = new_block();
      Block* cleanup_body = new_block();
      if (!h.name.empty()) nameop(h.name, Ctx::Store);
      else addop(op(Op::POP_TOP));
      addop_j(SETUP_CLEANUP, cleanup_end);
      use_next_block(cleanup_body);
      FBlock fb{FBType::HandlerCleanup, cleanup_body};
      fb.name = h.name;
      fb.has_name = !h.name.empty();
      push_fblock(fb);
      stmts(h.body);
      pop_fblock();
      unset_loc();
      addop(POP_BLOCK);
      if (!h.name.empty()) {
        load_const_none();
        nameop(h.name, Ctx::Store);
        nameop(h.name, Ctx::Del);
      }
      addop_j(JUMP, except);
      use_next_block(cleanup_end);
      if (!h.name.empty()) {
        load_const_none();
        nameop(h.name, Ctx::Store);
        nameop(h.name, Ctx::Del);
      }
      addop_i(op(Op::LIST_APPEND), 3);  // what the handler raised
      addop(op(Op::POP_TOP));           // lasti
      addop_j(JUMP, except_with_error);
      use_next_block(except);
      addop(op(Op::NOP));  // holds a propagated location
      addop_j(JUMP, except_with_error);
      use_next_block(no_match);
      addop(op(Op::POP_TOP));  // the None match
      use_next_block(except_with_error);
      if (i == n - 1) {
        addop_i(op(Op::LIST_APPEND), 1);  // the unhandled rest (or None)
        addop_j(JUMP, reraise_star);
      }
    }
    unset_loc();
    pop_fblock();
    Block* reraise = new_block();
    use_next_block(reraise_star);
    addop(op(Op::PREP_RERAISE_STAR));
    addop_i(op(Op::COPY), 1);
    addop_j(POP_JUMP_IF_NOT_NONE, reraise);
    addop(op(Op::POP_TOP));
    addop(POP_BLOCK);
    addop(op(Op::POP_EXCEPT));
    addop_j(JUMP, end);
    use_next_block(reraise);
    addop(POP_BLOCK);
    addop_i(op(Op::SWAP), 2);
    addop(op(Op::POP_EXCEPT));
    addop_i(op(Op::RERAISE), 0);
    use_next_block(cleanup);
    pop_except_and_reraise();
    use_next_block(orelse);
    stmts(s.orelse);
    use_next_block(end);
  }

  void try_finally(const Stmt& s) {
    Block* body_b = new_block();
    Block* end = new_block();
    Block* exit = new_block();
    Block* cleanup = new_block();
    addop_j(SETUP_FINALLY, end);
    use_next_block(body_b);
    FBlock fb{FBType::FinallyTry, body_b, end};
    fb.finalbody = &s.finalbody;
    push_fblock(fb);
    if (s.is_star) try_star_except(s);
    else if (!s.handlers.empty()) try_except(s);
    else stmts(s.body);
    addop_noline(POP_BLOCK);
    pop_fblock();
    stmts(s.finalbody);
    addop_j_noline(JUMP, exit);
    use_next_block(end);
    unset_loc();
    addop_j(SETUP_CLEANUP, cleanup);
    addop(op(Op::PUSH_EXC_INFO));
    push_fblock(FBlock{FBType::FinallyEnd, end});
    stmts(s.finalbody);
    pop_fblock();
    addop_i(op(Op::RERAISE), 0);
    use_next_block(cleanup);
    pop_except_and_reraise();
    use_next_block(exit);
  }

  // compiler_with and compiler_async_with (`async with` awaits what __aenter__ and __aexit__
  // return, and pops its fblock before POP_BLOCK without clearing the location).
  void with_stmt(const Stmt& s, size_t pos) {
    if (s.is_async && !u_->async_function) error("'async with' outside async function", s.loc);
    const WithItem& item = s.items[pos];
    Block* block = new_block();
    Block* final_b = new_block();
    Block* exit = new_block();
    Block* cleanup = new_block();
    visit_expr(*item.context_expr);
    if (s.is_async) {
      addop(op(Op::BEFORE_ASYNC_WITH));
      await_result(1);
    } else {
      addop(op(Op::BEFORE_WITH));
    }
    addop_j(SETUP_WITH, final_b);
    use_next_block(block);
    FBlock fb{FBType::With, block, final_b};
    fb.with_stmt = &s;
    push_fblock(fb);
    if (item.optional_vars) visit_expr(*item.optional_vars);
    else addop(op(Op::POP_TOP));
    ++pos;
    if (pos == s.items.size()) stmts(s.body);
    else with_stmt(s, pos);
    if (s.is_async) {
      pop_fblock();
      addop(POP_BLOCK);
    } else {
      unset_loc();
      addop(POP_BLOCK);
      pop_fblock();
    }
    set_loc(s.loc);
    call_exit_with_nones();
    if (s.is_async) await_result(2);
    addop(op(Op::POP_TOP));
    addop_j(JUMP, exit);
    use_next_block(final_b);
    addop_j(SETUP_CLEANUP, cleanup);
    addop(op(Op::PUSH_EXC_INFO));
    addop(op(Op::WITH_EXCEPT_START));
    if (s.is_async) await_result(2);
    with_except_finish(cleanup);
    use_next_block(exit);
  }

  // ---- match (compiler_match and the compiler_pattern_* family of 3.11) -----------------
  struct PatternContext {
    std::vector<std::string> stores;  // names captured so far (their values are on the stack)
    bool allow_irrefutable = false;
    std::vector<Block*> fail_pop;  // fail_pop[n]: pops n items, then falls into fail_pop[n-1]
    int on_top = 0;                // items above the stores that a failure must pop
  };

  static bool wildcard(const Pattern& p) { return p.kind == PatternKind::MatchAs && !p.pattern && !p.has_name; }
  static bool wildcard_star(const Pattern& p) { return p.kind == PatternKind::MatchStar && !p.has_name; }
  void set_loc_p(const Pattern& p) { set_loc(p.loc); }

  void ensure_fail_pop(PatternContext& pc, size_t n) {
    while (pc.fail_pop.size() < n + 1) pc.fail_pop.push_back(new_block());
  }
  void jump_to_fail_pop(PatternContext& pc, int opcode) {
    size_t pops = static_cast<size_t>(pc.on_top) + pc.stores.size();
    ensure_fail_pop(pc, pops);
    addop_j(opcode, pc.fail_pop[pops]);
  }
  void emit_and_reset_fail_pop(PatternContext& pc) {
    if (pc.fail_pop.empty()) return;
    for (size_t i = pc.fail_pop.size() - 1; i > 0; --i) {
      use_next_block(pc.fail_pop[i]);
      addop(op(Op::POP_TOP));
    }
    use_next_block(pc.fail_pop[0]);
    pc.fail_pop.clear();
  }
  void pattern_rotate(int count) {
    while (count > 1) addop_i(op(Op::SWAP), count--);
  }
  void pattern_store_name(const Pattern& p, bool has_name, const std::string& name, PatternContext& pc) {
    if (!has_name) {
      addop(op(Op::POP_TOP));
      return;
    }
    if (name == "__debug__") error("cannot assign to __debug__", p.loc);
    if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
      error_here("multiple assignments to name '" + name + "' in pattern");
    pattern_rotate(pc.on_top + static_cast<int>(pc.stores.size()) + 1);
    pc.stores.push_back(name);
  }

  void pattern_subpattern(const Pattern& p, PatternContext& pc) {
    bool allow = pc.allow_irrefutable;
    pc.allow_irrefutable = true;
    pattern(p, pc);
    pc.allow_irrefutable = allow;
  }

  void pattern(const Pattern& p, PatternContext& pc) {
    set_loc_p(p);
    switch (p.kind) {
      case PatternKind::MatchValue:
        if (p.value->kind != ExprKind::Constant && p.value->kind != ExprKind::Attribute)
          error_here("patterns may only match literals and attribute lookups");
        visit_expr(*p.value);
        addop_i(op(Op::COMPARE_OP), 2);
        jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        break;
      case PatternKind::MatchSingleton:
        load_const(p.singleton);
        addop_i(op(Op::IS_OP), 0);
        jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        break;
      case PatternKind::MatchSequence: pattern_sequence(p, pc); break;
      case PatternKind::MatchMapping: pattern_mapping(p, pc); break;
      case PatternKind::MatchClass: pattern_class(p, pc); break;
      case PatternKind::MatchStar: pattern_store_name(p, p.has_name, p.name, pc); break;
      case PatternKind::MatchAs:
        if (!p.pattern) {
          if (!pc.allow_irrefutable) {
            if (p.has_name) error_here("name capture '" + p.name + "' makes remaining patterns unreachable");
            error_here("wildcard makes remaining patterns unreachable");
          }
          pattern_store_name(p, p.has_name, p.name, pc);
          break;
        }
        pc.on_top++;
        addop_i(op(Op::COPY), 1);
        pattern(*p.pattern, pc);
        pc.on_top--;
        pattern_store_name(p, p.has_name, p.name, pc);
        break;
      case PatternKind::MatchOr: pattern_or(p, pc); break;
    }
  }

  void pattern_unpack_helper(const std::vector<PatternP>& elts) {
    size_t n = elts.size();
    bool seen_star = false;
    for (size_t i = 0; i < n; ++i) {
      if (elts[i]->kind == PatternKind::MatchStar && !seen_star) {
        if (i >= (1 << 8)) error_here("too many expressions in star-unpacking sequence pattern");
        addop_i(op(Op::UNPACK_EX), static_cast<int>(i + ((n - i - 1) << 8)));
        seen_star = true;
      } else if (elts[i]->kind == PatternKind::MatchStar) {
        error_here("multiple starred expressions in sequence pattern");
      }
    }
    if (!seen_star) addop_i(op(Op::UNPACK_SEQUENCE), static_cast<int>(n));
  }

  void pattern_sequence(const Pattern& p, PatternContext& pc) {
    const auto& pats = p.patterns;
    int size = static_cast<int>(pats.size());
    int star = -1;
    bool only_wildcard = true, star_wildcard = false;
    for (int i = 0; i < size; ++i) {
      const Pattern& x = *pats[static_cast<size_t>(i)];
      if (x.kind == PatternKind::MatchStar) {
        if (star >= 0) error_here("multiple starred names in sequence pattern");
        star_wildcard = wildcard_star(x);
        only_wildcard = only_wildcard && star_wildcard;
        star = i;
        continue;
      }
      only_wildcard = only_wildcard && wildcard(x);
    }
    pc.on_top++;
    addop(op(Op::MATCH_SEQUENCE));
    jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    if (star < 0) {
      addop(op(Op::GET_LEN));
      load_const(int_const(size));
      addop_i(op(Op::COMPARE_OP), 2);
      jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    } else if (size > 1) {
      addop(op(Op::GET_LEN));
      load_const(int_const(size - 1));
      addop_i(op(Op::COMPARE_OP), 5);
      jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    }
    pc.on_top--;
    if (only_wildcard) {
      addop(op(Op::POP_TOP));
    } else if (star_wildcard) {
      // BINARY_SUBSCR per element instead of unpacking ([first, *_, last])
      pc.on_top++;
      for (int i = 0; i < size; ++i) {
        const Pattern& x = *pats[static_cast<size_t>(i)];
        if (wildcard(x) || i == star) continue;
        addop_i(op(Op::COPY), 1);
        if (i < star) {
          load_const(int_const(i));
        } else {
          addop(op(Op::GET_LEN));
          load_const(int_const(size - i));
          addop_i(op(Op::BINARY_OP), static_cast<int>(BinOpKind::Sub));
        }
        addop(op(Op::BINARY_SUBSCR));
        pattern_subpattern(x, pc);
      }
      pc.on_top--;
      addop(op(Op::POP_TOP));
    } else {
      pattern_unpack_helper(pats);
      pc.on_top += size;
      for (int i = 0; i < size; ++i) {
        pc.on_top--;
        pattern_subpattern(*pats[static_cast<size_t>(i)], pc);
      }
    }
  }

  void pattern_class(const Pattern& p, PatternContext& pc) {
    size_t nargs = p.patterns.size(), nattrs = p.kwd_attrs.size();
    if (nattrs) {
      for (size_t i = 0; i < nattrs; ++i) {
        set_loc_p(*p.kwd_patterns[i]);
        if (p.kwd_attrs[i] == "__debug__") error_here("cannot assign to __debug__");
        for (size_t j = i + 1; j < nattrs; ++j)
          if (p.kwd_attrs[i] == p.kwd_attrs[j]) {
            set_loc_p(*p.kwd_patterns[j]);
            error_here("attribute name repeated in class pattern: " + p.kwd_attrs[i]);
          }
      }
      set_loc_p(p);
    }
    visit_expr(*p.cls);
    Const names;
    names.kind = Const::Kind::Tuple;
    for (auto& a : p.kwd_attrs) names.items.push_back(str_const(a));
    load_const(names);
    addop_i(op(Op::MATCH_CLASS), static_cast<int>(nargs));
    addop_i(op(Op::COPY), 1);
    load_const_none();
    addop_i(op(Op::IS_OP), 1);
    pc.on_top++;
    jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    addop_i(op(Op::UNPACK_SEQUENCE), static_cast<int>(nargs + nattrs));
    pc.on_top += static_cast<int>(nargs + nattrs) - 1;
    for (size_t i = 0; i < nargs + nattrs; ++i) {
      pc.on_top--;
      const Pattern& x = i < nargs ? *p.patterns[i] : *p.kwd_patterns[i - nargs];
      if (wildcard(x)) {
        addop(op(Op::POP_TOP));
        continue;
      }
      pattern_subpattern(x, pc);
    }
  }

  void pattern_mapping(const Pattern& p, PatternContext& pc) {
    int size = static_cast<int>(p.keys.size());
    pc.on_top++;
    addop(op(Op::MATCH_MAPPING));
    jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    if (!size && !p.has_name) {
      pc.on_top--;
      addop(op(Op::POP_TOP));
      return;
    }
    if (size) {
      addop(op(Op::GET_LEN));
      load_const(int_const(size));
      addop_i(op(Op::COMPARE_OP), 5);
      jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    }
    std::vector<std::string> seen;
    for (auto& key : p.keys) {
      if (key->kind == ExprKind::Constant) {
        std::string k = const_key(key->value);
        if (std::find(seen.begin(), seen.end(), k) != seen.end())
          error_here("mapping pattern checks duplicate key (" + const_repr(key->value) + ")");
        seen.push_back(k);
      } else if (key->kind != ExprKind::Attribute) {
        error_here("mapping pattern keys may only match literals and attribute lookups");
      }
      visit_expr(*key);
    }
    addop_i(op(Op::BUILD_TUPLE), size);
    addop(op(Op::MATCH_KEYS));
    pc.on_top += 2;
    addop_i(op(Op::COPY), 1);
    load_const_none();
    addop_i(op(Op::IS_OP), 1);
    jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    addop_i(op(Op::UNPACK_SEQUENCE), size);
    pc.on_top += size - 1;
    for (int i = 0; i < size; ++i) {
      pc.on_top--;
      pattern_subpattern(*p.patterns[static_cast<size_t>(i)], pc);
    }
    pc.on_top -= 2;
    if (p.has_name) {
      addop_i(op(Op::BUILD_MAP), 0);
      addop_i(op(Op::SWAP), 3);
      addop_i(op(Op::DICT_UPDATE), 2);
      addop_i(op(Op::UNPACK_SEQUENCE), size);
      while (size) {
        addop_i(op(Op::COPY), 1 + size--);
        addop_i(op(Op::SWAP), 2);
        addop(op(Op::DELETE_SUBSCR));
      }
      pattern_store_name(p, true, p.name, pc);
    } else {
      addop(op(Op::POP_TOP));
      addop(op(Op::POP_TOP));
    }
  }

  void pattern_or(const Pattern& p, PatternContext& pc) {
    Block* end = new_block();
    size_t size = p.patterns.size();
    PatternContext old = pc;
    std::vector<std::string> control;
    for (size_t i = 0; i < size; ++i) {
      const Pattern& alt = *p.patterns[i];
      set_loc_p(alt);
      pc.stores.clear();
      pc.allow_irrefutable = (i == size - 1) && old.allow_irrefutable;
      pc.fail_pop.clear();
      pc.on_top = 0;
      addop_i(op(Op::COPY), 1);
      pattern(alt, pc);
      size_t nstores = pc.stores.size();
      if (i == 0) {
        control = pc.stores;
      } else if (nstores != control.size()) {
        error_here("alternative patterns bind different names");
      } else if (nstores) {
        for (size_t ic = nstores; ic-- > 0;) {
          auto it = std::find(pc.stores.begin(), pc.stores.end(), control[ic]);
          if (it == pc.stores.end()) error_here("alternative patterns bind different names");
          size_t is = static_cast<size_t>(it - pc.stores.begin());
          if (ic != is) {
            size_t rotations = is + 1;
            std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + static_cast<long>(rotations));
            pc.stores.erase(pc.stores.begin(), pc.stores.begin() + static_cast<long>(rotations));
            pc.stores.insert(pc.stores.begin() + static_cast<long>(ic - is), rotated.begin(), rotated.end());
            while (rotations--) pattern_rotate(static_cast<int>(ic) + 1);
          }
        }
      }
      addop_j(JUMP, end);
      emit_and_reset_fail_pop(pc);
    }
    pc = old;
    addop(op(Op::POP_TOP));
    jump_to_fail_pop(pc, JUMP);
    use_next_block(end);
    int nstores = static_cast<int>(control.size());
    int nrots = nstores + 1 + pc.on_top + static_cast<int>(pc.stores.size());
    for (int i = 0; i < nstores; ++i) {
      pattern_rotate(nrots);
      const std::string& name = control[static_cast<size_t>(i)];
      if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end())
        error_here("multiple assignments to name '" + name + "' in pattern");
      pc.stores.push_back(name);
    }
    addop(op(Op::POP_TOP));
  }

  void match_stmt(const Stmt& s) {
    visit_expr(*s.value);
    Block* end = new_block();
    size_t cases = s.cases.size();
    const MatchCase* last = &s.cases.back();
    bool has_default = wildcard(*last->pattern) && cases > 1;
    PatternContext pc;
    for (size_t i = 0; i < cases - (has_default ? 1 : 0); ++i) {
      const MatchCase& m = s.cases[i];
      set_loc_p(*m.pattern);
      bool not_last = i != cases - (has_default ? 1 : 0) - 1;
      if (not_last) addop_i(op(Op::COPY), 1);
      pc.stores.clear();
      pc.allow_irrefutable = m.guard != nullptr || i == cases - 1;
      pc.fail_pop.clear();
      pc.on_top = 0;
      pattern(*m.pattern, pc);
      for (auto& name : pc.stores) nameop(name, Ctx::Store);
      if (m.guard) {
        ensure_fail_pop(pc, 0);
        jump_if(*m.guard, pc.fail_pop[0], false);
      }
      if (not_last) addop(op(Op::POP_TOP));
      stmts(m.body);
      unset_loc();
      addop_j(JUMP, end);
      set_loc_p(*m.pattern);
      emit_and_reset_fail_pop(pc);
    }
    if (has_default) {
      const MatchCase& m = s.cases.back();
      set_loc_p(*m.pattern);
      if (cases == 1) addop(op(Op::POP_TOP));
      else addop(op(Op::NOP));
      if (m.guard) jump_if(*m.guard, end, false);
      stmts(m.body);
      unset_loc();
    }
    use_next_block(end);
  }

  void assert_stmt(const Stmt& s) {
    Block* end = new_block();
    jump_if(*s.test, end, true);
    addop(op(Op::LOAD_ASSERTION_ERROR));
    if (s.value) {
      visit_expr(*s.value);
      addop_i(op(Op::PRECALL), 0);
      addop_i(op(Op::CALL), 0);
    }
    addop_i(op(Op::RAISE_VARARGS), 1);
    use_next_block(end);
  }

  void import_stmt(const Stmt& s) {
    for (auto& a : s.names) {
      load_const(int_const(0));
      load_const_none();
      addop_name(op(Op::IMPORT_NAME), a.name);
      if (!a.asname.empty()) {
        size_t dot = a.name.find('.');
        if (dot != std::string::npos) {
          while (true) {
            size_t pos = dot + 1;
            dot = a.name.find('.', pos);
            std::string attr = a.name.substr(pos, dot == std::string::npos ? std::string::npos : dot - pos);
            addop_name_raw(op(Op::IMPORT_FROM), attr);
            if (dot == std::string::npos) break;
            addop_i(op(Op::SWAP), 2);
            addop(op(Op::POP_TOP));
          }
          nameop(a.asname, Ctx::Store);
          addop(op(Op::POP_TOP));
        } else {
          nameop(a.asname, Ctx::Store);
        }
      } else {
        nameop(a.name.substr(0, a.name.find('.')), Ctx::Store);
      }
    }
  }

  void from_import(const Stmt& s) {
    load_const(int_const(s.level));
    Const names;
    names.kind = Const::Kind::Tuple;
    for (auto& a : s.names) names.items.push_back(str_const(a.name));
    if (s.name == "__future__" && s.loc.lineno > future_lineno_)
      error("from __future__ imports must occur at the beginning of the file", s.loc);
    load_const(names);
    addop_name(op(Op::IMPORT_NAME), s.name);
    for (size_t i = 0; i < s.names.size(); ++i) {
      const Alias& a = s.names[i];
      if (i == 0 && a.name == "*") {
        addop(op(Op::IMPORT_STAR));
        return;
      }
      addop_name(op(Op::IMPORT_FROM), a.name);
      nameop(a.asname.empty() ? a.name : a.asname, Ctx::Store);
    }
    addop(op(Op::POP_TOP));
  }

  // ---- functions and classes ---------------------------------------------------------------
  void decorators(const std::vector<ExprP>& decos) {
    for (auto& d : decos) visit_expr(*d);
  }

  // Innermost decorator first, each call located at its decorator expression.
  void apply_decorators(const std::vector<ExprP>& decos) {
    Position saved = u_->loc;
    for (size_t i = decos.size(); i-- > 0;) {
      set_loc(decos[i]->loc);
      addop_i(op(Op::PRECALL), 0);
      addop_i(op(Op::CALL), 0);
    }
    u_->loc = saved;
  }

  int default_arguments(const Arguments& a) {
    int flags = 0;
    if (!a.defaults.empty()) {
      for (auto& d : a.defaults) visit_expr(*d);
      addop_i(op(Op::BUILD_TUPLE), static_cast<int>(a.defaults.size()));
      flags |= 0x01;
    }
    Const keys;
    keys.kind = Const::Kind::Tuple;
    for (size_t i = 0; i < a.kwonlyargs.size(); ++i) {
      if (a.kw_defaults[i]) {
        keys.items.push_back(str_const(mangle(u_->private_name, a.kwonlyargs[i].name)));
        visit_expr(*a.kw_defaults[i]);
      }
    }
    if (!keys.items.empty()) {
      int n = static_cast<int>(keys.items.size());
      load_const(keys);
      addop_i(op(Op::BUILD_CONST_KEY_MAP), n);
      flags |= 0x02;
    }
    return flags;
  }

  void arg_annotation(const std::string& name, const Expr* ann, int& len) {
    if (!ann) return;
    load_const(str_const(mangle(u_->private_name, name)));
    if (ann->kind == ExprKind::Starred && !future_annotations_) {
      // compiler_visit_argannotation: `*args: *Ts` (PEP 646) evaluates as [annotation] = [*Ts].
      visit_expr(*ann->a);
      addop_i(op(Op::UNPACK_SEQUENCE), 1);
    } else {
      annotation_expr(*ann);
    }
    len += 2;
  }

  bool annotations(const Arguments& a, const Expr* returns) {
    int len = 0;
    for (auto& p : a.args) arg_annotation(p.name, p.annotation.get(), len);
    for (auto& p : a.posonlyargs) arg_annotation(p.name, p.annotation.get(), len);
    if (a.vararg) arg_annotation(a.vararg->name, a.vararg->annotation.get(), len);
    for (auto& p : a.kwonlyargs) arg_annotation(p.name, p.annotation.get(), len);
    if (a.kwarg) arg_annotation(a.kwarg->name, a.kwarg->annotation.get(), len);
    arg_annotation("return", returns, len);
    if (len) {
      addop_i(op(Op::BUILD_TUPLE), len);
      return true;
    }
    return false;
  }

  void make_closure(const std::shared_ptr<const CodeObject>& co, int flags) {
    if (!co->co_freevars.empty()) {
      for (const std::string& name : co->co_freevars) {
        int reftype;
        if (name == "__class__" && u_->ste->type == BlockType::Class) reftype = CELL;
        else reftype = u_->ste->get_scope(name);
        int arg;
        if (reftype == CELL) arg = u_->cellvars.find(name);
        else arg = u_->freevars.find(name) + static_cast<int>(u_->cellvars.list.size());
        if (arg < 0) arg = 0;
        addop_i(op(Op::LOAD_CLOSURE), arg);
      }
      flags |= 0x08;
      addop_i(op(Op::BUILD_TUPLE), static_cast<int>(co->co_freevars.size()));
    }
    Const c;
    c.kind = Const::Kind::Code;
    c.code = co;
    load_const(c);
    addop_i(op(Op::MAKE_FUNCTION), flags);
  }

  void function_def(const Stmt& s) {
    decorators(s.decorators);
    int firstlineno = s.loc.lineno;
    if (!s.decorators.empty()) firstlineno = s.decorators[0]->loc.lineno;
    int flags = default_arguments(*s.args);
    if (annotations(*s.args, s.returns.get())) flags |= 0x04;
    enter_scope(s.name, ScopeType::Function, &s, firstlineno);
    u_->async_function = s.is_async;
    bool doc = is_docstring(s.body);
    if (doc) add_const(s.body[0]->value->value);
    else add_const(Const{});
    u_->argcount = static_cast<int>(s.args->args.size() + s.args->posonlyargs.size());
    u_->posonly = static_cast<int>(s.args->posonlyargs.size());
    u_->kwonly = static_cast<int>(s.args->kwonlyargs.size());
    for (size_t i = doc ? 1 : 0; i < s.body.size(); ++i) stmt(*s.body[i]);
    auto co = exit_scope(true);
    make_closure(co, flags);
    apply_decorators(s.decorators);
    nameop(s.name, Ctx::Store);
  }

  void class_def(const Stmt& s) {
    decorators(s.decorators);
    int firstlineno = s.loc.lineno;
    if (!s.decorators.empty()) firstlineno = s.decorators[0]->loc.lineno;
    enter_scope(s.name, ScopeType::Class, &s, firstlineno);
    u_->private_name = s.name;
    nameop("__name__", Ctx::Load);
    nameop("__module__", Ctx::Store);
    load_const(str_const(u_->qualname));
    nameop("__qualname__", Ctx::Store);
    body(s.body);
    unset_loc();
    if (u_->ste->needs_class_closure) {
      addop_i(op(Op::LOAD_CLOSURE), 0);
      addop_i(op(Op::COPY), 1);
      nameop("__classcell__", Ctx::Store);
    } else {
      load_const_none();
    }
    addop(op(Op::RETURN_VALUE));
    auto co = exit_scope(true);
    addop(op(Op::PUSH_NULL));
    addop(op(Op::LOAD_BUILD_CLASS));
    make_closure(co, 0);
    load_const(str_const(s.name));
    call_helper(2, s.bases, s.keywords);
    apply_decorators(s.decorators);
    nameop(s.name, Ctx::Store);
  }

  void lambda(const Expr& e) {
    int flags = default_arguments(*e.args);
    enter_scope("<lambda>", ScopeType::Lambda, &e, e.loc.lineno);
    add_const(Const{});
    u_->argcount = static_cast<int>(e.args->args.size() + e.args->posonlyargs.size());
    u_->posonly = static_cast<int>(e.args->posonlyargs.size());
    u_->kwonly = static_cast<int>(e.args->kwonlyargs.size());
    visit_expr(*e.a);
    // A generator lambda returns its body's value from an unlocated RETURN_VALUE (assemble(c, 0)).
    if (!u_->ste->generator) addop(op(Op::RETURN_VALUE));
    auto co = exit_scope(false);
    make_closure(co, flags);
  }

  // ---- expressions -----------------------------------------------------------------------
  void visit_expr(const Expr& e) {
    Position saved = u_->loc;
    set_loc(e.loc);
    visit_expr1(e);
    u_->loc = saved;
  }

  void update_start_location_to_match_attr(const Expr& attr) {
    if (u_->loc.lineno != attr.loc.end_lineno) {
      u_->loc.lineno = attr.loc.end_lineno;
      int len = static_cast<int>(attr.id.size());
      if (len <= attr.loc.end_col) {
        u_->loc.col_offset = attr.loc.end_col - len;
      } else {
        u_->loc.col_offset = -1;
        u_->loc.end_col_offset = -1;
      }
      u_->loc.end_lineno = std::max(u_->loc.lineno, u_->loc.end_lineno);
      if (u_->loc.lineno == u_->loc.end_lineno)
        u_->loc.end_col_offset = std::max(u_->loc.col_offset, u_->loc.end_col_offset);
    }
  }

  void visit_expr1(const Expr& e) {
    switch (e.kind) {
      case ExprKind::NamedExpr:
        visit_expr(*e.b);
        addop_i(op(Op::COPY), 1);
        visit_expr(*e.a);
        break;
      case ExprKind::BoolOp: boolop(e); break;
      case ExprKind::BinOp:
        visit_expr(*e.a);
        visit_expr(*e.b);
        addop_i(op(Op::BINARY_OP), e.op);
        break;
      case ExprKind::UnaryOp:
        visit_expr(*e.a);
        switch (static_cast<UnaryOpKind>(e.op)) {
          case UnaryOpKind::Invert: addop(op(Op::UNARY_INVERT)); break;
          case UnaryOpKind::Not: addop(op(Op::UNARY_NOT)); break;
          case UnaryOpKind::UAdd: addop(op(Op::UNARY_POSITIVE)); break;
          case UnaryOpKind::USub: addop(op(Op::UNARY_NEGATIVE)); break;
        }
        break;
      case ExprKind::Lambda: lambda(e); break;
      case ExprKind::IfExp: {
        Block* end = new_block();
        Block* next = new_block();
        jump_if(*e.a, next, false);
        visit_expr(*e.b);
        addop_j_noline(JUMP, end);
        use_next_block(next);
        visit_expr(*e.c);
        use_next_block(end);
        break;
      }
      case ExprKind::Dict: dict(e); break;
      case ExprKind::Set:
        starunpack_helper(e.elts, 0, op(Op::BUILD_SET), op(Op::SET_ADD), op(Op::SET_UPDATE), false);
        break;
      case ExprKind::GeneratorExp: comprehension(e, "<genexpr>", 0); break;
      case ExprKind::ListComp: comprehension(e, "<listcomp>", 1); break;
      case ExprKind::SetComp: comprehension(e, "<setcomp>", 2); break;
      case ExprKind::DictComp: comprehension(e, "<dictcomp>", 3); break;
      case ExprKind::Compare: compare(e); break;
      case ExprKind::Call: call(e); break;
      case ExprKind::Constant: load_const(e.value); break;
      case ExprKind::JoinedStr: joined_str(e); break;
      case ExprKind::FormattedValue: formatted_value(e); break;
      case ExprKind::Attribute: {
        visit_expr(*e.a);
        update_start_location_to_match_attr(e);
        int old = u_->loc.lineno;
        if (e.ctx == Ctx::Load) {
          u_->loc.lineno = e.loc.end_lineno;
          addop_name(op(Op::LOAD_ATTR), e.id);
          u_->loc.lineno = old;
        } else if (e.ctx == Ctx::Store) {
          u_->loc.lineno = e.loc.end_lineno;
          addop_name(op(Op::STORE_ATTR), e.id);
          u_->loc.lineno = old;
        } else {
          addop_name(op(Op::DELETE_ATTR), e.id);
        }
        break;
      }
      case ExprKind::Subscript:
        visit_expr(*e.a);
        visit_expr(*e.b);
        addop(e.ctx == Ctx::Load    ? op(Op::BINARY_SUBSCR)
              : e.ctx == Ctx::Store ? op(Op::STORE_SUBSCR)
                                    : op(Op::DELETE_SUBSCR));
        break;
      case ExprKind::Starred:
        if (e.ctx == Ctx::Store) error("starred assignment target must be in a list or tuple", e.loc);
        error("can't use starred expression here", e.loc);
      case ExprKind::Slice: {
        int n = 2;
        if (e.a) visit_expr(*e.a);
        else load_const_none();
        if (e.b) visit_expr(*e.b);
        else load_const_none();
        if (e.c) {
          ++n;
          visit_expr(*e.c);
        }
        addop_i(op(Op::BUILD_SLICE), n);
        break;
      }
      case ExprKind::Name: nameop(e.id, e.ctx); break;
      case ExprKind::Yield:
        if (u_->ste->type != BlockType::Function) error("'yield' outside function", e.loc);
        if (e.a) visit_expr(*e.a);
        else load_const_none();
        add_yield();
        break;
      case ExprKind::YieldFrom:
        if (u_->ste->type != BlockType::Function) error("'yield' outside function", e.loc);
        if (u_->async_function) error("'yield from' inside async function", e.loc);
        visit_expr(*e.a);
        addop(op(Op::GET_YIELD_FROM_ITER));
        load_const_none();
        add_yield_from(false);
        break;
      case ExprKind::Await:
        if (u_->ste->type != BlockType::Function) error("'await' outside function", e.loc);
        if (!u_->async_function && u_->scope != ScopeType::Comprehension)
          error("'await' outside async function", e.loc);
        visit_expr(*e.a);
        await_result(0);
        break;
      case ExprKind::List:
        if (e.ctx == Ctx::Store) assignment_helper(e.elts);
        else if (e.ctx == Ctx::Load)
          starunpack_helper(e.elts, 0, op(Op::BUILD_LIST), op(Op::LIST_APPEND), op(Op::LIST_EXTEND), false);
        else
          for (auto& x : e.elts) visit_expr(*x);
        break;
      case ExprKind::Tuple:
        if (e.ctx == Ctx::Store) assignment_helper(e.elts);
        else if (e.ctx == Ctx::Load)
          starunpack_helper(e.elts, 0, op(Op::BUILD_LIST), op(Op::LIST_APPEND), op(Op::LIST_EXTEND), true);
        else
          for (auto& x : e.elts) visit_expr(*x);
        break;
    }
  }

  // ADDOP_YIELD: an async generator wraps the value it yields (ASYNC_GEN_WRAP), so the awaiting
  // code can tell it from a value an awaited object yields.
  void add_yield() {
    if (u_->ste->generator && u_->ste->coroutine) addop(op(Op::ASYNC_GEN_WRAP));
    addop(op(Op::YIELD_VALUE));
    addop_i(op(Op::RESUME), 1);
  }

  // GET_AWAITABLE where; LOAD_CONST None; the SEND loop. `where` is 0 for `await`, 1 after
  // __aenter__, 2 after __aexit__ (only for the error messages of the runtime).
  void await_result(int where) {
    addop_i(op(Op::GET_AWAITABLE), where);
    load_const_none();
    add_yield_from(true);
  }

  // SEND to the exit; YIELD_VALUE; RESUME 2 (3 for await: how gen.throw finds a delegating
  // frame); jump back to the SEND (compiler_add_yield_from of 3.11).
  void add_yield_from(bool await) {
    Block* start = new_block();
    Block* resume = new_block();
    Block* exit = new_block();
    use_next_block(start);
    addop_j(op(Op::SEND), exit);
    use_next_block(resume);
    addop(op(Op::YIELD_VALUE));
    addop_i(op(Op::RESUME), await ? 3 : 2);
    addop_j(JUMP_NO_INTERRUPT, start);
    use_next_block(exit);
  }

  void boolop(const Expr& e) {
    int jumpi = e.op == (int)BoolOpKind::And ? op(Op::JUMP_IF_FALSE_OR_POP) : op(Op::JUMP_IF_TRUE_OR_POP);
    Block* end = new_block();
    size_t n = e.values.size() - 1;
    for (size_t i = 0; i < n; ++i) {
      visit_expr(*e.values[i]);
      addop_j(jumpi, end);
      use_next_block(new_block());
    }
    visit_expr(*e.values[n]);
    use_next_block(end);
  }

  void add_compare(CmpOp o) {
    switch (o) {
      case CmpOp::Is: addop_i(op(Op::IS_OP), 0); break;
      case CmpOp::IsNot: addop_i(op(Op::IS_OP), 1); break;
      case CmpOp::In: addop_i(op(Op::CONTAINS_OP), 0); break;
      case CmpOp::NotIn: addop_i(op(Op::CONTAINS_OP), 1); break;
      default: addop_i(op(Op::COMPARE_OP), cmp_arg(o));
    }
  }

  void compare(const Expr& e) {
    visit_expr(*e.a);
    size_t n = e.ops.size() - 1;
    if (n == 0) {
      visit_expr(*e.elts[0]);
      add_compare(e.ops[0]);
      return;
    }
    Block* cleanup = new_block();
    for (size_t i = 0; i < n; ++i) {
      visit_expr(*e.elts[i]);
      addop_i(op(Op::SWAP), 2);
      addop_i(op(Op::COPY), 2);
      add_compare(e.ops[i]);
      addop_j(op(Op::JUMP_IF_FALSE_OR_POP), cleanup);
    }
    visit_expr(*e.elts.back());
    add_compare(e.ops.back());
    Block* end = new_block();
    addop_j_noline(JUMP, end);
    use_next_block(cleanup);
    addop_i(op(Op::SWAP), 2);
    addop(op(Op::POP_TOP));
    use_next_block(end);
  }

  void jump_if(const Expr& e, Block* next, bool cond) {
    switch (e.kind) {
      case ExprKind::UnaryOp:
        if (e.op == (int)UnaryOpKind::Not) {
          jump_if(*e.a, next, !cond);
          return;
        }
        break;
      case ExprKind::BoolOp: {
        size_t n = e.values.size() - 1;
        bool cond2 = e.op == (int)BoolOpKind::Or;
        Block* next2 = next;
        if (cond2 != cond) next2 = new_block();
        for (size_t i = 0; i < n; ++i) jump_if(*e.values[i], next2, cond2);
        jump_if(*e.values[n], next, cond);
        if (next2 != next) use_next_block(next2);
        return;
      }
      case ExprKind::IfExp: {
        Block* end = new_block();
        Block* next2 = new_block();
        jump_if(*e.a, next2, false);
        jump_if(*e.b, next, cond);
        addop_j_noline(JUMP, end);
        use_next_block(next2);
        jump_if(*e.c, next, cond);
        use_next_block(end);
        return;
      }
      case ExprKind::Compare: {
        // CPython 3.11 leaves the comparison's location in place for the jump and beyond.
        set_loc(e.loc);
        size_t n = e.ops.size() - 1;
        if (n > 0) {
          Block* cleanup = new_block();
          visit_expr(*e.a);
          for (size_t i = 0; i < n; ++i) {
            visit_expr(*e.elts[i]);
            addop_i(op(Op::SWAP), 2);
            addop_i(op(Op::COPY), 2);
            add_compare(e.ops[i]);
            addop_j(POP_JUMP_IF_FALSE, cleanup);
          }
          visit_expr(*e.elts.back());
          add_compare(e.ops.back());
          addop_j(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
          Block* end = new_block();
          addop_j_noline(JUMP, end);
          use_next_block(cleanup);
          addop(op(Op::POP_TOP));
          if (!cond) addop_j_noline(JUMP, next);
          use_next_block(end);
          return;
        }
        break;
      }
      default: break;
    }
    visit_expr(e);
    addop_j(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next);
  }

  static bool is_const(const Expr* e) { return e && e->kind == ExprKind::Constant; }

  void starunpack_helper(const std::vector<ExprP>& elts, int pushed, int build, int add, int extend, bool tuple) {
    size_t n = elts.size();
    bool all_const = n > 2;
    for (auto& x : elts)
      if (!is_const(x.get())) all_const = false;
    if (all_const) {
      Const folded;
      folded.kind = Const::Kind::Tuple;
      for (auto& x : elts) folded.items.push_back(x->value);
      if (tuple && !pushed) {
        load_const(folded);
      } else {
        if (add == op(Op::SET_ADD)) folded = make_frozenset(folded.items);
        addop_i(build, pushed);
        load_const(folded);
        addop_i(extend, 1);
        if (tuple) addop(op(Op::LIST_TO_TUPLE));
      }
      return;
    }
    bool big = static_cast<int>(n) + pushed > kStackUseGuideline;
    bool seen_star = false;
    for (auto& x : elts)
      if (x->kind == ExprKind::Starred) seen_star = true;
    if (!seen_star && !big) {
      for (auto& x : elts) visit_expr(*x);
      addop_i(tuple ? op(Op::BUILD_TUPLE) : build, static_cast<int>(n) + pushed);
      return;
    }
    bool built = false;
    if (big) {
      addop_i(build, pushed);
      built = true;
    }
    for (size_t i = 0; i < n; ++i) {
      const Expr& x = *elts[i];
      if (x.kind == ExprKind::Starred) {
        if (!built) {
          addop_i(build, static_cast<int>(i) + pushed);
          built = true;
        }
        visit_expr(*x.a);
        addop_i(extend, 1);
      } else {
        visit_expr(x);
        if (built) addop_i(add, 1);
      }
    }
    if (tuple) addop(op(Op::LIST_TO_TUPLE));
  }

  void assignment_helper(const std::vector<ExprP>& elts) {
    size_t n = elts.size();
    bool seen_star = false;
    for (size_t i = 0; i < n; ++i) {
      const Expr& x = *elts[i];
      if (x.kind == ExprKind::Starred && !seen_star) {
        if (i >= (1 << 8) || n - i - 1 >= (INT32_MAX >> 8))
          error("too many expressions in star-unpacking assignment", x.loc);
        addop_i(op(Op::UNPACK_EX), static_cast<int>(i + ((n - i - 1) << 8)));
        seen_star = true;
      } else if (x.kind == ExprKind::Starred) {
        error("multiple starred expressions in assignment", x.loc);
      }
    }
    if (!seen_star) addop_i(op(Op::UNPACK_SEQUENCE), static_cast<int>(n));
    for (auto& x : elts) visit_expr(x->kind == ExprKind::Starred ? *x->a : *x);
  }

  void subdict(const Expr& e, size_t begin, size_t end) {
    size_t n = end - begin;
    bool big = n * 2 > kStackUseGuideline;
    bool keys_const = true;
    for (size_t i = begin; i < end; ++i)
      if (!is_const(e.elts[i].get())) keys_const = false;
    if (n > 1 && !big && keys_const) {
      for (size_t i = begin; i < end; ++i) visit_expr(*e.values[i]);
      Const keys;
      keys.kind = Const::Kind::Tuple;
      for (size_t i = begin; i < end; ++i) keys.items.push_back(e.elts[i]->value);
      load_const(keys);
      addop_i(op(Op::BUILD_CONST_KEY_MAP), static_cast<int>(n));
      return;
    }
    if (big) addop_i(op(Op::BUILD_MAP), 0);
    for (size_t i = begin; i < end; ++i) {
      visit_expr(*e.elts[i]);
      visit_expr(*e.values[i]);
      if (big) addop_i(op(Op::MAP_ADD), 1);
    }
    if (!big) addop_i(op(Op::BUILD_MAP), static_cast<int>(n));
  }

  void dict(const Expr& e) {
    size_t n = e.values.size();
    bool have_dict = false;
    size_t elements = 0;
    for (size_t i = 0; i < n; ++i) {
      bool unpacking = e.elts[i] == nullptr;
      if (unpacking) {
        if (elements) {
          subdict(e, i - elements, i);
          if (have_dict) addop_i(op(Op::DICT_UPDATE), 1);
          have_dict = true;
          elements = 0;
        }
        if (!have_dict) {
          addop_i(op(Op::BUILD_MAP), 0);
          have_dict = true;
        }
        visit_expr(*e.values[i]);
        addop_i(op(Op::DICT_UPDATE), 1);
      } else {
        if (elements * 2 > kStackUseGuideline) {
          subdict(e, i - elements, i + 1);
          if (have_dict) addop_i(op(Op::DICT_UPDATE), 1);
          have_dict = true;
          elements = 0;
        } else {
          ++elements;
        }
      }
    }
    if (elements) {
      subdict(e, n - elements, n);
      if (have_dict) addop_i(op(Op::DICT_UPDATE), 1);
      have_dict = true;
    }
    if (!have_dict) addop_i(op(Op::BUILD_MAP), 0);
  }

  bool is_import_originated(const Expr& e) {
    if (e.kind != ExprKind::Name) return false;
    return (st_.top->get_flags(e.id) & DEF_IMPORT) != 0;
  }

  void call(const Expr& e) {
    if (maybe_optimize_method_call(e)) return;
    set_loc(e.a->loc);
    addop(op(Op::PUSH_NULL));
    set_loc(e.loc);
    visit_expr(*e.a);
    call_helper(0, e.elts, e.keywords);
  }

  void kw_names(const std::vector<Keyword>& kws) {
    Const names;
    names.kind = Const::Kind::Tuple;
    for (auto& k : kws) names.items.push_back(str_const(k.arg));
    addop_i(op(Op::KW_NAMES), add_const(names));
  }

  bool maybe_optimize_method_call(const Expr& e) {
    const Expr& meth = *e.a;
    if (meth.kind != ExprKind::Attribute || meth.ctx != Ctx::Load) return false;
    if (is_import_originated(*meth.a)) return false;
    size_t argsl = e.elts.size(), kwdsl = e.keywords.size();
    if (argsl + kwdsl + (kwdsl != 0) >= kStackUseGuideline) return false;
    for (auto& a : e.elts)
      if (a->kind == ExprKind::Starred) return false;
    for (auto& k : e.keywords)
      if (k.arg.empty()) return false;
    visit_expr(*meth.a);
    set_loc(meth.loc);
    update_start_location_to_match_attr(meth);
    addop_name(op(Op::LOAD_METHOD), meth.id);
    for (auto& a : e.elts) visit_expr(*a);
    if (kwdsl) {
      for (auto& k : e.keywords) visit_expr(*k.value);
      kw_names(e.keywords);
    }
    set_loc(e.loc);
    update_start_location_to_match_attr(meth);
    addop_i(op(Op::PRECALL), static_cast<int>(argsl + kwdsl));
    addop_i(op(Op::CALL), static_cast<int>(argsl + kwdsl));
    return true;
  }

  void validate_keywords(const std::vector<Keyword>& kws) {
    for (size_t i = 0; i < kws.size(); ++i) {
      if (kws[i].arg.empty()) continue;
      for (size_t j = i + 1; j < kws.size(); ++j)
        if (kws[j].arg == kws[i].arg) error("keyword argument repeated: " + kws[i].arg, kws[j].loc);
    }
  }

  void subkwargs(const std::vector<Keyword>& kws, size_t begin, size_t end) {
    size_t n = end - begin;
    bool big = n * 2 > kStackUseGuideline;
    if (n > 1 && !big) {
      Const keys;
      keys.kind = Const::Kind::Tuple;
      for (size_t i = begin; i < end; ++i) {
        keys.items.push_back(str_const(kws[i].arg));
        visit_expr(*kws[i].value);
      }
      load_const(keys);
      addop_i(op(Op::BUILD_CONST_KEY_MAP), static_cast<int>(n));
      return;
    }
    // compiler_subkwargs emits BUILD_MAP and MAP_ADD without a line: each takes the line of the
    // instruction before it (the previous value's), not the call's.
    if (big) addop_i_noline(op(Op::BUILD_MAP), 0);
    for (size_t i = begin; i < end; ++i) {
      load_const(str_const(kws[i].arg));
      visit_expr(*kws[i].value);
      if (big) addop_i_noline(op(Op::MAP_ADD), 1);
    }
    if (!big) addop_i(op(Op::BUILD_MAP), static_cast<int>(n));
  }

  void call_helper(int n, const std::vector<ExprP>& args, const std::vector<Keyword>& kws) {
    validate_keywords(kws);
    size_t nelts = args.size(), nkw = kws.size();
    bool ex = nelts + nkw * 2 > kStackUseGuideline;
    for (auto& a : args)
      if (a->kind == ExprKind::Starred) ex = true;
    for (auto& k : kws)
      if (k.arg.empty()) ex = true;
    if (!ex) {
      for (auto& a : args) visit_expr(*a);
      if (nkw) {
        for (auto& k : kws) visit_expr(*k.value);
        kw_names(kws);
      }
      addop_i(op(Op::PRECALL), n + static_cast<int>(nelts + nkw));
      addop_i(op(Op::CALL), n + static_cast<int>(nelts + nkw));
      return;
    }
    if (n == 0 && nelts == 1 && args[0]->kind == ExprKind::Starred) {
      visit_expr(*args[0]->a);
    } else {
      starunpack_helper(args, n, op(Op::BUILD_LIST), op(Op::LIST_APPEND), op(Op::LIST_EXTEND), true);
    }
    if (nkw) {
      bool have_dict = false;
      size_t nseen = 0;
      for (size_t i = 0; i < nkw; ++i) {
        if (kws[i].arg.empty()) {
          if (nseen) {
            subkwargs(kws, i - nseen, i);
            if (have_dict) addop_i(op(Op::DICT_MERGE), 1);
            have_dict = true;
            nseen = 0;
          }
          if (!have_dict) {
            addop_i(op(Op::BUILD_MAP), 0);
            have_dict = true;
          }
          visit_expr(*kws[i].value);
          addop_i(op(Op::DICT_MERGE), 1);
        } else {
          ++nseen;
        }
      }
      if (nseen) {
        subkwargs(kws, nkw - nseen, nkw);
        if (have_dict) addop_i(op(Op::DICT_MERGE), 1);
      }
    }
    addop_i(op(Op::CALL_FUNCTION_EX), nkw > 0);
  }

  void joined_str(const Expr& e) {
    size_t n = e.values.size();
    if (n > static_cast<size_t>(kStackUseGuideline)) {
      load_const(str_const(""));
      addop_name(op(Op::LOAD_METHOD), "join");
      addop_i(op(Op::BUILD_LIST), 0);
      for (auto& v : e.values) {
        visit_expr(*v);
        addop_i(op(Op::LIST_APPEND), 1);
      }
      addop_i(op(Op::PRECALL), 1);
      addop_i(op(Op::CALL), 1);
      return;
    }
    for (auto& v : e.values) visit_expr(*v);
    if (n != 1) addop_i(op(Op::BUILD_STRING), static_cast<int>(n));
  }

  void formatted_value(const Expr& e) {
    visit_expr(*e.a);
    int oparg = 0;
    switch (e.conversion) {
      case 's': oparg = 1; break;
      case 'r': oparg = 2; break;
      case 'a': oparg = 3; break;
      default: oparg = 0;
    }
    if (e.b) {
      visit_expr(*e.b);
      oparg |= 0x4;
    }
    addop_i(op(Op::FORMAT_VALUE), oparg);
  }

  // type: 0 genexp, 1 list, 2 set, 3 dict
  void comprehension(const Expr& e, const char* name, int type) {
    const Comprehension& outermost = e.generators[0];
    ScopeType outer_scope = u_->scope;
    bool outer_async = u_->async_function;
    enter_scope(name, ScopeType::Comprehension, &e, e.loc.lineno);
    set_loc(e.loc);
    bool is_async_generator = u_->ste->coroutine;
    if (is_async_generator && type != 0 && !outer_async && outer_scope != ScopeType::Comprehension)
      error("asynchronous comprehension outside of an asynchronous function", e.loc);
    if (type != 0) {
      int build = type == 1 ? op(Op::BUILD_LIST) : type == 2 ? op(Op::BUILD_SET) : op(Op::BUILD_MAP);
      addop_i(build, 0);
    }
    comprehension_generator(e, 0, 0, type);
    if (type != 0) addop(op(Op::RETURN_VALUE));
    auto co = exit_scope(true);
    make_closure(co, 0);
    visit_expr(*outermost.iter);
    addop(outermost.is_async ? op(Op::GET_AITER) : op(Op::GET_ITER));
    addop_i(op(Op::PRECALL), 0);
    addop_i(op(Op::CALL), 0);
    if (is_async_generator && type != 0) await_result(0);
  }

  // compiler_async_comprehension_generator
  void async_comprehension_generator(const Expr& e, size_t gen_index, int depth, int type) {
    Block* start = new_block();
    Block* except = new_block();
    Block* if_cleanup = new_block();
    const Comprehension& gen = e.generators[gen_index];
    if (gen_index == 0) {
      u_->argcount = 1;
      addop_i(op(Op::LOAD_FAST), 0);
    } else {
      visit_expr(*gen.iter);
      addop(op(Op::GET_AITER));
    }
    use_next_block(start);
    addop_j(SETUP_FINALLY, except);
    addop(op(Op::GET_ANEXT));
    load_const_none();
    add_yield_from(true);
    addop(POP_BLOCK);
    visit_expr(*gen.target);
    for (auto& cond : gen.ifs) {
      jump_if(*cond, if_cleanup, false);
      use_next_block(new_block());
    }
    ++depth;
    if (++gen_index < e.generators.size()) comprehension_generator(e, gen_index, depth, type);
    if (gen_index >= e.generators.size()) comprehension_element(e, depth, type);
    use_next_block(if_cleanup);
    addop_j(JUMP, start);
    use_next_block(except);
    addop(op(Op::END_ASYNC_FOR));
  }

  void comprehension_element(const Expr& e, int depth, int type) {
    switch (type) {
      case 0:
        visit_expr(*e.a);
        add_yield();
        addop(op(Op::POP_TOP));
        break;
      case 1:
        visit_expr(*e.a);
        addop_i(op(Op::LIST_APPEND), depth + 1);
        break;
      case 2:
        visit_expr(*e.a);
        addop_i(op(Op::SET_ADD), depth + 1);
        break;
      case 3:
        visit_expr(*e.a);
        visit_expr(*e.b);
        addop_i(op(Op::MAP_ADD), depth + 1);
        break;
    }
  }

  void comprehension_generator(const Expr& e, size_t gen_index, int depth, int type) {
    if (e.generators[gen_index].is_async) return async_comprehension_generator(e, gen_index, depth, type);
    Block* start = new_block();
    Block* if_cleanup = new_block();
    Block* anchor = new_block();
    const Comprehension& gen = e.generators[gen_index];
    if (gen_index == 0) {
      u_->argcount = 1;
      addop_i(op(Op::LOAD_FAST), 0);
    } else {
      const std::vector<ExprP>* elts = nullptr;
      if (gen.iter->kind == ExprKind::List || gen.iter->kind == ExprKind::Tuple) elts = &gen.iter->elts;
      if (elts && elts->size() == 1 && (*elts)[0]->kind != ExprKind::Starred) {
        visit_expr(*(*elts)[0]);
        start = nullptr;
      }
      if (start) {
        visit_expr(*gen.iter);
        addop(op(Op::GET_ITER));
      }
    }
    if (start) {
      ++depth;
      use_next_block(start);
      addop_j(op(Op::FOR_ITER), anchor);
    }
    visit_expr(*gen.target);
    for (auto& cond : gen.ifs) jump_if(*cond, if_cleanup, false);
    if (++gen_index < e.generators.size()) comprehension_generator(e, gen_index, depth, type);
    if (gen_index >= e.generators.size()) comprehension_element(e, depth, type);
    use_next_block(if_cleanup);
    if (start) {
      addop_j(JUMP, start);
      use_next_block(anchor);
    }
  }
};

}  // namespace

std::shared_ptr<const CodeObject> compile_ast(Module& m, const SourceLines& src, CompileMode mode) {
  std::unique_ptr<SymTable> st = build_symtable(m, src);
  Compiler c(*st, src, m.identifiers);
  if (mode == CompileMode::Eval) return c.expression(m);
  if (mode == CompileMode::Single) return c.interactive(m);
  return c.module(m);
}

}  // namespace dp::py
