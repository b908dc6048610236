// Serialized code objects (see marshal.h; the format is described in docs/frozen-prelude.md).
//
// Layout: the magic "DPM1", then one code object. Integers are LEB128 varints (signed ones
// zigzag-encoded first), byte strings a varint length then the bytes, text strings (names,
// file names, str constants) either new (0, then as bytes) or a back reference to an earlier one
// (1 + its index), lists a varint count then the items. Positions are run-length encoded: a 3.11 instruction and its CACHE units share one
// position, so most runs are longer than one unit.
#include "python/marshal.h"

#include <cctype>
#include <cstring>
#include <unordered_map>

namespace dp::py {

namespace {

constexpr char kMagic[4] = {'D', 'P', 'M', '1'};

class Writer {
 public:
  std::string out;

  void u(uint64_t v) {
    do {
      uint8_t b = v & 0x7f;
      v >>= 7;
      out.push_back(static_cast<char>(v ? (b | 0x80) : b));
    } while (v);
  }
  void i(int64_t v) { u((static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63)); }
  void bytes(const std::string& s) {
    u(s.size());
    out += s;
  }
  // A string seen before is written as a back reference (CPython's marshal does the same with
  // FLAG_REF / TYPE_REF): 0 then the bytes for a new one, else 1 + its index.
  void str(const std::string& s) {
    auto [it, fresh] = seen_.emplace(s, seen_.size());
    if (fresh) {
      u(0);
      bytes(s);
    } else {
      u(it->second + 1);
    }
  }
  void f64(double d) {
    char b[8];
    std::memcpy(b, &d, 8);
    out.append(b, 8);
  }
  void strs(const std::vector<std::string>& v) {
    u(v.size());
    for (auto& s : v) str(s);
  }

  void konst(const Const& c) {
    using K = Const::Kind;
    out.push_back(static_cast<char>(c.kind));
    switch (c.kind) {
      case K::None:
      case K::Ellipsis: break;
      case K::Bool: out.push_back(c.b ? 1 : 0); break;
      case K::Int:
        if (c.big) {
          out.push_back(1);
          out.push_back(c.big->negative() ? 1 : 0);
          str(c.big->abs().to_string(16));
        } else {
          out.push_back(0);
          i(c.i);
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
        u(c.items.size());
        for (auto& it : c.items) konst(it);
        u(c.insertion_order.size());
        for (auto& it : c.insertion_order) konst(it);
        break;
      case K::Code: code(*c.code); break;
    }
  }

  void code(const CodeObject& co) {
    str(co.co_name);
    str(co.co_qualname);
    str(co.co_filename);
    i(co.co_firstlineno);
    i(co.co_argcount);
    i(co.co_posonlyargcount);
    i(co.co_kwonlyargcount);
    i(co.co_flags);
    i(co.co_stacksize);
    bytes(std::string(co.co_code.begin(), co.co_code.end()));
    u(co.co_consts.size());
    for (auto& c : co.co_consts) konst(c);
    strs(co.co_names);
    strs(co.localsplusnames);
    bytes(std::string(co.localspluskinds.begin(), co.localspluskinds.end()));
    strs(co.co_varnames);
    strs(co.co_cellvars);
    strs(co.co_freevars);
    // Positions: runs of equal entries, each field a delta from the previous run's.
    Position prev{0, 0, 0, 0};
    size_t n = co.positions.size();
    std::vector<std::pair<size_t, Position>> runs;
    for (size_t k = 0; k < n;) {
      size_t e = k + 1;
      auto same = [](const Position& a, const Position& b) {
        return a.lineno == b.lineno && a.end_lineno == b.end_lineno && a.col_offset == b.col_offset &&
               a.end_col_offset == b.end_col_offset;
      };
      while (e < n && same(co.positions[e], co.positions[k])) ++e;
      runs.push_back({e - k, co.positions[k]});
      k = e;
    }
    u(runs.size());
    for (auto& [len, p] : runs) {
      u(len);
      i(static_cast<int64_t>(p.lineno) - prev.lineno);
      i(static_cast<int64_t>(p.end_lineno) - p.lineno);
      i(p.col_offset);
      i(p.end_col_offset);
      prev = p;
    }
    u(co.exceptiontable.size());
    for (auto& e : co.exceptiontable) {
      i(e.start);
      i(e.end);
      i(e.target);
      i(e.depth);
      out.push_back(e.lasti ? 1 : 0);
    }
  }

 private:
  std::unordered_map<std::string, size_t> seen_;
};

class Reader {
 public:
  explicit Reader(std::string_view b) : b_(b) {}

