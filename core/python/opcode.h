// The CPython 3.11 opcode table: the single source of truth for opcode names, numbers,
// inline-cache counts and whether the argument is a relative jump. Mirrors CPython 3.11's
// Lib/opcode.py (`opmap`, `_inline_cache_entries`, `hasjrel`); the facts were read from
// `python3.11 -c "import opcode"`. Everything (compiler, dis, eager VM, Dynamo's
// InstructionTranslator) includes this table rather than restating it.
#pragma once
#include <cstdint>
#include <string_view>

namespace dp::py {

// X(name, number, inline cache entries, argument is a relative jump)
#define DP_PY_OPCODES(X)                      \
  X(CACHE, 0, 0, 0)                           \
  X(POP_TOP, 1, 0, 0)                         \
  X(PUSH_NULL, 2, 0, 0)                       \
  X(NOP, 9, 0, 0)                             \
  X(UNARY_POSITIVE, 10, 0, 0)                 \
  X(UNARY_NEGATIVE, 11, 0, 0)                 \
  X(UNARY_NOT, 12, 0, 0)                      \
  X(UNARY_INVERT, 15, 0, 0)                   \
  X(BINARY_SUBSCR, 25, 4, 0)                  \
  X(GET_LEN, 30, 0, 0)                        \
  X(MATCH_MAPPING, 31, 0, 0)                  \
  X(MATCH_SEQUENCE, 32, 0, 0)                 \
  X(MATCH_KEYS, 33, 0, 0)                     \
  X(PUSH_EXC_INFO, 35, 0, 0)                  \
  X(CHECK_EXC_MATCH, 36, 0, 0)                \
  X(CHECK_EG_MATCH, 37, 0, 0)                 \
  X(WITH_EXCEPT_START, 49, 0, 0)              \
  X(GET_AITER, 50, 0, 0)                      \
  X(GET_ANEXT, 51, 0, 0)                      \
  X(BEFORE_ASYNC_WITH, 52, 0, 0)              \
  X(BEFORE_WITH, 53, 0, 0)                    \
  X(END_ASYNC_FOR, 54, 0, 0)                  \
  X(STORE_SUBSCR, 60, 1, 0)                   \
  X(DELETE_SUBSCR, 61, 0, 0)                  \
  X(GET_ITER, 68, 0, 0)                       \
  X(GET_YIELD_FROM_ITER, 69, 0, 0)            \
  X(PRINT_EXPR, 70, 0, 0)                     \
  X(LOAD_BUILD_CLASS, 71, 0, 0)               \
  X(LOAD_ASSERTION_ERROR, 74, 0, 0)           \
  X(RETURN_GENERATOR, 75, 0, 0)               \
  X(LIST_TO_TUPLE, 82, 0, 0)                  \
  X(RETURN_VALUE, 83, 0, 0)                   \
  X(IMPORT_STAR, 84, 0, 0)                    \
  X(SETUP_ANNOTATIONS, 85, 0, 0)              \
  X(YIELD_VALUE, 86, 0, 0)                    \
  X(ASYNC_GEN_WRAP, 87, 0, 0)                 \
  X(PREP_RERAISE_STAR, 88, 0, 0)              \
  X(POP_EXCEPT, 89, 0, 0)                     \
  X(STORE_NAME, 90, 0, 0)                     \
  X(DELETE_NAME, 91, 0, 0)                    \
  X(UNPACK_SEQUENCE, 92, 1, 0)                \
  X(FOR_ITER, 93, 0, 1)                       \
  X(UNPACK_EX, 94, 0, 0)                      \
  X(STORE_ATTR, 95, 4, 0)                     \
  X(DELETE_ATTR, 96, 0, 0)                    \
  X(STORE_GLOBAL, 97, 0, 0)                   \
  X(DELETE_GLOBAL, 98, 0, 0)                  \
  X(SWAP, 99, 0, 0)                           \
  X(LOAD_CONST, 100, 0, 0)                    \
  X(LOAD_NAME, 101, 0, 0)                     \
  X(BUILD_TUPLE, 102, 0, 0)                   \
  X(BUILD_LIST, 103, 0, 0)                    \
  X(BUILD_SET, 104, 0, 0)                     \
  X(BUILD_MAP, 105, 0, 0)                     \
  X(LOAD_ATTR, 106, 4, 0)                     \
  X(COMPARE_OP, 107, 2, 0)                    \
  X(IMPORT_NAME, 108, 0, 0)                   \
  X(IMPORT_FROM, 109, 0, 0)                   \
  X(JUMP_FORWARD, 110, 0, 1)                  \
  X(JUMP_IF_FALSE_OR_POP, 111, 0, 1)          \
  X(JUMP_IF_TRUE_OR_POP, 112, 0, 1)           \
  X(POP_JUMP_FORWARD_IF_FALSE, 114, 0, 1)     \
  X(POP_JUMP_FORWARD_IF_TRUE, 115, 0, 1)      \
  X(LOAD_GLOBAL, 116, 5, 0)                   \
  X(IS_OP, 117, 0, 0)                         \
  X(CONTAINS_OP, 118, 0, 0)                   \
  X(RERAISE, 119, 0, 0)                       \
  X(COPY, 120, 0, 0)                          \
  X(BINARY_OP, 122, 1, 0)                     \
  X(SEND, 123, 0, 1)                          \
  X(LOAD_FAST, 124, 0, 0)                     \
  X(STORE_FAST, 125, 0, 0)                    \
  X(DELETE_FAST, 126, 0, 0)                   \
  X(POP_JUMP_FORWARD_IF_NOT_NONE, 128, 0, 1)  \
  X(POP_JUMP_FORWARD_IF_NONE, 129, 0, 1)      \
  X(RAISE_VARARGS, 130, 0, 0)                 \
  X(GET_AWAITABLE, 131, 0, 0)                 \
  X(MAKE_FUNCTION, 132, 0, 0)                 \
  X(BUILD_SLICE, 133, 0, 0)                   \
  X(JUMP_BACKWARD_NO_INTERRUPT, 134, 0, 1)    \
  X(MAKE_CELL, 135, 0, 0)                     \
  X(LOAD_CLOSURE, 136, 0, 0)                  \
  X(LOAD_DEREF, 137, 0, 0)                    \
  X(STORE_DEREF, 138, 0, 0)                   \
  X(DELETE_DEREF, 139, 0, 0)                  \
  X(JUMP_BACKWARD, 140, 0, 1)                 \
  X(CALL_FUNCTION_EX, 142, 0, 0)              \
  X(EXTENDED_ARG, 144, 0, 0)                  \
  X(LIST_APPEND, 145, 0, 0)                   \
  X(SET_ADD, 146, 0, 0)                       \
  X(MAP_ADD, 147, 0, 0)                       \
  X(LOAD_CLASSDEREF, 148, 0, 0)               \
  X(COPY_FREE_VARS, 149, 0, 0)                \
  X(RESUME, 151, 0, 0)                        \
  X(MATCH_CLASS, 152, 0, 0)                   \
  X(FORMAT_VALUE, 155, 0, 0)                  \
  X(BUILD_CONST_KEY_MAP, 156, 0, 0)           \
  X(BUILD_STRING, 157, 0, 0)                  \
  X(LOAD_METHOD, 160, 10, 0)                  \
  X(LIST_EXTEND, 162, 0, 0)                   \
  X(SET_UPDATE, 163, 0, 0)                    \
  X(DICT_MERGE, 164, 0, 0)                    \
  X(DICT_UPDATE, 165, 0, 0)                   \
  X(PRECALL, 166, 1, 0)                       \
  X(CALL, 171, 4, 0)                          \
  X(KW_NAMES, 172, 0, 0)                      \
  X(POP_JUMP_BACKWARD_IF_NOT_NONE, 173, 0, 1) \
  X(POP_JUMP_BACKWARD_IF_NONE, 174, 0, 1)     \
  X(POP_JUMP_BACKWARD_IF_FALSE, 175, 0, 1)    \
  X(POP_JUMP_BACKWARD_IF_TRUE, 176, 0, 1)

enum class Op : uint8_t {
#define DP_OP_ENUM(name, num, caches, jrel) name = num,
  DP_PY_OPCODES(DP_OP_ENUM)
#undef DP_OP_ENUM
};

constexpr int kHaveArgument = 90;  // opcodes >= this take an argument

// Per-number facts, filled from the table above.
struct OpInfo {
  const char* name;  // nullptr for unassigned numbers
  uint8_t caches;    // inline CACHE code units that follow the instruction
  bool jrel;         // argument is a relative jump distance
};

const OpInfo& op_info(uint8_t num);
inline const char* op_name(Op op) { return op_info(static_cast<uint8_t>(op)).name; }
inline int op_caches(Op op) { return op_info(static_cast<uint8_t>(op)).caches; }

// opcode.haslocal + opcode.hasfree of CPython 3.11: the argument is an index into localsplus.
inline bool uses_localsplus(Op op) {
  switch (op) {
    case Op::LOAD_FAST:
    case Op::STORE_FAST:
    case Op::DELETE_FAST:
    case Op::LOAD_DEREF:
    case Op::STORE_DEREF:
    case Op::DELETE_DEREF:
    case Op::LOAD_CLOSURE:
    case Op::MAKE_CELL:
    case Op::LOAD_CLASSDEREF: return true;
    default: return false;
  }
}

}  // namespace dp::py
