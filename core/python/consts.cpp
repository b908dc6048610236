// Constant keys, reprs and frozenset ordering; mirrors _PyCode_ConstantKey
// (Objects/codeobject.c), repr() of str/bytes/float/tuple/frozenset/code objects and the
// open-addressing table of Objects/setobject.c (for frozenset iteration order).
#include "python/consts.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <iterator>

#include "python/frontend.h"
#include "python/complex_math.h"
#include "python/pyhash.h"
#include "python/unicode_printable.h"

namespace dp::py {

using K = Const::Kind;

std::string const_key(const Const& c) {
  switch (c.kind) {
    case K::None: return "N";
    case K::Ellipsis: return "E";
    case K::Bool: return c.b ? "b1" : "b0";
    // Big ints keyed by their hexadecimal digits (linear time; decimal conversion is quadratic).
    case K::Int: return c.big ? "ix" + c.big->to_string(16) : "i" + std::to_string(c.i);
    case K::Float: {
      uint64_t bits;
      std::memcpy(&bits, &c.f, sizeof bits);
      return "f" + std::to_string(bits);
    }
    case K::Complex: {
      uint64_t bits, re_bits;
      std::memcpy(&bits, &c.f, sizeof bits);
      std::memcpy(&re_bits, &c.re, sizeof re_bits);
      return "j" + std::to_string(re_bits) + "," + std::to_string(bits);
    }
    case K::Str: return "s" + std::to_string(c.s.size()) + ":" + c.s;
    case K::Bytes: return "y" + std::to_string(c.s.size()) + ":" + c.s;
    case K::Tuple:
    case K::FrozenSet: {
      std::string k = c.kind == K::Tuple ? "t(" : "F(";
      for (auto& x : c.items) k += const_key(x) + ",";
      return k + ")";
    }
    case K::Code: {
      char buf[32];
      std::snprintf(buf, sizeof buf, "c%p", static_cast<const void*>(c.code.get()));
      return buf;
    }
  }
  return "?";
}

namespace {

bool const_hash(const Const& c, int64_t& h) {
  switch (c.kind) {
    // None and Ellipsis hash by address in CPython 3.11 (_Py_HashPointer). Their low 8 bits come
    // from the address's offset inside the interpreter's binary, which ASLR does not change; they
    // are the reference interpreter's (docs/python-ints.md). Only small set tables depend on them.
    case K::None: h = 190; return true;
    case K::Ellipsis: h = 230; return true;
    case K::Bool: h = c.b ? 1 : 0; return true;
    case K::Int: h = c.big ? c.big->hash() : hash_int(c.i); return true;
    case K::Str: h = hash_str(c.s); return true;
    case K::Bytes: h = hash_bytes(reinterpret_cast<const unsigned char*>(c.s.data()), c.s.size()); return true;
    case K::Float:
      if (std::isnan(c.f)) return false;  // hashed by identity in CPython
      h = hash_float(c.f);
      return true;
    case K::Tuple: {
      TupleHasher th;
      for (auto& item : c.items) {
        int64_t ih;
        if (!const_hash(item, ih)) return false;
        th.add(static_cast<uint64_t>(ih));
      }
      h = static_cast<int64_t>(th.finish(c.items.size()));
      return true;
    }
    default: return false;
  }
}

bool const_equal_for_set(const Const& a, const Const& b) {
  if (a.big || b.big) {
    if (a.kind != K::Int || b.kind != K::Int) return false;
    return (a.big ? *a.big : BigInt(a.i)) == (b.big ? *b.big : BigInt(b.i));
  }
  auto num = [](const Const& c, double& d) {
    if (c.kind == K::Bool) {
      d = c.b;
      return true;
    }
    if (c.kind == K::Int) {
      d = static_cast<double>(c.i);
      return true;
    }
    if (c.kind == K::Float) {
      d = c.f;
      return true;
    }
    return false;
  };
  double x, y;
  if (num(a, x) && num(b, y)) {
    if (a.kind != K::Float && b.kind != K::Float) {
      int64_t ia = a.kind == K::Bool ? a.b : a.i, ib = b.kind == K::Bool ? b.b : b.i;
      return ia == ib;
    }
    return x == y;
  }
  return const_key(a) == const_key(b);
}

struct SetTable {
  struct Entry {
    const Const* key = nullptr;
    int64_t hash = 0;
  };
  std::vector<Entry> table = std::vector<Entry>(8);
  size_t mask = 7, fill = 0, used = 0;

