// Recursive-descent parser for the Python 3.11 subset. Mirrors Grammar/python.gram (rule
// structure, node locations) and Parser/action_helpers.c + Parser/pegen_errors.c (error
// messages and where they point). String literals and f-strings follow Parser/string_parser.c.
#include "python/parser.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <set>
#include <unordered_map>

#include "python/tokenizer.h"
#include "python/unicode_names.h"

namespace dp::py {

const char* expr_name(const Expr& e) {
  switch (e.kind) {
    case ExprKind::Attribute: return "attribute";
    case ExprKind::Subscript: return "subscript";
    case ExprKind::Starred: return "starred";
    case ExprKind::Name: return "name";
    case ExprKind::List: return "list";
    case ExprKind::Tuple: return "tuple";
    case ExprKind::Lambda: return "lambda";
    case ExprKind::Call: return "function call";
    case ExprKind::BoolOp:
    case ExprKind::BinOp:
    case ExprKind::UnaryOp: return "expression";
    case ExprKind::GeneratorExp: return "generator expression";
    case ExprKind::ListComp: return "list comprehension";
    case ExprKind::SetComp: return "set comprehension";
    case ExprKind::DictComp: return "dict comprehension";
    case ExprKind::Dict: return "dict literal";
    case ExprKind::Set: return "set display";
    case ExprKind::JoinedStr:
    case ExprKind::FormattedValue: return "f-string expression";
    case ExprKind::Constant:
      switch (e.value.kind) {
        case Const::Kind::None: return "None";
        case Const::Kind::Bool: return e.value.b ? "True" : "False";
        case Const::Kind::Ellipsis: return "ellipsis";
        default: return "literal";
      }
    case ExprKind::Compare: return "comparison";
    case ExprKind::IfExp: return "conditional expression";
    case ExprKind::NamedExpr: return "named expression";
    case ExprKind::Slice: return "slice";
    case ExprKind::Yield:
    case ExprKind::YieldFrom: return "yield expression";
    case ExprKind::Await: return "await expression";
  }
  return "expression";
}

namespace {

constexpr int kMaxDepth = 800;  // AST height limit ("too many nested expressions")

const std::set<std::string>& keywords() {
  static const std::set<std::string> k = {"False",  "None",   "True",    "and",      "as",       "assert", "async",
                                          "await",  "break",  "class",   "continue", "def",      "del",    "elif",
                                          "else",   "except", "finally", "for",      "from",     "global", "if",
                                          "import", "in",     "is",      "lambda",   "nonlocal", "not",    "or",
                                          "pass",   "raise",  "return",  "try",      "while",    "with",   "yield"};
  return k;
}

Loc span(const Loc& a, const Loc& b) { return Loc{a.lineno, a.col, b.end_lineno, b.end_col}; }
Loc tloc(const Token& t) { return Loc{t.lineno, t.col, t.end_lineno, t.end_col}; }
Loc span(const Token& a, const Token& b) { return Loc{a.lineno, a.col, b.end_lineno, b.end_col}; }

enum class TargetKind { Star, For, Del };

// A NAME token as an identifier: non-ASCII names NFKC-normalized (_PyPegen_new_identifier).
// Keywords and soft keywords are matched on the text as written, so `ﬁnally` is a name.
std::string ident(const Token& t) {
  for (unsigned char ch : t.text)
    if (ch >= 0x80) return nfkc_identifier(t.text);
  return t.text;
}

class Parser {
 public:
  Parser(std::vector<Token> toks, SourceLines& src, std::vector<TokenizeResult::Open> unclosed,
         const SyntaxErrorInfo* tok_error = nullptr)
      : t_(std::move(toks)), src_(src), unclosed_(std::move(unclosed)) {
    if (tok_error) {
      has_tok_error_ = true;
      tok_error_ = *tok_error;
    }
  }

  Module parse_file() {
    Module m;
    while (peek().type != Tok::EndMarker) {
      if (peek().type == Tok::Newline) {
        next();
        continue;
      }
      statement(m.body);
    }
    return m;
  }

  // compile(..., 'eval')'s start rule (`eval: expressions NEWLINE* ENDMARKER`): the expression as
  // the one statement of a module (the symbol table and the compiler walk it there).
  Module parse_eval() {
    Module m;
    const Token& first = peek();
    if (peek().type == Tok::Indent || !starts_expression()) fail();
    ExprP e = star_expressions();
    while (peek().type == Tok::Newline) next();
    if (peek().type != Tok::EndMarker) fail();
    auto st = std::make_unique<Stmt>(StmtKind::Expr, span(tloc(first), tloc(prev())));
    st->loc = e->loc;
    st->value = std::move(e);
    m.body.push_back(std::move(st));
    return m;
  }

  // f-string replacement field: the tokens of "(expr)".
  ExprP parse_fstring_field() {
    expect_op("(");
    ExprP e = at_kw("yield") ? yield_expr() : star_expressions();
    if (!at_op(")")) fail();
    next();
    if (peek().type != Tok::Newline && peek().type != Tok::EndMarker) fail();
    return e;
  }

 private:
  std::vector<Token> t_;
  size_t p_ = 0;
  size_t far_ = 0;
  std::unordered_map<size_t, bool> genexp_memo_;  // starts_genexp_arg, by token position
  SourceLines& src_;
  std::vector<TokenizeResult::Open> unclosed_;
  int rec_ = 0;
  bool has_tok_error_ = false;
  SyntaxErrorInfo tok_error_;
  const Token* fstring_err_tok_ = nullptr;  // where f-string errors are reported (the token after the string)

  // An error found while decoding a string literal: pegen's RAISE_SYNTAX_ERROR, located at the
  // token after the (concatenated) strings, whose columns CPython reports as byte offsets here.
  [[noreturn]] void string_error(const std::string& msg) {
    const Token& t = fstring_err_tok_ ? *fstring_err_tok_ : peek();
    if (t.col < 0 || t.end_col < 0) error_at(tloc(t), msg);
    if (has_tok_error_) throw CompileError(tok_error_);
    const Token& last = t_[std::min(far_, t_.size() - 1)];
    if (!unclosed_.empty() && last.lineno > unclosed_.back().lineno) unclosed_error();
    raise_error_raw(src_, "SyntaxError", msg, t.lineno, t.col + 1, t.end_lineno, t.end_col + 1);
  }
  [[noreturn]] void fstring_error(const std::string& msg) {
    const Token& t = fstring_err_tok_ ? *fstring_err_tok_ : peek();
    error_at(tloc(t), msg);
  }

  // ---- token helpers -------------------------------------------------------------------
  const Token& peek(size_t k = 0) {
    size_t i = std::min(p_ + k, t_.size() - 1);
    if (i > far_) far_ = i;
    if (t_[i].type == Tok::EndMarker) {
      if (has_tok_error_) throw CompileError(tok_error_);
      if (!unclosed_.empty()) unclosed_error();
    }
    return t_[i];
  }
  bool at_op(const char* s, size_t k = 0) {
    const Token& t = peek(k);
    return t.type == Tok::Op && t.text == s;
  }
  bool at_kw(const char* s, size_t k = 0) {
    const Token& t = peek(k);
    return t.type == Tok::Name && t.text == s;
  }
  bool at_name(size_t k = 0) {
    const Token& t = peek(k);
    return t.type == Tok::Name && !keywords().count(t.text);
  }
  const Token& next() {
    const Token& t = peek();
    if (p_ < t_.size() - 1) ++p_;
    return t;
  }
  const Token& prev() const { return t_[p_ == 0 ? 0 : p_ - 1]; }
  void expect_op(const char* s) {
    if (!at_op(s)) fail();
    next();
  }
  void expect_forced(const char* s) {
    if (!at_op(s)) {
      const Token& t = peek();
      error_at(tloc(t), std::string("expected '") + s + "'");
    }
    next();
  }
  std::string expect_name() {
    if (!at_name()) fail();
    return ident(next());
  }

  // ---- errors --------------------------------------------------------------------------
  [[noreturn]] void error_at(const Loc& l, const std::string& msg, const char* type = "SyntaxError") {
    if (has_tok_error_) throw CompileError(tok_error_);  // tokenizer errors anywhere win
    // A bracket left open before the error line wins (_PyPegen_tokenize_full_source_to_check_for_errors).
    const Token& last = t_[std::min(far_, t_.size() - 1)];
    if (!unclosed_.empty() && last.lineno > unclosed_.back().lineno) unclosed_error();
    raise_error(src_, type, msg, l.lineno, l.col, l.end_lineno, l.end_col);
  }
  [[noreturn]] void unclosed_error() {
    const auto& o = unclosed_.back();
    raise_error_raw(src_, "SyntaxError", std::string("'") + o.ch + "' was never closed", o.lineno, o.col + 1, o.lineno,
                    0);
  }
  // Generic "invalid syntax" at the furthest token examined, like pegen's last token.
  [[noreturn]] void fail() {
    const Token& t = t_[std::min(far_, t_.size() - 1)];
    if (has_tok_error_ && t.type != Tok::Indent && t.type != Tok::Dedent) throw CompileError(tok_error_);
    if (!unclosed_.empty() && t.lineno > unclosed_.back().lineno) unclosed_error();
    if (t.type == Tok::Indent) {
      int indent = 0;
      std::string line = src_.line(t.lineno);
      while (indent < static_cast<int>(line.size()) &&
             (line[indent] == ' ' || line[indent] == '\t' || line[indent] == '\f'))
        ++indent;
      raise_error_raw(src_, "IndentationError", "unexpected indent", t.lineno, indent, t.lineno, -1);
    }
    if (t.type == Tok::Dedent) {
      raise_error_raw(src_, "IndentationError", "unexpected unindent", t.lineno, 1, t.lineno, -1);
    }
    if (t.type == Tok::EndMarker) {
      raise_error_raw(src_, "SyntaxError", "invalid syntax", t.lineno, 0, t.lineno, 0);
    }
    error_at(tloc(t), "invalid syntax");
  }
  [[noreturn]] void unsupported(const Loc& l, const std::string& what) {
    error_at(l, what + " not supported by the playground");
  }

  struct Guard {
    Parser& p;
    explicit Guard(Parser& pp) : p(pp) {
      if (++p.rec_ > kMaxDepth / 4) {
        const Token& t = p.peek();
        p.error_at(tloc(t), "too many nested expressions");
      }
    }
    ~Guard() { --p.rec_; }
  };

  ExprP mk(ExprKind k, Loc l) { return std::make_unique<Expr>(k, l); }
  // Location from a start token to the last consumed token (pegen's EXTRA): includes any
  // parentheses around the first/last operand.
  Loc from(const Token& start) { return span(start, prev()); }
  // Computes the subtree height and enforces the nesting limit.
  ExprP done(ExprP e) {
    int d = 0;
    auto upd = [&](const ExprP& c) {
      if (c && c->depth > d) d = c->depth;
    };
    upd(e->a);
    upd(e->b);
    upd(e->c);
    for (auto& x : e->elts) upd(x);
    for (auto& x : e->values) upd(x);
    for (auto& k : e->keywords) upd(k.value);
    for (auto& g : e->generators) {
      upd(g.target);
      upd(g.iter);
      for (auto& i : g.ifs) upd(i);
    }
    e->depth = d + 1;
    if (e->depth > kMaxDepth) error_at(e->loc, "too many nested expressions");
    return e;
  }

