// The symbolic integer algebra against sympy: tests/cpp/fx/sym_print_oracle.txt is written by
// tests/oracle/sym_print.py from real sympy (str(), values at fixed symbol values, the Python guard
// printer); each recipe is rebuilt here with dp::sym's constructors. Plus hand-written cases for
// the canonical forms PyTorch output shows (docs/dynamic-shapes-symbols.md §1–§3).
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "fx/experimental/sym_expr.h"

using namespace dp::sym;

namespace {

const std::map<std::string, int64_t> kValues = {{"s0", 3},  {"s1", 5}, {"s2", 2},  {"s27", 7},
                                                {"s77", 4}, {"s9", 6}, {"u0", -3}, {"u1", 2}};

struct Parser {
  std::vector<std::string> toks;
  size_t pos = 0;
  explicit Parser(const std::string& s) {
    std::string cur;
    for (char c : s) {
      if (c == '(' || c == ')' || c == ' ') {
        if (!cur.empty()) toks.push_back(cur), cur.clear();
        if (c != ' ') toks.push_back(std::string(1, c));
      } else {
        cur += c;
      }
    }
    if (!cur.empty()) toks.push_back(cur);
  }
  Expr leaf(const std::string& t) {
    if (t[0] == 's' || t[0] == 'u') return Symbol(t);
    return Integer(std::stoll(t));
  }
  Expr go() {
    std::string t = toks.at(pos++);
    if (t != "(") return leaf(t);
    std::string op = toks.at(pos++);
    std::vector<Expr> a;
    std::string pow_exp;
    while (toks.at(pos) != ")") {
      if (op == "pow" && a.size() == 1) pow_exp = toks.at(pos++);
      else a.push_back(go());
    }
    ++pos;
    if (op == "add") return Add(a[0], a[1]);
    if (op == "sub") return Sub(a[0], a[1]);
    if (op == "mul") return Mul(a[0], a[1]);
    if (op == "neg") return Neg(a[0]);
    if (op == "pow") return Pow(a[0], std::stoll(pow_exp));
    if (op == "floordiv") return FloorDiv(a[0], a[1]);
    if (op == "mod") return Mod(a[0], a[1]);
    if (op == "max") return Max(a[0], a[1]);
    if (op == "min") return Min(a[0], a[1]);
    if (op == "eq") return Eq(a[0], a[1]);
    if (op == "ne") return Ne(a[0], a[1]);
    if (op == "lt") return Lt(a[0], a[1]);
    if (op == "le") return Le(a[0], a[1]);
    if (op == "gt") return Gt(a[0], a[1]);
    if (op == "ge") return Ge(a[0], a[1]);
    throw std::runtime_error("unknown op " + op);
  }
};

Expr build(const std::string& recipe) { return Parser(recipe).go(); }

std::string guard_name(const std::string& s) { return "L['" + s + "']"; }
int64_t value_of(const std::string& s) { return kValues.at(s); }

struct OracleCase {
  std::string recipe, text, value, guard, replaced;
};

std::vector<OracleCase> load_oracle() {
  // DP_SYM_ORACLE=<file> checks another generated file (tests/oracle/sym_print.py <seed> <n>).
  const char* other = std::getenv("DP_SYM_ORACLE");
  std::ifstream in(other ? std::string(other) : std::string(DP_SOURCE_DIR) + "/tests/cpp/fx/sym_print_oracle.txt");
  std::vector<OracleCase> out;
  std::string line;
  while (std::getline(in, line)) {
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() == 5) out.push_back({cols[0], cols[1], cols[2], cols[3], cols[4]});
  }
  return out;
}

}  // namespace

TEST(SymOracle, FileIsThere) { EXPECT_GE(load_oracle().size(), 2000u); }