  void insert_clean(std::vector<Entry>& t, size_t m, const Const* key, int64_t hash) {
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<uint64_t>(hash) & m;
    while (true) {
      if (!t[i].key) {
        t[i] = {key, hash};
        return;
      }
      if (i + 9 <= m) {
        for (size_t j = 1; j <= 9; ++j)
          if (!t[i + j].key) {
            t[i + j] = {key, hash};
            return;
          }
      }
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & m;
    }
  }
  void resize(size_t minused) {
    size_t n = 8;
    while (n <= minused) n <<= 1;
    std::vector<Entry> nt(n);
    for (auto& e : table)
      if (e.key) insert_clean(nt, n - 1, e.key, e.hash);
    table = std::move(nt);
    mask = n - 1;
    fill = used;
  }
  void add(const Const* key, int64_t hash) {
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t i = static_cast<uint64_t>(hash) & mask;
    while (true) {
      size_t probes = (i + 9 <= mask) ? 9 : 0;
      size_t j = i;
      for (size_t k = 0; k <= probes; ++k, ++j) {
        Entry& e = table[j];
        if (!e.key) {
          e = {key, hash};
          ++fill;
          ++used;
          if (fill * 5 >= mask * 3) resize(used > 50000 ? used * 2 : used * 4);
          return;
        }
        if (e.hash == hash && const_equal_for_set(*e.key, *key)) return;
      }
      perturb >>= 5;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
};

}  // namespace

Const make_frozenset(const std::vector<Const>& items) {
  Const out;
  out.kind = K::FrozenSet;
  bool hashable = true;
  int64_t h;
  for (auto& x : items)
    if (!const_hash(x, h)) hashable = false;
  if (!hashable) {
    // Unknown (randomized) hashes: keep first occurrences in source order.
    for (auto& x : items) {
      bool dup = false;
      for (auto& y : out.items)
        if (const_equal_for_set(x, y)) dup = true;
      if (!dup) out.items.push_back(x);
    }
    return out;
  }
  // CPython builds a folded frozenset twice: once from the elements in source order (the AST
  // optimizer's PyFrozenSet_New), then again from that set's iteration order when the compiler
  // adds it to the constants (merge_consts_recursive re-creates every frozenset constant). With
  // colliding slots the second build can iterate in another order, so both builds are done.
  SetTable t;
  for (auto& x : items) {
    const_hash(x, h);
    t.add(&x, h);
  }
  for (auto& e : t.table)
    if (e.key) out.items.push_back(*e.key);
  return rebuild_frozenset(out);
}

Const rebuild_frozenset(const Const& set) {
  Const out;
  out.kind = K::FrozenSet;
  SetTable t;
  int64_t h;
  for (auto& x : set.items) {
    if (!const_hash(x, h)) return set;  // source order kept (make_frozenset)
    t.add(&x, h);
  }
  for (auto& e : t.table)
    if (e.key) out.items.push_back(*e.key);
  out.insertion_order = set.items;
  return out;
}

namespace {

// printf's nearest prec+1 digits of v in buf ("d.ddde±X") do not read back to v; when the digits one
// unit away in the last place do (v is a power of two, whose lower neighbour is nearer, or the
// nearest digits were a tie), writes them to buf and returns true, as Gay's shortest mode finds
// them (repr(2**-24) is '5.960464477539063e-08').
bool round_trips_one_unit_off(double v, int prec, char* buf, size_t size) {
  std::string s(buf);
  size_t epos = s.find('e');
  std::string mant = s.substr(0, 1) + s.substr(2, epos - 2);
  int exp = std::stoi(s.substr(epos + 1));
  const uint64_t digits = std::stoull(mant);
  for (int delta : {1, -1}) {
    uint64_t d = digits + static_cast<uint64_t>(static_cast<int64_t>(delta));
    std::string m = std::to_string(d);
    int e = exp;
    if (m.size() > mant.size()) {  // 9.99 + 1 unit = 10.00: one more power of ten
      m.pop_back();
      ++e;
    }
    if (m.size() < mant.size()) continue;  // 1.00 - 1 unit has fewer digits: a shorter form was tried
    char cand[64];
    std::snprintf(cand, sizeof cand, "%c.%se%+03d", m[0], m.substr(1).c_str(), e);
    if (std::strtod(cand, nullptr) == v) {
      std::snprintf(buf, size, "%s", cand);
      return true;
    }
  }
  return false;
}

// Shortest round-trip digits and decimal exponent of a finite, non-zero |v|.
void shortest_digits(double v, std::string& digits, int& decpt) {
  // The fewest significant digits that read back to the same double (Python's repr rule);
  // printf-based so it also builds with emscripten's older C++ library.
  // When the correctly rounded string misses (v is near a tie between two such strings), the
  // neighbour on v's other side may still read back to v: Python picks it (dtoa mode 0), e.g.
  // 2**-24 is 5.960464477539063e-08.
  char buf[64];
  for (int prec = 0; prec <= 16; ++prec) {
    std::snprintf(buf, sizeof buf, "%.*e", prec, v);
    if (std::strtod(buf, nullptr) == v) break;
    if (prec > 0 && round_trips_one_unit_off(v, prec, buf, sizeof buf)) break;
  }
  std::string s(buf);
  size_t epos = s.find('e');
  std::string mant = s.substr(0, epos);
  int exp = std::stoi(s.substr(epos + 1));
  digits.clear();
  for (char ch : mant)
    if (std::isdigit(static_cast<unsigned char>(ch))) digits += ch;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  decpt = exp + 1;
}

std::string float_repr_impl(double v, bool add_dot_0) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  std::string sign = std::signbit(v) ? "-" : "";
  double a = std::fabs(v);
  if (a == 0.0) return sign + (add_dot_0 ? "0.0" : "0");
  std::string d;
  int decpt;
  shortest_digits(a, d, decpt);
  int n = static_cast<int>(d.size());
  if (decpt <= -4 || decpt > 16) {
    std::string out = d.substr(0, 1);
    if (n > 1) out += "." + d.substr(1);
    int e = decpt - 1;
    char eb[16];
    std::snprintf(eb, sizeof eb, "e%c%02d", e < 0 ? '-' : '+', e < 0 ? -e : e);
    return sign + out + eb;
  }
  std::string out;
  if (decpt <= 0) {
    out = "0." + std::string(-decpt, '0') + d;
  } else if (decpt >= n) {
    out = d + std::string(decpt - n, '0');
    if (add_dot_0) out += ".0";
  } else {
    out = d.substr(0, decpt) + "." + d.substr(decpt);
  }
  return sign + out;
}

uint32_t decode_utf8(const std::string& s, size_t& i) {
  unsigned char b = s[i];
  int n = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  uint32_t cp = n == 1 ? b : (b & (0xFF >> (n + 1)));
  for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (s[i + k] & 0x3F);
  i += n;
  return cp;
}

}  // namespace

std::string float_repr(double v) { return float_repr_impl(v, true); }

bool unicode_isprintable(uint32_t cp) {
  // Binary search of the sorted non-printable ranges (unicode_printable.h, generated).
  const CodePointRange* lo = std::begin(kNonPrintableRanges);
  const CodePointRange* hi = std::end(kNonPrintableRanges);
  while (lo < hi) {
    const CodePointRange* mid = lo + (hi - lo) / 2;
    if (mid->last < cp) lo = mid + 1;
    else hi = mid;
  }
  return !(lo != std::end(kNonPrintableRanges) && lo->first <= cp);
}

// unicode_repr (Objects/unicodeobject.c): ' unless the text has ' and no "; \\, the quote, \t \n
// \r escaped; every other non-printable character as \xNN (< 0x100), \uNNNN or \UNNNNNNNN.
std::string str_repr(const std::string& s) {
  bool has_sq = s.find('\'') != std::string::npos, has_dq = s.find('"') != std::string::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out(1, q);
  for (size_t i = 0; i < s.size();) {
    size_t start = i;
    uint32_t cp = decode_utf8(s, i);
    if (cp == static_cast<uint32_t>(q) || cp == '\\') {
      out += '\\';
      out += static_cast<char>(cp);
      continue;
    }
    if (cp == '\t') {
      out += "\\t";
      continue;
    }
    if (cp == '\n') {
      out += "\\n";
      continue;
    }
    if (cp == '\r') {
      out += "\\r";
      continue;
    }
    if (!unicode_isprintable(cp)) {
      char buf[16];
      if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
      else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
      continue;
    }
    out += s.substr(start, i - start);
  }
  out += q;
  return out;
}

std::string bytes_repr(const std::string& s) {
  bool has_sq = s.find('\'') != std::string::npos, has_dq = s.find('"') != std::string::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out = "b";
  out += q;
  for (unsigned char ch : s) {
    if (ch == static_cast<unsigned char>(q) || ch == '\\') {
      out += '\\';
      out += static_cast<char>(ch);
    } else if (ch == '\t') out += "\\t";
    else if (ch == '\n') out += "\\n";
    else if (ch == '\r') out += "\\r";
    else if (ch < 0x20 || ch >= 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", ch);
      out += buf;
    } else {
      out += static_cast<char>(ch);
    }
  }
  out += q;
  return out;
}

std::string code_repr(const CodeObject& co) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "0x%012llx", static_cast<unsigned long long>(co.fake_address));
  return "<code object " + co.co_name + " at " + buf + ", file \"" + co.co_filename + "\", line " +
         std::to_string(co.co_firstlineno) + ">";
}

std::string const_repr(const Const& c) {
  switch (c.kind) {
    case K::None: return "None";
    case K::Ellipsis: return "Ellipsis";
    case K::Bool: return c.b ? "True" : "False";
    case K::Int: return c.big ? c.big->to_string() : std::to_string(c.i);
    case K::Float: return float_repr(c.f);
    case K::Complex: return complex_repr(c.re, c.f);
    case K::Str: return str_repr(c.s);
    case K::Bytes: return bytes_repr(c.s);
    case K::Tuple: {
      std::string out = "(";
      for (size_t i = 0; i < c.items.size(); ++i) {
        if (i) out += ", ";
        out += const_repr(c.items[i]);
      }
      if (c.items.size() == 1) out += ",";
      return out + ")";
    }
    case K::FrozenSet: {
      if (c.items.empty()) return "frozenset()";
      std::string out = "frozenset({";
      for (size_t i = 0; i < c.items.size(); ++i) {
        if (i) out += ", ";
        out += const_repr(c.items[i]);
      }
      return out + "})";
    }
    case K::Code: return c.code ? code_repr(*c.code) : "<code object>";
  }
  return "?";
}

}  // namespace dp::py
