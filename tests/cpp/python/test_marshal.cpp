// marshal_dumps / marshal_loads (core/python/marshal.h): every code object of the prelude, of the
// front-end corpus and of CPython-style edge cases comes back field for field, and malformed
// bytes are refused with MarshalError instead of being read past their end.
#include <gtest/gtest.h>

#include <cstring>
#include <filesystem>
#include <fstream>

#include "python/consts.h"
#include "python/frontend.h"
#include "python/marshal.h"
#include "python/opcode.h"

using namespace dp::py;
namespace fs = std::filesystem;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// The first field where a and b differ ("" when equal), as a path like "f/consts[3]/items[0]".
std::string diff_const(const Const& a, const Const& b, const std::string& at);

std::string diff_code(const CodeObject& a, const CodeObject& b, const std::string& at) {
  auto p = at + "/" + a.co_qualname;
#define DP_SAME(field) \
  if (!(a.field == b.field)) return p + ": " #field;
  DP_SAME(co_name)
  DP_SAME(co_qualname)
  DP_SAME(co_filename)
  DP_SAME(co_firstlineno)
  DP_SAME(co_argcount)
  DP_SAME(co_posonlyargcount)
  DP_SAME(co_kwonlyargcount)
  DP_SAME(co_flags)
  DP_SAME(co_stacksize)
  DP_SAME(co_code)
  DP_SAME(co_names)
  DP_SAME(localsplusnames)
  DP_SAME(localspluskinds)
  DP_SAME(co_varnames)
  DP_SAME(co_cellvars)
  DP_SAME(co_freevars)
#undef DP_SAME
  if (a.positions.size() != b.positions.size()) return p + ": positions size";
  for (size_t i = 0; i < a.positions.size(); ++i) {
    auto &x = a.positions[i], &y = b.positions[i];
    if (x.lineno != y.lineno || x.end_lineno != y.end_lineno || x.col_offset != y.col_offset ||
        x.end_col_offset != y.end_col_offset)
      return p + ": positions[" + std::to_string(i) + "]";
  }
  if (a.exceptiontable.size() != b.exceptiontable.size()) return p + ": exceptiontable size";
  for (size_t i = 0; i < a.exceptiontable.size(); ++i) {
    auto &x = a.exceptiontable[i], &y = b.exceptiontable[i];
    if (x.start != y.start || x.end != y.end || x.target != y.target || x.depth != y.depth || x.lasti != y.lasti)
      return p + ": exceptiontable[" + std::to_string(i) + "]";
  }
  if (a.co_consts.size() != b.co_consts.size()) return p + ": consts size";
  for (size_t i = 0; i < a.co_consts.size(); ++i) {
    auto d = diff_const(a.co_consts[i], b.co_consts[i], p + "/consts[" + std::to_string(i) + "]");
    if (!d.empty()) return d;
  }
  return "";
}

std::string diff_items(const std::vector<Const>& a, const std::vector<Const>& b, const std::string& at) {
  if (a.size() != b.size()) return at + ": size";
  for (size_t i = 0; i < a.size(); ++i) {
    auto d = diff_const(a[i], b[i], at + "[" + std::to_string(i) + "]");
    if (!d.empty()) return d;
  }
  return "";
}

std::string diff_const(const Const& a, const Const& b, const std::string& at) {
  using K = Const::Kind;
  if (a.kind != b.kind) return at + ": kind";
  switch (a.kind) {
    case K::Code: return diff_code(*a.code, *b.code, at);
    case K::Tuple:
    case K::FrozenSet: {
      auto d = diff_items(a.items, b.items, at + "/items");
      // A frozenset comes back in the order a .pyc's would be built in (marshal.h).
      std::vector<Const> order = a.kind == K::FrozenSet ? pyc_insertion_order(a) : a.insertion_order;
      return d.empty() ? diff_items(order, b.insertion_order, at + "/insertion_order") : d;
    }
    case K::Float:
    case K::Complex:
      // Bit patterns: -0.0 and NaN payloads must survive.
      if (std::memcmp(&a.f, &b.f, 8) || std::memcmp(&a.re, &b.re, 8)) return at + ": float bits";
      return "";
    case K::Int:
      if (bool(a.big) != bool(b.big)) return at + ": big";
      if (a.big ? !(*a.big == *b.big) : a.i != b.i) return at + ": int value";
      return "";
    default:
      if (a.b != b.b || a.s != b.s) return at + ": value";
      return "";
  }
}