  // ---- statements ----------------------------------------------------------------------
  void statement(std::vector<StmtP>& out) {
    Guard g(*this);
    const Token& t = peek();
    if (t.type == Tok::Indent) fail();
    if (t.type == Tok::Op && t.text == "@") {
      out.push_back(decorated());
      return;
    }
    if (t.type == Tok::Name) {
      const std::string& w = t.text;
      if (w == "def") {
        out.push_back(funcdef({}, tloc(t)));
        return;
      }
      if (w == "class") {
        out.push_back(classdef({}));
        return;
      }
      if (w == "if") {
        out.push_back(if_stmt());
        return;
      }
      if (w == "while") {
        out.push_back(while_stmt());
        return;
      }
      if (w == "for") {
        out.push_back(for_stmt());
        return;
      }
      if (w == "try") {
        out.push_back(try_stmt());
        return;
      }
      if (w == "with") {
        out.push_back(with_stmt());
        return;
      }
      if (w == "async") {
        // async_stmt: ASYNC (function_def | for_stmt | with_stmt)
        const Token& kw = peek();
        const Token& after = peek(1);
        if (after.type == Tok::Name && after.text == "def") {
          next();
          out.push_back(funcdef({}, tloc(kw), true));
          return;
        }
        if (after.type == Tok::Name && (after.text == "for" || after.text == "with")) {
          next();
          StmtP s = after.text == "for" ? for_stmt() : with_stmt();
          s->is_async = true;
          s->loc = span(tloc(kw), s->loc);
          out.push_back(std::move(s));
          return;
        }
        next();
        fail();
      }
      if (w == "match") {
        StmtP m = try_match_stmt();
        if (m) {
          out.push_back(std::move(m));
          return;
        }
      }
    }
    simple_stmts(out);
  }

  // ---- match statements (python.gram's match_stmt and the pattern rules) ----------------
  // `match` is a soft keyword: a match statement only when `match SUBJECT:` NEWLINE INDENT
  // `case` follows; otherwise the position is restored and the line is a simple statement.
  StmtP try_match_stmt() {
    size_t save = p_, save_far = far_;
    const Token& kw = peek();
    ExprP subject;
    try {
      next();
      if (starts_expression() && !at_op("*")) {
        subject = subject_expr();
      } else if (at_op("*")) {
        subject = subject_expr();
      }
    } catch (const CompileError&) {
      subject.reset();
    }
    if (!subject || !at_op(":") || peek(1).type != Tok::Newline || peek(2).type != Tok::Indent ||
        !(peek(3).type == Tok::Name && peek(3).text == "case")) {
      p_ = save;
      far_ = save_far;
      return nullptr;
    }
    Loc l = tloc(kw);
    auto s = std::make_unique<Stmt>(StmtKind::Match, l);
    s->value = std::move(subject);
    next();  // :
    next();  // NEWLINE
    next();  // INDENT
    while (peek().type == Tok::Name && peek().text == "case") {
      const Token& ck = next();
      MatchCase c;
      c.pattern = patterns();
      if (at_kw("if")) {
        next();
        c.guard = named_expression();
      }
      expect_forced(":");
      c.body = block("'case' statement", ck.lineno);
      s->loc = block_end(l, c.body);
      s->cases.push_back(std::move(c));
    }
    if (peek().type == Tok::Dedent) next();
    else fail();
    return s;
  }

  // subject_expr: star_named_expression ',' star_named_expressions? | named_expression
  ExprP subject_expr() {
    const Token& first = peek();
    ExprP e = at_op("*") ? star_expression() : named_expression();
    if (!at_op(",")) {
      if (e->kind == ExprKind::Starred) fail();
      return e;
    }
    auto t = mk(ExprKind::Tuple, e->loc);
    t->elts.push_back(std::move(e));
    while (at_op(",")) {
      next();
      if (at_op(":")) break;
      t->elts.push_back(at_op("*") ? star_expression() : named_expression());
    }
    t->loc = span(tloc(first), tloc(prev()));
    return done(std::move(t));
  }

  PatternP mkp(PatternKind k, Loc l) { return std::make_unique<Pattern>(k, l); }

  // patterns: open_sequence_pattern | pattern
  PatternP patterns() {
    const Token& first = peek();
    PatternP p = maybe_star_pattern();
    if (!at_op(",")) {
      if (p->kind == PatternKind::MatchStar) fail();
      return p;
    }
    auto seq = mkp(PatternKind::MatchSequence, p->loc);
    seq->patterns.push_back(std::move(p));
    while (at_op(",")) {
      next();
      if (at_op(":") || at_kw("if")) break;
      seq->patterns.push_back(maybe_star_pattern());
    }
    seq->loc = span(tloc(first), tloc(prev()));
    return seq;
  }

  PatternP maybe_star_pattern() {
    if (at_op("*")) {
      const Token& st = next();
      auto p = mkp(PatternKind::MatchStar, tloc(st));
      if (at_kw("_")) {
        next();
      } else {
        p->name = capture_target();
        p->has_name = true;
      }
      p->loc = from(st);
      return p;
    }
    return pattern();
  }

  // pattern_capture_target: !"_" NAME !('.' | '(' | '=')
  std::string capture_target() {
    if (!at_name() || peek().text == "_" || at_op(".", 1) || at_op("(", 1) || at_op("=", 1)) fail();
    return ident(next());
  }

  // pattern: or_pattern ['as' pattern_capture_target]
  PatternP pattern() {
    const Token& first = peek();
    PatternP p = or_pattern();
    if (at_kw("as")) {
      next();
      if (at_kw("_")) error_at(tloc(peek()), "cannot use '_' as a target");
      auto as = mkp(PatternKind::MatchAs, p->loc);
      as->name = capture_target();
      as->has_name = true;
      as->pattern = std::move(p);
      as->loc = from(first);
      return as;
    }
    return p;
  }

  PatternP or_pattern() {
    const Token& first = peek();
    PatternP p = closed_pattern();
    if (!at_op("|")) return p;
    auto o = mkp(PatternKind::MatchOr, p->loc);
    o->patterns.push_back(std::move(p));
    while (at_op("|")) {
      next();
      o->patterns.push_back(closed_pattern());
    }
    o->loc = from(first);
    return o;
  }

  // name_or_attr: NAME ('.' NAME)*
  ExprP name_or_attr() {
    const Token& first = peek();
    if (!at_name()) fail();
    auto e = mk(ExprKind::Name, tloc(first));
    e->id = ident(next());
    while (at_op(".")) {
      next();
      auto a = mk(ExprKind::Attribute, first.lineno ? tloc(first) : e->loc);
      a->a = std::move(e);
      a->id = expect_name();
      a->loc = from(first);
      e = done(std::move(a));
    }
    return e;
  }

  // A literal pattern's expression: signed numbers, complex numbers, strings, None/True/False.
  ExprP literal_expr() {
    const Token& first = peek();
    if (at_op("-") || peek().type == Tok::Number) {
      ExprP num;
      if (at_op("-")) {
        next();
        if (peek().type != Tok::Number) fail();
        auto u = mk(ExprKind::UnaryOp, tloc(first));
        u->op = (int)UnaryOpKind::USub;
        u->a = number(next());
        u->loc = from(first);
        num = done(std::move(u));
      } else {
        num = number(next());
      }
      if (at_op("+") || at_op("-")) {
        bool plus = at_op("+");
        if (num->kind == ExprKind::Constant && num->value.kind == Const::Kind::Complex)
          error_at(num->loc, "real number required in complex literal");
        next();
        if (peek().type != Tok::Number) fail();
        const Token& imag_tok = peek();
        std::string txt = imag_tok.text;
        char last = txt.empty() ? 0 : txt.back();
        if (last != 'j' && last != 'J') error_at(tloc(imag_tok), "imaginary number required in complex literal");
        auto b = mk(ExprKind::BinOp, tloc(first));
        b->op = (int)(plus ? BinOpKind::Add : BinOpKind::Sub);
        b->a = std::move(num);
        b->b = number(next());
        b->loc = from(first);
        return done(std::move(b));
      }
      return num;
    }
    if (peek().type == Tok::String) return strings();
    if (at_kw("None") || at_kw("True") || at_kw("False")) return atom();
    fail();
  }

  PatternP closed_pattern() {
    Guard g(*this);
    const Token& first = peek();
    if (at_op("-") || first.type == Tok::Number || first.type == Tok::String) {
      auto p = mkp(PatternKind::MatchValue, tloc(first));
      p->value = literal_expr();
      p->loc = p->value->loc;
      return p;
    }
    if (at_kw("None") || at_kw("True") || at_kw("False")) {
      next();
      auto p = mkp(PatternKind::MatchSingleton, tloc(first));
      if (first.text == "None") p->singleton.kind = Const::Kind::None;
      else {
        p->singleton.kind = Const::Kind::Bool;
        p->singleton.b = first.text == "True";
      }
      return p;
    }
    if (at_op("(")) {
      next();
      if (at_op(")")) {
        auto p = mkp(PatternKind::MatchSequence, span(first, next()));
        return p;
      }
      PatternP inner = maybe_star_pattern();
      if (at_op(")") && inner->kind != PatternKind::MatchStar) {
        next();
        return inner;  // group_pattern keeps the inner location
      }
      auto seq = mkp(PatternKind::MatchSequence, tloc(first));
      seq->patterns.push_back(std::move(inner));
      if (!at_op(",")) fail();
      while (at_op(",")) {
        next();
        if (at_op(")")) break;
        seq->patterns.push_back(maybe_star_pattern());
      }
      if (!at_op(")")) fail();
      seq->loc = span(first, next());
      return seq;
    }
    if (at_op("[")) {
      next();
      auto seq = mkp(PatternKind::MatchSequence, tloc(first));
      while (!at_op("]")) {
        seq->patterns.push_back(maybe_star_pattern());
        if (!at_op(",")) break;
        next();
      }
      if (!at_op("]")) fail();
      seq->loc = span(first, next());
      return seq;
    }
    if (at_op("{")) return mapping_pattern();
    if (at_name()) {
      if (first.text == "_" && !at_op(".", 1) && !at_op("(", 1)) {
        next();
        return mkp(PatternKind::MatchAs, tloc(first));
      }
      if (!at_op(".", 1) && !at_op("(", 1)) {
        auto p = mkp(PatternKind::MatchAs, tloc(first));
        p->name = capture_target();
        p->has_name = true;
        return p;
      }
      ExprP target = name_or_attr();
      if (at_op("(")) return class_pattern(first, std::move(target));
      if (target->kind != ExprKind::Attribute || at_op("=")) fail();
      auto p = mkp(PatternKind::MatchValue, target->loc);
      p->value = std::move(target);
      return p;
    }
    fail();
  }

  PatternP class_pattern(const Token& first, ExprP cls) {
    next();  // (
    auto p = mkp(PatternKind::MatchClass, tloc(first));
    p->cls = std::move(cls);
    while (!at_op(")")) {
      if (at_name() && at_op("=", 1)) {
        p->kwd_attrs.push_back(ident(next()));
        next();  // =
        p->kwd_patterns.push_back(pattern());
      } else {
        if (!p->kwd_attrs.empty()) {
          PatternP bad = pattern();
          error_at(bad->loc, "positional patterns follow keyword patterns");
        }
        p->patterns.push_back(pattern());
      }
      if (!at_op(",")) break;
      next();
    }
    if (!at_op(")")) fail();
    p->loc = span(first, next());
    return p;
  }