// Every case: str() equals sympy's str(), the value equals Python's, the guard printer's text
// equals the PythonPrinter rules applied to sympy's own argument order. Reports every mismatch.
TEST(SymOracle, StrValueAndGuardPrinterMatchSympy) {
  auto cases = load_oracle();
  int bad_str = 0, bad_val = 0, bad_guard = 0;
  for (const auto& c : cases) {
    Expr e;
    try {
      e = build(c.recipe);
    } catch (const std::exception& ex) {
      ADD_FAILURE() << c.recipe << ": threw " << ex.what();
      continue;
    }
    std::string s = str(e);
    if (s != c.text) {
      if (++bad_str <= 40) ADD_FAILURE() << c.recipe << "\n  ours:  " << s << "\n  sympy: " << c.text;
    }
    std::string v;
    try {
      v = std::to_string(evaluate(e, value_of));
    } catch (const std::domain_error&) {
      v = "err";
    }
    // A division by zero hidden in a subexpression that canonicalization removed ((s0//0)*0) is
    // legitimately gone; values must agree whenever Python computed one.
    if (c.value != "err" && v != c.value) {
      if (++bad_val <= 20) ADD_FAILURE() << c.recipe << " value ours " << v << " python " << c.value;
    }
    std::string g = python_str(e, guard_name);
    if (g != c.guard) {
      if (++bad_guard <= 20) ADD_FAILURE() << c.recipe << "\n  ours:  " << g << "\n  want:  " << c.guard;
    }
  }
  EXPECT_EQ(bad_str, 0);
  EXPECT_EQ(bad_val, 0);
  EXPECT_EQ(bad_guard, 0);
}

// Rebuilding through subs() with identity replacements gives the same canonical expression, and
// substituting the symbol values gives the integer value.
TEST(SymOracle, SubsAgreesWithEvaluate) {
  std::map<std::string, Expr> to_ints;
  for (const auto& [k, v] : kValues) to_ints[k] = Integer(v);
  int n = 0;
  for (const auto& c : load_oracle()) {
    if (c.value == "err") continue;
    Expr e = build(c.recipe);
    Expr r = subs(e, to_ints);
    int64_t got;
    bool b;
    if (is_bool(r, &b)) got = b;
    else ASSERT_TRUE(is_integer(r, &got)) << c.recipe << " -> " << str(r);
    EXPECT_EQ(std::to_string(got), c.value) << c.recipe;
    ++n;
  }
  EXPECT_GT(n, 1500);
}

// Column 5: sympy's xreplace({s77: 2*s2, s0: s1 + 1, u1: 3}) rebuilds every node; subs() must
// give the same canonical text (ShapeEnv applies its replacements this way).
TEST(SymOracle, SubsWithExpressionsMatchesXreplace) {
  const std::map<std::string, Expr> repl = {
      {"s77", Mul(Integer(2), Symbol("s2"))}, {"s0", Add(Symbol("s1"), Integer(1))}, {"u1", Integer(3)}};
  int bad = 0;
  for (const auto& c : load_oracle()) {
    Expr e = build(c.recipe);
    std::string got;
    try {
      got = str(subs(e, repl));
    } catch (const std::domain_error&) {
      got = "err";
    }
    if (got != c.replaced && ++bad <= 20)
      ADD_FAILURE() << c.recipe << "\n  ours:  " << got << "\n  sympy: " << c.replaced;
  }
  EXPECT_EQ(bad, 0);
}

// ---- hand-written cases from PyTorch output (dynamic-shapes reference §3.5, §9) ----------------
TEST(SymExpr, CanonicalFormsFromTheHeader) {
  Expr s0 = Symbol("s0");
  EXPECT_EQ(str(Add(s0, s0)), "2*s0");
  EXPECT_EQ(str(Mul(Integer(2), Add(s0, Integer(1)))), "2*s0 + 2");
  bool b;
  ASSERT_TRUE(is_bool(Eq(s0, s0), &b));
  EXPECT_TRUE(b);
  EXPECT_TRUE(same(FloorDiv(Mul(Integer(2), s0), Integer(2)), s0));
}

