// Serialized code objects (see marshal.h; the format is described in docs/frozen-prelude.md).
//
// Layout: the magic "DPM2", a varint byte length per stream, then the streams one after the
// other. Each kind of field has its own stream (bytecode, string lengths, string bytes, line
// deltas, columns, ...), so that gzip finds like next to like: the fields of one stream repeat
// far more than the interleaved records of the first format (DPM1) did. Integers are LEB128
// varints (signed ones zigzag-encoded first). Text strings are written once per blob and
// referred to afterwards by index (CPython's marshal does the same with FLAG_REF); a new string
// that occurs verbatim in the module's source is written as its offset there. CACHE units, all
// zeros in a freshly compiled code object, are not written and come back as zeros; neither are
// the fields the compiler derives (co_qualname from the enclosing code object's, co_varnames /
// co_cellvars / co_freevars from the localsplus table) when they are so derived.
#include "python/marshal.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstring>
#include <unordered_map>

#include "python/longint.h"
#include "python/opcode.h"

namespace dp::py {

namespace {

constexpr char kMagic[4] = {'D', 'P', 'M', '2'};

// CPython 3.11's marshal writes a set's elements sorted by their own marshal bytes (w_complex_object,
// bpo-37596) and loading inserts them in that order, so a frozenset constant of a .pyc module (what
// PyTorch's library code runs from) iterates in the order of that build. These are the bytes it
// sorts by: the type code with FLAG_REF (0x80; an element shared with anything else, as constants
// are) and the payload; identifier-like strings are interned constants ('Z'), others not ('z').
void append_le(std::string& out, uint64_t v, int n) {
  for (int k = 0; k < n; ++k) out.push_back(static_cast<char>((v >> (8 * k)) & 0xff));
}

void marshal_sort_key(const Const& c, std::string& out) {
  using K = Const::Kind;
  constexpr unsigned char kRef = 0x80;
  auto type = [&](char code) { out.push_back(static_cast<char>(static_cast<unsigned char>(code) | kRef)); };
  switch (c.kind) {
    case K::None: out.push_back('N'); break;
    case K::Ellipsis: out.push_back('.'); break;
    case K::Bool: out.push_back(c.b ? 'T' : 'F'); break;
    case K::Int: {
      if (!c.big && c.i >= INT32_MIN && c.i <= INT32_MAX) {
        type('i');
        append_le(out, static_cast<uint32_t>(static_cast<int32_t>(c.i)), 4);
        break;
      }
      // TYPE_LONG: the signed count of 15-bit digits, then the digits, least significant first.
      BigInt v = c.big ? *c.big : BigInt(c.i);
      std::string mag;
      v.abs().to_bytes(static_cast<size_t>(v.abs().bit_length() / 8 + 1), true, false, mag);
      std::vector<uint16_t> digits;
      uint32_t acc = 0;
      int bits = 0;
      for (unsigned char b : mag) {
        acc |= static_cast<uint32_t>(b) << bits;
        bits += 8;
        while (bits >= 15) {
          digits.push_back(static_cast<uint16_t>(acc & 0x7fff));
          acc >>= 15;
          bits -= 15;
        }
      }
      if (bits > 0) digits.push_back(static_cast<uint16_t>(acc & 0x7fff));
      while (!digits.empty() && digits.back() == 0) digits.pop_back();
      type('l');
      int64_t n = static_cast<int64_t>(digits.size());
      append_le(out, static_cast<uint32_t>(static_cast<int32_t>(v.negative() ? -n : n)), 4);
      for (uint16_t d : digits) append_le(out, d, 2);
      break;
    }
    case K::Float: {
      type('g');
      uint64_t bitsv;
      std::memcpy(&bitsv, &c.f, 8);
      append_le(out, bitsv, 8);
      break;
    }
    case K::Complex: {
      type('y');
      uint64_t re, im;
      std::memcpy(&re, &c.re, 8);
      std::memcpy(&im, &c.f, 8);
      append_le(out, re, 8);
      append_le(out, im, 8);
      break;
    }
    case K::Str: {
      bool ascii = std::all_of(c.s.begin(), c.s.end(), [](char ch) { return static_cast<unsigned char>(ch) < 0x80; });
      bool name = std::all_of(c.s.begin(), c.s.end(), [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) || ch == '_'; });
      if (ascii && c.s.size() < 256) {
        type(name ? 'Z' : 'z');
        out.push_back(static_cast<char>(c.s.size()));
      } else {
        type(ascii ? (name ? 'A' : 'a') : 'u');
        append_le(out, c.s.size(), 4);
      }
      out += c.s;
      break;
    }
    case K::Bytes:
      type('s');
      append_le(out, c.s.size(), 4);
      out += c.s;
      break;
    case K::Tuple:
      if (c.items.size() < 256) {
        type(')');
        out.push_back(static_cast<char>(c.items.size()));
      } else {
        type('(');
        append_le(out, c.items.size(), 4);
      }
      for (const Const& e : c.items) marshal_sort_key(e, out);
      break;
    case K::FrozenSet:
      type('>');
      append_le(out, c.items.size(), 4);
      for (const Const& e : c.items) marshal_sort_key(e, out);  // (nested sets: their own order)
      break;
    case K::Code: type('c'); break;
  }
}

// The streams, in the order they are laid out.
enum Stream : int {
  kHead,      // counts, small integers, flags, the localsplus kinds
  kOps,       // bytecode: the opcode byte of each instruction (CACHE units left out)
  kArgLocal,  // bytecode: the argument byte of each instruction, in one of five streams by what
  kArgName,   // it indexes: localsplus, co_names, co_consts, a jump distance, anything else
  kArgConst,  // (CPython's opcode.haslocal + hasfree, hasname, hasconst, hasjrel), since the
  kArgJump,   // arguments of one kind repeat among themselves; none for an opcode below
  kArgOther,  // HAVE_ARGUMENT in compact code
  kRefs,      // per string: 0 for a new one, else 1 + the index of an earlier one
  kStrLen,    // per new string: 2 * its length, + 1 when it is a slice of the source
  kStrSrc,    // per source slice: its offset, as a delta from the previous slice's end
  kStrData,   // per new string not in the source: its bytes
  kRunLen,    // positions: the length of each run of equal positions, in instructions when the
              // CACHE units are left out (each run then starts at an instruction), else in units
  kLine,      // positions: the line as a delta from the previous run's line
  kEndLine,   // positions: the end line as a delta from the line
  kCols,      // positions: the column, as a delta from the previous run's when on the same line,
              // then the end column, as a delta from the column when on the same line (the pair
              // together: gzip finds repeated spans)
  kFloat,     // 8-byte IEEE patterns
  kConst,     // per constant: its kind, then its small int, bool or item counts
  kExc,       // exception tables
  kStreamCount
};

Stream arg_stream_of(uint8_t num) {
  Op op = static_cast<Op>(num);
  if (uses_localsplus(op)) return kArgLocal;
  if (op_info(num).jrel) return kArgJump;
  switch (op) {
    case Op::STORE_NAME:
    case Op::DELETE_NAME:
    case Op::STORE_ATTR:
    case Op::DELETE_ATTR:
    case Op::STORE_GLOBAL:
    case Op::DELETE_GLOBAL:
    case Op::LOAD_NAME:
    case Op::LOAD_ATTR:
    case Op::IMPORT_NAME:
    case Op::IMPORT_FROM:
    case Op::LOAD_GLOBAL:
    case Op::LOAD_METHOD: return kArgName;
    case Op::LOAD_CONST:
    case Op::KW_NAMES: return kArgConst;
    default: return kArgOther;
  }
}

// Per opcode number: its argument's stream and its CACHE units (looked up once per instruction
// when loading, so kept in flat tables).
struct OpTables {
  std::array<uint8_t, 256> arg_stream;
  std::array<uint8_t, 256> caches;
  OpTables() {
    for (int k = 0; k < 256; ++k) {
      arg_stream[k] = static_cast<uint8_t>(arg_stream_of(static_cast<uint8_t>(k)));
      caches[k] = op_info(static_cast<uint8_t>(k)).caches;
    }
  }
};
const OpTables& op_tables() {
  static const OpTables t;
  return t;
}

// The qualified names the compiler gives a code object named `name` inside the code object
// qualified `outer` (empty at the top): form 0 "name", 1 "outer.name" (in a class body),
// 2 "outer.<locals>.name" (in a function).
std::string qualname_form(int form, const std::string& outer, const std::string& name) {
  if (form == 0 || outer.empty()) return form == 0 ? name : std::string();
  return outer + (form == 1 ? "." : ".<locals>.") + name;
}

// The localsplus names whose kind has `bit`, in order.
std::vector<std::string> names_of_kind(const CodeObject& co, uint8_t bit) {
  std::vector<std::string> v;
  for (size_t k = 0; k < co.localsplusnames.size() && k < co.localspluskinds.size(); ++k)
    if (co.localspluskinds[k] & bit) v.push_back(co.localsplusnames[k]);
  return v;
}

// Strings shorter than this are cheaper written out than as a source offset (measured on the
// prelude: 3 gives the smallest gzipped blobs, 1 and 6 about 0.7 kB more).
constexpr size_t kMinSourceSlice = 3;

void put_u(std::string& out, uint64_t v) {
  do {
    uint8_t b = v & 0x7f;
    v >>= 7;
    out.push_back(static_cast<char>(v ? (b | 0x80) : b));
  } while (v);
}
uint64_t zigzag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }

// Whether `code` is as the compiler writes it: every CACHE unit zero, every instruction's caches
// inside the code, and a zero argument for every opcode below HAVE_ARGUMENT. Then the caches and
// those arguments need not be written.
bool is_compact(const std::vector<uint8_t>& code) {
  size_t n = code.size();
  for (size_t k = 0; k + 1 < n;) {
    int caches = op_info(code[k]).caches;
    if (code[k] < kHaveArgument && code[k + 1]) return false;
    k += 2;
    if (k + 2 * static_cast<size_t>(caches) > n) return false;
    for (int c = 0; c < 2 * caches; ++c, ++k)
      if (code[k]) return false;
  }
  return true;
}

class Writer {
 public:
  explicit Writer(std::string_view source) : source_(source) {}
  std::array<std::string, kStreamCount> s;

  void u(uint64_t v, Stream st = kHead) { put_u(s[st], v); }
  void i(int64_t v, Stream st = kHead) { u(zigzag(v), st); }
  void byte(uint8_t b, Stream st = kHead) { s[st].push_back(static_cast<char>(b)); }
  void raw(const std::string& b) {
    u(b.size());
    s[kHead] += b;
  }
  void str(const std::string& v) {
    auto [it, fresh] = seen_.emplace(v, seen_.size());
    if (!fresh) {
      u(it->second + 1, kRefs);
      return;
    }
    u(0, kRefs);
    size_t at = v.size() >= kMinSourceSlice ? source_.find(v) : std::string_view::npos;
    if (at != std::string_view::npos) {
      u(2 * v.size() + 1, kStrLen);
      i(static_cast<int64_t>(at) - static_cast<int64_t>(src_end_), kStrSrc);
      src_end_ = at + v.size();
    } else {
      u(2 * v.size(), kStrLen);
      s[kStrData] += v;
    }
  }
  void f64(double d) {
    char b[8];
    std::memcpy(b, &d, 8);
    s[kFloat].append(b, 8);
  }
  void strs(const std::vector<std::string>& v) {
    u(v.size());
    for (auto& x : v) str(x);
  }

