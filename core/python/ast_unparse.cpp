// Mirrors CPython 3.11's Python/ast_unparse.c: precedence levels, where parentheses go, the
// operator spellings and the special cases (`1 .real`, `...`, infinities as 1e309, a lone
// generator argument without its own parentheses).
#include "python/ast_unparse.h"

#include <cmath>
#include <stdexcept>

#include "python/frontend.h"

namespace dp::py {
namespace {

enum Prec { PR_TUPLE, PR_TEST, PR_OR, PR_AND, PR_NOT, PR_CMP, PR_EXPR, PR_BOR = PR_EXPR, PR_BXOR, PR_BAND,
            PR_SHIFT, PR_ARITH, PR_TERM, PR_FACTOR, PR_POWER, PR_AWAIT, PR_ATOM };

struct Unparser {
  std::string out;

  void open_if(bool cond) {
    if (cond) out += "(";
  }
  void close_if(bool cond) {
    if (cond) out += ")";
  }

  // repr() of a constant, with an infinite float written 1e309 (_str_replace_inf).
  void constant(const Const& c) {
    if (c.kind == Const::Kind::Ellipsis) {
      out += "...";
      return;
    }
    std::string r = const_repr(c);
    if ((c.kind == Const::Kind::Float && std::isinf(c.f)) ||
        (c.kind == Const::Kind::Complex && (std::isinf(c.f) || std::isinf(c.re)))) {
      std::string fixed;
      for (size_t i = 0; i < r.size();) {
        if (r.compare(i, 3, "inf") == 0) {
          fixed += "1e309";
          i += 3;
        } else {
          fixed += r[i++];
        }
      }
      r = fixed;
    }
    out += r;
  }

  void comprehensions(const std::vector<Comprehension>& gens) {
    for (const auto& g : gens) {
      out += g.is_async ? " async for " : " for ";
      expr(*g.target, PR_TUPLE);
      out += " in ";
      expr(*g.iter, PR_TEST + 1);
      for (const auto& cond : g.ifs) {
        out += " if ";
        expr(*cond, PR_TEST + 1);
      }
    }
  }

  void args(const Arguments& a) {
    bool first = true;
    auto sep = [&] {
      if (!first) out += ", ";
      first = false;
    };
    size_t npos = a.posonlyargs.size() + a.args.size();
    size_t di = 0;  // defaults cover the last len(defaults) positional parameters
    size_t first_default = npos - a.defaults.size();
    for (size_t i = 0; i < npos; ++i) {
      const Arg& p = i < a.posonlyargs.size() ? a.posonlyargs[i] : a.args[i - a.posonlyargs.size()];
      sep();
      out += p.name;
      if (i >= first_default) {
        out += "=";
        expr(*a.defaults[di++], PR_TEST);
      }
      if (!a.posonlyargs.empty() && i + 1 == a.posonlyargs.size()) out += ", /";
    }
    if (a.vararg || !a.kwonlyargs.empty()) {
      sep();
      out += "*";
      if (a.vararg) out += a.vararg->name;
    }
    for (size_t i = 0; i < a.kwonlyargs.size(); ++i) {
      sep();
      out += a.kwonlyargs[i].name;
      if (i < a.kw_defaults.size() && a.kw_defaults[i]) {
        out += "=";
        expr(*a.kw_defaults[i], PR_TEST);
      }
    }
    if (a.kwarg) {
      sep();
      out += "**" + a.kwarg->name;
    }
  }

  void seq(const std::vector<ExprP>& elts, int level) {
    for (size_t i = 0; i < elts.size(); ++i) {
      if (i) out += ", ";
      expr(*elts[i], level);
    }
  }

