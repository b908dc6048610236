// Lookup table over DP_PY_OPCODES (see opcode.h).
#include "python/opcode.h"

#include <array>

namespace dp::py {

namespace {
std::array<OpInfo, 256> build_table() {
  std::array<OpInfo, 256> t{};
#define DP_OP_ROW(name, num, caches, jrel) t[num] = OpInfo{#name, caches, jrel != 0};
  DP_PY_OPCODES(DP_OP_ROW)
#undef DP_OP_ROW
  return t;
}
}  // namespace

const OpInfo& op_info(uint8_t num) {
  static const std::array<OpInfo, 256> table = build_table();
  return table[num];
}

}  // namespace dp::py