  void konst(const Const& c) {
    using K = Const::Kind;
    byte(static_cast<uint8_t>(c.kind), kConst);
    switch (c.kind) {
      case K::None:
      case K::Ellipsis: break;
      case K::Bool: byte(c.b ? 1 : 0, kConst); break;
      case K::Int:
        if (c.big) {
          byte(c.big->negative() ? 3 : 1, kConst);
          str(c.big->abs().to_string(16));
        } else {
          byte(0, kConst);
          i(c.i, kConst);
        }
        break;
      case K::Float: f64(c.f); break;
      case K::Complex:
        f64(c.re);
        f64(c.f);
        break;
      case K::Str:
      case K::Bytes: str(c.s); break;
      case K::Tuple:
      case K::FrozenSet:
        u(c.items.size(), kConst);
        for (auto& it : c.items) konst(it);
        if (c.kind == K::FrozenSet) {
          // Written as CPython writes a .pyc's frozenset (see pyc_insertion_order).
          std::vector<Const> order = pyc_insertion_order(c);
          u(order.size(), kConst);
          for (auto& it : order) konst(it);
          break;
        }
        u(c.insertion_order.size(), kConst);
        for (auto& it : c.insertion_order) konst(it);
        break;
      case K::Code: code(*c.code); break;
    }
  }