  void expr(const Expr& e, int level) {
    switch (e.kind) {
      case ExprKind::BoolOp: {
        bool is_and = static_cast<BoolOpKind>(e.op) == BoolOpKind::And;
        int pr = is_and ? PR_AND : PR_OR;
        open_if(level > pr);
        for (size_t i = 0; i < e.values.size(); ++i) {
          if (i) out += is_and ? " and " : " or ";
          expr(*e.values[i], pr + 1);
        }
        close_if(level > pr);
        return;
      }
      case ExprKind::BinOp: {
        const char* op = "";
        int pr = PR_ARITH;
        switch (static_cast<BinOpKind>(e.op)) {
          case BinOpKind::Add: op = " + "; pr = PR_ARITH; break;
          case BinOpKind::Sub: op = " - "; pr = PR_ARITH; break;
          case BinOpKind::Mult: op = " * "; pr = PR_TERM; break;
          case BinOpKind::MatMult: op = " @ "; pr = PR_TERM; break;
          case BinOpKind::Div: op = " / "; pr = PR_TERM; break;
          case BinOpKind::Mod: op = " % "; pr = PR_TERM; break;
          case BinOpKind::LShift: op = " << "; pr = PR_SHIFT; break;
          case BinOpKind::RShift: op = " >> "; pr = PR_SHIFT; break;
          case BinOpKind::BitOr: op = " | "; pr = PR_BOR; break;
          case BinOpKind::BitXor: op = " ^ "; pr = PR_BXOR; break;
          case BinOpKind::BitAnd: op = " & "; pr = PR_BAND; break;
          case BinOpKind::FloorDiv: op = " // "; pr = PR_TERM; break;
          case BinOpKind::Pow: op = " ** "; pr = PR_POWER; break;
        }
        int rassoc = static_cast<BinOpKind>(e.op) == BinOpKind::Pow ? 1 : 0;
        open_if(level > pr);
        expr(*e.a, pr + rassoc);
        out += op;
        expr(*e.b, pr + !rassoc);
        close_if(level > pr);
        return;
      }
      case ExprKind::UnaryOp: {
        const char* op = "";
        int pr = PR_FACTOR;
        switch (static_cast<UnaryOpKind>(e.op)) {
          case UnaryOpKind::Invert: op = "~"; break;
          case UnaryOpKind::Not: op = "not "; pr = PR_NOT; break;
          case UnaryOpKind::UAdd: op = "+"; break;
          case UnaryOpKind::USub: op = "-"; break;
        }
        open_if(level > pr);
        out += op;
        expr(*e.a, pr);
        close_if(level > pr);
        return;
      }
      case ExprKind::Lambda: {
        open_if(level > PR_TEST);
        const Arguments& a = *e.args;
        bool any = !a.posonlyargs.empty() || !a.args.empty() || a.vararg || !a.kwonlyargs.empty() || a.kwarg;
        out += any ? "lambda " : "lambda";
        args(a);
        out += ": ";
        expr(*e.a, PR_TEST);
        close_if(level > PR_TEST);
        return;
      }
      case ExprKind::IfExp:
        open_if(level > PR_TEST);
        expr(*e.b, PR_TEST + 1);
        out += " if ";
        expr(*e.a, PR_TEST + 1);
        out += " else ";
        expr(*e.c, PR_TEST);
        close_if(level > PR_TEST);
        return;
      case ExprKind::Dict:
        out += "{";
        for (size_t i = 0; i < e.values.size(); ++i) {
          if (i) out += ", ";
          if (i < e.elts.size() && e.elts[i]) {
            expr(*e.elts[i], PR_TEST);
            out += ": ";
            expr(*e.values[i], PR_TEST);
          } else {
            out += "**";
            expr(*e.values[i], PR_EXPR);
          }
        }
        out += "}";
        return;
      case ExprKind::Set:
        out += "{";
        seq(e.elts, PR_TEST);
        out += "}";
        return;
      case ExprKind::ListComp:
        out += "[";
        expr(*e.a, PR_TEST);
        comprehensions(e.generators);
        out += "]";
        return;
      case ExprKind::SetComp:
        out += "{";
        expr(*e.a, PR_TEST);
        comprehensions(e.generators);
        out += "}";
        return;
      case ExprKind::DictComp:
        out += "{";
        expr(*e.a, PR_TEST);
        out += ": ";
        expr(*e.b, PR_TEST);
        comprehensions(e.generators);
        out += "}";
        return;
      case ExprKind::GeneratorExp:
        out += "(";
        expr(*e.a, PR_TEST);
        comprehensions(e.generators);
        out += ")";
        return;
      case ExprKind::Compare: {
        static const char* const kOps[] = {" < ", " <= ", " == ", " != ", " > ", " >= ", " is ", " is not ", " in ",
                                           " not in "};
        open_if(level > PR_CMP);
        expr(*e.a, PR_CMP + 1);
        for (size_t i = 0; i < e.ops.size(); ++i) {
          out += kOps[static_cast<int>(e.ops[i])];
          expr(*e.elts[i], PR_CMP + 1);
        }
        close_if(level > PR_CMP);
        return;
      }
      case ExprKind::Call: {
        expr(*e.a, PR_ATOM);
        if (e.elts.size() == 1 && e.keywords.empty() && e.elts[0]->kind == ExprKind::GeneratorExp) {
          expr(*e.elts[0], PR_TEST);  // the generator's own parentheses
          return;
        }
        out += "(";
        bool first = true;
        for (const auto& arg : e.elts) {
          if (!first) out += ", ";
          first = false;
          expr(*arg, PR_TEST);
        }
        for (const auto& kw : e.keywords) {
          if (!first) out += ", ";
          first = false;
          if (kw.arg.empty()) out += "**";
          else out += kw.arg + "=";
          expr(*kw.value, PR_TEST);
        }
        out += ")";
        return;
      }
      case ExprKind::Constant: constant(e.value); return;
      case ExprKind::JoinedStr:
      case ExprKind::FormattedValue:
        throw std::runtime_error("an f-string in an annotation under `from __future__ import annotations`");
      case ExprKind::Attribute:
        expr(*e.a, PR_ATOM);
        // An int needs a space before the dot to stay an int: `1 .real`.
        out += (e.a->kind == ExprKind::Constant && e.a->value.kind == Const::Kind::Int) ? " ." : ".";
        out += e.id;
        return;
      case ExprKind::Subscript:
        expr(*e.a, PR_ATOM);
        out += "[";
        expr(*e.b, PR_TUPLE);
        out += "]";
        return;
      case ExprKind::Starred:
        out += "*";
        expr(*e.a, PR_EXPR);
        return;
      case ExprKind::Name: out += e.id; return;
      case ExprKind::List:
        out += "[";
        seq(e.elts, PR_TEST);
        out += "]";
        return;
      case ExprKind::Tuple:
        if (e.elts.empty()) {
          out += "()";
          return;
        }
        open_if(level > PR_TUPLE);
        seq(e.elts, PR_TEST);
        if (e.elts.size() == 1) out += ",";
        close_if(level > PR_TUPLE);
        return;
      case ExprKind::Slice:
        if (e.a) expr(*e.a, PR_TEST);
        out += ":";
        if (e.b) expr(*e.b, PR_TEST);
        if (e.c) {
          out += ":";
          expr(*e.c, PR_TEST);
        }
        return;
      case ExprKind::NamedExpr:
        open_if(level > PR_TUPLE);
        expr(*e.a, PR_ATOM);
        out += " := ";
        expr(*e.b, PR_ATOM);
        close_if(level > PR_TUPLE);
        return;
      case ExprKind::Yield:
        if (!e.a) {
          out += "(yield)";
          return;
        }
        out += "(yield ";
        expr(*e.a, PR_TEST);
        out += ")";
        return;
      case ExprKind::YieldFrom:
        out += "(yield from ";
        expr(*e.a, PR_TEST);
        out += ")";
        return;
      case ExprKind::Await:
        open_if(level > PR_AWAIT);
        out += "await ";
        expr(*e.a, PR_ATOM);
        close_if(level > PR_AWAIT);
        return;
    }
  }
};

}  // namespace

std::string unparse_annotation(const Expr& e) {
  Unparser u;
  u.expr(e, PR_TEST);
  return u.out;
}

}  // namespace dp::py
