// The translator's dispatch table covers the opcode table: every opcode of core/python/opcode.h
// (so every opcode the compiler can emit) has a method of InstructionTranslatorBase or an explicit
// "unsupported" entry (the "Missing bytecode handler" graph break). An opcode added to the table
// without that decision fails here, as does one the compiler emits for a program of the repository.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "dynamo/symbolic_convert.h"
#include "python/frontend.h"
#include "python/opcode.h"

namespace {

namespace fs = std::filesystem;
using dp::dynamo::OpcodeSupport;
using dp::dynamo::opcode_support;

TEST(OpcodeDispatch, EveryOpcodeHasAMethodOrIsExplicitlyUnsupported) {
  int handled = 0;
#define DP_CHECK(name, num, caches, jrel)                                                     \
  EXPECT_NE(opcode_support(dp::py::Op::name), OpcodeSupport::None)                            \
      << #name " has neither a method of InstructionTranslatorBase nor an unsupported entry"; \
  handled += opcode_support(dp::py::Op::name) == OpcodeSupport::Handler;
  DP_PY_OPCODES(DP_CHECK)
#undef DP_CHECK
  EXPECT_GE(handled, 60);
}

void collect(const dp::py::CodeObject& c, std::set<std::string>& seen, std::set<dp::py::Op>& ops) {
  for (const auto& in : dp::py::get_instructions(c)) {
    ops.insert(in.op);
    seen.insert(in.opname);
  }
  for (const auto& k : c.co_consts)
    if (k.kind == dp::py::Const::Kind::Code && k.code) collect(*k.code, seen, ops);
}

TEST(OpcodeDispatch, EveryOpcodeTheCompilerEmitsForTheRepositorysProgramsIsCovered) {
  std::set<std::string> seen;
  std::set<dp::py::Op> ops;
  size_t programs = 0;
  for (const char* dir : {"web/examples", "tests/golden", "tests/corpus"}) {
    for (const auto& e : fs::recursive_directory_iterator(fs::path(DP_SOURCE_DIR) / dir)) {
      if (e.path().extension() != ".py") continue;
      std::ifstream f(e.path(), std::ios::binary);
      std::stringstream s;
      s << f.rdbuf();
      try {
        collect(*dp::py::compile_module(s.str(), e.path().filename().string()), seen, ops);
        ++programs;
      } catch (const dp::py::CompileError&) {  // the syntax-error corpus
      }
    }
  }
  EXPECT_GT(programs, 200u);
  EXPECT_GT(seen.size(), 60u);
  for (dp::py::Op op : ops) EXPECT_NE(opcode_support(op), OpcodeSupport::None) << dp::py::op_name(op);
}

}  // namespace