  PatternP mapping_pattern() {
    const Token& open = next();
    auto p = mkp(PatternKind::MatchMapping, tloc(open));
    while (!at_op("}")) {
      if (at_op("**")) {
        next();
        p->name = capture_target();
        p->has_name = true;
        if (at_op(",")) next();
        if (!at_op("}")) fail();
        break;
      }
      ExprP key;
      if (at_name() && !at_kw("None") && !at_kw("True") && !at_kw("False")) {
        key = name_or_attr();
        if (key->kind != ExprKind::Attribute) fail();
      } else {
        key = literal_expr();
      }
      expect_op(":");
      p->keys.push_back(std::move(key));
      p->patterns.push_back(pattern());
      if (!at_op(",")) break;
      next();
    }
    if (!at_op("}")) fail();
    p->loc = span(open, next());
    return p;
  }

  // `match x:` (soft keyword) vs. an expression using a name called match.
  bool looks_like_soft_kw_stmt() {
    const Token& n = peek(1);
    if (n.type == Tok::Newline) return false;
    if (n.type == Tok::Op && (n.text == "=" || n.text == "." || n.text == "(" || n.text == "[" || n.text == "," ||
                              n.text == ")" || n.text.back() == '=' || n.text == ":"))
      return false;
    for (size_t k = 1; k < t_.size(); ++k) {
      const Token& x = t_[std::min(p_ + k, t_.size() - 1)];
      if (x.type == Tok::Newline || x.type == Tok::EndMarker) {
        const Token& last = t_[p_ + k - 1];
        return last.type == Tok::Op && last.text == ":";
      }
    }
    return false;
  }

  void simple_stmts(std::vector<StmtP>& out) {
    while (true) {
      out.push_back(simple_stmt());
      if (at_op(";")) {
        next();
        if (peek().type == Tok::Newline) break;
        continue;
      }
      break;
    }
    if (peek().type != Tok::Newline) fail();
    next();
  }

  StmtP simple_stmt() {
    const Token& t = peek();
    Loc l = tloc(t);
    if (t.type == Tok::Name) {
      const std::string w = t.text;
      if (w == "pass" || w == "break" || w == "continue") {
        next();
        return std::make_unique<Stmt>(w == "pass"    ? StmtKind::Pass
                                      : w == "break" ? StmtKind::Break
                                                     : StmtKind::Continue,
                                      l);
      }
      if (w == "return") {
        next();
        auto s = std::make_unique<Stmt>(StmtKind::Return, l);
        if (!at_stmt_end()) {
          s->value = star_expressions();
          s->loc = span(l, tloc(prev()));
        }
        return s;
      }
      if (w == "raise") {
        next();
        auto s = std::make_unique<Stmt>(StmtKind::Raise, l);
        if (!at_stmt_end()) {
          s->value = expression();
          s->loc = span(l, tloc(prev()));
          if (at_kw("from")) {
            next();
            s->cause = expression();
            s->loc = span(l, tloc(prev()));
          }
        }
        return s;
      }
      if (w == "global" || w == "nonlocal") {
        next();
        auto s = std::make_unique<Stmt>(w == "global" ? StmtKind::Global : StmtKind::Nonlocal, l);
        s->idents.push_back(expect_name());
        while (at_op(",")) {
          next();
          s->idents.push_back(expect_name());
        }
        s->loc = span(l, tloc(prev()));
        return s;
      }
      if (w == "del") return del_stmt();
      if (w == "assert") {
        next();
        auto s = std::make_unique<Stmt>(StmtKind::Assert, l);
        s->test = expression();
        s->loc = span(l, tloc(prev()));
        if (at_op(",")) {
          next();
          s->value = expression();
          s->loc = span(l, tloc(prev()));
        }
        return s;
      }
      if (w == "import") return import_stmt();
      if (w == "from") return from_import();
    }
    return expr_or_assign();
  }

  bool at_stmt_end() {
    const Token& t = peek();
    return t.type == Tok::Newline || (t.type == Tok::Op && t.text == ";");
  }

  StmtP del_stmt() {
    Loc l = tloc(next());
    auto s = std::make_unique<Stmt>(StmtKind::Delete, l);
    while (true) {
      ExprP e = bitwise_or_target();
      set_target(*e, Ctx::Del, TargetKind::Del);
      s->targets.push_back(std::move(e));
      if (!at_op(",")) break;
      next();
      if (at_stmt_end()) break;
    }
    s->loc = span(l, tloc(prev()));
    return s;
  }

  // A target-like primary: parses at bitwise_or level so `in` is not consumed.
  ExprP bitwise_or_target() {
    if (at_op("*")) {
      const Token& st = next();
      ExprP v = bitwise_or();
      auto e = mk(ExprKind::Starred, from(st));
      e->a = std::move(v);
      return done(std::move(e));
    }
    return bitwise_or();
  }

  std::string dotted_name() {
    std::string n = expect_name();
    while (at_op(".")) {
      next();
      n += "." + expect_name();
    }
    return n;
  }

  StmtP import_stmt() {
    Loc l = tloc(next());
    auto s = std::make_unique<Stmt>(StmtKind::Import, l);
    while (true) {
      Alias a;
      const Token& first = peek();
      a.name = dotted_name();
      if (at_kw("as")) {
        next();
        a.asname = expect_name();
      }
      a.loc = span(tloc(first), tloc(prev()));
      s->names.push_back(std::move(a));
      if (!at_op(",")) break;
      next();
    }
    s->loc = span(l, tloc(prev()));
    return s;
  }

  StmtP from_import() {
    Loc l = tloc(next());
    auto s = std::make_unique<Stmt>(StmtKind::ImportFrom, l);
    while (at_op(".") || at_op("...")) s->level += static_cast<int>(next().text.size());
    if (!at_kw("import")) s->name = dotted_name();
    if (!at_kw("import")) fail();
    next();
    if (at_op("*")) {
      const Token& st = next();
      s->names.push_back(Alias{"*", "", tloc(st)});
    } else {
      bool paren = at_op("(");
      if (paren) next();
      while (true) {
        Alias a;
        const Token& first = peek();
        a.name = expect_name();
        if (at_kw("as")) {
          next();
          a.asname = expect_name();
        }
        a.loc = span(tloc(first), tloc(prev()));
        s->names.push_back(std::move(a));
        if (!at_op(",")) break;
        next();
        if (paren && at_op(")")) break;
        if (!paren && at_stmt_end()) {
          error_at(tloc(prev()), "trailing comma not allowed without surrounding parentheses");
        }
      }
      if (paren) expect_op(")");
    }
    s->loc = span(l, tloc(prev()));
    return s;
  }

  static bool is_augassign(const Token& t) {
    static const std::set<std::string> ops = {
        "+=", "-=", "*=", "/=", "//=", "%=", "**=", ">>=", "<<=", "&=", "|=", "^=", "@="};
    return t.type == Tok::Op && ops.count(t.text);
  }
  static int augop(const std::string& s) {
    std::string o = s.substr(0, s.size() - 1);
    if (o == "+") return (int)BinOpKind::Add;
    if (o == "-") return (int)BinOpKind::Sub;
    if (o == "*") return (int)BinOpKind::Mult;
    if (o == "/") return (int)BinOpKind::Div;
    if (o == "//") return (int)BinOpKind::FloorDiv;
    if (o == "%") return (int)BinOpKind::Mod;
    if (o == "**") return (int)BinOpKind::Pow;
    if (o == ">>") return (int)BinOpKind::RShift;
    if (o == "<<") return (int)BinOpKind::LShift;
    if (o == "&") return (int)BinOpKind::BitAnd;
    if (o == "|") return (int)BinOpKind::BitOr;
    if (o == "^") return (int)BinOpKind::BitXor;
    return (int)BinOpKind::MatMult;
  }

  StmtP expr_or_assign() {
    const Token first = peek();
    size_t start_tok = p_;
    ExprP e = at_kw("yield") ? yield_expr() : star_expressions();
    if ((e->kind == ExprKind::Yield || e->kind == ExprKind::YieldFrom) && at_op("="))
      error_at(e->loc, "assignment to yield expression not possible");
    bool paren_wrapped = first.type == Tok::Op && first.text == "(" && e->kind == ExprKind::Name;
    if (at_op(":")) {
      // annotated assignment
      if (e->kind == ExprKind::Tuple) error_at(e->loc, "only single target (not tuple) can be annotated");
      if (e->kind == ExprKind::List) error_at(e->loc, "only single target (not list) can be annotated");
      if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript)
        error_at(e->loc, "illegal target for annotation");
      next();
      auto s = std::make_unique<Stmt>(StmtKind::AnnAssign, e->loc);
      s->annotation = expression();
      s->loc = from(first);
      s->simple = e->kind == ExprKind::Name && !paren_wrapped;
      set_target(*e, Ctx::Store, TargetKind::Star);
      s->target = std::move(e);
      if (at_op("=")) {
        next();
        s->value = at_kw("yield") ? yield_expr() : star_expressions();
        s->loc = from(first);
      }
      return s;
    }
    if (is_augassign(peek())) {
      if (e->kind != ExprKind::Name && e->kind != ExprKind::Attribute && e->kind != ExprKind::Subscript)
        error_at(e->loc, std::string("'") + expr_name(*e) + "' is an illegal expression for augmented assignment");
      const Token& optok = next();
      auto s = std::make_unique<Stmt>(StmtKind::AugAssign, e->loc);
      s->op = augop(optok.text);
      s->value = at_kw("yield") ? yield_expr() : star_expressions();
      s->loc = from(first);
      set_target(*e, Ctx::Store, TargetKind::Star);
      s->target = std::move(e);
      return s;
    }
    if (at_op("=")) {
      auto s = std::make_unique<Stmt>(StmtKind::Assign, e->loc);
      std::vector<ExprP> targets;
      targets.push_back(std::move(e));
      ExprP value;
      bool first_eq = true;
      while (at_op("=")) {
        size_t eq_tok = p_;
        next();
        ExprP rhs = at_kw("yield") ? yield_expr() : star_expressions();
        if (first_eq) check_assign_target(*targets.back(), start_tok, eq_tok);
        else set_target_checked(*targets.back());
        first_eq = false;
        if (at_op("=")) {
          targets.push_back(std::move(rhs));
        } else {
          value = std::move(rhs);
        }
      }
      s->loc = from(first);
      s->targets = std::move(targets);
      s->value = std::move(value);
      return s;
    }
    auto s = std::make_unique<Stmt>(StmtKind::Expr, from(first));
    if (e->kind == ExprKind::Name && e->id == "print" && peek().type != Tok::Newline && !at_op(";")) {
      const Token& n = peek();
      if (n.type == Tok::String || n.type == Tok::Name || n.type == Tok::Number) {
        // Legacy print statement (pegen's invalid_legacy_expression).
        size_t save = p_;
        ExprP arg = expression();
        (void)save;
        error_at(span(e->loc, arg->loc), "Missing parentheses in call to 'print'. Did you mean print(...)?");
      }
    }
    s->value = std::move(e);
    return s;
  }