  void code(const CodeObject& co) {
    str(co.co_name);
    // co_qualname, as the compiler builds it from the enclosing code object's (0: "name",
    // 1: "outer.name", 2: "outer.<locals>.name"), or written out (3).
    int form = 3;
    for (int f = 0; f < 3 && form == 3; ++f)
      if (co.co_qualname == qualname_form(f, parent_, co.co_name)) form = f;
    u(form);
    if (form == 3) str(co.co_qualname);
    std::string outer = std::move(parent_);
    parent_ = co.co_qualname;
    str(co.co_filename);
    i(static_cast<int64_t>(co.co_firstlineno) - prev_first_);  // a delta from the previous code object's
    prev_first_ = co.co_firstlineno;
    i(co.co_argcount);
    i(co.co_posonlyargcount);
    i(co.co_kwonlyargcount);
    i(co.co_flags);
    i(co.co_stacksize);
    // Bytecode: 2 * the number of code units, + 1 when it is compact (is_compact): then the CACHE
    // units and the arguments of opcodes below HAVE_ARGUMENT are left out.
    const auto& bc = co.co_code;
    bool compact = is_compact(bc);
    u(2 * (bc.size() / 2) + (compact ? 1 : 0));
    if (bc.size() % 2) {  // never written by the compiler; kept so that loads can refuse it
      u(1);
      byte(bc.back());
    } else {
      u(0);
    }
    for (size_t k = 0; k + 1 < bc.size();) {
      s[kOps].push_back(static_cast<char>(bc[k]));
      if (!compact || bc[k] >= kHaveArgument)
        s[static_cast<Stream>(ot_.arg_stream[bc[k]])].push_back(static_cast<char>(bc[k + 1]));
      k += 2 + (compact ? 2 * op_info(bc[k]).caches : 0);
    }
    u(co.co_consts.size());
    for (auto& c : co.co_consts) konst(c);
    parent_ = std::move(outer);
    strs(co.co_names);
    strs(co.localsplusnames);
    raw(std::string(co.localspluskinds.begin(), co.localspluskinds.end()));
    // co_varnames, co_cellvars and co_freevars are the localsplus names of each kind, in order
    // (CPython computes them so from co_localsplusnames): written only when they are not.
    bool derived = co.co_varnames == names_of_kind(co, kFastLocal) && co.co_cellvars == names_of_kind(co, kFastCell) &&
                   co.co_freevars == names_of_kind(co, kFastFree);
    u(derived ? 1 : 0);
    if (!derived) {
      strs(co.co_varnames);
      strs(co.co_cellvars);
      strs(co.co_freevars);
    }
    // Positions: runs of equal entries (a 3.11 instruction and its CACHE units share one).
    size_t n = co.positions.size();
    std::vector<size_t> run_starts;
    for (size_t k = 0; k < n; ++k)
      if (k == 0 || !same(co.positions[k], co.positions[k - 1])) run_starts.push_back(k);
    // Run lengths in instructions when every run starts at an instruction (always, for compiled
    // code whose CACHE units are left out).
    std::vector<size_t> instr_of(n + 1, SIZE_MAX);  // code unit -> instruction index, at starts
    size_t instrs = 0;
    bool by_instr = compact && n == bc.size() / 2;
    if (by_instr) {
      for (size_t k = 0; k < n; k += 1 + op_info(bc[2 * k]).caches) instr_of[k] = instrs++;
      instr_of[n] = instrs;
      for (size_t k : run_starts)
        if (instr_of[k] == SIZE_MAX) by_instr = false;
    }
    u(by_instr ? 1 : 0);
    prev_.lineno = co.co_firstlineno;  // the first run's line is a delta from co_firstlineno
    for (size_t r = 0; r < run_starts.size(); ++r) {
      size_t k = run_starts[r], e = r + 1 < run_starts.size() ? run_starts[r + 1] : n;
      const Position& p = co.positions[k];
      u(by_instr ? instr_of[e] - instr_of[k] : e - k, kRunLen);
      i(static_cast<int64_t>(p.lineno) - prev_.lineno, kLine);
      i(static_cast<int64_t>(p.end_lineno) - p.lineno, kEndLine);
      i(p.lineno == prev_.lineno ? static_cast<int64_t>(p.col_offset) - prev_.col_offset : p.col_offset, kCols);
      i(p.end_lineno == p.lineno ? static_cast<int64_t>(p.end_col_offset) - p.col_offset : p.end_col_offset, kCols);
      prev_ = p;
    }
    u(co.exceptiontable.size(), kExc);
    for (auto& e : co.exceptiontable) {
      i(e.start, kExc);
      i(e.end, kExc);
      i(e.target, kExc);
      i(e.depth, kExc);
      byte(e.lasti ? 1 : 0, kExc);
    }
  }

