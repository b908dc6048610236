// Symbol table construction and scope analysis; mirrors Python/symtable.c of CPython 3.11.
#include "python/symtable.h"

#include <algorithm>
#include <set>

namespace dp::py {

std::string mangle(const std::string& priv, const std::string& name) {
  if (priv.empty() || name.size() < 2 || name[0] != '_' || name[1] != '_') return name;
  // _Py_Mangle: a name ending in two underscores is left alone (__init__, and `__` itself).
  if (name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
  if (name.find('.') != std::string::npos) return name;
  size_t i = 0;
  while (i < priv.size() && priv[i] == '_') ++i;
  if (i == priv.size()) return name;
  return "_" + priv.substr(i) + name;
}

namespace {

using NameSet = std::set<std::string>;

class Builder {
 public:
  Builder(SymTable& st, const SourceLines& src) : st_(st), src_(src) {}

  void module(const Module& m) {
    enter("top", BlockType::Module, nullptr, 0);
    st_.top = cur_;
    for (auto& s : m.body) stmt(*s);
    exit();
  }

 private:
  SymTable& st_;
  const SourceLines& src_;
  SymEntry* cur_ = nullptr;
  std::vector<SymEntry*> stack_;
  std::string private_;
  bool comp_iter_target_ = false;

  [[noreturn]] void error(const std::string& msg, const Loc& l) {
    raise_error(src_, "SyntaxError", msg, l.lineno, l.col, l.end_lineno, l.end_col);
  }

  void enter(const std::string& name, BlockType type, const void* node, int lineno) {
    auto e = std::make_unique<SymEntry>();
    e->name = name;
    e->type = type;
    e->lineno = lineno;
    if (cur_ && (cur_->nested || cur_->type == BlockType::Function)) e->nested = true;
    if (cur_) e->comp_iter_expr = cur_->comp_iter_expr;  // bpo-37757: lambdas in the iterable too
    SymEntry* raw = e.get();
    st_.entries.push_back(std::move(e));
    if (node) st_.by_node[node] = raw;
    if (cur_) {
      cur_->children.push_back(raw);
      stack_.push_back(cur_);
    }
    cur_ = raw;
  }
  void exit() {
    if (stack_.empty()) return;
    cur_ = stack_.back();
    stack_.pop_back();
  }

  void add_def(const std::string& name, int flag, const Loc& loc) { add_def_in(cur_, name, flag, loc); }

  void add_def_in(SymEntry* ste, const std::string& name, int flag, const Loc& loc) {
    std::string m = mangle(private_, name);
    auto it = ste->flags.find(m);
    int val;
    if (it != ste->flags.end()) {
      val = it->second;
      if ((flag & DEF_PARAM) && (val & DEF_PARAM))
        error("duplicate argument '" + name + "' in function definition", loc);
      val |= flag;
    } else {
      val = flag;
      ste->order.push_back(m);
    }
    if (comp_iter_target_) {
      if (val & (DEF_GLOBAL | DEF_NONLOCAL))
        error("comprehension inner loop cannot rebind assignment expression target '" + name + "'", loc);
      val |= DEF_COMP_ITER;
    }
    ste->flags[m] = val;
    if (flag & DEF_PARAM) {
      ste->varnames.push_back(m);
    } else if (flag & DEF_GLOBAL) {
      SymEntry* top = st_.top;
      auto g = top->flags.find(m);
      if (g == top->flags.end()) {
        top->order.push_back(m);
        top->flags[m] = flag;
      } else {
        g->second |= flag;
      }
    }
  }

  int lookup(const std::string& name) { return cur_->get_flags(mangle(private_, name)); }

  void stmts(const std::vector<StmtP>& v) {
    for (auto& s : v) stmt(*s);
  }
  void exprs(const std::vector<ExprP>& v) {
    for (auto& e : v)
      if (e) expr(*e);
  }

  void arguments_defaults(const Arguments& a) {
    exprs(a.defaults);
    for (auto& d : a.kw_defaults)
      if (d) expr(*d);
  }

  void annotations(const Arguments& a, const Expr* returns) {
    for (auto* list : {&a.posonlyargs, &a.args})
      for (auto& p : *list)
        if (p.annotation) expr(*p.annotation);
    if (a.vararg && a.vararg->annotation) expr(*a.vararg->annotation);
    if (a.kwarg && a.kwarg->annotation) expr(*a.kwarg->annotation);
    for (auto& p : a.kwonlyargs)
      if (p.annotation) expr(*p.annotation);
    if (returns) expr(*returns);
  }

  void params(const Arguments& a) {
    for (auto& p : a.posonlyargs) add_def(p.name, DEF_PARAM, p.loc);
    for (auto& p : a.args) add_def(p.name, DEF_PARAM, p.loc);
    for (auto& p : a.kwonlyargs) add_def(p.name, DEF_PARAM, p.loc);
    if (a.vararg) {
      add_def(a.vararg->name, DEF_PARAM, a.vararg->loc);
      cur_->varargs = true;
    }
    if (a.kwarg) {
      add_def(a.kwarg->name, DEF_PARAM, a.kwarg->loc);
      cur_->varkeywords = true;
    }
  }

  void stmt(const Stmt& s) {
    switch (s.kind) {
      case StmtKind::FunctionDef:
        add_def(s.name, DEF_LOCAL, s.loc);
        arguments_defaults(*s.args);
        annotations(*s.args, s.returns.get());
        exprs(s.decorators);
        enter(s.name, BlockType::Function, &s, s.loc.lineno);
        if (s.is_async) cur_->coroutine = true;
        params(*s.args);
        stmts(s.body);
        exit();
        break;
      case StmtKind::ClassDef: {
        add_def(s.name, DEF_LOCAL, s.loc);
        exprs(s.bases);
        for (auto& k : s.keywords) expr(*k.value);
        exprs(s.decorators);
        enter(s.name, BlockType::Class, &s, s.loc.lineno);
        std::string saved = private_;
        private_ = s.name;
        stmts(s.body);
        private_ = saved;
        exit();
        break;
      }
      case StmtKind::Return:
        if (s.value) expr(*s.value);
        break;
      case StmtKind::Delete: exprs(s.targets); break;
      case StmtKind::Assign:
        exprs(s.targets);
        expr(*s.value);
        break;
      case StmtKind::AnnAssign:
        if (s.target->kind == ExprKind::Name) {
          int cur = lookup(s.target->id);
          if ((cur & (DEF_GLOBAL | DEF_NONLOCAL)) && cur_ != st_.top && s.simple)
            error(std::string("annotated name '") + s.target->id + "' can't be " +
                      ((cur & DEF_GLOBAL) ? "global" : "nonlocal"),
                  s.loc);
          if (s.simple) add_def(s.target->id, DEF_ANNOT | DEF_LOCAL, s.target->loc);
          else if (s.value) add_def(s.target->id, DEF_LOCAL, s.target->loc);
        } else {
          expr(*s.target);
        }
        expr(*s.annotation);
        if (s.value) expr(*s.value);
        break;
      case StmtKind::AugAssign:
        expr(*s.target);
        expr(*s.value);
        break;
      case StmtKind::For:
        expr(*s.target);
        expr(*s.iter);
        stmts(s.body);
        stmts(s.orelse);
        break;
      case StmtKind::While:
      case StmtKind::If:
        expr(*s.test);
        stmts(s.body);
        stmts(s.orelse);
        break;
      case StmtKind::Raise:
        if (s.value) {
          expr(*s.value);
          if (s.cause) expr(*s.cause);
        }
        break;
      case StmtKind::Try:
        stmts(s.body);
        stmts(s.orelse);
        for (auto& h : s.handlers) {
          if (h.type) expr(*h.type);
          if (!h.name.empty()) add_def(h.name, DEF_LOCAL, h.loc);
          stmts(h.body);
        }
        stmts(s.finalbody);
        break;
      case StmtKind::Assert:
        expr(*s.test);
        if (s.value) expr(*s.value);
        break;
      case StmtKind::Import:
      case StmtKind::ImportFrom:
        for (auto& a : s.names) alias(a, s);
        break;
      case StmtKind::Global:
      case StmtKind::Nonlocal: {
        bool global = s.kind == StmtKind::Global;
        const char* what = global ? "global" : "nonlocal";
        for (auto& name : s.idents) {
          int cur = lookup(name);
          if (cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) {
            std::string msg;
            if (cur & DEF_PARAM) msg = "name '" + name + "' is parameter and " + what;
            else if (cur & USE) msg = "name '" + name + "' is used prior to " + what + " declaration";
            else if (cur & DEF_ANNOT) msg = "annotated name '" + name + "' can't be " + what;
            else msg = "name '" + name + "' is assigned to before " + what + " declaration";
            error(msg, s.loc);
          }
          add_def(name, global ? DEF_GLOBAL : DEF_NONLOCAL, s.loc);
          if (!cur_->directives.count(mangle(private_, name))) cur_->directives[mangle(private_, name)] = s.loc;
        }
        break;
      }
      case StmtKind::Expr: expr(*s.value); break;
      case StmtKind::Match:
        expr(*s.value);
        for (auto& c : s.cases) {
          pattern(*c.pattern);
          if (c.guard) expr(*c.guard);
          stmts(c.body);
        }
        break;
      case StmtKind::With:
        for (auto& it : s.items) {
          expr(*it.context_expr);
          if (it.optional_vars) expr(*it.optional_vars);
        }
        stmts(s.body);
        break;
      default: break;
    }
  }

  void pattern(const Pattern& p) {
    switch (p.kind) {
      case PatternKind::MatchValue: expr(*p.value); break;
      case PatternKind::MatchSingleton: break;
      case PatternKind::MatchSequence:
      case PatternKind::MatchOr:
        for (auto& x : p.patterns) pattern(*x);
        break;
      case PatternKind::MatchStar:
        if (p.has_name) add_def(p.name, DEF_LOCAL, p.loc);
        break;
      case PatternKind::MatchAs:
        if (p.pattern) pattern(*p.pattern);
        if (p.has_name) add_def(p.name, DEF_LOCAL, p.loc);
        break;
      case PatternKind::MatchMapping:
        exprs(p.keys);
        for (auto& x : p.patterns) pattern(*x);
        if (p.has_name) add_def(p.name, DEF_LOCAL, p.loc);
        break;
      case PatternKind::MatchClass:
        expr(*p.cls);
        for (auto& x : p.patterns) pattern(*x);
        for (auto& x : p.kwd_patterns) pattern(*x);
        break;
    }
  }

  void alias(const Alias& a, const Stmt& s) {
    std::string store = a.asname.empty() ? a.name : a.asname;
    size_t dot = store.find('.');
    if (dot != std::string::npos) store = store.substr(0, dot);
    if (store == "*") {
      if (cur_->type != BlockType::Module) error("import * only allowed at module level", s.loc);
      return;
    }
    add_def(store, DEF_IMPORT, a.loc);
  }

  void expr(const Expr& e) {
    switch (e.kind) {
      case ExprKind::NamedExpr:
        if (cur_->comp_iter_expr > 0)
          error("assignment expression cannot be used in a comprehension iterable expression", e.loc);
        if (cur_->comprehension) extend_namedexpr_scope(*e.a);
        expr(*e.b);
        expr(*e.a);
        break;
      case ExprKind::BoolOp: exprs(e.values); break;
      case ExprKind::BinOp:
        expr(*e.a);
        expr(*e.b);
        break;
      case ExprKind::UnaryOp: expr(*e.a); break;
      case ExprKind::Lambda:
        arguments_defaults(*e.args);
        enter("lambda", BlockType::Function, &e, e.loc.lineno);
        params(*e.args);
        expr(*e.a);
        exit();
        break;
      case ExprKind::IfExp:
        expr(*e.a);
        expr(*e.b);
        expr(*e.c);
        break;
      case ExprKind::Dict:
        exprs(e.elts);
        exprs(e.values);
        break;
      case ExprKind::Set: exprs(e.elts); break;
      case ExprKind::GeneratorExp: comprehension(e, "genexpr", e.a.get(), nullptr, true); break;
      case ExprKind::ListComp: comprehension(e, "listcomp", e.a.get(), nullptr, false); break;
      case ExprKind::SetComp: comprehension(e, "setcomp", e.a.get(), nullptr, false); break;
      case ExprKind::DictComp: comprehension(e, "dictcomp", e.a.get(), e.b.get(), false); break;
      case ExprKind::Compare:
        expr(*e.a);
        exprs(e.elts);
        break;
      case ExprKind::Call:
        expr(*e.a);
        exprs(e.elts);
        for (auto& k : e.keywords) expr(*k.value);
        break;
      case ExprKind::FormattedValue:
        expr(*e.a);
        if (e.b) expr(*e.b);
        break;
      case ExprKind::JoinedStr: exprs(e.values); break;
      case ExprKind::Constant: break;
      case ExprKind::Attribute: expr(*e.a); break;
      case ExprKind::Subscript:
        expr(*e.a);
        expr(*e.b);
        break;
      case ExprKind::Starred: expr(*e.a); break;
      case ExprKind::Slice:
        if (e.a) expr(*e.a);
        if (e.b) expr(*e.b);
        if (e.c) expr(*e.c);
        break;
      case ExprKind::Name:
        add_def(e.id, e.ctx == Ctx::Load ? USE : DEF_LOCAL, e.loc);
        if (e.ctx == Ctx::Load && cur_->type == BlockType::Function && e.id == "super")
          add_def("__class__", USE, e.loc);
        break;
      case ExprKind::List:
      case ExprKind::Tuple: exprs(e.elts); break;
      case ExprKind::Await:
        expr(*e.a);
        cur_->coroutine = true;
        break;
      case ExprKind::Yield:
      case ExprKind::YieldFrom:
        if (e.a) expr(*e.a);
        cur_->generator = true;
        if (cur_->comprehension) {
          const std::string& k = cur_->comp_kind;
          error("'yield' inside " + (k == "generator" ? std::string("generator expression") : k + " comprehension"),
                e.loc);
        }
        break;
    }
  }

  // A := target inside a comprehension binds in the nearest enclosing function or module
  // (symtable_extend_namedexpr_scope): nonlocal (or global) in the comprehension, local there.
  void extend_namedexpr_scope(const Expr& target) {
    const std::string& name = target.id;
    std::string m = mangle(private_, name);
    std::vector<SymEntry*> chain = stack_;
    chain.push_back(cur_);
    for (size_t i = chain.size(); i-- > 0;) {
      SymEntry* ste = chain[i];
      if (ste->comprehension) {
        if (ste->get_flags(m) & DEF_COMP_ITER)
          error("assignment expression cannot rebind comprehension iteration variable '" + name + "'", target.loc);
        continue;
      }
      if (ste->type == BlockType::Function) {
        add_def(name, (ste->get_flags(m) & DEF_GLOBAL) ? DEF_GLOBAL : DEF_NONLOCAL, target.loc);
        if (!cur_->directives.count(m)) cur_->directives[m] = target.loc;
        add_def_in(ste, name, DEF_LOCAL, target.loc);
        return;
      }
      if (ste->type == BlockType::Module) {
        add_def(name, DEF_GLOBAL, target.loc);
        if (!cur_->directives.count(m)) cur_->directives[m] = target.loc;
        add_def_in(ste, name, DEF_GLOBAL, target.loc);
        return;
      }
      error("assignment expression within a comprehension cannot be used in a class body", target.loc);
    }
  }

  void comprehension(const Expr& e, const char* name, const Expr* elt, const Expr* value, bool is_gen) {
    const Comprehension& outer = e.generators[0];
    ++cur_->comp_iter_expr;
    expr(*outer.iter);
    --cur_->comp_iter_expr;
    enter(std::string("<") + name + ">", BlockType::Function, &e, e.loc.lineno);
    cur_->comprehension = true;
    cur_->comp_kind = is_gen ? "generator" : value ? "dict" : e.kind == ExprKind::SetComp ? "set" : "list";
    if (outer.is_async) cur_->coroutine = true;
    add_def(".0", DEF_PARAM, e.loc);
    comp_iter_target_ = true;
    expr(*outer.target);
    comp_iter_target_ = false;
    exprs(outer.ifs);
    for (size_t i = 1; i < e.generators.size(); ++i) {
      const Comprehension& g = e.generators[i];
      comp_iter_target_ = true;
      expr(*g.target);
      comp_iter_target_ = false;
      ++cur_->comp_iter_expr;
      expr(*g.iter);
      --cur_->comp_iter_expr;
      exprs(g.ifs);
      if (g.is_async) cur_->coroutine = true;
    }
    if (value) expr(*value);
    expr(*elt);
    cur_->generator = is_gen;
    // An asynchronous list/set/dict comprehension makes the enclosing scope asynchronous too
    // (3.11: comprehensions inside async comprehensions become async implicitly).
    bool is_async = cur_->coroutine && !is_gen;
    exit();
    if (is_async) cur_->coroutine = true;
  }
};

// ---- analysis (analyze_block and friends) -------------------------------------------------

class Analyzer {
 public:
  explicit Analyzer(const SourceLines& src) : src_(src) {}

  void analyze_top(SymEntry* top) {
    NameSet free, global;
    analyze_block(top, nullptr, free, global);
  }

 private:
  const SourceLines& src_;

  [[noreturn]] void error(const std::string& msg, const Loc& l) {
    raise_error(src_, "SyntaxError", msg, l.lineno, l.col, l.end_lineno, l.end_col);
  }

  void analyze_name(SymEntry* ste, std::unordered_map<std::string, int>& scopes, const std::string& name, int flags,
                    const NameSet* bound, NameSet& local, NameSet& free, NameSet& global) {
    if (flags & DEF_GLOBAL) {
      if (flags & DEF_NONLOCAL) error("name '" + name + "' is nonlocal and global", ste->directives[name]);
      scopes[name] = GLOBAL_EXPLICIT;
      global.insert(name);
      return;
    }
    if (flags & DEF_NONLOCAL) {
      if (!bound) error("nonlocal declaration not allowed at module level", ste->directives[name]);
      if (!bound->count(name)) error("no binding for nonlocal '" + name + "' found", ste->directives[name]);
      scopes[name] = FREE;
      ste->has_free = true;
      free.insert(name);
      return;
    }
    if (flags & DEF_BOUND) {
      scopes[name] = LOCAL;
      local.insert(name);
      global.erase(name);
      return;
    }
    if (bound && bound->count(name)) {
      scopes[name] = FREE;
      ste->has_free = true;
      free.insert(name);
      return;
    }
    if (global.count(name)) {
      scopes[name] = GLOBAL_IMPLICIT;
      return;
    }
    if (ste->nested) ste->has_free = true;
    scopes[name] = GLOBAL_IMPLICIT;
  }

  void analyze_block(SymEntry* ste, const NameSet* bound, NameSet& free, NameSet& global) {
    NameSet local, newglobal, newfree, newbound;
    std::unordered_map<std::string, int> scopes;
    if (ste->type == BlockType::Class) {
      newglobal = global;
      if (bound) newbound = *bound;
    }
    for (auto& name : ste->order) analyze_name(ste, scopes, name, ste->flags[name], bound, local, free, global);
    if (ste->type != BlockType::Class) {
      if (ste->type == BlockType::Function) newbound.insert(local.begin(), local.end());
      if (bound) newbound.insert(bound->begin(), bound->end());
      newglobal.insert(global.begin(), global.end());
    } else {
      newbound.insert("__class__");
    }
    NameSet allfree;
    for (SymEntry* child : ste->children) {
      NameSet child_bound = newbound, child_free = newfree, child_global = newglobal;
      analyze_block(child, &child_bound, child_free, child_global);
      allfree.insert(child_free.begin(), child_free.end());
      if (child->has_free || child->child_free) ste->child_free = true;
    }
    newfree.insert(allfree.begin(), allfree.end());
    if (ste->type == BlockType::Function) {
      for (auto& [name, sc] : scopes) {
        if (sc == LOCAL && newfree.count(name)) {
          sc = CELL;
          newfree.erase(name);
        }
      }
    } else if (ste->type == BlockType::Class) {
      if (newfree.erase("__class__")) ste->needs_class_closure = true;
    }
    update_symbols(ste, scopes, bound, newfree, ste->type == BlockType::Class);
    free.insert(newfree.begin(), newfree.end());
  }

  void update_symbols(SymEntry* ste, const std::unordered_map<std::string, int>& scopes, const NameSet* bound,
                      const NameSet& free, bool classflag) {
    for (auto& name : ste->order) {
      auto it = scopes.find(name);
      ste->scope[name] = it == scopes.end() ? SCOPE_NONE : it->second;
    }
    for (auto& name : free) {
      auto it = ste->flags.find(name);
      if (it != ste->flags.end()) {
        if (classflag && (it->second & (DEF_BOUND | DEF_GLOBAL))) it->second |= DEF_FREE_CLASS;
        continue;
      }
      if (bound && !bound->count(name)) continue;
      ste->order.push_back(name);
      ste->flags[name] = 0;
      ste->scope[name] = FREE;
    }
  }
};

}  // namespace

std::unique_ptr<SymTable> build_symtable(const Module& m, const SourceLines& src) {
  auto st = std::make_unique<SymTable>();
  Builder b(*st, src);
  b.module(m);
  Analyzer a(src);
  a.analyze_top(st->top);
  return st;
}

}  // namespace dp::py
