// Disassembler; mirrors CPython 3.11's Lib/dis.py (_unpack_opargs, findlabels,
// findlinestarts, _get_instructions_bytes, Instruction._disassemble, _disassemble_bytes and
// _disassemble_recursive) so that the output equals `python3.11 -m dis FILE`.
#include <cstdio>
#include <set>

#include "python/consts.h"
#include "python/frontend.h"

namespace dp::py {
namespace {

constexpr int kOpnameWidth = 20;
constexpr int kOpargWidth = 5;

bool in(Op o, std::initializer_list<Op> s) {
  for (Op x : s)
    if (x == o) return true;
  return false;
}

bool has_const(Op o) { return o == Op::LOAD_CONST; }  // 3.11 dis shows no repr for KW_NAMES
bool has_name(Op o) {
  return in(o, {Op::STORE_NAME, Op::DELETE_NAME, Op::STORE_ATTR, Op::DELETE_ATTR, Op::STORE_GLOBAL, Op::DELETE_GLOBAL,
                Op::LOAD_NAME, Op::LOAD_ATTR, Op::IMPORT_NAME, Op::IMPORT_FROM, Op::LOAD_GLOBAL, Op::LOAD_METHOD});
}
bool has_local(Op o) { return in(o, {Op::LOAD_FAST, Op::STORE_FAST, Op::DELETE_FAST}); }
bool has_free(Op o) {
  return in(o,
            {Op::MAKE_CELL, Op::LOAD_CLOSURE, Op::LOAD_DEREF, Op::STORE_DEREF, Op::DELETE_DEREF, Op::LOAD_CLASSDEREF});
}
bool is_backward_jump(Op o) {
  return in(o, {Op::JUMP_BACKWARD, Op::JUMP_BACKWARD_NO_INTERRUPT, Op::POP_JUMP_BACKWARD_IF_NONE,
                Op::POP_JUMP_BACKWARD_IF_NOT_NONE, Op::POP_JUMP_BACKWARD_IF_FALSE, Op::POP_JUMP_BACKWARD_IF_TRUE});
}

const char* const kCmpOps[] = {"<", "<=", "==", "!=", ">", ">="};
const char* const kNbOps[] = {"+",  "&",  "//",  "<<",  "@",  "*",  "%",  "|",  "**",  ">>",  "-",  "/",  "^",
                              "+=", "&=", "//=", "<<=", "@=", "*=", "%=", "|=", "**=", ">>=", "-=", "/=", "^="};
const char* const kMakeFunctionFlags[] = {"defaults", "kwdefaults", "annotations", "closure"};

struct RawInstr {
  int offset;
  uint8_t opcode;
  int arg;  // -1: none
};

std::vector<RawInstr> unpack_opargs(const CodeObject& co) {
  std::vector<RawInstr> out;
  int extended_arg = 0;
  int caches = 0;
  const auto& code = co.co_code;
  for (size_t i = 0; i + 1 < code.size(); i += 2) {
    if (caches) {
      --caches;
      continue;
    }
    uint8_t opc = code[i];
    caches = op_info(opc).caches;
    int arg = -1;
    if (opc >= kHaveArgument) {
      arg = code[i + 1] | extended_arg;
      extended_arg = opc == static_cast<uint8_t>(Op::EXTENDED_ARG) ? (arg << 8) : 0;
    } else {
      extended_arg = 0;
    }
    out.push_back(RawInstr{static_cast<int>(i), opc, arg});
  }
  return out;
}

int jump_target_of(const RawInstr& r) {
  if (r.arg < 0 || !op_info(r.opcode).jrel) return -1;
  int a = is_backward_jump(static_cast<Op>(r.opcode)) ? -r.arg : r.arg;
  return r.offset + 2 + a * 2 + 2 * op_info(r.opcode).caches;
}

std::string op_name_of(uint8_t opc) {
  const char* n = op_info(opc).name;
  if (n) return n;
  return "<" + std::to_string(opc) + ">";
}

std::string rjust(const std::string& s, size_t w) { return s.size() >= w ? s : std::string(w - s.size(), ' ') + s; }
std::string ljust(const std::string& s, size_t w) { return s.size() >= w ? s : s + std::string(w - s.size(), ' '); }

void disassemble_one(const CodeObject& co, std::string& out) {
  std::vector<Instruction> ins = get_instructions(co);
  int maxline = -1;
  bool show_lineno = false;
  for (auto& i : ins)
    if (i.starts_line >= 0) {
      show_lineno = true;
      if (i.starts_line > maxline) maxline = i.starts_line;
    }
  size_t lineno_width = 0;
  if (show_lineno) lineno_width = maxline >= 1000 ? std::to_string(maxline).size() : 3;
  int maxoffset = static_cast<int>(co.co_code.size()) - 2;
  size_t offset_width = maxoffset >= 10000 ? std::to_string(maxoffset).size() : 4;
  for (auto& i : ins) {
    if (show_lineno && i.starts_line >= 0 && i.offset > 0) out += "\n";
    std::vector<std::string> fields;
    if (lineno_width) {
      if (i.starts_line >= 0) fields.push_back(rjust(std::to_string(i.starts_line), lineno_width));
      else fields.push_back(std::string(lineno_width, ' '));
    }
    fields.push_back("   ");
    fields.push_back(i.is_jump_target ? ">>" : "  ");
    fields.push_back(rjust(std::to_string(i.offset), offset_width));
    fields.push_back(ljust(i.opname, kOpnameWidth));
    if (i.arg >= 0) {
      fields.push_back(rjust(std::to_string(i.arg), kOpargWidth));
      if (!i.argrepr.empty()) fields.push_back("(" + i.argrepr + ")");
    }
    std::string line;
    for (size_t k = 0; k < fields.size(); ++k) {
      if (k) line += " ";
      line += fields[k];
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  if (!co.exceptiontable.empty()) {
    out += "ExceptionTable:\n";
    for (auto& e : co.exceptiontable) {
      out += "  " + std::to_string(e.start) + " to " + std::to_string(e.end - 2) + " -> " + std::to_string(e.target) +
             " [" + std::to_string(e.depth) + "]" + (e.lasti ? " lasti" : "") + "\n";
    }
  }
}

void disassemble_recursive(const CodeObject& co, std::string& out) {
  disassemble_one(co, out);
  for (auto& c : co.co_consts) {
    if (c.kind == Const::Kind::Code && c.code) {
      out += "\n";
      out += "Disassembly of " + code_repr(*c.code) + ":\n";
      disassemble_recursive(*c.code, out);
    }
  }
}

}  // namespace

std::vector<Instruction> get_instructions(const CodeObject& co) {
  std::vector<RawInstr> raw = unpack_opargs(co);
  std::set<int> labels;
  for (auto& r : raw) {
    int t = jump_target_of(r);
    if (t >= 0) labels.insert(t);
  }
  for (auto& e : co.exceptiontable)
    if (e.end > e.start) labels.insert(e.target);
  std::vector<Instruction> out;
  out.reserve(raw.size());
  int lastline = -1;
  bool have_last = false;
  for (auto& r : raw) {
    Instruction ins;
    ins.offset = r.offset;
    ins.op = static_cast<Op>(r.opcode);
    ins.opname = op_name_of(r.opcode);
    ins.arg = r.arg;
    size_t unit = static_cast<size_t>(r.offset / 2);
    ins.pos = unit < co.positions.size() ? co.positions[unit] : Position{};
    int line = ins.pos.lineno;
    ins.starts_line = -1;
    if (line >= 0 && (!have_last || line != lastline)) {
      ins.starts_line = line;
      lastline = line;
      have_last = true;
    }
    ins.is_jump_target = labels.count(r.offset) > 0;
    ins.jump_target = jump_target_of(r);
    Op o = ins.op;
    if (r.arg >= 0) {
      if (has_const(o)) {
        if (r.arg < static_cast<int>(co.co_consts.size())) ins.argrepr = const_repr(co.co_consts[r.arg]);
      } else if (has_name(o)) {
        int idx = o == Op::LOAD_GLOBAL ? r.arg / 2 : r.arg;
        if (idx < static_cast<int>(co.co_names.size())) {
          ins.argrepr = co.co_names[idx];
          if (o == Op::LOAD_GLOBAL && (r.arg & 1)) ins.argrepr = "NULL + " + ins.argrepr;
        }
      } else if (op_info(r.opcode).jrel) {
        ins.argrepr = "to " + std::to_string(ins.jump_target);
      } else if (has_local(o) || has_free(o)) {
        if (r.arg < static_cast<int>(co.localsplusnames.size())) ins.argrepr = co.localsplusnames[r.arg];
      } else if (o == Op::COMPARE_OP) {
        if (r.arg >= 0 && r.arg < 6) ins.argrepr = kCmpOps[r.arg];
      } else if (o == Op::FORMAT_VALUE) {
        static const char* const conv[] = {"", "str", "repr", "ascii"};
        ins.argrepr = conv[r.arg & 3];
        if (r.arg & 4) {
          if (!ins.argrepr.empty()) ins.argrepr += ", ";
          ins.argrepr += "with format";
        }
      } else if (o == Op::MAKE_FUNCTION) {
        for (int k = 0; k < 4; ++k)
          if (r.arg & (1 << k)) {
            if (!ins.argrepr.empty()) ins.argrepr += ", ";
            ins.argrepr += kMakeFunctionFlags[k];
          }
      } else if (o == Op::BINARY_OP) {
        if (r.arg >= 0 && r.arg < 26) ins.argrepr = kNbOps[r.arg];
      }
    }
    out.push_back(std::move(ins));
  }
  return out;
}

std::string dis_code(const CodeObject& co) {
  std::string out;
  disassemble_recursive(co, out);
  return out;
}

std::string dis_module(const std::string& source, const std::string& filename, const CompileOptions& options) {
  return dis_code(*compile_module(source, filename, options));
}

}  // namespace dp::py