  // The first target of an assignment: CPython's invalid_named_expression gives the
  // "here. Maybe you meant '==' instead of '='?" variant when the bad target is the
  // expression directly before the '='.
  void check_assign_target(Expr& lhs, size_t start_tok, size_t eq_tok) {
    (void)start_tok;
    const Expr* bad = invalid_target(lhs, TargetKind::Star);
    if (!bad) {
      set_target(lhs, Ctx::Store, TargetKind::Star);
      return;
    }
    const Expr* direct = &lhs;
    if (lhs.kind == ExprKind::Tuple && !tuple_parenthesized(lhs) && !lhs.elts.empty()) direct = lhs.elts.back().get();
    bool excluded = direct->kind == ExprKind::List || direct->kind == ExprKind::Tuple ||
                    direct->kind == ExprKind::GeneratorExp ||
                    (direct->kind == ExprKind::Constant &&
                     (direct->value.kind == Const::Kind::None || direct->value.kind == Const::Kind::Bool));
    bool bitwise_level = direct->kind != ExprKind::Compare && direct->kind != ExprKind::BoolOp &&
                         !(direct->kind == ExprKind::UnaryOp && direct->op == (int)UnaryOpKind::Not) &&
                         direct->kind != ExprKind::IfExp && direct->kind != ExprKind::Lambda &&
                         direct->kind != ExprKind::Starred;
    // the right-hand side must be a bitwise_or not followed by '=' / ':='
    bool rhs_ok = false;
    {
      size_t save = p_, save_far = far_;
      p_ = eq_tok + 1;
      try {
        if (!at_kw("lambda") && !at_kw("not") && !at_op("*")) {
          ExprP r = bitwise_or();
          rhs_ok = !at_op("=") && !at_op(":=");
        }
      } catch (const CompileError&) {
      }
      p_ = save;
      far_ = save_far;
    }
    if (!excluded && bitwise_level && rhs_ok && direct == bad_outer(lhs, bad))
      error_at(direct->loc,
               std::string("cannot assign to ") + expr_name(*direct) + " here. Maybe you meant '==' instead of '='?");
    error_at(bad->loc, std::string("cannot assign to ") + expr_name(*bad));
  }
  // The top-level element that contains `bad` (or `bad` itself).
  const Expr* bad_outer(const Expr& lhs, const Expr* bad) {
    if (&lhs == bad) return bad;
    if (lhs.kind == ExprKind::Tuple && !tuple_parenthesized(lhs))
      for (auto& e : lhs.elts)
        if (e.get() == bad) return bad;
    return nullptr;
  }
  bool tuple_parenthesized(const Expr& t) {
    std::string line = src_.line(t.loc.lineno);
    return t.loc.col < static_cast<int>(line.size()) && line[t.loc.col] == '(';
  }
  void set_target_checked(Expr& e) {
    if (const Expr* bad = invalid_target(e, TargetKind::Star))
      error_at(bad->loc, std::string("cannot assign to ") + expr_name(*bad));
    set_target(e, Ctx::Store, TargetKind::Star);
  }

  // pegen's _PyPegen_get_invalid_target.
  const Expr* invalid_target(const Expr& e, TargetKind k) {
    switch (e.kind) {
      case ExprKind::List:
      case ExprKind::Tuple:
        for (auto& x : e.elts)
          if (const Expr* b = invalid_target(*x, k)) return b;
        return nullptr;
      case ExprKind::Starred:
        if (k == TargetKind::Del) return &e;
        return invalid_target(*e.a, k);
      case ExprKind::Compare:
        if (k == TargetKind::For && e.ops[0] == CmpOp::In) return invalid_target(*e.a, k);
        return &e;
      case ExprKind::Name:
      case ExprKind::Subscript:
      case ExprKind::Attribute: return nullptr;
      default: return &e;
    }
  }

  void set_target(Expr& e, Ctx ctx, TargetKind k) {
    if (const Expr* bad = invalid_target(e, k)) {
      error_at(bad->loc, std::string(k == TargetKind::Del ? "cannot delete " : "cannot assign to ") + expr_name(*bad));
    }
    set_ctx(e, ctx);
  }
  void set_ctx(Expr& e, Ctx ctx) {
    e.ctx = ctx;
    if (e.kind == ExprKind::Tuple || e.kind == ExprKind::List)
      for (auto& x : e.elts) set_ctx(*x, ctx);
    if (e.kind == ExprKind::Starred) set_ctx(*e.a, ctx);
  }

  // ---- compound statements -------------------------------------------------------------
  std::vector<StmtP> block(const std::string& what, int line) {
    if (peek().type == Tok::Newline) {
      next();
      if (peek().type != Tok::Indent) {
        const Token& t = peek();
        std::string msg = "expected an indented block after " + what + " on line " + std::to_string(line);
        if (t.type == Tok::EndMarker || t.type == Tok::Dedent) {
          int l = t.type == Tok::EndMarker ? prev().lineno + 1 : t.lineno;
          raise_error_raw(src_, "IndentationError", msg, l, 0, l, -1);
        }
        raise_error(src_, "IndentationError", msg, t.lineno, t.col, t.lineno, t.col + 1);
      }
      next();
      std::vector<StmtP> body;
      while (peek().type != Tok::Dedent && peek().type != Tok::EndMarker) statement(body);
      if (peek().type == Tok::Dedent) next();
      return body;
    }
    std::vector<StmtP> body;
    if (peek().type == Tok::EndMarker) fail();
    simple_stmts(body);
    return body;
  }
  Loc block_end(const Loc& start, const std::vector<StmtP>& body) {
    return body.empty() ? start : span(start, body.back()->loc);
  }

  StmtP decorated() {
    std::vector<ExprP> decos;
    while (at_op("@")) {
      next();
      decos.push_back(named_expression());
      if (peek().type != Tok::Newline) fail();
      next();
    }
    if (at_kw("def")) return funcdef(std::move(decos), tloc(peek()));
    if (at_kw("class")) return classdef(std::move(decos));
    if (at_kw("async") && peek(1).type == Tok::Name && peek(1).text == "def") {
      next();
      return funcdef(std::move(decos), tloc(prev()), true);
    }
    fail();
  }

  StmtP funcdef(std::vector<ExprP> decos, Loc l, bool is_async = false) {
    next();  // def
    auto s = std::make_unique<Stmt>(StmtKind::FunctionDef, l);
    s->is_async = is_async;
    s->name = expect_name();
    expect_forced("(");
    s->args = parameters(")", true);
    expect_op(")");
    if (at_op("->")) {
      next();
      s->returns = expression();
    }
    expect_forced(":");
    s->body = block("function definition", l.lineno);
    s->decorators = std::move(decos);
    s->loc = block_end(l, s->body);
    return s;
  }

  std::unique_ptr<Arguments> parameters(const char* close, bool annotations) {
    auto a = std::make_unique<Arguments>();
    bool seen_default = false, star = false;
    std::vector<Arg> plain;
    while (!at_op(close)) {
      if (at_op("/")) {
        const Token& t = next();
        if (star || !a->posonlyargs.empty()) error_at(tloc(t), "/ may appear only once");
        if (plain.empty()) error_at(tloc(t), "at least one argument must precede /");
        a->posonlyargs = std::move(plain);
        plain.clear();
      } else if (at_op("**")) {
        next();
        a->kwarg = std::make_unique<Arg>(param(annotations));
        if (at_op(",")) next();
        if (!at_op(close)) {
          error_at(tloc(peek()), "arguments cannot follow var-keyword argument");
        }
        break;
      } else if (at_op("*")) {
        const Token& st = next();
        // After `*args: *Ts` pegen's invalid_star_etc does not match (its param has no star annotation).
        if (star && a->vararg && a->vararg->annotation && a->vararg->annotation->kind == ExprKind::Starred)
          error_at(tloc(st), "invalid syntax");
        if (star) error_at(tloc(st), "* argument may appear only once");
        star = true;
        if (at_op(",") || at_op(close)) {
          if (at_op(close) || (at_op(",") && at_op(close, 1))) error_at(tloc(st), "named arguments must follow bare *");
        } else {
          a->vararg = std::make_unique<Arg>(param(annotations, /*star_annotation=*/true));
        }
      } else {
        Arg p = param(annotations);
        ExprP def;
        if (at_op("=")) {
          next();
          def = expression();
        }
        if (star) {
          a->kwonlyargs.push_back(std::move(p));
          a->kw_defaults.push_back(std::move(def));
        } else {
          if (def) {
            seen_default = true;
            a->defaults.push_back(std::move(def));
          } else if (seen_default) {
            error_at(p.loc, "non-default argument follows default argument");
          }
          plain.push_back(std::move(p));
        }
      }
      if (!at_op(",")) break;
      next();
    }
    a->args = std::move(plain);
    return a;
  }

  // param / param_star_annotation: `*args: *Ts` (PEP 646) annotates *args with a star_expression.
  Arg param(bool annotations, bool star_annotation = false) {
    const Token& t = peek();
    Arg p;
    p.name = expect_name();
    p.loc = tloc(t);
    if (annotations && at_op(":")) {
      next();
      p.annotation = star_annotation && at_op("*") ? star_expression() : expression();
      p.loc = span(p.loc, tloc(prev()));
    }
    return p;
  }

  StmtP classdef(std::vector<ExprP> decos) {
    Loc l = tloc(next());
    auto s = std::make_unique<Stmt>(StmtKind::ClassDef, l);
    s->name = expect_name();
    if (at_op("(")) {
      next();
      std::vector<ExprP> args;
      call_arguments(s->bases, s->keywords);
      expect_op(")");
    }
    expect_forced(":");
    s->body = block("class definition", l.lineno);
    s->decorators = std::move(decos);
    s->loc = block_end(l, s->body);
    return s;
  }

  StmtP if_stmt() {
    const Token& kw = next();
    Loc l = tloc(kw);
    std::string what = kw.text == "if" ? "'if' statement" : "'elif' statement";
    auto s = std::make_unique<Stmt>(StmtKind::If, l);
    s->test = named_expression();
    if (at_op("=")) invalid_eq(*s->test);
    expect_forced(":");
    s->body = block(what, l.lineno);
    s->loc = block_end(l, s->body);
    if (at_kw("elif")) {
      s->orelse.push_back(if_stmt());
      s->loc = span(l, s->orelse.back()->loc);
    } else if (at_kw("else")) {
      const Token& e = next();
      expect_forced(":");
      s->orelse = block("'else' statement", e.lineno);
      s->loc = block_end(l, s->orelse);
    }
    return s;
  }

