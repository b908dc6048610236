// Code objects as CPython 3.11 lays them out (Objects/codeobject.c, Include/cpython/code.h):
// the compiler produces them, `dis` prints them, the eager VM runs them and Dynamo's
// InstructionTranslator traces them. Constants are kept as plain data (`Const`) so the
// front end does not depend on the runtime's object model; the VM converts them on load.
#pragma once
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "python/longint.h"

namespace dp::py {

struct CodeObject;

// A compile-time constant (an element of co_consts).
struct Const {
  enum class Kind : uint8_t { None, Ellipsis, Bool, Int, Float, Complex, Str, Bytes, Tuple, FrozenSet, Code };
  Kind kind = Kind::None;
  bool b = false;
  int64_t i = 0;                      // Int that fits in int64
  std::shared_ptr<const BigInt> big;  // Int outside int64 (then `i` is unused)
  double f = 0.0;                     // Float, and the imaginary part of Complex
  double re = 0.0;                    // the real part of Complex (non-zero only when folded)
  std::string s;                      // Str (UTF-8) and Bytes (raw)
  std::vector<Const> items;           // Tuple, FrozenSet (a FrozenSet's in iteration order)
  // FrozenSet: the order its last build inserted the items in. Inserting them in this order into
  // an empty set table gives the same slots, hence the same iteration order (`items`); the
  // runtime builds the set object that way. Empty: insert `items`.
  std::vector<Const> insertion_order;
  std::shared_ptr<const CodeObject> code;  // Code
};

// co_positions() entry for one code unit. -1 means "None" (as CPython prints it).
struct Position {
  int lineno = -1;
  int end_lineno = -1;
  int col_offset = -1;  // UTF-8 byte offsets, as CPython reports them
  int end_col_offset = -1;
};

// One row of the 3.11 exception table (`dis` prints them under "ExceptionTable:").
// Offsets are in bytes, like dis prints them: [start, end) -> target.
struct ExceptionTableEntry {
  int start = 0;
  int end = 0;
  int target = 0;
  int depth = 0;
  bool lasti = false;
};

// Kinds of a "localsplus" slot (Include/internal/pycore_code.h CO_FAST_*).
enum LocalKind : uint8_t { kFastLocal = 0x20, kFastCell = 0x40, kFastFree = 0x80 };

// co_flags bits.
enum CodeFlag : int {
  CO_OPTIMIZED = 0x1,
  CO_NEWLOCALS = 0x2,
  CO_VARARGS = 0x4,
  CO_VARKEYWORDS = 0x8,
  CO_NESTED = 0x10,
  CO_GENERATOR = 0x20,
  CO_NOFREE = 0x40,
  CO_COROUTINE = 0x80,
  CO_ITERABLE_COROUTINE = 0x100,
  CO_ASYNC_GENERATOR = 0x200,
};

struct CodeObject {
  std::string co_name;
  std::string co_qualname;
  std::string co_filename;
  int co_firstlineno = 1;
  int co_argcount = 0;
  int co_posonlyargcount = 0;
  int co_kwonlyargcount = 0;
  int co_flags = 0;
  int co_stacksize = 0;

  // Bytecode: 2 bytes per code unit (opcode, oparg), CACHE units included as zeros,
  // EXTENDED_ARG prefixes included, exactly as CPython 3.11 emits it.
  std::vector<uint8_t> co_code;

  std::vector<Const> co_consts;
  std::vector<std::string> co_names;

  // 3.11 "localsplus": one slot per name; LOAD_FAST/STORE_FAST index the first
  // co_varnames.size() slots, LOAD_DEREF/STORE_DEREF/MAKE_CELL/LOAD_CLOSURE index any slot.
  // Order: co_varnames (arguments first), then cell variables that are not arguments,
  // then free variables. A slot may be both kFastLocal and kFastCell (an argument captured
  // by an inner function).
  std::vector<std::string> localsplusnames;
  std::vector<uint8_t> localspluskinds;

  // Derived views, as CPython exposes them.
  std::vector<std::string> co_varnames;
  std::vector<std::string> co_cellvars;
  std::vector<std::string> co_freevars;

  std::vector<Position> positions;  // one per code unit: positions.size() == co_code.size() / 2
  std::vector<ExceptionTableEntry> exceptiontable;

  // A stable stand-in for the object's memory address in reprs ("<code object f at 0x...>"):
  // assigned from a process-wide counter when the code object is created.
  uint64_t fake_address = 0;

  int nlocalsplus() const { return static_cast<int>(localsplusnames.size()); }
};

// The next `fake_address` (a process-wide counter; the assembler and marshal_loads take from it).
uint64_t next_code_address();

}  // namespace dp::py
