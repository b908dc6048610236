// The control-flow graph the code generator emits into, and the assembler that turns it into
// a CodeObject. Mirrors the second half of CPython 3.11's Python/compile.c: basic blocks with
// pseudo-instructions (SETUP_*, POP_BLOCK, virtual JUMP/POP_JUMP_IF_*), the peephole and CFG
// optimizations (optimize_basic_block, jump threading, dead-block elimination, NOP removal,
// exit-block inlining/duplication), line-number propagation, stack depth, exception table
// labelling, jump direction normalization and EXTENDED_ARG sizing.
#pragma once
#include <memory>
#include <string>
#include <vector>

#include "python/code.h"
#include "python/opcode.h"

namespace dp::py {

// Pseudo opcodes used before assembly (numbers above 255 never reach co_code).
enum PseudoOp : int {
  SETUP_FINALLY = 256,
  SETUP_CLEANUP,
  SETUP_WITH,
  POP_BLOCK,
  JUMP,
  JUMP_NO_INTERRUPT,
  POP_JUMP_IF_FALSE,
  POP_JUMP_IF_TRUE,
  POP_JUMP_IF_NONE,
  POP_JUMP_IF_NOT_NONE,
};

inline constexpr int op(Op o) { return static_cast<int>(o); }

struct Block;

struct Instr {
  int opcode = 0;
  int oparg = 0;
  Position loc;             // lineno -1: no location
  Block* target = nullptr;  // jumps and SETUP_*
  Block* except = nullptr;  // handler, filled by the exception-table labelling
};

struct Block {
  std::vector<Instr> instrs;
  Block* next = nullptr;  // b_next: layout order
  int id = 0;             // creation order
  bool nofallthrough = false, exit = false, visited = false, preserve_lasti = false;
  int predecessors = 0;
  int startdepth = -1;
  int offset = 0;  // in code units
  std::shared_ptr<std::vector<Block*>> exceptstack;
};

// All blocks of one code unit, in creation order (CPython keeps them in the reverse-linked
// u_blocks/b_list list; we iterate this vector backwards where the order matters).
struct CFG {
  std::vector<std::unique_ptr<Block>> blocks;
  Block* entry = nullptr;
  Block* new_block() {
    blocks.push_back(std::make_unique<Block>());
    blocks.back()->id = static_cast<int>(blocks.size()) - 1;
    return blocks.back().get();
  }
};

bool is_jump_op(int opcode);
bool is_block_push_op(int opcode);
bool is_scope_exit_op(int opcode);
bool is_unconditional_jump_op(int opcode);
bool has_arg(int opcode);

// Everything the assembler needs besides the CFG.
struct AssembleInput {
  std::string name, qualname, filename;
  int firstlineno = 0;  // 0: take it from the first instruction
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  int flags = 0;
  bool is_generator = false;
  std::vector<Const> consts;
  std::vector<std::string> names;
  std::vector<std::string> varnames;
  std::vector<std::string> cellvars;  // compiler order (dictbytype: sorted; __class__ first for classes)
  std::vector<std::string> freevars;
};

std::shared_ptr<CodeObject> assemble(CFG& cfg, AssembleInput in);

// Stack effect of an instruction, like CPython 3.11's stack_effect(opcode, oparg, jump)
// (jump: 1 = taking the jump, 0 = falling through, -1 = maximum of both).
int stack_effect(int opcode, int oparg, int jump);

}  // namespace dp::py