  [[noreturn]] void invalid_eq(const Expr& lhs) {
    next();
    ExprP r = bitwise_or();
    if (lhs.kind == ExprKind::Name)
      error_at(span(lhs.loc, r->loc), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
    error_at(lhs.loc,
             std::string("cannot assign to ") + expr_name(lhs) + " here. Maybe you meant '==' instead of '='?");
  }

  StmtP while_stmt() {
    Loc l = tloc(next());
    auto s = std::make_unique<Stmt>(StmtKind::While, l);
    s->test = named_expression();
    if (at_op("=")) invalid_eq(*s->test);
    expect_forced(":");
    s->body = block("'while' statement", l.lineno);
    s->loc = block_end(l, s->body);
    if (at_kw("else")) {
      const Token& e = next();
      expect_forced(":");
      s->orelse = block("'else' statement", e.lineno);
      s->loc = block_end(l, s->orelse);
    }
    return s;
  }

  ExprP star_targets() {
    const Token& first = peek();
    ExprP e = bitwise_or_target();
    if (!at_op(",")) return e;
    auto t = mk(ExprKind::Tuple, e->loc);
    t->elts.push_back(std::move(e));
    while (at_op(",")) {
      next();
      if (at_kw("in") || at_op("=")) break;
      t->elts.push_back(bitwise_or_target());
    }
    t->loc = span(tloc(first), tloc(prev()));
    return done(std::move(t));
  }

  StmtP for_stmt() {
    Loc l = tloc(next());
    auto s = std::make_unique<Stmt>(StmtKind::For, l);
    s->target = star_targets();
    if (!at_kw("in")) {
      if (const Expr* bad = invalid_target(*s->target, TargetKind::For))
        error_at(bad->loc, std::string("cannot assign to ") + expr_name(*bad));
      fail();
    }
    set_target(*s->target, Ctx::Store, TargetKind::For);
    next();
    s->iter = star_expressions();
    expect_forced(":");
    s->body = block("'for' statement", l.lineno);
    s->loc = block_end(l, s->body);
    if (at_kw("else")) {
      const Token& e = next();
      expect_forced(":");
      s->orelse = block("'else' statement", e.lineno);
      s->loc = block_end(l, s->orelse);
    }
    return s;
  }

  StmtP try_stmt() {
    Loc l = tloc(next());
    auto s = std::make_unique<Stmt>(StmtKind::Try, l);
    expect_forced(":");
    s->body = block("'try' statement", l.lineno);
    s->loc = block_end(l, s->body);
    while (at_kw("except")) {
      const Token& ex = next();
      ExceptHandler h;
      h.loc = tloc(ex);
      // except_star_block / invalid_try_stmt: every clause of one `try` is `except` or every
      // one is `except*` (TryStar).
      bool star = at_op("*");
      if (!s->handlers.empty() && star != s->is_star) {
        if (star) error_at(span(tloc(ex), tloc(peek())), "cannot have both 'except' and 'except*' on the same 'try'");
        error_at(tloc(ex), "cannot have both 'except' and 'except*' on the same 'try'");
      }
      if (star) {
        next();
        s->is_star = true;
        if (at_op(":") || peek().type == Tok::Newline) error_at(tloc(peek()), "expected one or more exception types");
      }
      if (!at_op(":")) {
        h.type = expression();
        if (at_op(",")) {
          // except A, B:  -> CPython: "multiple exception types must be parenthesized"
          error_at(h.type->loc, "multiple exception types must be parenthesized");
        }
        if (at_kw("as")) {
          next();
          h.name = expect_name();
        }
      }
      expect_forced(":");
      h.body = block("'except' statement", ex.lineno);
      h.loc = block_end(h.loc, h.body);
      s->loc = h.loc.end_lineno ? span(l, h.loc) : s->loc;
      s->handlers.push_back(std::move(h));
    }
    if (at_kw("else")) {
      if (s->handlers.empty()) fail();
      const Token& e = next();
      expect_forced(":");
      s->orelse = block("'else' statement", e.lineno);
      s->loc = block_end(l, s->orelse);
    }
    if (at_kw("finally")) {
      const Token& f = next();
      expect_forced(":");
      s->finalbody = block("'finally' statement", f.lineno);
      s->loc = block_end(l, s->finalbody);
    }
    if (s->handlers.empty() && s->finalbody.empty()) {
      const Token& t = peek();
      error_at(tloc(t), "expected 'except' or 'finally' block");
    }
    return s;
  }

  StmtP with_stmt() {
    Loc l = tloc(next());
    auto s = std::make_unique<Stmt>(StmtKind::With, l);
    // Grammar/python.gram tries `'with' '(' ','.with_item+ ','? ')' ':'` first, so `with (a, b):`
    // enters two managers; when that alternative does not match (`with (a, b) as c:`,
    // `with (x for x in y):`, `with ():`), the parenthesized text is one expression.
    if (at_op("(") && !parenthesized_with_items(*s)) s->items.clear();
    if (s->items.empty()) {
      while (true) {
        s->items.push_back(with_item());
        if (!at_op(",")) break;
        next();
      }
    }
    expect_forced(":");
    s->body = block("'with' statement", l.lineno);
    s->loc = block_end(l, s->body);
    return s;
  }

  WithItem with_item() {
    WithItem item;
    item.context_expr = expression();
    if (at_kw("as")) {
      next();
      item.optional_vars = star_target_single();
      set_target(*item.optional_vars, Ctx::Store, TargetKind::Star);
    }
    return item;
  }

  // The first alternative of with_stmt. Only tried when the matching ')' is followed by ':';
  // on any mismatch the position is restored and false returned.
  bool parenthesized_with_items(Stmt& s) {
    size_t depth = 0, k = 0;
    for (;; ++k) {
      const Token& t = t_[std::min(p_ + k, t_.size() - 1)];
      if (t.type == Tok::EndMarker || t.type == Tok::Newline) return false;
      if (t.type == Tok::Op && (t.text == "(" || t.text == "[" || t.text == "{")) ++depth;
      if (t.type == Tok::Op && (t.text == ")" || t.text == "]" || t.text == "}")) {
        if (--depth == 0) break;
      }
    }
    const Token& after = t_[std::min(p_ + k + 1, t_.size() - 1)];
    if (!(after.type == Tok::Op && after.text == ":")) return false;
    size_t save = p_, save_far = far_;
    try {
      next();  // (
      while (true) {
        if (at_kw("yield") || at_op("*") || at_op(")")) break;
        s.items.push_back(with_item());
        if (!at_op(",")) break;
        next();
      }
      if (!s.items.empty() && at_op(")") && at_op(":", 1)) {
        next();
        return true;
      }
    } catch (const CompileError&) {
    }
    p_ = save;
    far_ = save_far;
    return false;
  }

  ExprP star_target_single() { return bitwise_or_target(); }

  // ---- expressions ---------------------------------------------------------------------
  ExprP star_expressions() {
    const Token& first = peek();
    ExprP e = star_expression();
    if (!at_op(",")) return e;
    auto t = mk(ExprKind::Tuple, e->loc);
    t->elts.push_back(std::move(e));
    while (at_op(",")) {
      next();
      if (!starts_expression()) break;
      t->elts.push_back(star_expression());
    }
    t->loc = span(tloc(first), tloc(prev()));
    return done(std::move(t));
  }

  bool starts_expression() {
    const Token& t = peek();
    switch (t.type) {
      case Tok::Name:
        if (!keywords().count(t.text)) return true;
        return t.text == "None" || t.text == "True" || t.text == "False" || t.text == "not" || t.text == "lambda" ||
               t.text == "await" || t.text == "yield";
      case Tok::Number:
      case Tok::String: return true;
      case Tok::Op:
        return t.text == "(" || t.text == "[" || t.text == "{" || t.text == "-" || t.text == "+" || t.text == "~" ||
               t.text == "..." || t.text == "*";
      default: return false;
    }
  }

  ExprP star_expression() {
    if (at_op("*")) {
      const Token& st = next();
      ExprP v = bitwise_or();
      auto e = mk(ExprKind::Starred, from(st));
      e->a = std::move(v);
      return done(std::move(e));
    }
    return expression();
  }

  // yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
  ExprP yield_expr() {
    Guard g(*this);
    const Token& kw = next();
    if (at_kw("from")) {
      next();
      auto e = mk(ExprKind::YieldFrom, tloc(kw));
      e->a = expression();
      e->loc = from(kw);
      return done(std::move(e));
    }
    auto e = mk(ExprKind::Yield, tloc(kw));
    if (starts_expression()) {
      e->a = star_expressions();
      e->loc = from(kw);
    }
    return done(std::move(e));
  }

  // named_expression: NAME ':=' expression | expression !':='
  ExprP named_expression() {
    if (at_name() && at_op(":=", 1)) {
      const Token& n = next();
      next();  // :=
      auto target = mk(ExprKind::Name, tloc(n));
      target->id = ident(n);
      target->ctx = Ctx::Store;
      ExprP value = expression();
      auto e = mk(ExprKind::NamedExpr, from(n));
      e->a = std::move(target);
      e->b = std::move(value);
      return done(std::move(e));
    }
    ExprP e = expression();
    if (at_op(":=")) error_at(e->loc, std::string("cannot use assignment expressions with ") + expr_name(*e));
    return e;
  }

  ExprP expression() {
    Guard g(*this);
    if (at_kw("lambda")) return lambdef();
    const Token start = peek();
    size_t start_idx = p_;
    ExprP body = disjunction();
    check_forgot_comma(start_idx, *body);
    if (at_kw("if")) {
      next();
      ExprP test = disjunction();
      if (!at_kw("else")) error_at(span(body->loc, test->loc), "expected 'else' after 'if' expression");
      next();
      ExprP orelse = expression();
      auto e = mk(ExprKind::IfExp, from(start));
      e->a = std::move(test);
      e->b = std::move(body);
      e->c = std::move(orelse);
      return done(std::move(e));
    }
    return body;
  }

  // pegen's invalid_expression: inside brackets, `a b` where both are expressions.
  void check_forgot_comma(size_t start_idx, const Expr& a) {
    const Token& start = t_[start_idx];
    if (prev().level == 0 || !starts_expression() || at_op("*")) return;
    if (at_kw("not") || at_kw("yield") || at_kw("await")) return;
    if (start.type == Tok::Name && (start.text == "match" || start.text == "case" || start.text == "_")) return;
    if (start.type == Tok::Name && start_idx + 1 < t_.size() && t_[start_idx + 1].type == Tok::String) return;
    if (a.kind == ExprKind::Name && (a.id == "print" || a.id == "exec")) return;
    size_t save = p_, save_far = far_;
    ExprP b;
    try {
      b = disjunction();
    } catch (const CompileError&) {
      p_ = save;
      far_ = save_far;
      return;
    }
    error_at(span(a.loc, b->loc), "invalid syntax. Perhaps you forgot a comma?");
  }

  ExprP lambdef() {
    Loc l = tloc(next());
    auto e = mk(ExprKind::Lambda, l);
    e->args = parameters(":", false);
    expect_forced(":");
    e->a = expression();
    e->loc = span(l, tloc(prev()));
    return done(std::move(e));
  }

  ExprP disjunction() { return boolop("or", BoolOpKind::Or); }
  ExprP conjunction() { return boolop("and", BoolOpKind::And); }

  ExprP boolop(const char* kw, BoolOpKind kind) {
    const Token start = peek();
    ExprP first = kind == BoolOpKind::Or ? conjunction() : inversion();
    if (!at_kw(kw)) return first;
    auto e = mk(ExprKind::BoolOp, first->loc);
    e->op = static_cast<int>(kind);
    e->values.push_back(std::move(first));
    while (at_kw(kw)) {
      next();
      e->values.push_back(kind == BoolOpKind::Or ? conjunction() : inversion());
    }
    e->loc = from(start);
    return done(std::move(e));
  }

  ExprP inversion() {
    Guard g(*this);
    if (at_kw("not")) {
      Loc l = tloc(next());
      ExprP v = inversion();
      auto e = mk(ExprKind::UnaryOp, span(l, tloc(prev())));
      e->op = static_cast<int>(UnaryOpKind::Not);
      e->a = std::move(v);
      return done(std::move(e));
    }
    return comparison();
  }

  bool comp_op(CmpOp& op) {
    const Token& t = peek();
    if (t.type == Tok::Op) {
      static const std::pair<const char*, CmpOp> ops[] = {{"==", CmpOp::Eq},  {"!=", CmpOp::NotEq}, {"<", CmpOp::Lt},
                                                          {"<=", CmpOp::LtE}, {">", CmpOp::Gt},     {">=", CmpOp::GtE}};
      for (auto& [s, o] : ops)
        if (t.text == s) {
          op = o;
          next();
          return true;
        }
      return false;
    }
    if (t.type != Tok::Name) return false;
    if (t.text == "in") {
      next();
      op = CmpOp::In;
      return true;
    }
    if (t.text == "not" && at_kw("in", 1)) {
      next();
      next();
      op = CmpOp::NotIn;
      return true;
    }
    if (t.text == "is") {
      next();
      if (at_kw("not")) {
        next();
        op = CmpOp::IsNot;
      } else op = CmpOp::Is;
      return true;
    }
    return false;
  }

  ExprP comparison() {
    const Token start = peek();
    ExprP left = bitwise_or();
    CmpOp op;
    if (!comp_op(op)) return left;
    auto e = mk(ExprKind::Compare, left->loc);
    e->a = std::move(left);
    do {
      e->ops.push_back(op);
      e->elts.push_back(bitwise_or());
    } while (comp_op(op));
    e->loc = from(start);
    return done(std::move(e));
  }

  ExprP binop(const Token& start, ExprP l, BinOpKind op, ExprP r) {
    auto e = mk(ExprKind::BinOp, from(start));
    e->op = static_cast<int>(op);
    e->a = std::move(l);
    e->b = std::move(r);
    return done(std::move(e));
  }

  ExprP bitwise_or() {
    const Token start = peek();
    ExprP e = bitwise_xor();
    while (at_op("|")) {
      next();
      e = binop(start, std::move(e), BinOpKind::BitOr, bitwise_xor());
    }
    return e;
  }
  ExprP bitwise_xor() {
    const Token start = peek();
    ExprP e = bitwise_and();
    while (at_op("^")) {
      next();
      e = binop(start, std::move(e), BinOpKind::BitXor, bitwise_and());
    }
    return e;
  }
  ExprP bitwise_and() {
    const Token start = peek();
    ExprP e = shift_expr();
    while (at_op("&")) {
      next();
      e = binop(start, std::move(e), BinOpKind::BitAnd, shift_expr());
    }
    return e;
  }
  ExprP shift_expr() {
    const Token start = peek();
    ExprP e = sum();
    while (at_op("<<") || at_op(">>")) {
      BinOpKind k = next().text == "<<" ? BinOpKind::LShift : BinOpKind::RShift;
      e = binop(start, std::move(e), k, sum());
    }
    return e;
  }
  ExprP sum() {
    const Token start = peek();
    ExprP e = term();
    while (at_op("+") || at_op("-")) {
      BinOpKind k = next().text == "+" ? BinOpKind::Add : BinOpKind::Sub;
      e = binop(start, std::move(e), k, term());
    }
    return e;
  }
  ExprP term() {
    const Token start = peek();
    ExprP e = factor();
    while (at_op("*") || at_op("/") || at_op("//") || at_op("%") || at_op("@")) {
      const std::string& o = next().text;
      BinOpKind k = o == "*"    ? BinOpKind::Mult
                    : o == "/"  ? BinOpKind::Div
                    : o == "//" ? BinOpKind::FloorDiv
                    : o == "%"  ? BinOpKind::Mod
                                : BinOpKind::MatMult;
      e = binop(start, std::move(e), k, factor());
    }
    return e;
  }
  ExprP factor() {
    Guard g(*this);
    if (at_op("+") || at_op("-") || at_op("~")) {
      const Token& t = next();
      UnaryOpKind k = t.text == "+" ? UnaryOpKind::UAdd : t.text == "-" ? UnaryOpKind::USub : UnaryOpKind::Invert;
      ExprP v = factor();
      auto e = mk(ExprKind::UnaryOp, from(t));
      e->op = static_cast<int>(k);
      e->a = std::move(v);
      return done(std::move(e));
    }
    return power();
  }
  // power: await_primary '**' factor | await_primary; await_primary: AWAIT primary | primary
  ExprP power() {
    const Token start = peek();
    ExprP e;
    if (at_kw("await")) {
      Guard g(*this);
      const Token& kw = next();
      auto aw = mk(ExprKind::Await, tloc(kw));
      aw->a = primary();
      aw->loc = from(kw);
      e = done(std::move(aw));
    } else {
      e = primary();
    }
    if (at_op("**")) {
      next();
      e = binop(start, std::move(e), BinOpKind::Pow, factor());
    }
    return e;
  }

  ExprP primary() {
    const Token start = peek();
    ExprP e = atom();
    while (true) {
      if (at_op(".")) {
        next();
        const Token& n = peek();
        std::string name = expect_name();
        (void)n;
        auto a = mk(ExprKind::Attribute, from(start));
        a->a = std::move(e);
        a->id = name;
        e = done(std::move(a));
      } else if (at_op("(")) {
        next();
        auto c = mk(ExprKind::Call, e->loc);
        c->a = std::move(e);
        if (at_op(")")) {
          // no arguments
        } else if (starts_genexp_arg()) {
          c->elts.push_back(genexp_in_call());
        } else {
          call_arguments(c->elts, c->keywords);
        }
        if (!at_op(")")) fail();
        next();
        c->loc = from(start);
        e = done(std::move(c));
      } else if (at_op("[")) {
        next();
        auto s = mk(ExprKind::Subscript, e->loc);
        s->a = std::move(e);
        s->b = slices();
        if (!at_op("]")) fail();
        next();
        s->loc = from(start);
        e = done(std::move(s));
      } else {
        return e;
      }
    }
  }

  // f(x for x in y): a single unparenthesized generator argument. Decided by a trial parse of
  // the first argument, but only when a `for`/`async` occurs in the call's parentheses at their
  // own depth (a token scan), and at most once per position: trial-parsing the first argument
  // of every call made nested calls cost 2^depth (found by fuzzing).
  bool starts_genexp_arg() {
    auto memo = genexp_memo_.find(p_);
    if (memo != genexp_memo_.end()) return memo->second;
    bool candidate = false;
    int depth = 0;
    for (size_t i = p_; i < t_.size() && !candidate; ++i) {
      const Token& t = t_[i];
      if (t.type == Tok::EndMarker) break;
      if (t.type == Tok::Op && (t.text == "(" || t.text == "[" || t.text == "{")) ++depth;
      else if (t.type == Tok::Op && (t.text == ")" || t.text == "]" || t.text == "}")) {
        if (depth-- == 0) break;
      } else if (t.type == Tok::Name && depth == 0) candidate = t.text == "for" || t.text == "async";
    }
    size_t save = p_, save_far = far_;
    bool result = false;
    if (candidate) {
      try {
        if (!at_op("*") && !at_op("**") && !(at_name() && at_op("=", 1))) {
          ExprP e = named_expression();
          result = at_kw("for") || at_kw("async");
        }
      } catch (const CompileError&) {
        result = false;
      }
    }
    p_ = save;
    far_ = save_far;
    genexp_memo_[save] = result;
    return result;
  }

  ExprP genexp_in_call() {
    const Token& open = prev();  // '('
    ExprP elt = named_expression();
    auto g = mk(ExprKind::GeneratorExp, elt->loc);
    g->a = std::move(elt);
    comprehension_clauses(g->generators);
    if (at_op(",")) error_at(genexp_range(*g), "Generator expression must be parenthesized");
    if (!at_op(")")) fail();
    g->loc = span(tloc(open), tloc(peek()));
    return done(std::move(g));
  }

  // From the element to the last item of the last comprehension clause
  // (_PyPegen_get_last_comprehension_item).
  static Loc genexp_range(const Expr& g) {
    const Comprehension& last = g.generators.back();
    const Expr& item = last.ifs.empty() ? *last.iter : *last.ifs.back();
    return span(g.a->loc, item.loc);
  }

  void call_arguments(std::vector<ExprP>& args, std::vector<Keyword>& kws) {
    bool seen_kw = false, seen_kwunpack = false;
    while (!at_op(")")) {
      if (at_op("**")) {
        const Token& st = next();
        Keyword k;
        k.value = expression();
        k.loc = from(st);
        kws.push_back(std::move(k));
        seen_kwunpack = true;
      } else if (at_op("*")) {
        const Token& st = next();
        ExprP v = expression();
        auto e = mk(ExprKind::Starred, from(st));
        e->a = std::move(v);
        if (seen_kwunpack) error_at(tloc(st), "iterable argument unpacking follows keyword argument unpacking");
        args.push_back(done(std::move(e)));
      } else if (at_name() && at_op("=", 1)) {
        const Token& n = next();
        next();
        Keyword k;
        k.arg = ident(n);
        k.value = expression();
        k.loc = from(n);
        kws.push_back(std::move(k));
        seen_kw = true;
      } else {
        ExprP e = named_expression();
        if (at_op("=")) {
          // f(1 = 2) / f(a.b = 1)
          error_at(span(e->loc, tloc(peek())), "expression cannot contain assignment, perhaps you meant \"==\"?");
        }
        if (at_kw("for")) {
          Loc l = e->loc;
          auto g = mk(ExprKind::GeneratorExp, l);
          g->a = std::move(e);
          comprehension_clauses(g->generators);
          error_at(genexp_range(*g), "Generator expression must be parenthesized");
        }
        // pegen's _PyPegen_arguments_parsing_error reports at the last token read.
        if (seen_kwunpack || seen_kw) {
          const Token& t = t_[std::min(far_, t_.size() - 1)];
          error_at(tloc(t), seen_kwunpack ? "positional argument follows keyword argument unpacking"
                                          : "positional argument follows keyword argument");
        }
        args.push_back(std::move(e));
      }
      if (!at_op(",")) break;
      next();
    }
  }

  ExprP slices() {
    const Token& first = peek();
    ExprP s = slice_item();
    if (!at_op(",")) {
      if (s->kind != ExprKind::Starred) return s;
      if (at_kw("for")) error_at(s->loc, "iterable unpacking cannot be used in comprehension");
      // slices: `a[*b]` is a one-element tuple (PEP 646), not a starred subscript.
      auto t = mk(ExprKind::Tuple, s->loc);
      t->elts.push_back(std::move(s));
      t->loc = span(tloc(first), tloc(prev()));
      return done(std::move(t));
    }
    auto t = mk(ExprKind::Tuple, s->loc);
    t->elts.push_back(std::move(s));
    while (at_op(",")) {
      next();
      if (at_op("]")) break;
      t->elts.push_back(slice_item());
    }
    t->loc = span(tloc(first), tloc(prev()));
    return done(std::move(t));
  }

  ExprP slice_item() {
    const Token& first = peek();
    if (at_op("*")) return star_expression();
    ExprP lower;
    if (!at_op(":")) {
      lower = named_expression();
      if (!at_op(":")) return lower;
      if (lower->kind == ExprKind::NamedExpr) fail();  // a slice bound is an expression
    }
    next();  // ':'
    auto s = mk(ExprKind::Slice, tloc(first));
    s->a = std::move(lower);
    if (!at_op(":") && !at_op("]") && !at_op(",")) s->b = expression();
    if (at_op(":")) {
      next();
      if (!at_op("]") && !at_op(",")) s->c = expression();
    }
    s->loc = span(tloc(first), tloc(prev()));
    return done(std::move(s));
  }

  void comprehension_clauses(std::vector<Comprehension>& gens) {
    while (at_kw("for") || at_kw("async")) {
      Comprehension c;
      if (at_kw("async")) {
        next();
        if (!at_kw("for")) fail();
        c.is_async = true;
      }
      next();
      c.target = star_targets();
      if (!at_kw("in")) {
        if (const Expr* bad = invalid_target(*c.target, TargetKind::For))
          error_at(bad->loc, std::string("cannot assign to ") + expr_name(*bad));
        fail();
      }
      set_target(*c.target, Ctx::Store, TargetKind::For);
      next();
      c.iter = disjunction();
      while (at_kw("if")) {
        next();
        c.ifs.push_back(disjunction());
      }
      gens.push_back(std::move(c));
    }
  }

  ExprP atom() {
    Guard g(*this);
    const Token& t = peek();
    switch (t.type) {
      case Tok::Name: {
        if (t.text == "None" || t.text == "True" || t.text == "False") {
          next();
          auto e = mk(ExprKind::Constant, tloc(t));
          if (t.text == "None") e->value.kind = Const::Kind::None;
          else {
            e->value.kind = Const::Kind::Bool;
            e->value.b = t.text == "True";
          }
          return e;
        }
        if (keywords().count(t.text)) {
          if (t.text == "await") unsupported(tloc(t), "'await' expressions are");
          fail();
        }
        next();
        auto e = mk(ExprKind::Name, tloc(t));
        e->id = ident(t);
        return e;
      }
      case Tok::Number: {
        next();
        return number(t);
      }
      case Tok::String: return strings();
      case Tok::Op:
        if (t.text == "(") return paren_atom();
        if (t.text == "[") return list_atom();
        if (t.text == "{") return brace_atom();
        if (t.text == "...") {
          next();
          auto e = mk(ExprKind::Constant, tloc(t));
          e->value.kind = Const::Kind::Ellipsis;
          return e;
        }
        fail();
      default: fail();
    }
  }

  ExprP number(const Token& t) {
    std::string s;
    for (char ch : t.text)
      if (ch != '_') s += ch;
    auto e = mk(ExprKind::Constant, tloc(t));
    char last = s.back();
    if (last == 'j' || last == 'J') {
      e->value.kind = Const::Kind::Complex;
      e->value.f = std::strtod(s.substr(0, s.size() - 1).c_str(), nullptr);
      return e;
    }
    bool is_float = false;
    if (s.size() > 1 && s[0] == '0' && std::strchr("xXoObB", s[1])) {
      int base = (s[1] == 'x' || s[1] == 'X') ? 16 : (s[1] == 'o' || s[1] == 'O') ? 8 : 2;
      set_int_literal(e->value, s.substr(2), base, t);
      return e;
    }
    for (char ch : s)
      if (ch == '.' || ch == 'e' || ch == 'E') is_float = true;
    if (is_float) {
      e->value.kind = Const::Kind::Float;
      e->value.f = std::strtod(s.c_str(), nullptr);
      return e;
    }
    if (s.size() > 1 && s[0] == '0') {
      for (char ch : s)
        if (ch != '0')
          error_at(tloc(t),
                   "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
    }
    set_int_literal(e->value, s, 10, t);
    return e;
  }

  // An int literal of any size (PyLong_FromString). 3.11 applies the int_max_str_digits limit
  // (4300 by default) to decimal literals too, as a SyntaxError (Parser/pegen.c parsenumber_raw).
  void set_int_literal(Const& c, const std::string& digits, int base, const Token& t) {
    constexpr size_t kMaxStrDigits = 4300;
    if (base == 10 && digits.size() > kMaxStrDigits)
      error_at(tloc(t), "Exceeds the limit (4300 digits) for integer string conversion: value has " +
                            std::to_string(digits.size()) +
                            " digits; use sys.set_int_max_str_digits() to increase the limit - Consider "
                            "hexadecimal for huge integer literals to avoid decimal conversion limits.");
    BigInt v = BigInt::from_digits(digits, base, false);
    c.kind = Const::Kind::Int;
    if (v.fits_int64()) c.i = v.to_int64();
    else c.big = std::make_shared<const BigInt>(std::move(v));
  }

  ExprP paren_atom() {
    const Token& open = next();
    if (at_op(")")) {
      const Token& close = next();
      auto e = mk(ExprKind::Tuple, span(open, close));
      return e;
    }
    if (at_kw("yield")) {
      ExprP y = yield_expr();
      if (!at_op(")")) fail();
      next();
      return y;  // a group keeps the inner node's location
    }
    ExprP first = at_op("*") ? star_expression() : named_expression();
    if (at_kw("for") || at_kw("async")) {
      auto g = mk(ExprKind::GeneratorExp, first->loc);
      g->a = std::move(first);
      comprehension_clauses(g->generators);
      if (!at_op(")")) fail();
      g->loc = span(open, next());
      return done(std::move(g));
    }
    if (at_op(")")) {
      next();
      if (first->kind == ExprKind::Starred) error_at(first->loc, "cannot use starred expression here");
      return first;  // a group keeps the inner node's location
    }
    if (!at_op(",")) {
      if (at_op("=")) {
        // (a = 1): invalid_named_expression
        ExprP lhs = std::move(first);
        invalid_eq(*lhs);
      }
      fail();
    }
    auto t = mk(ExprKind::Tuple, tloc(open));
    t->elts.push_back(std::move(first));
    while (at_op(",")) {
      next();
      if (at_op(")")) break;
      t->elts.push_back(at_op("*") ? star_expression() : named_expression());
    }
    if (!at_op(")")) fail();
    t->loc = span(open, next());
    return done(std::move(t));
  }

  ExprP list_atom() {
    const Token& open = next();
    auto e = mk(ExprKind::List, tloc(open));
    if (at_op("]")) {
      e->loc = span(open, next());
      return e;
    }
    ExprP first = at_op("*") ? star_expression() : named_expression();
    if (at_kw("for") || at_kw("async")) {
      auto c = mk(ExprKind::ListComp, tloc(open));
      c->a = std::move(first);
      comprehension_clauses(c->generators);
      if (!at_op("]")) fail();
      c->loc = span(open, next());
      return done(std::move(c));
    }
    e->elts.push_back(std::move(first));
    seq_rest(e->elts, "]");
    e->loc = span(open, next());
    return done(std::move(e));
  }

  void seq_rest(std::vector<ExprP>& elts, const char* close) {
    while (at_op(",")) {
      next();
      if (at_op(close)) break;
      elts.push_back(at_op("*") ? star_expression() : named_expression());
    }
    if (!at_op(close)) fail();
  }

  ExprP brace_atom() {
    const Token& open = next();
    if (at_op("}")) {
      auto e = mk(ExprKind::Dict, span(open, next()));
      return e;
    }
    if (at_op("**")) return dict_rest(open, nullptr);
    ExprP first = at_op("*") ? star_expression() : named_expression();
    if (at_op(":") && first->kind == ExprKind::NamedExpr) fail();  // a dict key is an expression
    if (at_op(":") && first->kind != ExprKind::Starred) {
      next();
      return dict_rest(open, std::move(first));
    }
    if (at_kw("for") || at_kw("async")) {
      auto c = mk(ExprKind::SetComp, tloc(open));
      c->a = std::move(first);
      comprehension_clauses(c->generators);
      if (!at_op("}")) fail();
      c->loc = span(open, next());
      return done(std::move(c));
    }
    auto e = mk(ExprKind::Set, tloc(open));
    e->elts.push_back(std::move(first));
    seq_rest(e->elts, "}");
    e->loc = span(open, next());
    return done(std::move(e));
  }

  // After '{' and (if key) 'key :'.
  ExprP dict_rest(const Token& open, ExprP first_key) {
    auto d = mk(ExprKind::Dict, tloc(open));
    if (first_key) {
      ExprP v = expression();
      if (at_kw("for") || at_kw("async")) {
        auto c = mk(ExprKind::DictComp, tloc(open));
        c->a = std::move(first_key);
        c->b = std::move(v);
        comprehension_clauses(c->generators);
        if (!at_op("}")) fail();
        c->loc = span(open, next());
        return done(std::move(c));
      }
      d->elts.push_back(std::move(first_key));
      d->values.push_back(std::move(v));
      if (!at_op(",")) {
        if (!at_op("}")) fail();
        d->loc = span(open, next());
        return done(std::move(d));
      }
      next();
    }
    while (!at_op("}")) {
      if (at_op("**")) {
        next();
        d->elts.push_back(nullptr);
        d->values.push_back(bitwise_or());
      } else {
        ExprP k = expression();
        if (!at_op(":")) {
          if (at_op(",") || at_op("}")) error_at(k->loc, "':' expected after dictionary key");
          fail();
        }
        next();
        d->elts.push_back(std::move(k));
        d->values.push_back(expression());
      }
      if (!at_op(",")) break;
      next();
    }
    if (!at_op("}")) fail();
    d->loc = span(open, next());
    return done(std::move(d));
  }

  // ---- string literals -----------------------------------------------------------------
  struct Piece {
    bool is_expr = false;
    std::string str;  // literal text (UTF-8) when !is_expr
    ExprP expr;       // FormattedValue when is_expr
  };

  ExprP strings() {
    const Token& first = peek();
    std::vector<const Token*> toks;
    while (peek().type == Tok::String) toks.push_back(&next());
    fstring_err_tok_ = &peek();
    Loc whole = span(*toks.front(), *toks.back());
    (void)first;
    bool any_bytes = false, any_str = false, any_f = false;
    std::vector<Piece> pieces;
    for (const Token* t : toks) {
      size_t q = t->text.find_first_of("'\"");
      std::string prefix = t->text.substr(0, q);
      bool raw = false, is_bytes = false, is_f = false;
      for (char ch : prefix) {
        char l = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        raw |= l == 'r';
        is_bytes |= l == 'b';
        is_f |= l == 'f';
      }
      (is_bytes ? any_bytes : any_str) = true;
      if (any_bytes && any_str) error_at(whole, "cannot mix bytes and nonbytes literals");
      std::string body = t->text.substr(q);
      size_t qlen = (body.size() >= 6 && body[1] == body[0] && body[2] == body[0]) ? 3 : 1;
      std::string inner = body.substr(qlen, body.size() - 2 * qlen);
      int body_line = t->lineno;
      int body_col = t->col + static_cast<int>(q + qlen);
      if (is_f) {
        any_f = true;
        fstring(inner, raw, *t, body_line, body_col, whole, pieces, 0);
      } else {
        Piece p;
        p.str = decode(inner, raw, is_bytes, *t);
        pieces.push_back(std::move(p));
      }
    }
    if (any_bytes) {
      auto e = mk(ExprKind::Constant, whole);
      e->value.kind = Const::Kind::Bytes;
      for (auto& p : pieces) e->value.s += p.str;
      return e;
    }
    if (!any_f) {
      auto e = mk(ExprKind::Constant, whole);
      e->value.kind = Const::Kind::Str;
      for (auto& p : pieces) e->value.s += p.str;
      return e;
    }
    return joined(std::move(pieces), whole, whole);
  }

  // Merges adjacent literal pieces, drops empty ones, builds a JoinedStr at `loc`. A literal
  // that ends before a replacement field is located at `whole` (the complete concatenation), the
  // last one at `loc`: CPython 3.11 flushes the pending literal with the concatenation's tokens
  // when it meets a field and with the JoinedStr's own location at the end. They differ only for
  // a format spec, which is located at the string token holding it.
  ExprP joined(std::vector<Piece> pieces, const Loc& loc, const Loc& whole) {
    auto j = mk(ExprKind::JoinedStr, loc);
    std::string pending;
    bool have_pending = false;
    auto flush = [&](const Loc& at) {
      if (have_pending && !pending.empty()) {
        auto c = mk(ExprKind::Constant, at);
        c->value.kind = Const::Kind::Str;
        c->value.s = pending;
        j->values.push_back(std::move(c));
      }
      pending.clear();
      have_pending = false;
    };
    for (auto& p : pieces) {
      if (p.is_expr) {
        flush(whole);
        j->values.push_back(std::move(p.expr));
      } else {
        pending += p.str;
        have_pending = true;
      }
    }
    flush(loc);
    return done(std::move(j));
  }

  static void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) out += static_cast<char>(cp);
    else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  // Where byte `i` of a literal's body lands in the buffer CPython's decode_unicode_with_escapes
  // hands to the unicodeescape codec (its error positions count there): a non-ASCII character
  // becomes "\\U%08x" (10 bytes), a backslash before one (or at the end) "\\u005c".
  static size_t escape_pos(const std::string& s, size_t i) {
    size_t pos = 0;
    for (size_t k = 0; k < i && k < s.size();) {
      unsigned char c = static_cast<unsigned char>(s[k]);
      if (c == '\\') {
        ++pos;
        ++k;
        if (k >= s.size() || (static_cast<unsigned char>(s[k]) & 0x80)) pos += 5;
        continue;
      }
      if (c & 0x80) {
        if ((c & 0xC0) != 0x80) pos += 10;
      } else {
        ++pos;
      }
      ++k;
    }
    return pos + (i > s.size() ? i - s.size() : 0);
  }

  std::string decode(const std::string& s, bool raw, bool is_bytes, const Token& t) {
    if (is_bytes)
      for (unsigned char ch : s)
        if (ch >= 0x80) error_at(tloc(t), "bytes can only contain ASCII literal characters");
    if (raw) return s;
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
      char ch = s[i];
      if (ch != '\\' || i + 1 >= s.size()) {
        out += ch;
        continue;
      }
      char e = s[++i];
      switch (e) {
        case '\n': break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'a': out += '\a'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'v': out += '\v'; break;
        case 'x':
        case 'u':
        case 'U': {
          if (is_bytes && e != 'x') {
            out += '\\';
            out += e;
            break;
          }
          // hexescape: exactly n hex digits; an error spans the backslash to the first non-digit.
          size_t n = e == 'x' ? 2 : e == 'u' ? 4 : 8, k = i + 1;
          while (k < s.size() && k <= i + n && std::isxdigit(static_cast<unsigned char>(s[k]))) ++k;
          std::string where = "position " + std::to_string(escape_pos(s, i - 1)) + "-";
          if (k <= i + n) {
            if (is_bytes) string_error("(value error) invalid \\x escape at position " + std::to_string(i - 1));
            string_error("(unicode error) 'unicodeescape' codec can't decode bytes in " + where +
                         std::to_string(escape_pos(s, k) - 1) + ": truncated \\" + e +
                         std::string(n, 'X') + " escape");
          }
          uint32_t v = static_cast<uint32_t>(std::stoul(s.substr(i + 1, n), nullptr, 16));
          if (v > 0x10FFFF)
            string_error("(unicode error) 'unicodeescape' codec can't decode bytes in " + where +
                         std::to_string(escape_pos(s, k) - 1) + ": illegal Unicode character");
          if (is_bytes) out += static_cast<char>(v);
          else append_utf8(out, v);
          i += n;
          break;
        }
        case 'N': {
          if (is_bytes) {  // not an escape in bytes (CPython warns: invalid escape sequence '\N')
            out += "\\N";
            break;
          }
          // _PyUnicode_DecodeUnicodeEscapeInternal: "\N{name}", the name looked up as _getcode
          // does without named sequences; the error spans the backslash to where it stopped.
          size_t start = i - 1, k = i + 1;
          const char* message = "malformed \\N character escape";
          if (k < s.size() && s[k] == '{') {
            size_t name = ++k;
            while (k < s.size() && s[k] != '}') ++k;
            if (k < s.size() && k > name) {
              ++k;
              std::string why;
              if (!unicode_names::ensure_loaded(&why))
                string_error("(unicode error) \\N escapes not supported (can't load Unicode's character "
                                  "names: " + why + ")");
              std::vector<uint32_t> cps;
              if (unicode_names::lookup(std::string_view(s).substr(name, k - 1 - name), false, cps)) {
                append_utf8(out, cps[0]);
                i = k - 1;
                break;
              }
              message = "unknown Unicode character name";
            }
          }
          string_error("(unicode error) 'unicodeescape' codec can't decode bytes in position " +
                       std::to_string(escape_pos(s, start)) + "-" + std::to_string(escape_pos(s, k) - 1) +
                                ": " + message);
        }
        default:
          if (e >= '0' && e <= '7') {
            uint32_t v = e - '0';
            for (int k = 0; k < 2 && i + 1 < s.size() && s[i + 1] >= '0' && s[i + 1] <= '7'; ++k)
              v = v * 8 + (s[++i] - '0');
            if (is_bytes) out += static_cast<char>(v & 0xFF);
            else append_utf8(out, v);
          } else {
            out += '\\';
            out += e;
          }
      }
    }
    return out;
  }

