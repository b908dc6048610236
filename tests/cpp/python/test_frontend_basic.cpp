// Basic API tests for the Python front end (compile_module, get_instructions, dis).
#include <gtest/gtest.h>

#include "python/frontend.h"

using namespace dp::py;

TEST(FrontendBasic, CompilesSimpleModule) {
  auto co = compile_module("x = 1\nprint(x + 2)\n", "t.py");
  ASSERT_TRUE(co);
  auto ins = get_instructions(*co);
  ASSERT_FALSE(ins.empty());
  EXPECT_EQ(ins[0].opname, "RESUME");
  EXPECT_EQ(ins.back().opname, "RETURN_VALUE");
}

TEST(FrontendBasic, SyntaxErrorHasLocation) {
  try {
    compile_module("x = (1,\n", "t.py");
    FAIL();
  } catch (const CompileError& e) {
    EXPECT_EQ(e.info.lineno, 1);
    EXPECT_EQ(e.info.msg, "'(' was never closed");
  }
}

TEST(FrontendBasic, InstructionFieldsForTheVm) {
  auto co =
      compile_module("def f(a):\n    for i in a:\n        if i:\n            print(i)\n    return len(a)\n", "t.py");
  const CodeObject* f = nullptr;
  for (auto& c : co->co_consts)
    if (c.kind == Const::Kind::Code) f = c.code.get();
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->co_name, "f");
  EXPECT_EQ(f->co_varnames, (std::vector<std::string>{"a", "i"}));
  EXPECT_EQ(f->positions.size(), f->co_code.size() / 2);
  auto ins = get_instructions(*f);
  bool saw_global = false, saw_for = false;
  for (auto& i : ins) {
    if (i.op == Op::LOAD_GLOBAL && i.argrepr == "NULL + print") {
      saw_global = true;
      EXPECT_EQ(i.arg, (0 << 1) | 1);
    }
    if (i.op == Op::FOR_ITER) {
      saw_for = true;
      EXPECT_GT(i.jump_target, i.offset);
      EXPECT_TRUE(i.is_jump_target);
    }
    if (i.op == Op::JUMP_BACKWARD) EXPECT_LT(i.jump_target, i.offset);
  }
  EXPECT_TRUE(saw_global);
  EXPECT_TRUE(saw_for);
  EXPECT_EQ(ins.front().starts_line, 1);
}

TEST(FrontendBasic, ExtendedArgIsFoldedIntoTheNextInstruction) {
  std::string src = "x = [";
  for (int i = 0; i < 300; ++i) src += "a" + std::to_string(i) + ", ";
  src += "]\n";
  auto co = compile_module(src, "t.py");
  auto ins = get_instructions(*co);
  bool saw_ext = false;
  for (size_t k = 0; k + 1 < ins.size(); ++k)
    if (ins[k].op == Op::EXTENDED_ARG) {
      saw_ext = true;
      EXPECT_GT(ins[k + 1].arg, 255);
    }
  EXPECT_TRUE(saw_ext);
}

TEST(FrontendBasic, CodeObjectsHaveStableFakeAddresses) {
  auto co = compile_module("def f():\n    pass\n", "t.py");
  std::string a = dis_code(*co), b = dis_code(*co);
  EXPECT_EQ(a, b);
  EXPECT_NE(a.find("<code object f at 0x7f"), std::string::npos);
}

// `with (a, b):` is two context managers (python.gram's parenthesized with_item list), while
// `with (a, b) as c:` keeps one tuple-valued manager (issue 17).
TEST(FrontendBasic, ParenthesizedWithItemsAreSeparateManagers) {
  auto count = [](const std::string& src) {
    int n = 0;
    for (auto& i : get_instructions(*compile_module(src, "t.py")))
      if (i.opname == "BEFORE_WITH") ++n;
    return n;
  };
  EXPECT_EQ(count("with (a, b):\n    pass\n"), 2);
  EXPECT_EQ(count("with (a as x, b,):\n    pass\n"), 2);
  EXPECT_EQ(count("with (a, b) as c:\n    pass\n"), 1);
  EXPECT_EQ(count("with (a, b), c:\n    pass\n"), 2);
  EXPECT_EQ(count("with (x for x in y):\n    pass\n"), 1);
  EXPECT_EQ(count("with ():\n    pass\n"), 1);
}

// CPython accepts sequence patterns nested as deep as its 200-parenthesis limit allows; each
// level costs the parser one nesting unit (not two).
TEST(FrontendBasic, DeeplyNestedSequencePatternCompiles) {
  std::string src = "match x:\n    case " + std::string(150, '[') + "a" + std::string(150, ']') + ":\n        pass\n";
  EXPECT_NO_THROW(compile_module(src, "t.py"));
}