TEST(SymExpr, PrintsLikePyTorchGraphs) {
  Expr s0 = Symbol("s0"), s1 = Symbol("s1"), s2 = Symbol("s2"), s57 = Symbol("s57"), s75 = Symbol("s75"),
       s96 = Symbol("s96"), s77 = Symbol("s77"), u0 = Symbol("u0");
  EXPECT_EQ(str(Mul(s77, Integer(2))), "2*s77");
  EXPECT_EQ(str(Add(s2, s0)), "s0 + s2");
  EXPECT_EQ(str(Add(s75, s57)), "s57 + s75");  // P10
  EXPECT_EQ(str(Add(s96, s96)), "2*s96");      // P10
  EXPECT_EQ(str(Mul(s1, s0)), "s0*s1");
  EXPECT_EQ(str(Sub(s0, Integer(2))), "s0 - 2");
  EXPECT_EQ(str(Sub(s1, s0)), "-s0 + s1");
  EXPECT_EQ(str(Sub(Integer(2), s0)), "2 - s0");
  EXPECT_EQ(str(FloorDiv(s77, Integer(2))), "(s77//2)");  // P8
  EXPECT_EQ(str(FloorDiv(Mul(s0, s1), Integer(2))), "((s0*s1)//2)");
  // sympy's Add parenthesizes terms of lower precedence (FloorDiv's is 35): PyTorch's own error
  // texts show `(((s1 + 1)//2)) + 1`.
  EXPECT_EQ(str(Add(FloorDiv(Add(s1, Integer(1)), Integer(2)), Integer(1))), "(((s1 + 1)//2)) + 1");
  EXPECT_EQ(str(Mul(Mul(Integer(32), FloorDiv(s0, Integer(2))), FloorDiv(s1, Integer(2)))), "32*((s0//2))*((s1//2))");
  EXPECT_EQ(str(Add(Mul(Symbol("s5"), Symbol("s6")), Integer(9))), "s5*s6 + 9");
  EXPECT_EQ(str(FloorDiv(Add(Mul(Symbol("s5"), Symbol("s6")), Integer(8)), Integer(9))), "((s5*s6 + 8)//9)");
  EXPECT_EQ(str(Mod(s0, Integer(3))), "Mod(s0, 3)");
  EXPECT_EQ(str(Max(s0, Integer(2))), "Max(2, s0)");
  EXPECT_EQ(str(Eq(s77, Integer(3))), "Eq(s77, 3)");
  EXPECT_EQ(str(Ne(s77, Integer(10))), "Ne(s77, 10)");
  EXPECT_EQ(str(Le(s77, Integer(30))), "s77 <= 30");
  EXPECT_EQ(str(Ge(u0, Integer(0))), "u0 >= 0");
  EXPECT_EQ(str(Pow(s0, 2)), "s0**2");
  EXPECT_EQ(str(True()), "True");
}

TEST(SymExpr, GuardPrinterLikePyTorchGuards) {
  auto src = [](const std::string& s) {
    return s == "s77" ? "L['x'].size()[0]" : s == "s68" ? "L['z'].size()[0]" : "L['y'].size()[0]";
  };
  Expr s77 = Symbol("s77"), s68 = Symbol("s68");
  // P11
  EXPECT_EQ(python_str(Eq(s77, Mul(Integer(2), s68)), src), "L['x'].size()[0] == 2*L['z'].size()[0]");
  EXPECT_EQ(python_str(Eq(Mod(Mul(Integer(2), s68), Integer(3)), Integer(0)), src), "((2*L['z'].size()[0]) % 3) == 0");
  EXPECT_EQ(python_str(Le(Integer(2), s68), src), "2 <= L['z'].size()[0]");
  EXPECT_EQ(python_str(FloorDiv(s77, Integer(2)), src), "L['x'].size()[0] // 2");
  EXPECT_EQ(python_str(Ne(s77, Integer(10)), src), "L['x'].size()[0] != 10");
}

TEST(SymExpr, FloorDivAndModRules) {
  Expr s0 = Symbol("s0"), s1 = Symbol("s1"), u0 = Symbol("u0");
  EXPECT_EQ(str(FloorDiv(Add(Mul(Integer(2), s0), Integer(1)), Integer(2))), "s0");
  EXPECT_EQ(str(FloorDiv(FloorDiv(s0, Integer(2)), Integer(3))), "(s0//6)");
  EXPECT_EQ(str(FloorDiv(Mul(Integer(2), s0), Integer(4))), "(s0//2)");
  EXPECT_EQ(str(FloorDiv(Mul(s0, s1), s0)), "s1");
  EXPECT_EQ(str(FloorDiv(Integer(-7), Integer(2))), "-4");
  EXPECT_EQ(str(Mod(Integer(-7), Integer(3))), "2");
  EXPECT_EQ(str(Mod(Mul(Integer(2), s0), Integer(2))), "0");
  EXPECT_EQ(str(Mod(u0, Integer(3))), "PythonMod(u0, 3)");  // u0 may be negative
  EXPECT_EQ(str(Mod(s0, Add(s0, Integer(1)))), "s0");       // p < q, p/q > 0
  EXPECT_THROW(FloorDiv(s0, Integer(0)), std::domain_error);
  EXPECT_THROW(Mod(s0, Integer(0)), std::domain_error);
  EXPECT_THROW(evaluate(FloorDiv(s0, s1), [](const std::string& n) { return n == "s1" ? 0 : 3; }), std::domain_error);
  EXPECT_EQ(evaluate(FloorDiv(u0, Integer(2)), [](const std::string&) { return -3; }), -2);
  EXPECT_EQ(evaluate(Mod(u0, Integer(-2)), [](const std::string&) { return 3; }), -1);
}