  // Parses the body of one f-string token into pieces. (line, col) is the source position of
  // body[0]; `whole` is the location of the complete (concatenated) string expression.
  void fstring(const std::string& body, bool raw, const Token& tok, int line, int col, const Loc& whole,
               std::vector<Piece>& out, int level) {
    if (level > 1) fstring_error("f-string: expressions nested too deeply");
    std::string lit;
    size_t i = 0;
    // positions: track line/col of body index
    auto pos_of = [&](size_t idx, int& l, int& c) {
      l = line;
      c = col;
      for (size_t k = 0; k < idx; ++k) {
        if (body[k] == '\n') {
          ++l;
          c = 0;
        } else ++c;
      }
    };
    auto flush_lit = [&] {
      if (!lit.empty()) {
        Piece p;
        p.str = decode(lit, raw, false, tok);
        out.push_back(std::move(p));
        lit.clear();
      }
    };
    while (i < body.size()) {
      char ch = body[i];
      if (ch == '{') {
        if (i + 1 < body.size() && body[i + 1] == '{') {
          lit += '{';
          i += 2;
          continue;
        }
        flush_lit();
        size_t brace = i;
        ++i;
        // find the end of the expression: ! : } = at bracket depth 0, outside strings
        size_t start = i;
        int depth = 0;
        char quote = 0;
        size_t end = std::string::npos;
        for (; i < body.size(); ++i) {
          char c = body[i];
          if (quote) {
            if (c == quote) quote = 0;
            continue;
          }
          if (c == '\'' || c == '"') {
            quote = c;
            continue;
          }
          if (c == '(' || c == '[' || c == '{') ++depth;
          else if (c == ')' || c == ']' || c == '}') {
            if (depth == 0) {
              end = i;
              break;
            }
            --depth;
          } else if (depth == 0 && (c == ':' || (c == '!' && i + 1 < body.size() && body[i + 1] != '='))) {
            end = i;
            break;
          } else if (depth == 0 && c == '=' && i + 1 < body.size() && body[i + 1] != '=' && i > start &&
                     std::strchr("=!<>", body[i - 1]) == nullptr) {
            end = i;
            break;
          } else if (c == '#') {
            fstring_error("f-string expression part cannot include '#'");
          } else if (c == '\\') {
            fstring_error("f-string expression part cannot include a backslash");
          }
        }
        if (quote) fstring_error("f-string: unterminated string");
        if (end == std::string::npos) fstring_error("f-string: expecting '}'");
        std::string expr_text = body.substr(start, end - start);
        bool blank = expr_text.find_first_not_of(" \t\n\f") == std::string::npos;
        if (blank) fstring_error("f-string: empty expression not allowed");
        int el, ec;
        pos_of(brace, el, ec);
        ExprP value = parse_field(expr_text, el, ec, tok);
        auto fv = mk(ExprKind::FormattedValue, whole);
        bool self_doc = false;
        if (body[i] == '=') {
          self_doc = true;
          ++i;
          size_t ws = i;
          while (i < body.size() && (body[i] == ' ' || body[i] == '\t')) ++i;
          Piece p;
          p.str = "{" == std::string() ? "" : body.substr(start, ws - start);
          // text is the expression text including '=' and trailing spaces
          p.str = body.substr(start, i - start);
          out.push_back(std::move(p));
        }
        if (i < body.size() && body[i] == '!') {
          ++i;
          if (i >= body.size()) fstring_error("f-string: expecting '}'");
          char conv = body[i];
          if (conv != 's' && conv != 'r' && conv != 'a')
            fstring_error("f-string: invalid conversion character: expected 's', 'r', or 'a'");
          fv->conversion = conv;
          ++i;
        }
        if (i < body.size() && body[i] == ':') {
          ++i;
          // format spec up to the matching '}' (may contain nested fields)
          size_t sstart = i;
          int d = 0;
          for (; i < body.size(); ++i) {
            if (body[i] == '{') ++d;
            else if (body[i] == '}') {
              if (d == 0) break;
              --d;
            }
          }
          if (i >= body.size()) fstring_error("f-string: expecting '}'");
          std::vector<Piece> spec;
          int sl, sc;
          pos_of(sstart, sl, sc);
          fstring(body.substr(sstart, i - sstart), raw, tok, sl, sc, whole, spec, level + 1);
          // The spec's JoinedStr (and its literal parts) take the location of the string token
          // holding it, not of the whole implicit concatenation (CPython 3.11's fstring_parse).
          fv->b = joined(std::move(spec), span(tok, tok), whole);
        }
        if (i >= body.size() || body[i] != '}') fstring_error("f-string: expecting '}'");
        ++i;
        if (self_doc && fv->conversion == -1 && !fv->b) fv->conversion = 'r';
        fv->a = std::move(value);
        Piece p;
        p.is_expr = true;
        p.expr = done(std::move(fv));
        out.push_back(std::move(p));
        continue;
      }
      if (ch == '}') {
        if (i + 1 < body.size() && body[i + 1] == '}') {
          lit += '}';
          i += 2;
          continue;
        }
        fstring_error("f-string: single '}' is not allowed");
      }
      if (ch == '\\' && !raw && i + 1 < body.size() && body[i + 1] == 'N') {
        // fstring_find_literal: "\N{name}" stays literal text, its braces are no field; the
        // character after N is taken whatever it is, then up to a closing brace.
        lit += "\\N";
        i += 2;
        if (i < body.size()) {
          char c = body[i++];
          lit += c;
          while (c == '{' && i < body.size()) {
            char d = body[i++];
            lit += d;
            if (d == '}') break;
          }
        }
        continue;
      }
      if (ch == '\\' && !raw && i + 1 < body.size()) {
        lit += ch;
        lit += body[i + 1];
        i += 2;
        continue;
      }
      lit += ch;
      ++i;
    }
    flush_lit();
  }