void check_roundtrip(const std::string& source, const std::string& filename) {
  std::shared_ptr<const CodeObject> code;
  try {
    code = compile_module(source, filename);
  } catch (const CompileError&) {
    return;  // syntax-error programs have no code object
  }
  // Without the source (every string written out) and with it (strings found in the source
  // written as offsets into it), as dp_freeze does.
  for (std::string_view src : {std::string_view(), std::string_view(source)}) {
    std::string bytes = marshal_dumps(*code, src);
    auto back = marshal_loads(bytes, src);
    EXPECT_EQ(diff_code(*code, *back, filename), "");
    EXPECT_EQ(marshal_dumps(*back, src), bytes) << filename;
    EXPECT_NE(back->fake_address, code->fake_address) << "a loaded code object is a new object";
  }
}

TEST(Marshal, PreludeRoundTrips) {
  int n = 0;
  for (auto& e : fs::recursive_directory_iterator(std::string(DP_SOURCE_DIR) + "/core/prelude"))
    if (e.path().extension() == ".py") {
      check_roundtrip(read(e.path()), e.path().string());
      ++n;
    }
  EXPECT_GT(n, 50);
}

TEST(Marshal, FrontendCorpusRoundTrips) {
  int n = 0;
  for (auto& e : fs::recursive_directory_iterator(std::string(DP_SOURCE_DIR) + "/tests/corpus"))
    if (e.path().extension() == ".py") {
      check_roundtrip(read(e.path()), e.path().string());
      ++n;
    }
  EXPECT_GT(n, 50);
}

// CPython 3.11's marshal sorts a set's elements by their marshal bytes; a .pyc's set constant is
// built by inserting them in that order. Expected orders from
// `PYTHONHASHSEED=0 python3 -c 'print(marshal.loads(marshal.dumps(frozenset(ITEMS))))'` (CPython 3.11).
TEST(Marshal, FrozensetsComeBackInThePycOrder) {
  struct Case {
    const char* literal;
    std::vector<std::string> order;  // reprs of the pyc insertion order's elements
  };
  // marshal's order: the type byte (False, None, True, then with FLAG_REF: interned str 'Z',
  // float 'g', int 'i', long 'l', bytes 's', non-interned str 'z'), then the payload (ints little-endian).
  std::vector<Case> cases = {
      {"{'zeros', 'reflect', 'replicate', 'circular'}", {"'zeros'", "'reflect'", "'circular'", "'replicate'"}},
      {"{1, 256, -1, 2}", {"256", "1", "2", "-1"}},
      {"{'a b', 'ab', 1.5, 3, None, True, b'x', 2**40}", {"None", "True", "'ab'", "1.5", "3", "1099511627776", "b'x'", "'a b'"}},
  };
  for (const Case& c : cases) {
    auto code = compile_module(std::string("v = x in ") + c.literal + "\n", "pyc.py");
    const Const* set = nullptr;
    for (const Const& k : code->co_consts)
      if (k.kind == Const::Kind::FrozenSet) set = &k;
    ASSERT_NE(set, nullptr) << c.literal;
    std::vector<Const> order = pyc_insertion_order(*set);
    std::vector<std::string> got;
    for (const Const& e : order) got.push_back(const_repr(e));
    EXPECT_EQ(got, c.order) << c.literal;
  }
}

TEST(Marshal, EdgeConstants) {
  check_roundtrip(
      "a = (-0.0, float('nan'), 1e308, 5e-324, 1+2j, -3j, 2**200, -(2**70), 0x7fffffffffffffff, -2**63)\n"
      "b = x in {1, 2, 'a', 'b', 1.5, None}\nc = b'\\x00\\xff', '\\u00e9\\U0001f600', ..., True, False\n"
      "def f(p, /, q, *a, r=1, **k):\n  def g():\n    nonlocal p\n    p = q\n  try:\n    return g\n"
      "  except* ValueError:\n    pass\n  finally:\n    del a\n"
      "async def h():\n  async with x as y:\n    await y\n",
      "edge.py");
}

// CACHE units (and the arguments of opcodes that take none) are left out of the bytes only when
// they are zero: a specialized (non-zero) cache, which the compiler never writes, still comes
// back as it was, and so do positions that differ between an instruction and its caches.
TEST(Marshal, NonZeroCachesAndTheirPositionsSurvive) {
  auto code = compile_module("def f(x):\n    return x.a.b(len(x))\n", "c.py");
  auto f = std::make_shared<CodeObject>(*code->co_consts[0].code);
  int changed = 0;
  for (size_t k = 0; k + 1 < f->co_code.size(); k += 2)
    if (op_info(f->co_code[k]).caches) {
      f->co_code[k + 2] = 0x5a;                       // the first CACHE unit
      f->positions[k / 2 + 1].end_col_offset += 100;  // its position differs
      ++changed;
      break;
    }
  ASSERT_EQ(changed, 1);
  std::string bytes = marshal_dumps(*f);
  auto back = marshal_loads(bytes);
  EXPECT_EQ(diff_code(*f, *back, "c.py"), "");
  // Only the positions differ: the caches are zero and left out, the runs are not per instruction.
  auto g = std::make_shared<CodeObject>(*code->co_consts[0].code);
  for (size_t k = 0; k + 1 < g->co_code.size(); k += 2)
    if (op_info(g->co_code[k]).caches) {
      g->positions[k / 2 + 1].lineno += 1;
      break;
    }
  EXPECT_EQ(diff_code(*g, *marshal_loads(marshal_dumps(*g)), "c.py"), "");
  // An argument on an opcode that takes none (below HAVE_ARGUMENT) is kept too.
  auto h = std::make_shared<CodeObject>(*code->co_consts[0].code);
  ASSERT_EQ(h->co_code[h->co_code.size() - 2], static_cast<uint8_t>(Op::RETURN_VALUE));
  h->co_code.back() = 7;
  EXPECT_EQ(diff_code(*h, *marshal_loads(marshal_dumps(*h)), "c.py"), "");
}