  static bool same(const Position& a, const Position& b) {
    return a.lineno == b.lineno && a.end_lineno == b.end_lineno && a.col_offset == b.col_offset &&
           a.end_col_offset == b.end_col_offset;
  }

 private:
  const OpTables& ot_ = op_tables();
  std::string_view source_;
  size_t src_end_ = 0;
  // The qualified name of the code object whose constants are being written.
  std::string parent_;
  Position prev_{0, 0, 0, 0};  // the previous run's position, across code objects
  int prev_first_ = 0;
  std::unordered_map<std::string, size_t> seen_;
};

// A cursor over one stream: every read is checked against the stream's end.
struct Cursor {
  std::string_view b;
  size_t pos = 0;
};

class Reader {
 public:
  Reader(std::string_view all, std::string_view source) : total_(all.size()), source_(source) {
    Cursor head{all, 4};
    std::array<uint64_t, kStreamCount> len{};
    for (auto& n : len) n = u_from(head);
    size_t at = head.pos;
    for (int k = 0; k < kStreamCount; ++k) {
      if (len[k] > all.size() - at) fail();
      c_[k] = Cursor{all.substr(at, len[k]), 0};
      at += len[k];
    }
    if (at != all.size()) fail();
  }

  void check_end() {
    for (auto& c : c_)
      if (c.pos != c.b.size()) fail();
  }
  [[noreturn]] void fail() { throw MarshalError("marshal_loads: malformed data"); }
  uint8_t byte_from(Cursor& c) {
    if (c.pos >= c.b.size()) fail();
    return static_cast<uint8_t>(c.b[c.pos++]);
  }
  uint64_t u_from(Cursor& c) {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b = byte_from(c);
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    fail();
  }
  uint8_t byte(Stream st = kHead) { return byte_from(c_[st]); }
  uint64_t u(Stream st = kHead) { return u_from(c_[st]); }
  int64_t i(Stream st = kHead) {
    uint64_t z = u(st);
    return static_cast<int64_t>(z >> 1) ^ -static_cast<int64_t>(z & 1);
  }
  int small(Stream st = kHead) {
    int64_t v = i(st);
    if (v < INT32_MIN || v > INT32_MAX) fail();
    return static_cast<int>(v);
  }
  // An int built from a base and a delta, refused when it leaves int's range.
  int add(int64_t base, Stream st) {
    int64_t d = i(st);
    if (d < INT32_MIN - base || d > INT32_MAX - base) fail();
    return static_cast<int>(base + d);
  }
  size_t count(Stream st = kHead) {
    uint64_t n = u(st);
    if (n > total_) fail();  // every item takes at least one byte somewhere
    return static_cast<size_t>(n);
  }
  std::string take(Stream st, size_t n) {
    Cursor& c = c_[st];
    if (n > c.b.size() - c.pos) fail();
    std::string s(c.b.substr(c.pos, n));
    c.pos += n;
    return s;
  }
  std::string str() {
    uint64_t ref = u(kRefs);
    if (ref) {
      if (ref > seen_.size()) fail();
      return seen_[ref - 1];
    }
    uint64_t len = u(kStrLen);
    size_t n = len / 2;
    if (len & 1) {
      int64_t d = i(kStrSrc);
      if (d < -static_cast<int64_t>(src_end_) || d > static_cast<int64_t>(source_.size() - src_end_)) fail();
      size_t at = src_end_ + d;
      if (n > source_.size() - at) fail();
      seen_.emplace_back(source_.substr(at, n));
      src_end_ = at + n;
    } else {
      seen_.push_back(take(kStrData, n));
    }
    return seen_.back();
  }
  double f64() {
    std::string b = take(kFloat, 8);
    double d;
    std::memcpy(&d, b.data(), 8);
    return d;
  }
  std::vector<std::string> strs() {
    std::vector<std::string> v(count());
    for (auto& s : v) s = str();
    return v;
  }

