// CFG optimization and assembly; mirrors the assembler half of CPython 3.11's
// Python/compile.c (normalize_basic_block, extend_block, insert_prefix_instructions,
// fix_cell_offsets, optimize_cfg/optimize_basic_block, duplicate_exits_without_lineno,
// trim_unused_consts, propagate_line_numbers, stackdepth, label_exception_targets,
// normalize_jumps, assemble_jump_offsets, the location table and the exception table).
#include "python/flowgraph.h"

#include <algorithm>
#include <atomic>
#include <climits>
#include <unordered_map>

#include "python/consts.h"

namespace dp::py {

namespace {

constexpr int kMaxCopySize = 4;

bool is_virtual_jump(int o) {
  return o == JUMP || o == JUMP_NO_INTERRUPT || o == POP_JUMP_IF_FALSE || o == POP_JUMP_IF_TRUE ||
         o == POP_JUMP_IF_NONE || o == POP_JUMP_IF_NOT_NONE;
}

}  // namespace

bool is_jump_op(int o) {
  if (o >= 256) return is_virtual_jump(o);
  return op_info(static_cast<uint8_t>(o)).jrel;
}
bool is_block_push_op(int o) { return o == SETUP_FINALLY || o == SETUP_CLEANUP || o == SETUP_WITH; }
bool is_scope_exit_op(int o) { return o == op(Op::RETURN_VALUE) || o == op(Op::RAISE_VARARGS) || o == op(Op::RERAISE); }
bool is_unconditional_jump_op(int o) {
  return o == JUMP || o == JUMP_NO_INTERRUPT || o == op(Op::JUMP_FORWARD) || o == op(Op::JUMP_BACKWARD) ||
         o == op(Op::JUMP_BACKWARD_NO_INTERRUPT);
}
bool has_arg(int o) { return o >= 256 || o >= kHaveArgument; }

int stack_effect(int opcode, int oparg, int jump) {
  auto both = [&](int j, int nj) { return jump > 0 ? j : jump == 0 ? nj : std::max(j, nj); };
  switch (opcode) {
    case SETUP_FINALLY: return both(1, 0);
    case SETUP_CLEANUP: return both(2, 0);
    case SETUP_WITH: return both(1, 0);
    case POP_BLOCK: return 0;
    case JUMP:
    case JUMP_NO_INTERRUPT: return 0;
    case POP_JUMP_IF_FALSE:
    case POP_JUMP_IF_TRUE:
    case POP_JUMP_IF_NONE:
    case POP_JUMP_IF_NOT_NONE: return -1;
    default: break;
  }
  switch (static_cast<Op>(opcode)) {
    case Op::NOP:
    case Op::EXTENDED_ARG:
    case Op::RESUME:
    case Op::CACHE: return 0;
    case Op::POP_TOP: return -1;
    case Op::SWAP: return 0;
    case Op::UNARY_POSITIVE:
    case Op::UNARY_NEGATIVE:
    case Op::UNARY_NOT:
    case Op::UNARY_INVERT: return 0;
    case Op::SET_ADD:
    case Op::LIST_APPEND: return -1;
    case Op::MAP_ADD: return -2;
    case Op::BINARY_SUBSCR: return -1;
    case Op::STORE_SUBSCR: return -3;
    case Op::DELETE_SUBSCR: return -2;
    case Op::GET_ITER: return 0;
    case Op::PRINT_EXPR: return -1;
    case Op::LOAD_BUILD_CLASS: return 1;
    case Op::RETURN_VALUE: return -1;
    case Op::IMPORT_STAR: return -1;
    case Op::SETUP_ANNOTATIONS: return 0;
    case Op::ASYNC_GEN_WRAP:
    case Op::YIELD_VALUE: return 0;
    case Op::POP_EXCEPT: return -1;
    case Op::STORE_NAME: return -1;
    case Op::DELETE_NAME: return 0;
    case Op::UNPACK_SEQUENCE: return oparg - 1;
    case Op::UNPACK_EX: return (oparg & 0xFF) + (oparg >> 8);
    case Op::FOR_ITER: return both(-1, 1);
    case Op::SEND: return both(-1, 0);
    case Op::STORE_ATTR: return -2;
    case Op::DELETE_ATTR: return -1;
    case Op::STORE_GLOBAL: return -1;
    case Op::DELETE_GLOBAL: return 0;
    case Op::LOAD_CONST: return 1;
    case Op::LOAD_NAME: return 1;
    case Op::BUILD_TUPLE:
    case Op::BUILD_LIST:
    case Op::BUILD_SET:
    case Op::BUILD_STRING: return 1 - oparg;
    case Op::BUILD_MAP: return 1 - 2 * oparg;
    case Op::BUILD_CONST_KEY_MAP: return -oparg;
    case Op::LOAD_ATTR: return 0;
    case Op::COMPARE_OP:
    case Op::IS_OP:
    case Op::CONTAINS_OP: return -1;
    case Op::CHECK_EXC_MATCH:
    case Op::CHECK_EG_MATCH: return 0;
    case Op::IMPORT_NAME: return -1;
    case Op::IMPORT_FROM: return 1;
    case Op::JUMP_FORWARD:
    case Op::JUMP_BACKWARD:
    case Op::JUMP_BACKWARD_NO_INTERRUPT: return 0;
    case Op::JUMP_IF_TRUE_OR_POP:
    case Op::JUMP_IF_FALSE_OR_POP: return both(0, -1);
    case Op::POP_JUMP_FORWARD_IF_FALSE:
    case Op::POP_JUMP_FORWARD_IF_TRUE:
    case Op::POP_JUMP_FORWARD_IF_NONE:
    case Op::POP_JUMP_FORWARD_IF_NOT_NONE:
    case Op::POP_JUMP_BACKWARD_IF_FALSE:
    case Op::POP_JUMP_BACKWARD_IF_TRUE:
    case Op::POP_JUMP_BACKWARD_IF_NONE:
    case Op::POP_JUMP_BACKWARD_IF_NOT_NONE: return -1;
    case Op::LOAD_GLOBAL: return (oparg & 1) + 1;
    case Op::PREP_RERAISE_STAR: return -1;
    case Op::RERAISE: return -1;
    case Op::PUSH_EXC_INFO: return 1;
    case Op::WITH_EXCEPT_START: return 1;
    case Op::LOAD_FAST: return 1;
    case Op::STORE_FAST: return -1;
    case Op::DELETE_FAST: return 0;
    case Op::RETURN_GENERATOR: return 0;
    case Op::RAISE_VARARGS: return -oparg;
    case Op::PRECALL: return -oparg;
    case Op::KW_NAMES: return 0;
    case Op::CALL: return -1;
    case Op::CALL_FUNCTION_EX: return -2 - ((oparg & 1) != 0);
    case Op::MAKE_FUNCTION: return -((oparg & 1) != 0) - ((oparg & 2) != 0) - ((oparg & 4) != 0) - ((oparg & 8) != 0);
    case Op::BUILD_SLICE: return oparg == 3 ? -2 : -1;
    case Op::MAKE_CELL:
    case Op::COPY_FREE_VARS: return 0;
    case Op::LOAD_CLOSURE: return 1;
    case Op::LOAD_DEREF:
    case Op::LOAD_CLASSDEREF: return 1;
    case Op::STORE_DEREF: return -1;
    case Op::DELETE_DEREF: return 0;
    case Op::GET_AWAITABLE: return 0;
    case Op::BEFORE_ASYNC_WITH:
    case Op::BEFORE_WITH: return 1;
    case Op::GET_AITER: return 0;
    case Op::GET_ANEXT: return 1;
    case Op::GET_YIELD_FROM_ITER: return 0;
    case Op::END_ASYNC_FOR: return -2;
    case Op::FORMAT_VALUE: return (oparg & 0x4) ? -1 : 0;
    case Op::LOAD_METHOD: return 1;
    case Op::LOAD_ASSERTION_ERROR: return 1;
    case Op::LIST_TO_TUPLE: return 0;
    case Op::LIST_EXTEND:
    case Op::SET_UPDATE:
    case Op::DICT_MERGE:
    case Op::DICT_UPDATE: return -1;
    case Op::MATCH_CLASS: return -2;
    case Op::GET_LEN:
    case Op::MATCH_MAPPING:
    case Op::MATCH_SEQUENCE:
    case Op::MATCH_KEYS: return 1;
    case Op::COPY:
    case Op::PUSH_NULL: return 1;
    case Op::BINARY_OP: return -1;
    default: return 0;
  }
}

namespace {

// ---- block predicates ------------------------------------------------------------------
Instr* last_instr(Block* b) { return b->instrs.empty() ? nullptr : &b->instrs.back(); }
bool nofallthrough(Block* b) {
  Instr* l = last_instr(b);
  return l && (is_scope_exit_op(l->opcode) || is_unconditional_jump_op(l->opcode));
}
bool exits_scope(Block* b) {
  Instr* l = last_instr(b);
  return l && is_scope_exit_op(l->opcode);
}
bool is_jump(const Instr& i) { return is_jump_op(i.opcode); }
bool is_block_push(const Instr& i) { return is_block_push_op(i.opcode); }
void copy_loc(const Instr& from, Instr& to) { to.loc = from.loc; }

Block* skip_empty(Block* b) {
  while (b && b->instrs.empty() && b->next) b = b->next;
  return b;
}

// ---- early passes -------------------------------------------------------------------------
void normalize_basic_block(Block* b) {
  for (auto& in : b->instrs)
    if (is_jump(in)) {
      while (in.target->instrs.empty() && in.target->next) in.target = in.target->next;
    }
}

void extend_block(Block* b) {
  Instr* last = last_instr(b);
  if (!last) return;
  if (last->opcode != JUMP && last->opcode != op(Op::JUMP_FORWARD) && last->opcode != op(Op::JUMP_BACKWARD)) return;
  Block* t = last->target;
  if (exits_scope(t) && static_cast<int>(t->instrs.size()) <= kMaxCopySize) {
    // copy only blocks without line number (like implicit 'return None's)
    for (auto& in : t->instrs)
      if (in.loc.lineno >= 0) return;
    last->opcode = op(Op::NOP);
    std::vector<Instr> copy = t->instrs;
    b->instrs.insert(b->instrs.end(), copy.begin(), copy.end());
  }
}

// ---- peephole --------------------------------------------------------------------------
struct ConstTable {
  std::vector<Const>& consts;
  std::unordered_map<std::string, int> index;
  explicit ConstTable(std::vector<Const>& c) : consts(c) {
    for (size_t i = 0; i < c.size(); ++i) index.emplace(const_key(c[i]), static_cast<int>(i));
  }
  int add(const Const& c) {
    std::string k = const_key(c);
    auto it = index.find(k);
    if (it != index.end()) return it->second;
    consts.push_back(c);
    index.emplace(k, static_cast<int>(consts.size()) - 1);
    return static_cast<int>(consts.size()) - 1;
  }
};

bool const_truthy_local(const Const& c) {
  switch (c.kind) {
    case Const::Kind::None: return false;
    case Const::Kind::Bool: return c.b;
    case Const::Kind::Int: return c.big || c.i != 0;
    case Const::Kind::Float:
    case Const::Kind::Complex: return c.f != 0.0 || c.re != 0.0;
    case Const::Kind::Str:
    case Const::Kind::Bytes: return !c.s.empty();
    case Const::Kind::Tuple:
    case Const::Kind::FrozenSet: return !c.items.empty();
    default: return true;
  }
}

void fold_tuple_on_constants(std::vector<Instr>& ins, size_t at, int n, ConstTable& ct) {
  for (int i = 0; i < n; ++i)
    if (ins[at - n + i].opcode != op(Op::LOAD_CONST)) return;
  Const t;
  t.kind = Const::Kind::Tuple;
  for (int i = 0; i < n; ++i) t.items.push_back(ct.consts[ins[at - n + i].oparg]);
  int idx = ct.add(t);
  for (int i = 0; i < n; ++i) ins[at - n + i].opcode = op(Op::NOP);
  ins[at].opcode = op(Op::LOAD_CONST);
  ins[at].oparg = idx;
}

int jump_thread(Instr& inst, const Instr& target, int opcode) {
  if (inst.loc.lineno == target.loc.lineno && inst.target != target.target) {
    inst.target = target.target;
    inst.opcode = opcode;
    return 1;
  }
  return 0;
}

bool swappable(int o) { return o == op(Op::STORE_FAST) || o == op(Op::POP_TOP); }

int next_swappable(Block* b, int i, int lineno) {
  while (++i < static_cast<int>(b->instrs.size())) {
    Instr& in = b->instrs[i];
    if (lineno >= 0 && in.loc.lineno != lineno) return -1;
    if (in.opcode == op(Op::NOP)) continue;
    if (swappable(in.opcode)) return i;
    return -1;
  }
  return -1;
}

void apply_static_swaps(Block* b, int i) {
  for (; i >= 0; --i) {
    Instr& swap = b->instrs[i];
    if (swap.opcode != op(Op::SWAP)) {
      if (swap.opcode == op(Op::NOP) || swappable(swap.opcode)) continue;
      return;
    }
    int j = next_swappable(b, i, -1);
    if (j < 0) return;
    int k = j;
    int lineno = b->instrs[j].loc.lineno;
    for (int count = swap.oparg - 1; count > 0; --count) {
      k = next_swappable(b, k, lineno);
      if (k < 0) return;
    }
    swap.opcode = op(Op::NOP);
    std::swap(b->instrs[j], b->instrs[k]);
  }
}

void swaptimize(Block* b, int& ix) {
  Instr* ins = &b->instrs[ix];
  int depth = ins[0].oparg;
  int len = 0;
  bool more = false;
  int limit = static_cast<int>(b->instrs.size()) - ix;
  while (++len < limit) {
    int o = ins[len].opcode;
    if (o == op(Op::SWAP)) {
      depth = std::max(depth, ins[len].oparg);
      more = true;
    } else if (o != op(Op::NOP)) {
      break;
    }
  }
  if (!more) return;
  std::vector<int> stack(depth);
  for (int i = 0; i < depth; ++i) stack[i] = i;
  for (int i = 0; i < len; ++i) {
    if (ins[i].opcode == op(Op::SWAP)) {
      int oparg = ins[i].oparg;
      std::swap(stack[0], stack[oparg - 1]);
    }
  }
  constexpr int kVisited = -1;
  int current = len - 1;
  for (int i = 0; i < depth; ++i) {
    if (stack[i] == kVisited || stack[i] == i) continue;
    int j = i;
    while (true) {
      if (j) {
        ins[current].opcode = op(Op::SWAP);
        ins[current--].oparg = j + 1;
      }
      if (stack[j] == kVisited) break;
      int next_j = stack[j];
      stack[j] = kVisited;
      j = next_j;
    }
  }
  while (current >= 0) ins[current--].opcode = op(Op::NOP);
  ix += len - 1;
}

void optimize_basic_block(Block* bb, ConstTable& ct) {
  Instr nop;
  nop.opcode = op(Op::NOP);
  for (int i = 0; i < static_cast<int>(bb->instrs.size()); ++i) {
    Instr* inst = &bb->instrs[i];
    int oparg = inst->oparg;
    int n = static_cast<int>(bb->instrs.size());
    int nextop = i + 1 < n ? bb->instrs[i + 1].opcode : 0;
    Instr* target = &nop;
    if (is_jump(*inst) || is_block_push(*inst)) {
      while (inst->target->instrs.empty()) inst->target = inst->target->next;
      target = &inst->target->instrs[0];
    }
    int o = inst->opcode;
    if (o == op(Op::LOAD_CONST)) {
      if (nextop == POP_JUMP_IF_FALSE || nextop == POP_JUMP_IF_TRUE) {
        bool is_true = const_truthy_local(ct.consts[oparg]);
        inst->opcode = op(Op::NOP);
        bool jump_if_true = nextop == POP_JUMP_IF_TRUE;
        bb->instrs[i + 1].opcode = (is_true == jump_if_true) ? JUMP : op(Op::NOP);
      } else if (nextop == op(Op::JUMP_IF_FALSE_OR_POP) || nextop == op(Op::JUMP_IF_TRUE_OR_POP)) {
        bool is_true = const_truthy_local(ct.consts[oparg]);
        bool jump_if_true = nextop == op(Op::JUMP_IF_TRUE_OR_POP);
        if (is_true == jump_if_true) {
          bb->instrs[i + 1].opcode = JUMP;
        } else {
          inst->opcode = op(Op::NOP);
          bb->instrs[i + 1].opcode = op(Op::NOP);
        }
      } else if (nextop == op(Op::IS_OP)) {
        int jump_op = i + 2 < n ? bb->instrs[i + 2].opcode : 0;
        if (ct.consts[oparg].kind == Const::Kind::None &&
            (jump_op == POP_JUMP_IF_FALSE || jump_op == POP_JUMP_IF_TRUE)) {
          int nextarg = bb->instrs[i + 1].oparg;
          inst->opcode = op(Op::NOP);
          bb->instrs[i + 1].opcode = op(Op::NOP);
          bb->instrs[i + 2].opcode =
              (nextarg ^ (jump_op == POP_JUMP_IF_FALSE)) ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
        }
      }
      continue;
    }
    if (o == op(Op::BUILD_TUPLE)) {
      if (nextop == op(Op::UNPACK_SEQUENCE) && oparg == bb->instrs[i + 1].oparg) {
        if (oparg == 1) {
          inst->opcode = op(Op::NOP);
          bb->instrs[i + 1].opcode = op(Op::NOP);
          continue;
        }
        if (oparg == 2 || oparg == 3) {
          inst->opcode = op(Op::NOP);
          bb->instrs[i + 1].opcode = op(Op::SWAP);
          continue;
        }
      }
      if (i >= oparg) fold_tuple_on_constants(bb->instrs, i, oparg, ct);
      continue;
    }
    if (o == op(Op::JUMP_IF_FALSE_OR_POP) || o == op(Op::JUMP_IF_TRUE_OR_POP)) {
      bool is_false = o == op(Op::JUMP_IF_FALSE_OR_POP);
      int same_pop = is_false ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
      int same_or = o;
      int opp_or = is_false ? op(Op::JUMP_IF_TRUE_OR_POP) : op(Op::JUMP_IF_FALSE_OR_POP);
      int opp_pop = is_false ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE;
      int t = target->opcode;
      if (t == same_pop) {
        i -= jump_thread(*inst, *target, same_pop);
      } else if (t == JUMP || t == same_or) {
        i -= jump_thread(*inst, *target, same_or);
      } else if (t == opp_or || t == opp_pop) {
        if (inst->loc.lineno == target->loc.lineno) {
          inst->opcode = same_pop;
          inst->target = inst->target->next;
          --i;
        }
      }
      continue;
    }
    if (o == POP_JUMP_IF_NOT_NONE || o == POP_JUMP_IF_NONE || o == POP_JUMP_IF_FALSE || o == POP_JUMP_IF_TRUE ||
        o == JUMP) {
      if (target->opcode == JUMP) i -= jump_thread(*inst, *target, o);
      continue;
    }
    if (o == op(Op::SWAP)) {
      if (oparg == 1) {
        inst->opcode = op(Op::NOP);
        continue;
      }
      swaptimize(bb, i);
      apply_static_swaps(bb, i);
      continue;
    }
    if (o == op(Op::PUSH_NULL)) {
      if (nextop == op(Op::LOAD_GLOBAL) && (bb->instrs[i + 1].oparg & 1) == 0) {
        inst->opcode = op(Op::NOP);
        inst->oparg = 0;
        bb->instrs[i + 1].oparg |= 1;
      }
      continue;
    }
  }
}

void clean_basic_block(Block* bb) {
  std::vector<Instr>& v = bb->instrs;
  size_t dest = 0;
  int prev_lineno = -1;
  for (size_t src = 0; src < v.size(); ++src) {
    int lineno = v[src].loc.lineno;
    if (v[src].opcode == op(Op::NOP)) {
      if (lineno < 0) continue;
      if (prev_lineno == lineno) continue;
      if (src < v.size() - 1) {
        int next_lineno = v[src + 1].loc.lineno;
        if (next_lineno == lineno) continue;
        if (next_lineno < 0) {
          copy_loc(v[src], v[src + 1]);
          continue;
        }
      } else {
        Block* next = bb->next;
        while (next && next->instrs.empty()) next = next->next;
        if (next && lineno == next->instrs[0].loc.lineno) continue;
      }
    }
    if (dest != src) v[dest] = v[src];
    ++dest;
    prev_lineno = lineno;
  }
  v.resize(dest);
}

void mark_reachable(Block* entry, int nblocks) {
  std::vector<Block*> stack;
  stack.reserve(nblocks);
  entry->predecessors = 1;
  stack.push_back(entry);
  while (!stack.empty()) {
    Block* b = stack.back();
    stack.pop_back();
    b->visited = true;
    if (b->next && !nofallthrough(b)) {
      if (!b->next->visited) stack.push_back(b->next);
      b->next->predecessors++;
    }
    for (auto& in : b->instrs) {
      if (is_jump(in) || is_block_push(in)) {
        Block* t = in.target;
        if (!t->visited) stack.push_back(t);
        t->predecessors++;
      }
    }
  }
}

void eliminate_empty_basic_blocks(Block* entry) {
  for (Block* b = entry; b; b = b->next) {
    Block* next = b->next;
    if (next) {
      while (next->instrs.empty() && next->next) next = next->next;
      b->next = next;
    }
  }
  for (Block* b = entry; b; b = b->next) {
    if (b->instrs.empty()) continue;
    for (auto& in : b->instrs) {
      if (is_jump(in) || is_block_push(in)) {
        Block* t = in.target;
        while (t->instrs.empty()) t = t->next;
        in.target = t;
      }
    }
  }
}

void optimize_cfg(CFG& cfg, ConstTable& ct) {
  for (Block* b = cfg.entry; b; b = b->next) {
    optimize_basic_block(b, ct);
    clean_basic_block(b);
  }
  for (auto it = cfg.blocks.rbegin(); it != cfg.blocks.rend(); ++it) extend_block(it->get());
  for (auto& b : cfg.blocks) {
    b->visited = false;
    b->predecessors = 0;
  }
  mark_reachable(cfg.entry, static_cast<int>(cfg.blocks.size()));
  for (Block* b = cfg.entry; b; b = b->next)
    if (b->predecessors == 0) b->instrs.clear();
  eliminate_empty_basic_blocks(cfg.entry);
  for (Block* b = cfg.entry; b; b = b->next) clean_basic_block(b);
  bool maybe_empty = false;
  for (Block* b = cfg.entry; b; b = b->next) {
    Instr* last = last_instr(b);
    if (last && (last->opcode == JUMP || last->opcode == JUMP_NO_INTERRUPT) && last->target == b->next) {
      last->opcode = op(Op::NOP);
      maybe_empty = true;
    }
  }
  if (maybe_empty) eliminate_empty_basic_blocks(cfg.entry);
}

bool is_exit_without_lineno(Block* b) {
  if (!exits_scope(b)) return false;
  for (auto& in : b->instrs)
    if (in.loc.lineno >= 0) return false;
  return true;
}

void duplicate_exits_without_lineno(CFG& cfg) {
  size_t nblocks = cfg.blocks.size();
  for (size_t k = nblocks; k-- > 0;) {
    Block* b = cfg.blocks[k].get();
    Instr* last = last_instr(b);
    if (last && is_jump(*last)) {
      Block* target = last->target;
      if (is_exit_without_lineno(target) && target->predecessors > 1) {
        Block* nb = cfg.new_block();
        nb->instrs = target->instrs;
        copy_loc(*last, nb->instrs[0]);
        last->target = nb;
        target->predecessors--;
        nb->predecessors = 1;
        nb->next = target->next;
        target->next = nb;
      }
    }
  }
  for (size_t k = cfg.blocks.size(); k-- > 0;) {
    Block* b = cfg.blocks[k].get();
    while (b->next && b->next->instrs.empty()) b->next = b->next->next;
  }
  for (size_t k = cfg.blocks.size(); k-- > 0;) {
    Block* b = cfg.blocks[k].get();
    if (!nofallthrough(b) && b->next && !b->instrs.empty()) {
      if (is_exit_without_lineno(b->next)) copy_loc(b->instrs.back(), b->next->instrs[0]);
    }
  }
}

void trim_unused_consts(Block* entry, std::vector<Const>& consts) {
  int max_index = 0;
  for (Block* b = entry; b; b = b->next)
    for (auto& in : b->instrs)
      if ((in.opcode == op(Op::LOAD_CONST) || in.opcode == op(Op::KW_NAMES)) && in.oparg > max_index)
        max_index = in.oparg;
  if (max_index + 1 < static_cast<int>(consts.size())) consts.resize(max_index + 1);
}

void propagate_line_numbers(Block* entry) {
  for (Block* b = entry; b; b = b->next) {
    if (b->instrs.empty()) continue;
    Instr prev;
    prev.loc = Position{};
    for (auto& in : b->instrs) {
      if (in.loc.lineno < 0) in.loc = prev.loc;
      else prev.loc = in.loc;
    }
    if (!nofallthrough(b) && b->next && b->next->predecessors == 1) {
      if (!b->next->instrs.empty() && b->next->instrs[0].loc.lineno < 0) b->next->instrs[0].loc = prev.loc;
    }
    Instr& last = b->instrs.back();
    if (is_jump(last)) {
      Block* t = last.target;
      if (t->predecessors == 1 && t->instrs[0].loc.lineno < 0) t->instrs[0].loc = prev.loc;
    }
  }
}

void guarantee_lineno_for_exits(Block* entry, int firstlineno) {
  int lineno = firstlineno;
  for (Block* b = entry; b; b = b->next) {
    if (b->instrs.empty()) continue;
    Instr& last = b->instrs.back();
    if (last.loc.lineno < 0) {
      if (last.opcode == op(Op::RETURN_VALUE))
        for (auto& in : b->instrs) in.loc.lineno = lineno;
    } else {
      lineno = last.loc.lineno;
    }
  }
}

int stackdepth(CFG& cfg, bool generator) {
  for (auto& b : cfg.blocks) b->startdepth = INT_MIN;
  std::vector<Block*> stack;
  int maxdepth = 0;
  auto push = [&](Block* b, int depth) {
    if (b->startdepth < depth && b->startdepth < 100) {
      b->startdepth = depth;
      stack.push_back(b);
    }
  };
  push(cfg.entry, generator ? 1 : 0);
  while (!stack.empty()) {
    Block* b = stack.back();
    stack.pop_back();
    int depth = b->startdepth;
    Block* next = b->next;
    for (auto& in : b->instrs) {
      int effect = stack_effect(in.opcode, in.oparg, 0);
      int new_depth = depth + effect;
      if (new_depth > maxdepth) maxdepth = new_depth;
      if (is_jump(in) || is_block_push(in)) {
        int target_depth = depth + stack_effect(in.opcode, in.oparg, 1);
        if (target_depth > maxdepth) maxdepth = target_depth;
        push(in.target, target_depth);
      }
      depth = new_depth;
      int o = in.opcode;
      if (o == JUMP_NO_INTERRUPT || o == JUMP || o == op(Op::RETURN_VALUE) || o == op(Op::RAISE_VARARGS) ||
          o == op(Op::RERAISE)) {
        next = nullptr;
        break;
      }
    }
    if (next) push(next, depth);
  }
  return maxdepth;
}

void label_exception_targets(Block* entry) {
  for (Block* b = entry; b; b = b->next) {
    b->visited = false;
    b->exceptstack.reset();
  }
  std::vector<Block*> todo;
  entry->visited = true;
  entry->exceptstack = std::make_shared<std::vector<Block*>>();
  todo.push_back(entry);
  while (!todo.empty()) {
    Block* b = todo.back();
    todo.pop_back();
    std::shared_ptr<std::vector<Block*>> es = b->exceptstack;
    b->exceptstack.reset();
    Block* handler = es->empty() ? nullptr : es->back();
    for (auto& in : b->instrs) {
      if (is_block_push(in)) {
        if (!in.target->visited) {
          in.target->exceptstack = std::make_shared<std::vector<Block*>>(*es);
          in.target->visited = true;
          todo.push_back(in.target);
        }
        if (in.opcode == SETUP_CLEANUP || in.opcode == SETUP_WITH) in.target->preserve_lasti = true;
        es->push_back(in.target);
        handler = in.target;
      } else if (in.opcode == POP_BLOCK) {
        if (!es->empty()) es->pop_back();
        handler = es->empty() ? nullptr : es->back();
      } else if (is_jump(in)) {
        in.except = handler;
        if (!in.target->visited) {
          if (!nofallthrough(b)) {
            in.target->exceptstack = std::make_shared<std::vector<Block*>>(*es);
          } else {
            in.target->exceptstack = es;
            es = nullptr;
          }
          in.target->visited = true;
          todo.push_back(in.target);
        }
      } else {
        in.except = handler;
      }
    }
    if (!nofallthrough(b) && b->next && !b->next->visited) {
      b->next->exceptstack = es;
      b->next->visited = true;
      todo.push_back(b->next);
    }
  }
}

void convert_exception_handlers_to_nops(Block* entry) {
  for (Block* b = entry; b; b = b->next)
    for (auto& in : b->instrs)
      if (is_block_push(in) || in.opcode == POP_BLOCK) in.opcode = op(Op::NOP);
}

void normalize_jumps(Block* entry) {
  for (Block* b = entry; b; b = b->next) b->visited = false;
  for (Block* b = entry; b; b = b->next) {
    b->visited = true;
    Instr* last = last_instr(b);
    if (!last || !is_jump(*last)) continue;
    bool fwd = !last->target->visited;
    switch (last->opcode) {
      case JUMP: last->opcode = fwd ? op(Op::JUMP_FORWARD) : op(Op::JUMP_BACKWARD); break;
      case JUMP_NO_INTERRUPT: last->opcode = fwd ? op(Op::JUMP_FORWARD) : op(Op::JUMP_BACKWARD_NO_INTERRUPT); break;
      case POP_JUMP_IF_NOT_NONE:
        last->opcode = fwd ? op(Op::POP_JUMP_FORWARD_IF_NOT_NONE) : op(Op::POP_JUMP_BACKWARD_IF_NOT_NONE);
        break;
      case POP_JUMP_IF_NONE:
        last->opcode = fwd ? op(Op::POP_JUMP_FORWARD_IF_NONE) : op(Op::POP_JUMP_BACKWARD_IF_NONE);
        break;
      case POP_JUMP_IF_FALSE:
        last->opcode = fwd ? op(Op::POP_JUMP_FORWARD_IF_FALSE) : op(Op::POP_JUMP_BACKWARD_IF_FALSE);
        break;
      case POP_JUMP_IF_TRUE:
        last->opcode = fwd ? op(Op::POP_JUMP_FORWARD_IF_TRUE) : op(Op::POP_JUMP_BACKWARD_IF_TRUE);
        break;
      default: break;
    }
  }
}

int extended_args(int oparg) {
  unsigned u = static_cast<unsigned>(oparg);
  return u > 0xffffff ? 3 : u > 0xffff ? 2 : u > 0xff ? 1 : 0;
}
int instr_size(const Instr& in) {
  return extended_args(in.oparg) + 1 + op_info(static_cast<uint8_t>(in.opcode)).caches;
}

bool is_backward(int o) {
  return o == op(Op::JUMP_BACKWARD) || o == op(Op::JUMP_BACKWARD_NO_INTERRUPT) ||
         o == op(Op::POP_JUMP_BACKWARD_IF_NONE) || o == op(Op::POP_JUMP_BACKWARD_IF_NOT_NONE) ||
         o == op(Op::POP_JUMP_BACKWARD_IF_FALSE) || o == op(Op::POP_JUMP_BACKWARD_IF_TRUE);
}

void assemble_jump_offsets(Block* entry) {
  bool again;
  do {
    int total = 0;
    for (Block* b = entry; b; b = b->next) {
      b->offset = total;
      for (auto& in : b->instrs) total += instr_size(in);
    }
    again = false;
    for (Block* b = entry; b; b = b->next) {
      int pos = b->offset;
      for (auto& in : b->instrs) {
        int isize = instr_size(in);
        pos += isize;
        if (is_jump(in)) {
          int t = in.target->offset;
          in.oparg = is_backward(in.opcode) ? pos - t : t - pos;
          if (instr_size(in) != isize) again = true;
        }
      }
    }
  } while (again);
}

std::atomic<uint64_t> g_next_address{0x7f0000001000ULL};

}  // namespace

uint64_t next_code_address() { return g_next_address.fetch_add(0x100); }

std::shared_ptr<CodeObject> assemble(CFG& cfg, AssembleInput in) {
  // Early passes (the compiler guarantees the trailing return).
  for (auto it = cfg.blocks.rbegin(); it != cfg.blocks.rend(); ++it) normalize_basic_block(it->get());
  for (auto it = cfg.blocks.rbegin(); it != cfg.blocks.rend(); ++it) extend_block(it->get());

  int nlocals = static_cast<int>(in.varnames.size());
  int ncells = static_cast<int>(in.cellvars.size());
  int nfrees = static_cast<int>(in.freevars.size());
  std::vector<int> fixed(ncells + nfrees);
  for (int i = 0; i < ncells + nfrees; ++i) fixed[i] = nlocals + i;
  for (int i = 0; i < ncells; ++i) {
    auto it = std::find(in.varnames.begin(), in.varnames.end(), in.cellvars[i]);
    if (it != in.varnames.end()) fixed[i] = static_cast<int>(it - in.varnames.begin());
  }

  Block* entry = cfg.entry;
  if (!in.firstlineno) {
    in.firstlineno = (!entry->instrs.empty() && entry->instrs[0].loc.lineno > 0) ? entry->instrs[0].loc.lineno : 1;
  }

  // insert_prefix_instructions
  {
    std::vector<Instr> prefix;
    auto mk = [](int opcode, int oparg, Position loc) {
      Instr i;
      i.opcode = opcode;
      i.oparg = oparg;
      i.loc = loc;
      return i;
    };
    if (nfrees) prefix.push_back(mk(op(Op::COPY_FREE_VARS), nfrees, Position{}));
    if (ncells) {
      std::vector<int> sorted(nlocals + ncells, 0);
      for (int i = 0; i < ncells; ++i) sorted[fixed[i]] = i + 1;
      for (int i = 0, used = 0; used < ncells; ++i) {
        int old = sorted[i] - 1;
        if (old == -1) continue;
        prefix.push_back(mk(op(Op::MAKE_CELL), old, Position{}));
        ++used;
      }
    }
    if (in.is_generator) {
      Position p{in.firstlineno, in.firstlineno, -1, -1};
      prefix.push_back(mk(op(Op::RETURN_GENERATOR), 0, p));
      prefix.push_back(mk(op(Op::POP_TOP), 0, Position{}));
    }
    entry->instrs.insert(entry->instrs.begin(), prefix.begin(), prefix.end());
  }

  // fix_cell_offsets
  int numdropped = 0;
  for (int i = 0; i < ncells + nfrees; ++i) {
    if (fixed[i] == i + nlocals) fixed[i] -= numdropped;
    else ++numdropped;
  }
  for (Block* b = entry; b; b = b->next)
    for (auto& x : b->instrs) {
      Op o = static_cast<Op>(x.opcode < 256 ? x.opcode : 0);
      if (x.opcode < 256 && (o == Op::MAKE_CELL || o == Op::LOAD_CLOSURE || o == Op::LOAD_DEREF ||
                             o == Op::STORE_DEREF || o == Op::DELETE_DEREF || o == Op::LOAD_CLASSDEREF))
        x.oparg = fixed[x.oparg];
    }

  std::vector<Const> consts = std::move(in.consts);
  ConstTable ct(consts);
  optimize_cfg(cfg, ct);
  duplicate_exits_without_lineno(cfg);
  trim_unused_consts(entry, consts);
  propagate_line_numbers(entry);
  guarantee_lineno_for_exits(entry, in.firstlineno);
  int maxdepth = stackdepth(cfg, in.is_generator);
  label_exception_targets(entry);
  convert_exception_handlers_to_nops(entry);
  for (Block* b = entry; b; b = b->next) clean_basic_block(b);
  normalize_jumps(entry);
  assemble_jump_offsets(entry);

  auto co = std::make_shared<CodeObject>();
  co->co_name = in.name;
  co->co_qualname = in.qualname;
  co->co_filename = in.filename;
  co->co_firstlineno = in.firstlineno;
  co->co_argcount = in.argcount;
  co->co_posonlyargcount = in.posonlyargcount;
  co->co_kwonlyargcount = in.kwonlyargcount;
  co->co_flags = in.flags;
  co->co_stacksize = maxdepth;
  co->co_names = std::move(in.names);
  co->fake_address = next_code_address();

  // Emit code, positions and the exception table.
  Block* handler = nullptr;
  int start = -1;
  int ioffset = 0;
  auto emit_entry = [&](int s, int e, Block* h) {
    ExceptionTableEntry x;
    x.start = s * 2;
    x.end = e * 2;
    x.target = h->offset * 2;
    x.depth = h->startdepth - 1 - (h->preserve_lasti ? 1 : 0);
    x.lasti = h->preserve_lasti;
    co->exceptiontable.push_back(x);
  };
  for (Block* b = entry; b; b = b->next) {
    for (auto& x : b->instrs) {
      if (x.except != handler) {
        if (handler) emit_entry(start, ioffset, handler);
        start = ioffset;
        handler = x.except;
      }
      int size = instr_size(x);
      int ext = extended_args(x.oparg);
      for (int k = ext; k > 0; --k) {
        co->co_code.push_back(static_cast<uint8_t>(Op::EXTENDED_ARG));
        co->co_code.push_back(static_cast<uint8_t>((x.oparg >> (8 * k)) & 0xFF));
      }
      co->co_code.push_back(static_cast<uint8_t>(x.opcode));
      co->co_code.push_back(static_cast<uint8_t>(x.oparg & 0xFF));
      int caches = op_info(static_cast<uint8_t>(x.opcode)).caches;
      for (int k = 0; k < caches; ++k) {
        co->co_code.push_back(0);
        co->co_code.push_back(0);
      }
      Position p = x.loc;
      if (p.lineno < 0) {
        p = Position{};
      } else if (p.col_offset < 0 || p.end_col_offset < 0) {
        if (p.end_lineno == p.lineno || p.end_lineno == -1) {
          p.end_lineno = p.lineno;
          p.col_offset = -1;
          p.end_col_offset = -1;
        }
      }
      for (int k = 0; k < size; ++k) co->positions.push_back(p);
      ioffset += size;
    }
  }
  if (handler) emit_entry(start, ioffset, handler);

  // Local variable layout.
  int nplus = nlocals + ncells + nfrees - numdropped;
  co->localsplusnames.assign(nplus, "");
  co->localspluskinds.assign(nplus, 0);
  for (int i = 0; i < nlocals; ++i) {
    co->localsplusnames[i] = in.varnames[i];
    uint8_t kind = kFastLocal;
    if (std::find(in.cellvars.begin(), in.cellvars.end(), in.varnames[i]) != in.cellvars.end()) kind |= kFastCell;
    co->localspluskinds[i] = kind;
  }
  for (int i = 0; i < ncells; ++i) {
    if (std::find(in.varnames.begin(), in.varnames.end(), in.cellvars[i]) != in.varnames.end()) continue;
    co->localsplusnames[fixed[i]] = in.cellvars[i];
    co->localspluskinds[fixed[i]] = kFastCell;
  }
  for (int i = 0; i < nfrees; ++i) {
    co->localsplusnames[fixed[ncells + i]] = in.freevars[i];
    co->localspluskinds[fixed[ncells + i]] = kFastFree;
  }
  for (int i = 0; i < nplus; ++i) {
    if (co->localspluskinds[i] & kFastLocal) co->co_varnames.push_back(co->localsplusnames[i]);
    if (co->localspluskinds[i] & kFastCell) co->co_cellvars.push_back(co->localsplusnames[i]);
    if (co->localspluskinds[i] & kFastFree) co->co_freevars.push_back(co->localsplusnames[i]);
  }
  co->co_consts = std::move(consts);
  return co;
}

}  // namespace dp::py