// co_varnames / co_cellvars / co_freevars are left out when they are the localsplus names of
// each kind; when they are not (the compiler never does that), they are written and kept.
TEST(Marshal, VarnamesThatAreNotTheLocalsplusOnesSurvive) {
  auto code = compile_module("def f(a, b):\n    def g():\n        return a\n    c = b\n    return g\n", "v.py");
  auto f = std::make_shared<CodeObject>(*code->co_consts[0].code);
  ASSERT_FALSE(f->co_cellvars.empty());
  EXPECT_EQ(diff_code(*f, *marshal_loads(marshal_dumps(*f)), "v.py"), "");
  for (auto edit : {0, 1, 2}) {
    auto g = std::make_shared<CodeObject>(*f);
    if (edit == 0) std::swap(g->co_varnames[0], g->co_varnames[1]);
    if (edit == 1) g->co_cellvars.push_back("extra");
    if (edit == 2) g->co_freevars.push_back("extra");
    auto back = marshal_loads(marshal_dumps(*g));
    EXPECT_EQ(diff_code(*g, *back, "v.py"), "") << edit;
  }
}

// co_qualname is written as a form ("name", "outer.name", "outer.<locals>.name") when it is one;
// any other qualified name is written out and kept.
TEST(Marshal, QualnamesOfAnyFormSurvive) {
  auto code =
      compile_module("class C:\n  def m(self):\n    def g():\n      return [x for x in self]\n    return g\n", "q.py");
  EXPECT_EQ(diff_code(*code, *marshal_loads(marshal_dumps(*code)), "q.py"), "");
  auto body = std::make_shared<CodeObject>(*code->co_consts[0].code);  // the class body
  ASSERT_EQ(body->co_qualname, "C");
  body->co_qualname = "Renamed";  // its methods' qualified names no longer follow from it
  EXPECT_EQ(diff_code(*body, *marshal_loads(marshal_dumps(*body)), "q.py"), "");
}

// A blob written with a source needs that source back: without it (or with a shorter one) the
// offsets point nowhere and loading refuses.
TEST(Marshal, SourceSlicesNeedTheirSource) {
  std::string src = "def function_name(argument_one):\n    return 'a long string constant'\n";
  auto code = compile_module(src, "s.py");
  std::string bytes = marshal_dumps(*code, src);
  EXPECT_LT(bytes.size(), marshal_dumps(*code).size());
  EXPECT_EQ(diff_code(*code, *marshal_loads(bytes, src), "s.py"), "");
  EXPECT_THROW(marshal_loads(bytes), MarshalError);
  EXPECT_THROW(marshal_loads(bytes, src.substr(0, 20)), MarshalError);
}

TEST(Marshal, MalformedBytesAreRefused) {
  std::string src = "def f(x):\n    return (x, 'abc', 2**100, 1.5, x.attribute_name)\n";
  auto code = compile_module(src, "m.py");
  std::string bytes = marshal_dumps(*code, src);
  EXPECT_NO_THROW(marshal_loads(bytes, src));
  EXPECT_THROW(marshal_loads(""), MarshalError);
  EXPECT_THROW(marshal_loads("XXXX" + bytes.substr(4)), MarshalError);
  for (size_t cut = 0; cut < bytes.size(); ++cut) EXPECT_THROW(marshal_loads(bytes.substr(0, cut), src), MarshalError);
  EXPECT_THROW(marshal_loads(bytes + "x", src), MarshalError);
  // Flipped bytes never read out of bounds (ASan builds check it): each either loads or throws.
  for (size_t i = 4; i < bytes.size(); ++i)
    for (uint8_t v : {uint8_t(0x00), uint8_t(0x7f), uint8_t(0xff)}) {
      std::string b = bytes;
      b[i] = static_cast<char>(v);
      try {
        marshal_loads(b, src);
      } catch (const MarshalError&) {
      }
    }
}

}  // namespace