  // Parses the text of a replacement field "(expr)" positioned so that '(' sits at the
  // field's '{' (line l, column c), like CPython 3.11's fstring_compile_expr.
  ExprP parse_field(const std::string& text, int l, int c, const Token& /*tok*/) {
    SourceLines sub;
    sub.filename = src_.filename;
    TokenizeResult tr = tokenize("(" + text + ")", sub);
    if (tr.has_error) fstring_error("f-string: " + tr.error.msg);
    for (auto& t : tr.tokens) {
      if (t.lineno == 1) {
        if (t.col >= 0) t.col += c;
        if (t.end_lineno == 1 && t.end_col >= 0) t.end_col += c;
      }
      if (t.end_lineno == 1 && t.lineno != 1 && t.end_col >= 0) t.end_col += c;
      t.lineno += l - 1;
      t.end_lineno += l - 1;
    }
    Parser sp(std::move(tr.tokens), src_, {});
    sp.rec_ = rec_;
    try {
      return sp.parse_fstring_field();
    } catch (const CompileError& e) {
      if (e.info.msg.rfind("f-string", 0) == 0 || e.info.msg.find("not supported") != std::string::npos) throw;
      fstring_error("f-string: " + e.info.msg);
    }
  }
};

}  // namespace

Module parse_module(const std::string& source, SourceLines& src, bool eval) {
  TokenizeResult tr = tokenize(source, src);
  std::unordered_set<std::string> identifiers;
  for (const Token& t : tr.tokens)
    if (t.type == Tok::Name && !keywords().count(t.text)) identifiers.insert(ident(t));
  Parser p(std::move(tr.tokens), src, std::move(tr.unclosed), tr.has_error ? &tr.error : nullptr);
  Module m = eval ? p.parse_eval() : p.parse_file();
  m.identifiers = std::move(identifiers);
  return m;
}

}  // namespace dp::py