  Const konst(int depth) {
    using K = Const::Kind;
    if (depth > 200) fail();
    Const c;
    uint8_t k = byte(kConst);
    if (k > static_cast<uint8_t>(K::Code)) fail();
    c.kind = static_cast<K>(k);
    switch (c.kind) {
      case K::None:
      case K::Ellipsis: break;
      case K::Bool: c.b = byte(kConst) != 0; break;
      case K::Int: {
        uint8_t form = byte(kConst);
        if (form & 1) {
          std::string hex = str();
          if (hex.empty() || form > 3) fail();
          for (char ch : hex)
            if (!std::isxdigit(static_cast<unsigned char>(ch))) fail();
          c.big = std::make_shared<const BigInt>(BigInt::from_digits(hex, 16, form == 3));
        } else {
          if (form) fail();
          c.i = i(kConst);
        }
        break;
      }
      case K::Float: c.f = f64(); break;
      case K::Complex:
        c.re = f64();
        c.f = f64();
        break;
      case K::Str:
      case K::Bytes: c.s = str(); break;
      case K::Tuple:
      case K::FrozenSet: {
        c.items.resize(count(kConst));
        for (auto& it : c.items) it = konst(depth + 1);
        c.insertion_order.resize(count(kConst));
        for (auto& it : c.insertion_order) it = konst(depth + 1);
        break;
      }
      case K::Code: c.code = code(depth + 1); break;
    }
    return c;
  }