TEST(SymExpr, RelationsDecidedBySign) {
  Expr s0 = Symbol("s0"), u0 = Symbol("u0");
  bool b;
  ASSERT_TRUE(is_bool(Eq(s0, Integer(0)), &b));  // sizes are positive
  EXPECT_FALSE(b);
  ASSERT_TRUE(is_bool(Lt(s0, Add(s0, Integer(1))), &b));
  EXPECT_TRUE(b);
  ASSERT_TRUE(is_bool(Ge(s0, Integer(1)), &b));
  EXPECT_TRUE(b);
  EXPECT_FALSE(is_bool(Eq(u0, Integer(0))));
  EXPECT_FALSE(is_bool(Ge(s0, Integer(2))));
  EXPECT_EQ(str(Not(Eq(s0, Integer(3)))), "Ne(s0, 3)");
  EXPECT_EQ(str(Not(Lt(s0, Integer(3)))), "s0 >= 3");
  RelationParts p;
  ASSERT_TRUE(relation_parts(Gt(s0, Integer(5)), &p));
  EXPECT_EQ(p.kind, "Gt");
  EXPECT_EQ(str(p.lhs), "s0");
  EXPECT_EQ(str(p.rhs), "5");
}

TEST(SymExpr, Subs) {
  Expr s97 = Symbol("s97"), s52 = Symbol("s52");
  Expr e = Add(Mul(Integer(2), s97), s52);
  EXPECT_EQ(str(subs(e, {{"s97", s52}})), "3*s52");
  EXPECT_EQ(str(subs(Eq(s97, s52), {{"s97", s52}})), "True");
  EXPECT_EQ(str(subs(FloorDiv(s97, Integer(2)), {{"s97", Integer(9)}})), "4");
  std::set<std::string> fs;
  free_symbols(e, fs);
  EXPECT_EQ(fs, (std::set<std::string>{"s52", "s97"}));
}

TEST(SymExpr, Bounds) {
  auto r = [](const std::string& n) { return n == "s0" ? Range{2, kPosInf} : Range{3, 14}; };
  Expr s0 = Symbol("s0"), s1 = Symbol("s1");
  Range b = bound(Add(s0, s1), r);
  EXPECT_EQ(b.lo, 5);
  EXPECT_EQ(b.hi, kPosInf);
  b = bound(FloorDiv(s1, Integer(2)), r);
  EXPECT_EQ(b.lo, 1);
  EXPECT_EQ(b.hi, 7);
  b = bound(Mul(Integer(-2), s1), r);
  EXPECT_EQ(b.lo, -28);
  EXPECT_EQ(b.hi, -6);
  b = bound(Mod(s0, Integer(3)), r);
  EXPECT_EQ(b.lo, 0);
  EXPECT_EQ(b.hi, 2);
  b = bound(Le(Integer(2), s0), r);
  EXPECT_EQ(b.lo, 1);
  EXPECT_EQ(b.hi, 1);
  b = bound(Lt(s1, Integer(10)), r);
  EXPECT_EQ(b.lo, 0);
  EXPECT_EQ(b.hi, 1);
  EXPECT_EQ(range_str({2, kPosInf}, true), "VR[2, int_oo]");
  EXPECT_EQ(range_str({kNegInf, kPosInf}, false), "[-int_oo, int_oo]");
  EXPECT_EQ(range_str({10, 10}, true), "VR[10, 10]");
}