  bool at_end() const { return pos_ == b_.size(); }
  void fail() { throw MarshalError("marshal_loads: malformed data at byte " + std::to_string(pos_)); }
  uint8_t byte() {
    if (pos_ >= b_.size()) fail();
    return static_cast<uint8_t>(b_[pos_++]);
  }
  uint64_t u() {
    uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      uint8_t b = byte();
      v |= static_cast<uint64_t>(b & 0x7f) << shift;
      if (!(b & 0x80)) return v;
    }
    fail();
    return 0;
  }
  int64_t i() {
    uint64_t z = u();
    return static_cast<int64_t>(z >> 1) ^ -static_cast<int64_t>(z & 1);
  }
  int small() {
    int64_t v = i();
    if (v < INT32_MIN || v > INT32_MAX) fail();
    return static_cast<int>(v);
  }
  size_t count() {
    uint64_t n = u();
    if (n > b_.size() - pos_) fail();  // every item takes at least one byte
    return static_cast<size_t>(n);
  }
  std::string bytes() {
    size_t n = count();
    std::string s(b_.substr(pos_, n));
    pos_ += n;
    return s;
  }
  std::string str() {
    uint64_t ref = u();
    if (ref == 0) {
      seen_.push_back(bytes());
      return seen_.back();
    }
    if (ref > seen_.size()) fail();
    return seen_[ref - 1];
  }
  double f64() {
    if (b_.size() - pos_ < 8) fail();
    double d;
    std::memcpy(&d, b_.data() + pos_, 8);
    pos_ += 8;
    return d;
  }
  std::vector<std::string> strs() {
    std::vector<std::string> v(count());
    for (auto& s : v) s = str();
    return v;
  }
  void expect(std::string_view s) {
    if (b_.substr(pos_, s.size()) != s) fail();
    pos_ += s.size();
  }

  Const konst(int depth) {
    using K = Const::Kind;
    if (depth > 200) fail();
    Const c;
    uint8_t k = byte();
    if (k > static_cast<uint8_t>(K::Code)) fail();
    c.kind = static_cast<K>(k);
    switch (c.kind) {
      case K::None:
      case K::Ellipsis: break;
      case K::Bool: c.b = byte() != 0; break;
      case K::Int:
        if (byte()) {
          bool neg = byte() != 0;
          std::string hex = str();
          if (hex.empty()) fail();
          for (char ch : hex)
            if (!std::isxdigit(static_cast<unsigned char>(ch))) fail();
          c.big = std::make_shared<const BigInt>(BigInt::from_digits(hex, 16, neg));
        } else {
          c.i = i();
        }
        break;
      case K::Float: c.f = f64(); break;
      case K::Complex:
        c.re = f64();
        c.f = f64();
        break;
      case K::Str:
      case K::Bytes: c.s = str(); break;
      case K::Tuple:
      case K::FrozenSet: {
        c.items.resize(count());
        for (auto& it : c.items) it = konst(depth + 1);
        c.insertion_order.resize(count());
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
    co->co_qualname = str();
    co->co_filename = str();
    co->co_firstlineno = small();
    co->co_argcount = small();
    co->co_posonlyargcount = small();
    co->co_kwonlyargcount = small();
    co->co_flags = small();
    co->co_stacksize = small();
    std::string bytecode = bytes();
    if (bytecode.size() % 2) fail();
    co->co_code.assign(bytecode.begin(), bytecode.end());
    co->co_consts.resize(count());
    for (auto& c : co->co_consts) c = konst(depth);
    co->co_names = strs();
    co->localsplusnames = strs();
    std::string kinds = bytes();
    co->localspluskinds.assign(kinds.begin(), kinds.end());
    if (co->localspluskinds.size() != co->localsplusnames.size()) fail();
    co->co_varnames = strs();
    co->co_cellvars = strs();
    co->co_freevars = strs();
    size_t runs = count();
    Position prev{0, 0, 0, 0};
    size_t units = co->co_code.size() / 2;
    co->positions.reserve(units);
    for (size_t r = 0; r < runs; ++r) {
      uint64_t len = u();
      Position p;
      p.lineno = static_cast<int>(prev.lineno + i());
      p.end_lineno = static_cast<int>(p.lineno + i());
      p.col_offset = small();
      p.end_col_offset = small();
      if (len > units - co->positions.size()) fail();
      co->positions.insert(co->positions.end(), len, p);
      prev = p;
    }
    if (co->positions.size() != units) fail();
    co->exceptiontable.resize(count());
    for (auto& e : co->exceptiontable) {
      e.start = small();
      e.end = small();
      e.target = small();
      e.depth = small();
      e.lasti = byte() != 0;
    }
    co->fake_address = next_code_address();  // after the nested ones, as the assembler does
    return co;
  }

 private:
  std::string_view b_;
  size_t pos_ = 0;
  std::vector<std::string> seen_;
};

}  // namespace

std::string marshal_dumps(const CodeObject& code) {
  Writer w;
  w.out.append(kMagic, 4);
  w.code(code);
  return std::move(w.out);
}

std::shared_ptr<const CodeObject> marshal_loads(std::string_view bytes) {
  Reader r(bytes);
  r.expect(std::string_view(kMagic, 4));
  auto co = r.code(0);
  if (!r.at_end()) r.fail();
  return co;
}

}  // namespace dp::py