  std::shared_ptr<const CodeObject> code(int depth) {
    if (depth > 200) fail();
    auto co = std::make_shared<CodeObject>();
    co->co_name = str();
    uint64_t form = u();
    if (form > 3) fail();
    co->co_qualname = form == 3 ? str() : qualname_form(static_cast<int>(form), parent_, co->co_name);
    std::string outer = std::move(parent_);
    parent_ = co->co_qualname;
    co->co_filename = str();
    co->co_firstlineno = add(prev_first_, kHead);
    prev_first_ = co->co_firstlineno;
    co->co_argcount = small();
    co->co_posonlyargcount = small();
    co->co_kwonlyargcount = small();
    co->co_flags = small();
    co->co_stacksize = small();
    uint64_t size = u();
    bool compact = size & 1;
    size_t even = size & ~uint64_t(1);
    if (even > 64 * total_) fail();  // each op byte gives one unit and at most 31 CACHE units
    auto& bc = co->co_code;
    uint64_t odd = u();
    if (odd > 1) fail();
    bc.resize(even + odd);  // zeros: the CACHE units left out stay so
    for (size_t k = 0; k < even;) {
      uint8_t op = byte(kOps);
      bc[k] = op;
      if (!compact || op >= kHaveArgument) bc[k + 1] = byte(static_cast<Stream>(ot_.arg_stream[op]));
      k += 2;
      if (compact) {
        size_t caches = 2 * ot_.caches[op];
        if (caches > even - k) fail();
        k += caches;
      }
    }
    if (odd) bc[even] = byte();
    co->co_consts.resize(count());
    for (auto& c : co->co_consts) c = konst(depth);
    parent_ = std::move(outer);
    co->co_names = strs();
    co->localsplusnames = strs();
    std::string kinds = take(kHead, count());
    co->localspluskinds.assign(kinds.begin(), kinds.end());
    if (co->localspluskinds.size() != co->localsplusnames.size()) fail();
    uint64_t derived = u();
    if (derived > 1) fail();
    if (derived) {
      co->co_varnames = names_of_kind(*co, kFastLocal);
      co->co_cellvars = names_of_kind(*co, kFastCell);
      co->co_freevars = names_of_kind(*co, kFastFree);
    } else {
      co->co_varnames = strs();
      co->co_cellvars = strs();
      co->co_freevars = strs();
    }
    size_t units = bc.size() / 2;
    co->positions.resize(units);
    uint64_t by_instr = u();
    if (by_instr > 1 || (by_instr && !compact)) fail();
    prev_.lineno = co->co_firstlineno;
    size_t filled = 0;
    while (filled < units) {
      uint64_t len = u(kRunLen);
      if (by_instr) {  // `len` instructions from `filled` (always an instruction's unit)
        size_t end = filled;
        for (uint64_t n = 0; n < len && end < units; ++n) end += 1 + ot_.caches[bc[2 * end]];
        len = end - filled;  // the caches fit (checked above), so end <= units
      }
      if (len == 0 || len > units - filled) fail();
      Position p;
      p.lineno = add(prev_.lineno, kLine);
      p.end_lineno = add(p.lineno, kEndLine);
      p.col_offset = add(p.lineno == prev_.lineno ? prev_.col_offset : 0, kCols);
      p.end_col_offset = add(p.end_lineno == p.lineno ? p.col_offset : 0, kCols);
      std::fill_n(co->positions.begin() + filled, len, p);
      filled += len;
      prev_ = p;
    }
    co->exceptiontable.resize(count(kExc));
    for (auto& e : co->exceptiontable) {
      e.start = small(kExc);
      e.end = small(kExc);
      e.target = small(kExc);
      e.depth = small(kExc);
      e.lasti = byte(kExc) != 0;
    }
    co->fake_address = next_code_address();  // after the nested ones, as the assembler does
    return co;
  }

 private:
  const OpTables& ot_ = op_tables();
  size_t total_;
  std::string_view source_;
  size_t src_end_ = 0;
  std::string parent_;
  Position prev_{0, 0, 0, 0};
  int prev_first_ = 0;
  std::array<Cursor, kStreamCount> c_;
  std::vector<std::string> seen_;
};

}  // namespace

std::vector<Const> pyc_insertion_order(const Const& set) {
  std::vector<std::pair<std::string, size_t>> keyed;
  for (size_t k = 0; k < set.items.size(); ++k) {
    keyed.emplace_back();
    marshal_sort_key(set.items[k], keyed.back().first);
    keyed.back().second = k;
  }
  std::sort(keyed.begin(), keyed.end());
  std::vector<Const> order;
  for (auto& [key, k] : keyed) order.push_back(set.items[k]);
  return order;
}

std::string marshal_dumps(const CodeObject& code, std::string_view source) {
  Writer w(source);
  w.code(code);
  std::string out(kMagic, 4);
  for (auto& st : w.s) put_u(out, st.size());
  for (auto& st : w.s) out += st;
  return out;
}

std::shared_ptr<const CodeObject> marshal_loads(std::string_view bytes, std::string_view source) {
  if (bytes.substr(0, 4) != std::string_view(kMagic, 4)) throw MarshalError("marshal_loads: not a DPM2 blob");
  Reader r(bytes, source);
  auto co = r.code(0);
  r.check_end();
  return co;
}

}  // namespace dp::py
