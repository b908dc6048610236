// Built-in types and their methods: object, type, int, float, bool, str, bytes, list, tuple,
// dict, set, range, slice, the descriptor types, and the exception hierarchy. Mirrors the method
// tables of CPython's Objects/{object,type,long,float,unicode,list,tuple,dict,set}object.c and
// Objects/exceptions.c; formatting follows Python/formatter_unicode.c's format-spec rules.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <vector>

#include "python/consts.h"
#include "python/tokenizer.h"
#include "runtime/interp.h"

namespace dp::rt {

bool slots_forbid(Interp& I, Type* t, const std::string& name);  // interp.cpp: __slots__ on plain classes
void init_bytes_methods_shared(Interp& I);                         // bytesmethods.cpp

namespace {

Str* as_str(Interp& I, Value v, const char* what) {
  if (!(v.is_obj() && v.o->kind == Kind::Str))
    I.raise(I.TypeError, std::string(what) + " must be str, not " + I.type_name(v));
  return static_cast<Str*>(v.o);
}

// Number of characters in the first `bytes` bytes of a UTF-8 string.
int64_t utf8_chars(const std::string& s, size_t bytes) {
  int64_t n = 0;
  for (size_t i = 0; i < bytes && i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) ++n;
  return n;
}

// Byte offset of character `chars` of a UTF-8 string (its size past the end).
size_t utf8_offset(const std::string& s, int64_t chars) {
  size_t i = 0;
  for (; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80 && chars-- == 0) return i;
  return s.size();
}

// str.find / rfind / index / rindex / count's optional start and end (slice indices, in
// characters): the byte range [lo, hi) they select, or false when start lies past the end.
bool str_search_range(Interp& I, const std::string& s, CallArgs& a, size_t& lo, size_t& hi) {
  lo = 0;
  hi = s.size();
  if (a.size() <= 2) return true;
  int64_t n = utf8_chars(s, s.size());
  auto clampi = [n](int64_t v) { return v < 0 ? std::max<int64_t>(0, v + n) : v; };
  int64_t st = a[2].is_none() ? 0 : clampi(I.index_value(a[2]));
  int64_t en = (a.size() > 3 && !a[3].is_none()) ? clampi(I.index_value(a[3])) : n;
  if (st > n) return false;
  if (en > n) en = n;
  if (en < st) return false;
  lo = utf8_offset(s, st);
  hi = utf8_offset(s, en);
  return true;
}

// Byte position of `sub` in s[lo:hi] (first or last), npos if absent.
size_t str_search(const std::string& s, const std::string& sub, size_t lo, size_t hi, bool last) {
  if (hi - lo < sub.size()) return std::string::npos;
  if (!last) {
    size_t p = s.find(sub, lo);
    return p != std::string::npos && p + sub.size() <= hi ? p : std::string::npos;
  }
  size_t p = s.rfind(sub, hi - sub.size());
  return p != std::string::npos && p >= lo ? p : std::string::npos;
}

// Case mapping for ASCII, Latin-1, Greek and Cyrillic letters (plus 'ß', which upper-cases to "SS").
enum class CaseMap { Upper, Lower, Fold, Swap };

static uint32_t simple_upper(uint32_t c) {
  if (c >= 'a' && c <= 'z') return c - 32;
  if ((c >= 0xE0 && c <= 0xFE && c != 0xF7)) return c - 32;
  if (c == 0xFF) return 0x178;
  if (c == 0x3C2) return 0x3A3;  // final sigma
  if (c >= 0x3B1 && c <= 0x3C9) return c - 32;
  if (c >= 0x430 && c <= 0x44F) return c - 32;
  if (c >= 0x450 && c <= 0x45F) return c - 80;
  return c;
}

static uint32_t simple_lower(uint32_t c) {
  if (c >= 'A' && c <= 'Z') return c + 32;
  if ((c >= 0xC0 && c <= 0xDE && c != 0xD7)) return c + 32;
  if (c == 0x178) return 0xFF;
  if (c >= 0x391 && c <= 0x3A9 && c != 0x3A2) return c + 32;
  if (c >= 0x410 && c <= 0x42F) return c + 32;
  if (c >= 0x400 && c <= 0x40F) return c + 80;
  return c;
}

static void put_utf8(std::string& out, uint32_t c) {
  if (c < 0x80) out += static_cast<char>(c);
  else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// The code point of the UTF-8 sequence at s[i]; advances i past it (a truncated sequence is read
// as its first byte).
static uint32_t next_utf8(const std::string& s, size_t& i) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  size_t n = b < 0x80 ? 1 : b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
  if (i + n > s.size()) n = 1;
  uint32_t c = b;
  if (n > 1) {
    c = b & (0xFF >> (n + 1));
    for (size_t k = 1; k < n; ++k) c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  }
  i += n;
  return c;
}

std::string map_case(const std::string& s, CaseMap how) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    uint32_t c = next_utf8(s, i);
    uint32_t up = simple_upper(c), low = simple_lower(c);
    switch (how) {
      case CaseMap::Upper:
        if (c == 0xDF) {
          out += "SS";
          continue;
        }
        put_utf8(out, up);
        break;
      case CaseMap::Fold:
        if (c == 0xDF) {
          out += "ss";
          continue;
        }
        put_utf8(out, c == 0x3C2 ? 0x3C3 : low);
        break;
      case CaseMap::Lower: put_utf8(out, low); break;
      case CaseMap::Swap:
        if (c == 0xDF) {
          out += "SS";
          continue;
        }
        put_utf8(out, up != c ? up : low);
        break;
    }
  }
  return out;
}

std::vector<Value>& list_items(Value v) { return static_cast<List*>(v.o)->items; }
Dict* dict_of(Value v) { return static_cast<Dict*>(v.o); }

std::string strip_chars(const std::string& s, const std::string& chars, bool left, bool right) {
  size_t b = 0, e = s.size();
  if (left)
    while (b < e && chars.find(s[b]) != std::string::npos) ++b;
  if (right)
    while (e > b && chars.find(s[e - 1]) != std::string::npos) --e;
  return s.substr(b, e - b);
}

const std::string kWhitespace = " \t\n\r\x0b\x0c";

std::vector<std::string> split_ws(const std::string& s, int64_t maxsplit) {
  std::vector<std::string> out;
  size_t i = 0, n = s.size();
  while (i < n) {
    while (i < n && kWhitespace.find(s[i]) != std::string::npos) ++i;
    if (i >= n) break;
    if (maxsplit >= 0 && static_cast<int64_t>(out.size()) >= maxsplit) {
      out.push_back(s.substr(i));  // the remainder keeps its trailing whitespace
      return out;
    }
    size_t j = i;
    while (j < n && kWhitespace.find(s[j]) == std::string::npos) ++j;
    out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

void method(Interp& I, Type* t, const std::string& name, NativeFn fn) {
  Builtin* b = static_cast<Builtin*>(I.builtin(name, std::move(fn)).o);
  b->is_method = true;
  b->qualname = t->name + "." + name;
  I.dict_set_str(t->dict, name, Value::obj(b));
}

void classmethod(Interp& I, Type* t, const std::string& name, NativeFn fn) {
  Builtin* b = static_cast<Builtin*>(I.builtin(name, std::move(fn)).o);
  b->qualname = t->name + "." + name;
  I.dict_set_str(t->dict, name, Value::obj(I.make<ClassMethod>(I.classmethod_type, Value::obj(b))));
}

// ---------------------------------------------------------------------------------------------
// format() and %-formatting

Value format_value(Interp& I, Value v, const std::string& spec) {
  if (v.is_obj() && (v.o->kind == Kind::Instance || !v.o->type->is_builtin)) {
    Value f = I.lookup_type(I.type_of(v), "__format__");
    if (f.is_obj() && f.o->kind == Kind::Function) return I.call(f, {v, I.str(spec)});
  }
  // int.__format__ / float.__format__ of a subclass's instance: str(self) for an empty spec
  // (its __repr__ / __str__ shows), else the number it carries.
  if (Interp::is_number_subclass(v)) {
    if (spec.empty()) return I.str(I.to_str(v));
    v = Interp::number_payload(v);
  }
  // torch/_tensor.py Tensor.__format__: a 0-dim tensor formats as its Python number, others as str().
  if (v.is_obj() && v.o->kind == Kind::Tensor) {
    Value dim = I.call_method(v, "dim", {});
    if (!(dim.is_int() && dim.i == 0)) {
      if (spec.empty()) return I.str(I.to_str(v));
      I.raise(I.TypeError, "unsupported format string passed to Tensor.__format__");
    }
    Value item = I.call_method(v, "item", {});
    return format_value(I, item, spec);
  }
  // Parse [[fill]align][sign][#][0][width][,|_][.precision][type]
  size_t i = 0;
  char fill = ' ', align = 0, sign = '-', type = 0;
  bool alt = false, zero = false, comma = false;
  int width = -1, prec = -1;
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '^' || c == '='; };
  if (spec.size() >= 2 && is_align(spec[1])) {
    fill = spec[0];
    align = spec[1];
    i = 2;
  } else if (!spec.empty() && is_align(spec[0])) {
    align = spec[0];
    i = 1;
  }
  if (i < spec.size() && (spec[i] == '+' || spec[i] == '-' || spec[i] == ' ')) sign = spec[i++];
  if (i < spec.size() && spec[i] == '#') {
    alt = true;
    ++i;
  }
  if (i < spec.size() && spec[i] == '0') {
    zero = true;
    ++i;
  }
  while (i < spec.size() && isdigit(static_cast<unsigned char>(spec[i])))
    width = std::max(width, 0) * 10 + (spec[i++] - '0');
  if (i < spec.size() && (spec[i] == ',' || spec[i] == '_')) {
    comma = true;
    ++i;
  }
  if (i < spec.size() && spec[i] == '.') {
    ++i;
    prec = 0;
    while (i < spec.size() && isdigit(static_cast<unsigned char>(spec[i]))) prec = prec * 10 + (spec[i++] - '0');
  }
  if (i < spec.size()) type = spec[i++];
  if (i != spec.size()) I.raise(I.ValueError, "Invalid format specifier");
  (void)alt;
  std::string body;
  bool numeric = v.is_int() || v.is_float() || v.is_bool() || is_long(v);
  std::string sgn;
  if (numeric && !(v.is_bool() && type == 0)) {
    double d = v.is_float() ? v.f : is_long(v) ? 0.0 : static_cast<double>(v.is_int() ? v.i : v.b);
    bool neg = std::signbit(d) && !(v.is_int() && v.i == 0);
    if (v.is_int() || v.is_bool() || is_long(v)) {
      int64_t x = v.is_int() ? v.i : v.is_bool() ? v.b : 0;
      neg = is_long(v) ? static_cast<LongObj*>(v.o)->v.negative() : x < 0;
      bool int_type =
          type == 0 || type == 'd' || type == 'n' || type == 'x' || type == 'X' || type == 'o' || type == 'b';
      if (is_long(v) && int_type) {
        const py::BigInt& big = static_cast<LongObj*>(v.o)->v;
        int base = type == 'o' ? 8 : type == 'b' ? 2 : (type == 'x' || type == 'X') ? 16 : 10;
        body = base == 10 ? long_to_str(I, big.abs()) : big.abs().to_string(base);
        if (type == 'X')
          for (auto& ch : body) ch = static_cast<char>(toupper(static_cast<unsigned char>(ch)));
        if (alt && base != 10) body = std::string("0") + (type == 'o' ? 'o' : type == 'b' ? 'b' : type) + body;
      } else if (is_long(v) && type == 'c') {
        I.raise(I.OverflowError, "Python int too large to convert to C long");
      } else if (is_long(v)) {
        d = int_to_double(I, v);
        goto float_format;
      } else if (type == 0 || type == 'd' || type == 'n') {
        body = std::to_string(neg ? -(x + 1) + 1 : x);
        if (neg) body = std::to_string(x).substr(1);
      } else if (type == 'x' || type == 'X' || type == 'o' || type == 'b') {
        uint64_t ux = static_cast<uint64_t>(neg ? -x : x);
        int base = type == 'o' ? 8 : type == 'b' ? 2 : 16;
        if (ux == 0) body = "0";
        while (ux) {
          int dg = static_cast<int>(ux % static_cast<uint64_t>(base));
          body.insert(body.begin(), static_cast<char>(dg < 10 ? '0' + dg : (type == 'X' ? 'A' : 'a') + dg - 10));
          ux /= static_cast<uint64_t>(base);
        }
        if (alt) body = std::string("0") + (type == 'o' ? 'o' : type == 'b' ? 'b' : type) + body;
      } else if (type == 'c') {
        body = std::string(1, static_cast<char>(x));
      } else {
        numeric = true;
        d = static_cast<double>(x);
        goto float_format;
      }
      if (comma) {
        // Decimal digits group by 3; '_' groups x/X/o/b digits by 4 (PEP 515), after the prefix.
        bool pow2 = type == 'x' || type == 'X' || type == 'o' || type == 'b';
        int group = pow2 ? 4 : 3;
        std::string t = alt && pow2 ? body.substr(0, 2) : std::string();
        body = body.substr(t.size());
        int c = 0;
        size_t at = t.size();
        for (auto it = body.rbegin(); it != body.rend(); ++it) {
          if (c && c % group == 0)
            t.insert(t.begin() + static_cast<std::ptrdiff_t>(at), spec.find('_') != std::string::npos ? '_' : ',');
          t.insert(t.begin() + static_cast<std::ptrdiff_t>(at), *it);
          ++c;
        }
        body = t;
      }
    } else {
    float_format:
      double a = std::fabs(d);
      char buf[512];
      char t = type;
      if (t == 0) {
        if (prec < 0) {
          body = float_repr(a);
        } else {
          std::snprintf(buf, sizeof buf, "%.*g", prec == 0 ? 1 : prec, a);
          body = buf;
          if (body.find_first_of(".en") == std::string::npos) body += ".0";
        }
      } else if (t == 'f' || t == 'F' || t == '%') {
        if (t == '%') a *= 100;
        std::snprintf(buf, sizeof buf, "%.*f", prec < 0 ? 6 : prec, a);
        body = buf;
        if (t == '%') body += "%";
      } else if (t == 'e' || t == 'E') {
        std::snprintf(buf, sizeof buf, t == 'e' ? "%.*e" : "%.*E", prec < 0 ? 6 : prec, a);
        body = buf;
      } else if (t == 'g' || t == 'G') {
        std::snprintf(buf, sizeof buf, t == 'g' ? "%.*g" : "%.*G", prec < 0 ? 6 : (prec == 0 ? 1 : prec), a);
        body = buf;
      } else {
        I.raise(I.ValueError,
                std::string("Unknown format code '") + t + "' for object of type '" + I.type_name(v) + "'");
      }
      if (comma) {
        size_t dot = body.find_first_of(".e%");
        std::string ip = body.substr(0, dot), rest = dot == std::string::npos ? "" : body.substr(dot);
        std::string t2;
        int c = 0;
        for (auto it = ip.rbegin(); it != ip.rend(); ++it) {
          if (c && c % 3 == 0) t2.insert(t2.begin(), ',');
          t2.insert(t2.begin(), *it);
          ++c;
        }
        body = t2 + rest;
      }
    }
    if (neg) sgn = "-";
    else if (sign == '+') sgn = "+";
    else if (sign == ' ') sgn = " ";
    if (!align) align = zero ? '=' : '>';
    if (zero && fill == ' ') fill = '0';
  } else {
    if (type != 0 && type != 's')
      I.raise(I.ValueError,
              std::string("Unknown format code '") + type + "' for object of type '" + I.type_name(v) + "'");
    body = I.to_str(v);
    if (prec >= 0) {  // precision and width count code points, not UTF-8 bytes
      size_t k = 0;
      for (int n = 0; k < body.size(); ++k)
        if ((static_cast<unsigned char>(body[k]) & 0xC0) != 0x80 && n++ == prec) break;
      body.resize(k);
    }
    if (!align) align = '<';
  }
  int len = static_cast<int>(sgn.size());
  for (unsigned char c : body) len += (c & 0xC0) != 0x80;
  if (width > len) {
    int pad = width - len;
    switch (align) {
      case '<': return I.str(sgn + body + std::string(static_cast<size_t>(pad), fill));
      case '^':
        return I.str(std::string(static_cast<size_t>(pad / 2), fill) + sgn + body +
                     std::string(static_cast<size_t>(pad - pad / 2), fill));
      case '=': return I.str(sgn + std::string(static_cast<size_t>(pad), fill) + body);
      default: return I.str(std::string(static_cast<size_t>(pad), fill) + sgn + body);
    }
  }
  return I.str(sgn + body);
}

// str.format / str.format_map (Objects/stringlib/unicode_format.h): literal text with {{ and }},
// replacement fields {arg_name(.attr|[key])*!conv:spec} whose spec may itself hold fields,
// automatic and manual numbering (not mixed), and CPython's error texts.
struct StrFormatState {
  int auto_idx = 0;
  int mode = 0;  // 0 unknown, 1 automatic, 2 manual
};

static std::string str_format(Interp& I, const std::string& f, const std::vector<Value>& pos,
                              const std::vector<std::pair<std::string, Value>>& kw, Value mapping, StrFormatState& st,
                              int depth) {
  if (depth < 0) I.raise(I.ValueError, "Max string recursion exceeded");
  std::string out;
  size_t i = 0, n = f.size();
  while (i < n) {
    char c = f[i];
    if (c == '}') {
      if (i + 1 < n && f[i + 1] == '}') {
        out += '}';
        i += 2;
        continue;
      }
      I.raise(I.ValueError, "Single '}' encountered in format string");
    }
    if (c != '{') {
      out += c;
      ++i;
      continue;
    }
    if (i + 1 < n && f[i + 1] == '{') {
      out += '{';
      i += 2;
      continue;
    }
    // the field runs to the matching '}' (braces nest inside the format spec)
    size_t j = i + 1;
    int level = 1;
    bool in_brackets = false;
    for (; j < n; ++j) {
      if (f[j] == '[' && level == 1) in_brackets = true;
      else if (f[j] == ']' && level == 1) in_brackets = false;
      else if (in_brackets) continue;
      else if (f[j] == '{') ++level;
      else if (f[j] == '}' && --level == 0) break;
    }
    if (j >= n) {
      if (level > 1 || in_brackets) I.raise(I.ValueError, "expected '}' before end of string");
      I.raise(I.ValueError, "Single '{' encountered in format string");
    }
    std::string field = f.substr(i + 1, j - i - 1);
    i = j + 1;
    // split field_name ! conversion : spec (the name part may hold [..] with any characters)
    size_t k = 0;
    bool br = false;
    for (; k < field.size(); ++k) {
      if (field[k] == '[') br = true;
      else if (field[k] == ']') br = false;
      else if (!br && (field[k] == '!' || field[k] == ':')) break;
    }
    std::string name = field.substr(0, k), spec;
    char conv = 0;
    if (k < field.size() && field[k] == '!') {
      if (k + 1 >= field.size()) I.raise(I.ValueError, "unmatched '{' in format spec");
      conv = field[k + 1];
      k += 2;
      if (k < field.size() && field[k] != ':') I.raise(I.ValueError, "expected ':' after conversion specifier");
    }
    if (k < field.size() && field[k] == ':') spec = field.substr(k + 1);
    // arg_name
    size_t e = 0;
    while (e < name.size() && name[e] != '.' && name[e] != '[') ++e;
    std::string arg = name.substr(0, e);
    Value v;
    if (arg.empty()) {
      if (st.mode == 2)
        I.raise(I.ValueError, "cannot switch from manual field specification to automatic field numbering");
      st.mode = 1;
      if (!mapping.is_null()) I.raise(I.ValueError, "Format string contains positional fields");
      size_t idx = static_cast<size_t>(st.auto_idx++);
      if (idx >= pos.size())
        I.raise(I.IndexError, "Replacement index " + std::to_string(idx) + " out of range for positional args tuple");
      v = pos[idx];
    } else if (std::all_of(arg.begin(), arg.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
      if (st.mode == 1)
        I.raise(I.ValueError, "cannot switch from automatic field numbering to manual field specification");
      st.mode = 2;
      if (!mapping.is_null()) I.raise(I.ValueError, "Format string contains positional fields");
      size_t idx = static_cast<size_t>(std::stoull(arg));
      if (idx >= pos.size())
        I.raise(I.IndexError, "Replacement index " + arg + " out of range for positional args tuple");
      v = pos[idx];
    } else if (!mapping.is_null()) {
      v = I.getitem(mapping, I.str(arg));
    } else {
      bool found = false;
      for (auto& [kname, kv] : kw)
        if (kname == arg) {
          v = kv;
          found = true;
        }
      if (!found) {
        Instance* ex = I.make<Instance>(I.KeyError);
        ex->args = I.tuple({I.str(arg)});
        throw PyException(Value::obj(ex));
      }
    }
    // .attr and [key] accessors
    while (e < name.size()) {
      if (name[e] == '.') {
        size_t s2 = ++e;
        while (e < name.size() && name[e] != '.' && name[e] != '[') ++e;
        if (e == s2) I.raise(I.ValueError, "Empty attribute in format string");
        v = I.getattr(v, name.substr(s2, e - s2));
      } else if (name[e] == '[') {
        size_t close = name.find(']', e);
        if (close == std::string::npos) I.raise(I.ValueError, "Missing ']' in format string");
        std::string key = name.substr(e + 1, close - e - 1);
        if (key.empty()) I.raise(I.ValueError, "Empty attribute in format string");
        bool digits = std::all_of(key.begin(), key.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
        v = I.getitem(v, digits ? Value::integer(std::stoll(key)) : I.str(key));
        e = close + 1;
        if (e < name.size() && name[e] != '.' && name[e] != '[')
          I.raise(I.ValueError, "Only '.' or '[' may follow ']' in format field specifier");
      } else {
        break;
      }
    }
    if (conv == 'r') v = I.str(I.repr(v));
    else if (conv == 's') v = I.str(I.to_str(v));
    else if (conv == 'a') v = I.str(ascii_repr(I, v));
    else if (conv != 0) I.raise(I.ValueError, std::string("Unknown conversion specifier ") + conv);
    if (spec.find('{') != std::string::npos) spec = str_format(I, spec, pos, kw, mapping, st, depth - 1);
    out += static_cast<Str*>(format_value(I, v, spec).o)->s;
  }
  return out;
}

// list.index / tuple.index's optional start and stop (a slice's clamping: negative values count
// from the end, then both are clamped to [0, len]).
static std::pair<size_t, size_t> index_bounds(Interp& I, CallArgs& a, size_t n) {
  auto bound = [&](size_t k, int64_t dflt) {
    if (a.size() <= k) return dflt;
    int64_t x = I.index_value(a[k]);
    if (x < 0) x += static_cast<int64_t>(n);
    return std::clamp<int64_t>(x, 0, static_cast<int64_t>(n));
  };
  return {static_cast<size_t>(bound(2, 0)), static_cast<size_t>(bound(3, static_cast<int64_t>(n)))};
}

// printf-style formatting, str % args (Objects/unicodeobject.c's PyUnicode_Format): mapping keys
// %(name)s when args is a mapping (anything with __getitem__ but a tuple or str), the flags
// - + space # 0, '*' width and precision taken from the arguments, the conversions
// d i u o x X e E f F g G c r s a %, and CPython's error texts.
Value percent_format(Interp& I, const std::string& fmt, Value args) {
  std::vector<Value> items;
  bool is_tuple = args.is_obj() && args.o->kind == Kind::Tuple;
  if (is_tuple) items = static_cast<Tuple*>(args.o)->items;
  else items.push_back(args);
  bool is_str = args.is_obj() && args.o->kind == Kind::Str;
  bool mapping = !is_tuple && !is_str && args.is_obj() &&
                 (args.o->kind == Kind::Dict || !I.lookup_type(I.type_of(args), "__getitem__").is_null());
  size_t ai = 0;
  bool used_key = false;
  auto char_index = [&](size_t byte) {
    size_t n = 0;
    for (size_t k = 0; k < byte; ++k)
      if ((static_cast<unsigned char>(fmt[k]) & 0xC0) != 0x80) ++n;
    return n;
  };
  auto next_arg = [&]() -> Value {
    if (ai >= items.size()) I.raise(I.TypeError, "not enough arguments for format string");
    return items[ai++];
  };
  std::string out;
  for (size_t i = 0; i < fmt.size(); ++i) {
    if (fmt[i] != '%') {
      out += fmt[i];
      continue;
    }
    size_t start = i;
    ++i;
    if (i >= fmt.size()) I.raise(I.ValueError, "incomplete format");
    Value v;
    bool have_v = false;
    if (fmt[i] == '(') {
      if (!mapping) I.raise(I.TypeError, "format requires a mapping");
      int depth = 1;
      size_t k = i + 1;
      while (k < fmt.size() && depth) {
        if (fmt[k] == '(') ++depth;
        else if (fmt[k] == ')') --depth;
        if (depth) ++k;
      }
      if (k >= fmt.size()) I.raise(I.ValueError, "incomplete format key");
      v = I.getitem(args, I.str(fmt.substr(i + 1, k - i - 1)));
      have_v = true;
      used_key = true;
      i = k + 1;
    }
    bool left = false, plus = false, space = false, alt = false, zero = false;
    for (; i < fmt.size(); ++i) {
      char f = fmt[i];
      if (f == '-') left = true;
      else if (f == '+') plus = true;
      else if (f == ' ') space = true;
      else if (f == '#') alt = true;
      else if (f == '0') zero = true;
      else break;
    }
    int width = -1, prec = -1;
    auto star = [&]() -> int {
      Value w = next_arg();
      if (!(w.is_int() || w.is_bool() || is_long(w))) I.raise(I.TypeError, "* wants int");
      return static_cast<int>(I.index_value(w));
    };
    if (i < fmt.size() && fmt[i] == '*') {
      width = star();
      if (width < 0) {
        left = true;
        width = -width;
      }
      ++i;
    } else {
      while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') width = (width < 0 ? 0 : width * 10) + (fmt[i++] - '0');
    }
    if (i < fmt.size() && fmt[i] == '.') {
      ++i;
      prec = 0;
      if (i < fmt.size() && fmt[i] == '*') {
        prec = star();
        ++i;
      } else {
        while (i < fmt.size() && fmt[i] >= '0' && fmt[i] <= '9') prec = prec * 10 + (fmt[i++] - '0');
      }
    }
    while (i < fmt.size() && (fmt[i] == 'h' || fmt[i] == 'l' || fmt[i] == 'L')) ++i;  // length modifiers
    if (i >= fmt.size()) I.raise(I.ValueError, "incomplete format");
    char c = fmt[i];
    if (c == '%') {
      out += '%';
      continue;
    }
    if (!have_v) v = next_arg();
    std::string sp;
    if (left) sp += '<';
    std::string body;
    auto pad = [&](std::string b) {
      if (width > 0 && static_cast<int>(b.size()) < width) {
        size_t n = static_cast<size_t>(width) - b.size();
        if (left) b += std::string(n, ' ');
        else b = std::string(n, ' ') + b;
      }
      return b;
    };
    auto num_spec = [&](char type) {
      std::string s2 = left ? "<" : "";
      if (plus) s2 += '+';
      else if (space) s2 += ' ';
      if (alt) s2 += '#';
      if (zero && !left) s2 += '0';
      if (width > 0) s2 += std::to_string(width);
      if (prec >= 0) s2 += "." + std::to_string(prec);
      s2 += type;
      return s2;
    };
    switch (c) {
      case 's':
      case 'r':
      case 'a': {
        std::string t = c == 's' ? I.to_str(v) : c == 'r' ? I.repr(v) : ascii_repr(I, v);
        if (prec >= 0) {
          // precision counts characters
          size_t n = 0, k = 0;
          for (; k < t.size(); ++k) {
            if ((static_cast<unsigned char>(t[k]) & 0xC0) != 0x80) {
              if (static_cast<int>(n) == prec) break;
              ++n;
            }
          }
          t = t.substr(0, k);
        }
        size_t chars = 0;
        for (unsigned char ch : t)
          if ((ch & 0xC0) != 0x80) ++chars;
        if (width > 0 && static_cast<int>(chars) < width) {
          size_t n = static_cast<size_t>(width) - chars;
          t = left ? t + std::string(n, ' ') : std::string(n, ' ') + t;
        }
        out += t;
        break;
      }
      case 'd':
      case 'i':
      case 'u': {
        Value iv = Interp::number_payload(v);
        if (iv.is_float()) iv = float_to_int(I, std::trunc(iv.f));
        else if (!(iv.is_int() || iv.is_bool() || is_long(iv))) {
          Value m = I.lookup_type(I.type_of(v), "__int__");
          if (m.is_null()) m = I.lookup_type(I.type_of(v), "__index__");
          if (m.is_null())
            I.raise(I.TypeError, std::string("%") + c + " format: a real number is required, not " + I.type_name(v));
          iv = I.call(m, {v});
        }
        if (iv.is_bool()) iv = Value::integer(iv.b ? 1 : 0);
        std::string s2 = num_spec('d');
        if (size_t dot = s2.find('.'); dot != std::string::npos) s2 = s2.substr(0, dot) + 'd';
        std::string t = static_cast<Str*>(format_value(I, iv, s2).o)->s;
        if (prec > 0) {
          // %.5d pads the digits with zeros to the precision
          bool neg = !t.empty() && t.find('-') != std::string::npos;
          std::string digits;
          for (char ch : t)
            if (ch >= '0' && ch <= '9') digits += ch;
          if (static_cast<int>(digits.size()) < prec) {
            std::string sign = neg ? "-" : plus ? "+" : space ? " " : "";
            t = pad(sign + std::string(static_cast<size_t>(prec) - digits.size(), '0') + digits);
          }
        }
        out += t;
        break;
      }
      case 'o':
      case 'x':
      case 'X': {
        Value iv = Interp::number_payload(v);
        if (!(iv.is_int() || iv.is_bool() || is_long(iv))) {
          Value m = I.lookup_type(I.type_of(v), "__index__");
          if (m.is_null())
            I.raise(I.TypeError, std::string("%") + c + " format: an integer is required, not " + I.type_name(v));
          iv = I.call(m, {v});
        }
        if (iv.is_bool()) iv = Value::integer(iv.b ? 1 : 0);
        std::string s2 = num_spec(c);
        size_t dot = s2.find('.');
        if (dot != std::string::npos) s2 = s2.substr(0, dot) + c;
        out += static_cast<Str*>(format_value(I, iv, s2).o)->s;
        break;
      }
      case 'e':
      case 'E':
      case 'f':
      case 'F':
      case 'g':
      case 'G': {
        Value fv = Interp::number_payload(v);
        if (!(fv.is_float() || fv.is_int() || fv.is_bool() || is_long(fv))) {
          Value m = I.lookup_type(I.type_of(v), "__float__");
          if (m.is_null()) m = I.lookup_type(I.type_of(v), "__index__");
          if (m.is_null()) I.raise(I.TypeError, "must be real number, not " + I.type_name(v));
          fv = I.call(m, {v});
        }
        double d = fv.is_float()  ? fv.f
                   : fv.is_bool() ? (fv.b ? 1.0 : 0.0)
                   : is_long(fv)  ? int_to_double(I, fv)
                                  : static_cast<double>(fv.i);
        if (prec < 0) prec = 6;
        out += static_cast<Str*>(format_value(I, Value::flt(d), num_spec(c)).o)->s;
        break;
      }
      case 'c': {
        std::string t;
        if (v.is_obj() && v.o->kind == Kind::Str) {
          t = static_cast<Str*>(v.o)->s;
          size_t chars = 0;
          for (unsigned char ch : t)
            if ((ch & 0xC0) != 0x80) ++chars;
          if (chars != 1) I.raise(I.TypeError, "%c requires int or char");
        } else if (v.is_int() || v.is_bool()) {
          int64_t cp = I.index_value(v);
          if (cp < 0 || cp > 0x10ffff) I.raise(I.OverflowError, "%c arg not in range(0x110000)");
          CallArgs ca;
          ca.pos.push_back(Value::integer(cp));
          t = I.to_str(I.call(I.dict_get_str(I.builtins, "chr"), ca));
        } else {
          I.raise(I.TypeError, "%c requires int or char");
        }
        out += pad(t);
        break;
      }
      default: {
        // the code point of the character (a whole UTF-8 sequence)
        size_t at = i;
        uint32_t cp = next_utf8(fmt, at);
        char hex[16];
        std::snprintf(hex, sizeof hex, "%x", cp);
        std::string shown = cp >= 32 && cp <= 126 ? std::string(1, c) : "?";  // CPython shows '?' for the rest
        I.raise(I.ValueError, "unsupported format character '" + shown + "' (0x" + hex + ") at index " +
                                  std::to_string(char_index(i)));
      }
    }
    (void)start;
  }
  if (ai < items.size() && !mapping) I.raise(I.TypeError, "not all arguments converted during string formatting");
  (void)used_key;
  return I.str(out);
}

// ---------------------------------------------------------------------------------------------
// Sets: CPython 3.11's table layout (Objects/setobject.c), so that iteration and printing follow
// the slot order. Facts used: the table starts with 8 slots; probing looks at the home slot
// hash & mask and, when they fit, the 9 slots after it (LINEAR_PROBES), then jumps with
// perturb >>= 5; i = (i * 5 + 1 + perturb) & mask; a new element takes the first empty slot (or
// the last dummy seen on the way); after taking an empty slot, the table grows when
// fill * 5 >= mask * 3, to the smallest power of two > used * 4 (used * 2 above 50000), re-inserting
// the elements in slot order. Deleting leaves a dummy.

static SetTable& set_table(Dict* d) {
  if (!d->table) d->table = std::make_unique<SetTable>();
  return *d->table;
}

static constexpr size_t kLinearProbes = 9;

// set_insert_clean: the first empty slot on the probe sequence (the table has no dummies).
static void set_insert_clean(std::vector<int32_t>& slot, uint64_t hash, int32_t index) {
  size_t mask = slot.size() - 1;
  uint64_t perturb = hash;  // 64-bit like CPython's size_t on 64-bit hosts (wasm32 has 32-bit size_t)
  size_t i = static_cast<size_t>(hash & mask);
  while (true) {
    if (slot[i] == SetTable::kEmpty) {
      slot[i] = index;
      return;
    }
    if (i + kLinearProbes <= mask) {
      for (size_t j = 1; j <= kLinearProbes; ++j) {
        if (slot[i + j] == SetTable::kEmpty) {
          slot[i + j] = index;
          return;
        }
      }
    }
    perturb >>= 5;
    i = static_cast<size_t>((i * 5 + 1 + perturb) & mask);
  }
}

static void set_table_resize(Dict* d, size_t minused) {
  SetTable& t = set_table(d);
  size_t newsize = 8;
  while (newsize <= minused) newsize <<= 1;
  if (newsize == 8 && t.slot.size() == 8 && t.fill == t.used) return;  // nothing to purge
  std::vector<int32_t> old(newsize, SetTable::kEmpty);
  old.swap(t.slot);
  for (int32_t k : old)
    if (k >= 0) set_insert_clean(t.slot, d->entries[static_cast<size_t>(k)].hash, k);
  t.fill = t.used;
  t.dirty = true;
}

void set_sync(Dict* d) {
  if (!d->table || !d->table->dirty) return;
  SetTable& t = *d->table;
  std::vector<Dict::Entry> ordered;
  ordered.reserve(t.used);
  for (auto& k : t.slot) {
    if (k < 0) continue;
    ordered.push_back(d->entries[static_cast<size_t>(k)]);
    k = static_cast<int32_t>(ordered.size() - 1);
  }
  d->entries = std::move(ordered);
  d->index.clear();
  for (uint32_t i = 0; i < d->entries.size(); ++i) d->index.emplace(d->entries[i].hash, i);
  t.dirty = false;
}

void set_table_inserted(Dict* d, uint32_t index) {
  SetTable& t = set_table(d);
  uint64_t hash = d->entries[index].hash;
  size_t mask = t.mask();
  uint64_t perturb = hash;  // 64-bit like CPython's size_t on 64-bit hosts (wasm32 has 32-bit size_t)
  size_t i = static_cast<size_t>(hash & mask);
  long freeslot = -1;
  size_t found = 0;
  while (true) {
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    size_t j = i;
    bool empty = false;
    while (true) {
      int32_t k = t.slot[j];
      if (k == SetTable::kEmpty) {
        empty = true;
        break;
      }
      if (k == SetTable::kDummy) freeslot = static_cast<long>(j);
      if (probes-- == 0) break;
      ++j;
    }
    if (empty) {
      found = j;
      break;
    }
    perturb >>= 5;
    i = static_cast<size_t>((i * 5 + 1 + perturb) & mask);
  }
  t.dirty = true;
  t.used++;
  if (freeslot >= 0) {
    t.slot[static_cast<size_t>(freeslot)] = static_cast<int32_t>(index);
  } else {
    t.slot[found] = static_cast<int32_t>(index);
    t.fill++;
    if (t.fill * 5 >= mask * 3) set_table_resize(d, t.used > 50000 ? t.used * 2 : t.used * 4);
  }
  // Dead entries (removed elements) are dropped once they outnumber the live ones.
  if (d->entries.size() > 64 && d->live_count * 2 < d->entries.size()) set_sync(d);
}

// The slot holding entry `index`: it lies on the probe sequence of its hash.
static size_t set_slot_of(Dict* d, uint32_t index) {
  SetTable& t = set_table(d);
  uint64_t hash = d->entries[index].hash;
  size_t mask = t.mask();
  uint64_t perturb = hash;  // 64-bit like CPython's size_t on 64-bit hosts (wasm32 has 32-bit size_t)
  size_t i = static_cast<size_t>(hash & mask);
  for (size_t rounds = 0; rounds < 64 + t.slot.size(); ++rounds) {
    size_t probes = i + kLinearProbes <= mask ? kLinearProbes : 0;
    for (size_t j = i; j <= i + probes; ++j)
      if (t.slot[j] == static_cast<int32_t>(index)) return j;
    perturb >>= 5;
    i = static_cast<size_t>((i * 5 + 1 + perturb) & mask);
  }
  for (size_t j = 0; j < t.slot.size(); ++j)
    if (t.slot[j] == static_cast<int32_t>(index)) return j;
  return t.slot.size();
}

void set_table_removed(Dict* d, uint32_t index) {
  SetTable& t = set_table(d);
  size_t j = set_slot_of(d, index);
  if (j >= t.slot.size()) return;
  t.slot[j] = SetTable::kDummy;
  t.used--;
  t.dirty = true;
}

void set_clear(Dict* d) {
  d->entries.clear();
  d->index.clear();
  d->live_count = 0;
  size_t finger = d->table ? d->table->finger : 0;
  d->table = std::make_unique<SetTable>();
  d->table->finger = finger;
}

static bool is_anyset(Value v) { return v.is_obj() && (v.o->kind == Kind::Set || v.o->kind == Kind::FrozenSet); }

// Calls fn(key) for each element in slot order.
template <class F>
static void set_each(Dict* d, F fn) {
  set_sync(d);
  std::vector<Value> keys;
  keys.reserve(d->size());
  for (auto& e : d->entries)
    if (e.live) keys.push_back(e.key);
  for (auto& k : keys) fn(k);
}

static void set_append_entry(Dict* d, const Dict::Entry& e) {
  d->index.emplace(e.hash, static_cast<uint32_t>(d->entries.size()));
  d->entries.push_back({e.key, Value::none(), e.hash, true});
  d->live_count++;
}

// set_merge: `so` gets the elements of the set `other`.
static void set_merge(Interp& I, Dict* so, Dict* other) {
  if (so == other || other->size() == 0) return;
  SetTable& t = set_table(so);
  SetTable& o = set_table(other);
  if ((t.fill + o.used) * 5 >= t.mask() * 3) set_table_resize(so, (t.used + o.used) * 2);
  if (t.fill == 0) {
    bool same_layout = t.slot.size() == o.slot.size() && o.fill == o.used;
    for (size_t j = 0; j < o.slot.size(); ++j) {
      int32_t k = o.slot[j];
      if (k < 0) continue;
      set_append_entry(so, other->entries[static_cast<size_t>(k)]);
      int32_t mine = static_cast<int32_t>(so->entries.size() - 1);
      if (same_layout) t.slot[j] = mine;
      else set_insert_clean(t.slot, so->entries.back().hash, mine);
    }
    t.fill = t.used = o.used;
    t.dirty = true;
    return;
  }
  set_each(other, [&](Value k) { I.dict_set(so, k, Value::none()); });
}

void set_update(Interp& I, Dict* so, Value other) {
  if (is_anyset(other)) return set_merge(I, so, static_cast<Dict*>(other.o));
  if (other.is_obj() && other.o->kind == Kind::Dict && other.o->type == I.dict_type) {
    Dict* od = static_cast<Dict*>(other.o);
    SetTable& t = set_table(so);
    if ((t.fill + od->size()) * 5 >= t.mask() * 3) set_table_resize(so, (t.used + od->size()) * 2);
    std::vector<Value> keys;
    for (auto& e : od->entries)
      if (e.live) keys.push_back(e.key);
    for (auto& k : keys) I.dict_set(so, k, Value::none());
    return;
  }
  Value it = I.iter(other);
  Value v;
  while (I.next(it, v)) I.dict_set(so, v, Value::none());
}

static Dict* new_set(Interp& I, Type* type) {
  return I.make<Dict>(type, type->is_subtype(I.frozenset_type) ? Kind::FrozenSet : Kind::Set);
}

static Dict* set_copy(Interp& I, Dict* so) {
  Dict* r = new_set(I, so->type);
  set_merge(I, r, so);
  return r;
}

static bool set_has(Interp& I, Dict* d, Value k) { return !I.dict_get(d, k).is_null(); }

static Dict* set_intersection(Interp& I, Dict* so, Value other) {
  if (other.is_obj() && other.o == so) return set_copy(I, so);
  Dict* r = new_set(I, so->type);
  if (is_anyset(other)) {
    Dict* a = so;
    Dict* b = static_cast<Dict*>(other.o);
    if (b->size() > a->size()) std::swap(a, b);
    set_each(b, [&](Value k) {
      if (set_has(I, a, k)) I.dict_set(r, k, Value::none());
    });
    return r;
  }
  Value it = I.iter(other);
  Value v;
  while (I.next(it, v))
    if (set_has(I, so, v)) I.dict_set(r, v, Value::none());
  return r;
}

static void set_difference_update(Interp& I, Dict* so, Value other) {
  if (other.is_obj() && other.o == so) return set_clear(so);
  if (is_anyset(other)) {
    set_each(static_cast<Dict*>(other.o), [&](Value k) { I.dict_del(so, k); });
  } else {
    for (auto& v : I.to_vector(other)) I.dict_del(so, v);
  }
  SetTable& t = set_table(so);
  if (t.fill - t.used > t.mask() / 4) set_table_resize(so, t.used > 50000 ? t.used * 2 : t.used * 4);
}

static Dict* set_difference(Interp& I, Dict* so, Value other) {
  size_t other_size = 0;
  if (is_anyset(other)) other_size = static_cast<Dict*>(other.o)->size();
  else if (other.is_obj() && other.o->kind == Kind::Dict && other.o->type == I.dict_type)
    other_size = static_cast<Dict*>(other.o)->size();
  else {
    Dict* r = set_copy(I, so);
    set_difference_update(I, r, other);
    return r;
  }
  if ((so->size() >> 2) > other_size) {
    Dict* r = set_copy(I, so);
    set_difference_update(I, r, other);
    return r;
  }
  Dict* od = static_cast<Dict*>(other.o);
  Dict* r = new_set(I, so->type);
  set_each(so, [&](Value k) {
    if (!set_has(I, od, k)) I.dict_set(r, k, Value::none());
  });
  return r;
}

static void set_symmetric_difference_update(Interp& I, Dict* so, Value other) {
  if (other.is_obj() && other.o == so) return set_clear(so);
  Dict* od;
  if (is_anyset(other)) {
    od = static_cast<Dict*>(other.o);
  } else {
    od = new_set(I, so->type);
    set_update(I, od, other);
  }
  set_each(od, [&](Value k) {
    if (!I.dict_del(so, k)) I.dict_set(so, k, Value::none());
  });
}

static Dict* set_symmetric_difference(Interp& I, Dict* so, Value other) {
  Dict* r = new_set(I, so->type);
  set_update(I, r, other);
  set_symmetric_difference_update(I, r, Value::obj(so));
  return r;
}

static void set_swap_bodies(Dict* a, Dict* b) {
  std::swap(a->entries, b->entries);
  std::swap(a->index, b->index);
  std::swap(a->live_count, b->live_count);
  // CPython's set_swap_bodies leaves each set's pop() finger where it was.
  std::swap(set_table(a).finger, set_table(b).finger);
  std::swap(a->table, b->table);
}

std::string ascii_repr(Interp& I, Value v) {
  std::string r = I.repr(v), out;
  static const char* hex = "0123456789abcdef";
  for (size_t i = 0; i < r.size();) {
    unsigned char c = static_cast<unsigned char>(r[i]);
    if (c < 0x80) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    int n = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : 2;
    uint32_t cp = c & (n == 4 ? 0x07 : n == 3 ? 0x0f : 0x1f);
    for (int k = 1; k < n && i + static_cast<size_t>(k) < r.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(r[i + static_cast<size_t>(k)]) & 0x3f);
    i += static_cast<size_t>(n);
    int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
    out += digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U";
    for (int k = digits - 1; k >= 0; --k) out += hex[(cp >> (4 * k)) & 0xf];
  }
  return out;
}

Value set_binop(Interp& I, int op, Value a, Value b) {
  Dict* x = dict_of(a);
  switch (op) {
    case 7: {  // |
      Dict* r = set_copy(I, x);
      if (!b.same(a)) set_update(I, r, b);
      return Value::obj(r);
    }
    case 1: return Value::obj(set_intersection(I, x, b));           // &
    case 10: return Value::obj(set_difference(I, x, b));            // -
    case 12: return Value::obj(set_symmetric_difference(I, x, b));  // ^
  }
  return Value();
}

// |= &= -= ^= on a set (CPython's set_ior, set_iand, set_isub, set_ixor).
Value set_inplace_binop(Interp& I, int op, Value a, Value b) {
  Dict* x = dict_of(a);
  switch (op) {
    case 7: set_update(I, x, b); break;
    case 1: set_swap_bodies(x, set_intersection(I, x, b)); break;
    case 10: set_difference_update(I, x, b); break;
    case 12: set_symmetric_difference_update(I, x, b); break;
  }
  return a;
}

// ---------------------------------------------------------------------------------------------

// Containers whose repr is being computed (CPython's Py_ReprEnter): a container met again inside
// its own repr prints as [...] / {...}.
static thread_local std::vector<const Object*> repr_active;

struct ReprGuard {
  bool reentered = false;
  const Object* o;
  explicit ReprGuard(const Object* obj) : o(obj) {
    for (const Object* p : repr_active) reentered = reentered || p == o;
    if (!reentered) repr_active.push_back(o);
  }
  ~ReprGuard() {
    if (!reentered) repr_active.pop_back();
  }
};

static std::string seq_repr(Interp& I, const std::vector<Value>& items, const char* open, const char* close,
                            bool tuple1) {
  static int depth = 0;
  if (depth > 200) I.raise(I.RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
  ++depth;
  std::string s = open;
  try {
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) s += ", ";
      s += I.repr(items[i]);
    }
  } catch (...) {
    --depth;
    throw;
  }
  --depth;
  if (tuple1 && items.size() == 1) s += ",";
  return s + close;
}

static Value new_exception_type(Interp& I, const std::string& name, Type* base) {
  Type* t = I.new_type(name, base);
  t->is_exception = true;
  return Value::obj(t);
}

// The methods of object.
static void init_object_methods(Interp& I) {
  Type* obj = I.object_type;
  method(I, obj, "__init__", [](Interp&, CallArgs&) { return Value::none(); });
  {
    Builtin* b = static_cast<Builtin*>(I.builtin("__new__", [](Interp& I2, CallArgs& a) {
                                          if (a.pos.empty())
                                            I2.raise(I2.TypeError, "object.__new__(): not enough arguments");
                                          Type* cls = static_cast<Type*>(a.pos[0].o);
                                          Instance* inst = I2.make<Instance>(cls);
                                          if (cls->is_exception) {
                                            std::vector<Value> rest(a.pos.begin() + 1, a.pos.end());
                                            inst->args = I2.tuple(rest);
                                          }
                                          return Value::obj(inst);
                                        }).o);
    b->qualname = "object.__new__";
    I.dict_set_str(obj->dict, "__new__", Value::obj(I.make<StaticMethod>(I.staticmethod_type, Value::obj(b))));
  }
  {
    // object.__init_subclass__: the end of a super().__init_subclass__(**kwargs) chain.
    Builtin* b =
        static_cast<Builtin*>(I.builtin("__init_subclass__", [](Interp& I2, CallArgs& a) {
                                 if (!a.kw.empty() || a.pos.size() > 1) {
                                   std::string n =
                                       a.pos.empty() ? "object" : I2.to_str(I2.getattr(a.pos[0], "__name__"));
                                   I2.raise(I2.TypeError, n + ".__init_subclass__() takes no keyword arguments");
                                 }
                                 return Value::none();
                               }).o);
    b->qualname = "object.__init_subclass__";
    I.dict_set_str(obj->dict, "__init_subclass__", Value::obj(I.make<ClassMethod>(I.classmethod_type, Value::obj(b))));
  }
  method(I, obj, "__repr__", [](Interp& I2, CallArgs& a) {
    Value v = a[0];
    char addr[32];
    std::snprintf(addr, sizeof addr, "0x%llx", static_cast<unsigned long long>(I2.address_of(v.o)));
    Type* t = I2.type_of(v);
    Value m = I2.dict_get_str(t->dict, "__module__");
    std::string mod = m.is_null() ? t->module : I2.to_str(m);
    if (mod == "builtins") return I2.str("<" + t->qualname + " object at " + addr + ">");  // object_repr
    return I2.str("<" + mod + "." + t->qualname + " object at " + addr + ">");
  });
  static_cast<Builtin*>(I.dict_get_str(obj->dict, "__repr__").o)->qualname = "object.__repr__";
  method(I, obj, "__str__", [](Interp& I2, CallArgs& a) { return I2.str(I2.repr(a[0])); });
  static_cast<Builtin*>(I.dict_get_str(obj->dict, "__str__").o)->qualname = "object.__str__";
  method(I, obj, "__eq__",
         [](Interp& I2, CallArgs& a) { return a[0].same(a[1]) ? Value::boolean(true) : I2.not_implemented; });
  // object.__ne__ (object_richcompare): the inverse of self.__eq__(other), NotImplemented when that is.
  method(I, obj, "__ne__", [](Interp& I2, CallArgs& a) {
    Value r = I2.call(I2.getattr(a[0], "__eq__"), {a[1]});
    if (r.is_obj() && r.o->kind == Kind::NotImplemented) return r;
    return Value::boolean(!I2.truthy(r));
  });
  method(I, obj, "__hash__",
         [](Interp& I2, CallArgs& a) { return Value::integer(static_cast<int64_t>(I2.address_of(a[0].o) >> 4)); });
  method(I, obj, "__setattr__", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 3, 3, "__setattr__");
    Value o = a[0];
    std::string name = as_str(I2, a[1], "attribute name")->s;
    if (o.is_obj() && o.o->kind == Kind::Instance) {
      if (slots_forbid(I2, I2.type_of(o), name))
        I2.raise(I2.AttributeError, "'" + I2.type_name(o) + "' object has no attribute '" + name + "'");
      auto* inst = static_cast<Instance*>(o.o);
      if (!inst->dict) inst->dict = I2.new_dict();
      I2.dict_set_str(inst->dict, name, a[2]);
      return Value::none();
    }
    I2.raise(I2.AttributeError, "'" + I2.type_name(o) + "' object has no attribute '" + name + "'");
  });
  static_cast<Builtin*>(I.dict_get_str(obj->dict, "__setattr__").o)->qualname = "object.__setattr__";
  method(I, obj, "__delattr__", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 2, 2, "__delattr__");
    Value o = a[0];
    std::string name = as_str(I2, a[1], "attribute name")->s;
    Dict* d = o.is_obj() && o.o->kind == Kind::Instance ? static_cast<Instance*>(o.o)->dict : nullptr;
    if (!d || !I2.dict_del(d, I2.str(name)))
      I2.raise(I2.AttributeError, "'" + I2.type_name(o) + "' object has no attribute '" + name + "'");
    return Value::none();
  });
  static_cast<Builtin*>(I.dict_get_str(obj->dict, "__delattr__").o)->qualname = "object.__delattr__";
  method(I, obj, "__getattribute__",
         [](Interp& I2, CallArgs& a) { return I2.getattr(a[0], as_str(I2, a[1], "attribute name")->s); });
}

// The methods of type.
static void init_type_methods(Interp& I) {
  method(I, I.type_type, "mro", [](Interp& I2, CallArgs& a) {
    std::vector<Value> v;
    for (Type* t : static_cast<Type*>(a[0].o)->mro) v.push_back(Value::obj(t));
    return I2.list(v);
  });
  // What a metaclass's methods reach through super(): type.__call__, __init__, __setattr__.
  auto as_type = [](Interp& I2, CallArgs& a, const char* fname) {
    if (a.size() < 1 || !(a[0].is_obj() && a[0].o->kind == Kind::Type))
      I2.raise(I2.TypeError, std::string("descriptor '") + fname + "' requires a 'type' object" +
                                 (a.size() < 1 ? std::string() : " but received a '" + I2.type_name(a[0]) + "'"));
    return static_cast<Type*>(a[0].o);
  };
  method(I, I.type_type, "__call__", [as_type](Interp& I2, CallArgs& a) {
    Type* cls = as_type(I2, a, "__call__");
    CallArgs rest;
    rest.pos.assign(a.pos.begin() + 1, a.pos.end());
    rest.kw = a.kw;
    return I2.construct(cls, rest);
  });
  method(I, I.type_type, "__init__", [as_type](Interp& I2, CallArgs& a) {
    as_type(I2, a, "__init__");
    if (a.size() != 2 && a.size() != 4) I2.raise(I2.TypeError, "type.__init__() takes 1 or 3 arguments");
    return Value::none();
  });
  method(I, I.type_type, "__setattr__", [as_type](Interp& I2, CallArgs& a) {
    Type* cls = as_type(I2, a, "__setattr__");
    expect_args(I2, a, 3, 3, "__setattr__");
    I2.type_setattr(cls, I2.to_str(a[1]), a[2]);
    return Value::none();
  });
}

// The methods of BaseException (the exception types).
static void init_exception_methods(Interp& I) {
  method(I, I.BaseException, "__init__", [](Interp& I2, CallArgs& a) {
    auto* inst = static_cast<Instance*>(a[0].o);
    std::vector<Value> rest(a.pos.begin() + 1, a.pos.end());
    inst->args = I2.tuple(rest);
    return Value::none();
  });
  method(I, I.BaseException, "with_traceback", [](Interp&, CallArgs& a) { return a[0]; });
  // SystemExit_init: `code` is None without arguments, the argument, or the args tuple.
  method(I, I.SystemExit, "__init__", [](Interp& I2, CallArgs& a) {
    auto* inst = static_cast<Instance*>(a[0].o);
    std::vector<Value> rest(a.pos.begin() + 1, a.pos.end());
    inst->args = I2.tuple(rest);
    if (!inst->dict) inst->dict = I2.new_dict();
    I2.dict_set_str(inst->dict, "code", rest.empty() ? Value::none() : rest.size() == 1 ? rest[0] : inst->args);
    return Value::none();
  });
  method(I, I.BaseException, "add_note", [](Interp& I2, CallArgs& a) {
    auto* inst = static_cast<Instance*>(a[0].o);
    if (!(a[1].is_obj() && a[1].o->kind == Kind::Str))
      I2.raise(I2.TypeError, "note must be a str, not '" + I2.type_name(a[1]) + "'");
    if (!inst->dict) inst->dict = I2.new_dict();
    Value notes = I2.dict_get_str(inst->dict, "__notes__");
    if (notes.is_null()) {
      notes = I2.list({});
      I2.dict_set_str(inst->dict, "__notes__", notes);
    }
    if (!(notes.is_obj() && notes.o->kind == Kind::List))
      I2.raise(I2.TypeError, "Cannot add note: __notes__ is not a list");
    static_cast<List*>(notes.o)->items.push_back(a[1]);
    return Value::none();
  });
}

// The methods of str.
static void init_str_methods(Interp& I) {
  Type* S = I.str_type;
  auto self_s = [](CallArgs& a) -> const std::string& { return static_cast<Str*>(a[0].o)->s; };
  method(I, S, "upper", [self_s](Interp& I2, CallArgs& a) { return I2.str(map_case(self_s(a), CaseMap::Upper)); });
  method(I, S, "lower", [self_s](Interp& I2, CallArgs& a) { return I2.str(map_case(self_s(a), CaseMap::Lower)); });
  method(I, S, "casefold", [self_s](Interp& I2, CallArgs& a) { return I2.str(map_case(self_s(a), CaseMap::Fold)); });
  method(I, S, "swapcase", [self_s](Interp& I2, CallArgs& a) { return I2.str(map_case(self_s(a), CaseMap::Swap)); });
  method(I, S, "rpartition", [self_s](Interp& I2, CallArgs& a) {
    const std::string& s = self_s(a);
    const std::string& sep = as_str(I2, a[1], "sep")->s;
    if (sep.empty()) I2.raise(I2.ValueError, "empty separator");
    size_t p = s.rfind(sep);
    if (p == std::string::npos) return I2.tuple({I2.str(""), I2.str(""), a[0]});
    return I2.tuple({I2.str(s.substr(0, p)), I2.str(sep), I2.str(s.substr(p + sep.size()))});
  });
  method(I, S, "removeprefix", [self_s](Interp& I2, CallArgs& a) {
    const std::string& s = self_s(a);
    const std::string& pre = as_str(I2, a[1], "removeprefix() argument")->s;
    return s.starts_with(pre) ? I2.str(s.substr(pre.size())) : a[0];
  });
  method(I, S, "removesuffix", [self_s](Interp& I2, CallArgs& a) {
    const std::string& s = self_s(a);
    const std::string& suf = as_str(I2, a[1], "removesuffix() argument")->s;
    return (!suf.empty() && s.ends_with(suf)) ? I2.str(s.substr(0, s.size() - suf.size())) : a[0];
  });
  method(I, S, "expandtabs", [self_s](Interp& I2, CallArgs& a) {
    Value tv = a.size() > 1 ? a[1] : a.take_kw("tabsize");
    int64_t tab = tv.is_null() ? 8 : I2.index_value(tv);
    std::string out;
    int64_t col = 0;
    for (char c : self_s(a)) {
      if (c == '\t') {
        if (tab > 0) {
          int64_t n = tab - col % tab;
          out.append(static_cast<size_t>(n), ' ');
          col += n;
        }
      } else if (c == '\n' || c == '\r') {
        out += c;
        col = 0;
      } else {
        out += c;
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++col;
      }
    }
    return I2.str(out);
  });
  method(I, S, "rindex", [self_s](Interp& I2, CallArgs& a) {
    const std::string& s = self_s(a);
    const std::string& sub = as_str(I2, a[1], "rindex arg")->s;
    size_t lo, hi, p = std::string::npos;
    if (str_search_range(I2, s, a, lo, hi)) p = str_search(s, sub, lo, hi, true);
    if (p == std::string::npos) I2.raise(I2.ValueError, "substring not found");
    return Value::integer(utf8_chars(s, p));
  });
  method(I, S, "istitle", [self_s](Interp&, CallArgs& a) {
    bool prev_cased = false, any = false;
    for (char c : self_s(a)) {
      if (isupper(static_cast<unsigned char>(c))) {
        if (prev_cased) return Value::boolean(false);
        prev_cased = true;
        any = true;
      } else if (islower(static_cast<unsigned char>(c))) {
        if (!prev_cased) return Value::boolean(false);
        prev_cased = true;
        any = true;
      } else prev_cased = false;
    }
    return Value::boolean(any);
  });
  method(I, S, "title", [self_s](Interp& I2, CallArgs& a) {
    std::string s = self_s(a);
    bool prev = false;
    for (auto& c : s) {
      c = static_cast<char>(prev ? tolower(c) : toupper(c));
      prev = isalpha(static_cast<unsigned char>(c));
    }
    return I2.str(s);
  });
  method(I, S, "capitalize", [self_s](Interp& I2, CallArgs& a) {
    std::string s = self_s(a);
    for (auto& c : s) c = static_cast<char>(tolower(c));
    if (!s.empty()) s[0] = static_cast<char>(toupper(s[0]));
    return I2.str(s);
  });
  auto strip_impl = [self_s](bool l, bool r) {
    return [self_s, l, r](Interp& I2, CallArgs& a) {
      std::string chars = a.size() > 1 && !a[1].is_none() ? as_str(I2, a[1], "chars")->s : kWhitespace;
      return I2.str(strip_chars(self_s(a), chars, l, r));
    };
  };
  method(I, S, "strip", strip_impl(true, true));
  method(I, S, "lstrip", strip_impl(true, false));
  method(I, S, "rstrip", strip_impl(false, true));
  method(I, S, "split", [self_s](Interp& I2, CallArgs& a) {
    Value sep = a.size() > 1 ? a[1] : a.take_kw("sep");
    Value ms = a.size() > 2 ? a[2] : a.take_kw("maxsplit");
    int64_t maxsplit = ms.is_null() ? -1 : I2.index_value(ms);
    const std::string& s = self_s(a);
    std::vector<Value> out;
    if (sep.is_null() || sep.is_none()) {
      for (auto& p : split_ws(s, maxsplit)) out.push_back(I2.str(p));
      return I2.list(out);
    }
    const std::string& d = as_str(I2, sep, "sep")->s;
    if (d.empty()) I2.raise(I2.ValueError, "empty separator");
    size_t start = 0;
    while (true) {
      if (maxsplit >= 0 && static_cast<int64_t>(out.size()) >= maxsplit) break;
      size_t p = s.find(d, start);
      if (p == std::string::npos) break;
      out.push_back(I2.str(s.substr(start, p - start)));
      start = p + d.size();
    }
    out.push_back(I2.str(s.substr(start)));
    return I2.list(out);
  });
  method(I, S, "rsplit", [self_s](Interp& I2, CallArgs& a) {
    Value sep = a.size() > 1 ? a[1] : a.take_kw("sep");
    Value ms = a.size() > 2 ? a[2] : a.take_kw("maxsplit");
    int64_t maxsplit = ms.is_null() ? -1 : I2.index_value(ms);
    const std::string& s = self_s(a);
    if (sep.is_null() || sep.is_none()) {
      std::vector<Value> out;
      for (auto& p : split_ws(s, -1)) out.push_back(I2.str(p));
      if (maxsplit >= 0 && static_cast<int64_t>(out.size()) > maxsplit + 1)
        I2.raise(I2.NotImplementedError, "rsplit with maxsplit on whitespace");
      return I2.list(out);
    }
    const std::string& d = as_str(I2, sep, "sep")->s;
    std::vector<Value> rev;
    size_t end = s.size();
    while (maxsplit < 0 || static_cast<int64_t>(rev.size()) < maxsplit) {
      if (end < d.size()) break;
      size_t p = s.rfind(d, end - d.size());
      if (p == std::string::npos) break;
      rev.push_back(I2.str(s.substr(p + d.size(), end - p - d.size())));
      end = p;
    }
    rev.push_back(I2.str(s.substr(0, end)));
    std::reverse(rev.begin(), rev.end());
    return I2.list(rev);
  });
  method(I, S, "splitlines", [self_s](Interp& I2, CallArgs& a) {
    // splitlines(keepends=False): \n, \r and \r\n end a line (keepends keeps them).
    Value keep = a.take_kw("keepends");
    if (a.size() > 1) keep = a[1];
    bool keepends = !keep.is_null() && I2.truthy(keep);
    std::vector<Value> out;
    const std::string& s = self_s(a);
    size_t start = 0;
    for (size_t i = 0; i < s.size(); ++i) {
      if (s[i] == '\n' || s[i] == '\r') {
        size_t end = i;
        if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') ++i;
        out.push_back(I2.str(s.substr(start, (keepends ? i + 1 : end) - start)));
        start = i + 1;
      }
    }
    if (start < s.size()) out.push_back(I2.str(s.substr(start)));
    return I2.list(out);
  });
  method(I, S, "join", [self_s](Interp& I2, CallArgs& a) {
    std::string out;
    bool first = true;
    for (auto& v : I2.to_vector(a[1])) {
      if (!(v.is_obj() && v.o->kind == Kind::Str))
        I2.raise(I2.TypeError,
                 "sequence item " + std::to_string(0) + ": expected str instance, " + I2.type_name(v) + " found");
      if (!first) out += self_s(a);
      out += static_cast<Str*>(v.o)->s;
      first = false;
    }
    return I2.str(out);
  });
  method(I, S, "replace", [self_s](Interp& I2, CallArgs& a) {
    std::string s = self_s(a);
    const std::string& from = as_str(I2, a[1], "replace() argument 1")->s;
    const std::string& to = as_str(I2, a[2], "replace() argument 2")->s;
    int64_t count = a.size() > 3 ? I2.index_value(a[3]) : -1;
    std::string out;
    size_t pos = 0;
    int64_t n = 0;
    if (from.empty()) {
      for (size_t i = 0; i <= s.size(); ++i) {
        if (count < 0 || n < count) {
          out += to;
          ++n;
        }
        if (i < s.size()) out += s[i];
      }
      return I2.str(out);
    }
    while (true) {
      size_t p = s.find(from, pos);
      if (p == std::string::npos || (count >= 0 && n >= count)) break;
      out += s.substr(pos, p - pos) + to;
      pos = p + from.size();
      ++n;
    }
    out += s.substr(pos);
    return I2.str(out);
  });
  auto starts_ends = [self_s](bool ends) {
    return [self_s, ends](Interp& I2, CallArgs& a) {
      std::string s = self_s(a);
      if (a.size() > 2) {  // optional start / end, in characters (ASCII-exact)
        int64_t n = static_cast<int64_t>(s.size());
        auto clampi = [n](int64_t v) { return v < 0 ? std::max<int64_t>(0, v + n) : std::min(v, n); };
        int64_t st = a[2].is_none() ? 0 : clampi(I2.index_value(a[2]));
        int64_t en = (a.size() > 3 && !a[3].is_none()) ? clampi(I2.index_value(a[3])) : n;
        if (st > en) return Value::boolean(false);
        s = s.substr(static_cast<size_t>(st), static_cast<size_t>(en - st));
      }
      std::vector<Value> cands;
      if (a[1].is_obj() && a[1].o->kind == Kind::Tuple) cands = static_cast<Tuple*>(a[1].o)->items;
      else cands.push_back(a[1]);
      for (auto& c : cands) {
        const std::string& p = as_str(I2, c, ends ? "endswith arg" : "startswith arg")->s;
        if (ends ? s.ends_with(p) : s.starts_with(p)) return Value::boolean(true);
      }
      return Value::boolean(false);
    };
  };
  method(I, S, "startswith", starts_ends(false));
  method(I, S, "endswith", starts_ends(true));
  auto finder = [self_s](const char* arg, bool last, bool raise) {
    return [self_s, arg, last, raise](Interp& I2, CallArgs& a) {
      const std::string& s = self_s(a);
      const std::string& sub = as_str(I2, a[1], arg)->s;
      size_t lo, hi, p = std::string::npos;
      if (str_search_range(I2, s, a, lo, hi)) p = str_search(s, sub, lo, hi, last);
      if (p == std::string::npos && raise) I2.raise(I2.ValueError, "substring not found");
      return Value::integer(p == std::string::npos ? -1 : utf8_chars(s, p));
    };
  };
  method(I, S, "find", finder("find arg", false, false));
  method(I, S, "rfind", finder("rfind arg", true, false));
  method(I, S, "index", finder("index arg", false, true));
  method(I, S, "count", [self_s](Interp& I2, CallArgs& a) {
    const std::string& s = self_s(a);
    const std::string& sub = as_str(I2, a[1], "count arg")->s;
    size_t lo, hi;
    if (!str_search_range(I2, s, a, lo, hi)) return Value::integer(0);
    if (sub.empty()) return Value::integer(utf8_chars(s, hi) - utf8_chars(s, lo) + 1);
    int64_t n = 0;
    for (size_t p = s.find(sub, lo); p != std::string::npos && p + sub.size() <= hi; p = s.find(sub, p + sub.size()))
      ++n;
    return Value::integer(n);
  });
  auto char_pred = [self_s](int (*pred)(int)) {
    return [self_s, pred](Interp&, CallArgs& a) {
      const std::string& s = self_s(a);
      if (s.empty()) return Value::boolean(false);
      for (unsigned char c : s)
        if (!pred(c)) return Value::boolean(false);
      return Value::boolean(true);
    };
  };
  method(I, S, "isdigit", char_pred(isdigit));
  method(I, S, "isnumeric", char_pred(isdigit));
  method(I, S, "isdecimal", char_pred(isdigit));
  method(I, S, "isalpha", char_pred(isalpha));
  method(I, S, "isalnum", char_pred(isalnum));
  method(I, S, "isspace", char_pred(isspace));
  method(I, S, "isupper", [self_s](Interp&, CallArgs& a) {
    bool any = false;
    for (unsigned char c : self_s(a)) {
      if (islower(c)) return Value::boolean(false);
      any |= isupper(c) != 0;
    }
    return Value::boolean(any);
  });
  method(I, S, "islower", [self_s](Interp&, CallArgs& a) {
    bool any = false;
    for (unsigned char c : self_s(a)) {
      if (isupper(c)) return Value::boolean(false);
      any |= islower(c) != 0;
    }
    return Value::boolean(any);
  });
  method(I, S, "isidentifier", [self_s](Interp&, CallArgs& a) { return Value::boolean(py::is_identifier(self_s(a))); });
  method(I, S, "isascii", [self_s](Interp&, CallArgs& a) {
    for (unsigned char c : self_s(a))
      if (c >= 0x80) return Value::boolean(false);
    return Value::boolean(true);
  });
  method(I, S, "isprintable", [self_s](Interp&, CallArgs& a) {
    const std::string& s = self_s(a);
    for (size_t i = 0; i < s.size();)
      if (!py::unicode_isprintable(next_utf8(s, i))) return Value::boolean(false);
    return Value::boolean(true);
  });
  // str.maketrans (a static method; reached here through the type or an instance): a dict of
  // ordinals, as unicode_maketrans_impl builds it.
  classmethod(I, S, "maketrans", [](Interp& I2, CallArgs& a) {
    auto ords = [](const std::string& s) {
      std::vector<int64_t> out;
      for (size_t i = 0; i < s.size();) out.push_back(next_utf8(s, i));
      return out;
    };
    size_t n = a.size() - 1;  // a[0] is the class
    Value table = I2.call(Value::obj(I2.dict_type), {});
    if (n == 1) {
      if (!(a[1].is_obj() && a[1].o->kind == Kind::Dict))
        I2.raise(I2.TypeError, "if you give only one argument to maketrans it must be a dict");
      for (auto& e : static_cast<Dict*>(a[1].o)->entries) {
        if (!e.live) continue;
        Value k = e.key;
        if (k.is_obj() && k.o->kind == Kind::Str) {
          auto o = ords(static_cast<Str*>(k.o)->s);
          if (o.size() != 1) I2.raise(I2.ValueError, "string keys in translate table must be of length 1");
          k = Value::integer(o[0]);
        } else if (!(k.is_int() && !k.is_bool())) {
          I2.raise(I2.TypeError, "keys in translate table must be strings or integers");
        }
        I2.setitem(table, k, e.value);
      }
      return table;
    }
    if (n < 2 || n > 3) I2.raise(I2.TypeError, "maketrans expected at most 3 arguments, got " + std::to_string(n));
    for (size_t i = 1; i <= n; ++i)
      if (!(a[i].is_obj() && a[i].o->kind == Kind::Str))
        I2.raise(I2.TypeError,
                 std::string("maketrans() argument ") + std::to_string(i) + " must be str, not " + I2.type_name(a[i]));
    auto x = ords(static_cast<Str*>(a[1].o)->s), y = ords(static_cast<Str*>(a[2].o)->s);
    if (x.size() != y.size()) I2.raise(I2.ValueError, "the first two maketrans arguments must have equal length");
    for (size_t i = 0; i < x.size(); ++i) I2.setitem(table, Value::integer(x[i]), Value::integer(y[i]));
    if (n == 3)
      for (int64_t c : ords(static_cast<Str*>(a[3].o)->s)) I2.setitem(table, Value::integer(c), Value::none());
    return table;
  });
  // str.translate(table): each character looked up as table[ord(c)] (a LookupError keeps it);
  // None deletes it, an int or a str replaces it.
  method(I, S, "translate", [self_s](Interp& I2, CallArgs& a) {
    if (a.size() != 2)
      I2.raise(I2.TypeError, "translate() takes exactly one argument (" + std::to_string(a.size() - 1) + " given)");
    const std::string& s = self_s(a);
    std::string out;
    for (size_t i = 0; i < s.size();) {
      size_t start = i;
      uint32_t cp = next_utf8(s, i);
      std::string ch = s.substr(start, i - start);
      Value r;
      try {
        r = I2.getitem(a[1], Value::integer(cp));
      } catch (PyException& e) {
        if (!I2.isinstance(e.exc, I2.LookupError)) throw;
        out += ch;
        continue;
      }
      if (r.is_none()) continue;
      if (r.is_int() && !r.is_bool()) {
        if (r.i < 0 || r.i > 0x10FFFF) I2.raise(I2.ValueError, "character mapping must be in range(0x110000)");
        put_utf8(out, static_cast<uint32_t>(r.i));
      } else if (r.is_obj() && r.o->kind == Kind::Str) {
        out += static_cast<Str*>(r.o)->s;
      } else {
        I2.raise(I2.TypeError, "character mapping must return integer, None or str");
      }
    }
    return I2.str(out);
  });
  // str.format_map(mapping): format with the mapping's items as keyword arguments.
  method(I, S, "format_map", [](Interp& I2, CallArgs& a) {
    if (a.size() != 2)
      I2.raise(I2.TypeError, "format_map() takes exactly one argument (" + std::to_string(a.size() - 1) + " given)");
    if (!(a[1].is_obj() && a[1].o->kind == Kind::Dict))
      I2.raise(I2.TypeError, "format_map() argument must be a mapping, not " + I2.type_name(a[1]));
    CallArgs call;
    for (auto& e : static_cast<Dict*>(a[1].o)->entries)
      if (e.live && e.key.is_obj() && e.key.o->kind == Kind::Str)
        call.kw.emplace_back(static_cast<Str*>(e.key.o)->s, e.value);
    return I2.call(I2.getattr(a[0], "format"), call);
  });
  auto pad = [self_s](char mode) {
    return [self_s, mode](Interp& I2, CallArgs& a) {
      std::string s = self_s(a);
      int64_t w = I2.index_value(a[1]);
      std::string fill = a.size() > 2 ? as_str(I2, a[2], "fill")->s : " ";
      int64_t n = I2.len(a[0]);
      if (w <= n) return I2.str(s);
      size_t padn = static_cast<size_t>(w - n);
      std::string p;
      for (size_t i = 0; i < padn; ++i) p += fill;
      if (mode == 'l') return I2.str(s + p);
      if (mode == 'r') return I2.str(p + s);
      size_t left = padn / 2 + (padn & static_cast<size_t>(w) & 1);
      std::string lp, rp;
      for (size_t i = 0; i < left; ++i) lp += fill;
      for (size_t i = 0; i < padn - left; ++i) rp += fill;
      return I2.str(lp + s + rp);
    };
  };
  method(I, S, "ljust", pad('l'));
  method(I, S, "rjust", pad('r'));
  method(I, S, "center", pad('c'));
  method(I, S, "zfill", [self_s](Interp& I2, CallArgs& a) {
    std::string s = self_s(a);
    int64_t w = I2.index_value(a[1]);
    if (static_cast<int64_t>(s.size()) >= w) return I2.str(s);
    size_t padn = static_cast<size_t>(w) - s.size();
    if (!s.empty() && (s[0] == '-' || s[0] == '+'))
      return I2.str(s.substr(0, 1) + std::string(padn, '0') + s.substr(1));
    return I2.str(std::string(padn, '0') + s);
  });
  method(I, S, "partition", [self_s](Interp& I2, CallArgs& a) {
    const std::string& s = self_s(a);
    const std::string& sep = as_str(I2, a[1], "sep")->s;
    size_t p = s.find(sep);
    if (p == std::string::npos) return I2.tuple({a[0], I2.str(""), I2.str("")});
    return I2.tuple({I2.str(s.substr(0, p)), I2.str(sep), I2.str(s.substr(p + sep.size()))});
  });
  method(I, S, "encode", [self_s](Interp& I2, CallArgs& a) { return I2.bytes(self_s(a)); });
  // str.__format__ (unicode__format__): the string formatted by the spec.
  method(I, S, "__format__", [](Interp& I2, CallArgs& a) {
    if (a.size() != 2)
      I2.raise(I2.TypeError,
               "str.__format__() takes exactly one argument (" + std::to_string(a.size() - 1) + " given)");
    if (!(a[1].is_obj() && a[1].o->kind == Kind::Str))
      I2.raise(I2.TypeError, "__format__() argument must be str, not " + I2.type_name(a[1]));
    return format_value(I2, a[0], static_cast<Str*>(a[1].o)->s);
  });
  method(I, S, "format", [self_s](Interp& I2, CallArgs& a) {
    std::vector<Value> pos(a.pos.begin() + 1, a.pos.end());
    StrFormatState st;
    return I2.str(str_format(I2, self_s(a), pos, a.kw, Value(), st, 2));
  });
  method(I, S, "format_map", [self_s](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 2, 2, "format_map");
    StrFormatState st;
    return I2.str(str_format(I2, self_s(a), {}, {}, a[1], st, 2));
  });
  method(I, S, "__repr__", [self_s](Interp& I2, CallArgs& a) { return I2.str(py::str_repr(self_s(a))); });
  method(I, S, "__len__", [](Interp& I2, CallArgs& a) { return Value::integer(I2.base_len(a[0])); });
  // The built-in behaviour of str's operators, what super() in a str subclass reaches.
  method(I, S, "__add__", [self_s](Interp& I2, CallArgs& a) {
    if (!(a[1].is_obj() && a[1].o->kind == Kind::Str))
      I2.raise(I2.TypeError, "can only concatenate str (not \"" + I2.type_name(a[1]) + "\") to str");
    return I2.str(self_s(a) + static_cast<Str*>(a[1].o)->s);
  });
  method(I, S, "__eq__", [self_s](Interp& I2, CallArgs& a) {
    if (!(a[1].is_obj() && a[1].o->kind == Kind::Str)) return I2.not_implemented;
    return Value::boolean(self_s(a) == static_cast<Str*>(a[1].o)->s);
  });
  method(I, S, "__ne__", [self_s](Interp& I2, CallArgs& a) {
    if (!(a[1].is_obj() && a[1].o->kind == Kind::Str)) return I2.not_implemented;
    return Value::boolean(self_s(a) != static_cast<Str*>(a[1].o)->s);
  });
  method(I, S, "__hash__", [self_s](Interp& I2, CallArgs& a) {
    return Value::integer(static_cast<int64_t>(I2.hash(I2.str(self_s(a)))));
  });
  method(I, S, "__str__", [self_s](Interp& I2, CallArgs& a) { return I2.str(self_s(a)); });
  method(I, S, "__getitem__", [](Interp& I2, CallArgs& a) { return I2.base_getitem(a[0], a[1]); });
  method(I, S, "__contains__", [](Interp& I2, CallArgs& a) { return Value::boolean(I2.base_contains(a[0], a[1])); });
  method(I, S, "__iter__", [](Interp& I2, CallArgs& a) { return I2.base_iter(a[0]); });
}

// The methods of bytes.
static void init_bytes_methods(Interp& I) {
  method(I, I.bytes_type, "__repr__",
         [](Interp& I2, CallArgs& a) { return I2.str(py::bytes_repr(static_cast<Bytes*>(a[0].o)->s)); });
  init_bytes_methods_shared(I);  // bytesmethods.cpp
}

// The methods of list.
static void init_list_methods(Interp& I) {
  Type* L = I.list_type;
  method(I, L, "append", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 2, 2, "list.append");
    list_items(a[0]).push_back(a[1]);
    return Value::none();
  });
  method(I, L, "extend", [](Interp& I2, CallArgs& a) {
    auto items = I2.to_vector(a[1]);
    auto& v = list_items(a[0]);
    v.insert(v.end(), items.begin(), items.end());
    return Value::none();
  });
  method(I, L, "pop", [](Interp& I2, CallArgs& a) {
    auto& v = list_items(a[0]);
    if (v.empty()) I2.raise(I2.IndexError, "pop from empty list");
    int64_t i = a.size() > 1 ? I2.index_value(a[1]) : -1;
    if (i < 0) i += static_cast<int64_t>(v.size());
    if (i < 0 || i >= static_cast<int64_t>(v.size())) I2.raise(I2.IndexError, "pop index out of range");
    Value r = v[static_cast<size_t>(i)];
    v.erase(v.begin() + i);
    return r;
  });
  method(I, L, "insert", [](Interp& I2, CallArgs& a) {
    auto& v = list_items(a[0]);
    int64_t i = I2.index_value(a[1]);
    int64_t n = static_cast<int64_t>(v.size());
    if (i < 0) i = std::max<int64_t>(0, i + n);
    if (i > n) i = n;
    v.insert(v.begin() + i, a[2]);
    return Value::none();
  });
  method(I, L, "remove", [](Interp& I2, CallArgs& a) {
    auto& v = list_items(a[0]);
    for (size_t i = 0; i < v.size(); ++i)
      if (v[i].same(a[1]) || I2.eq(v[i], a[1])) {
        v.erase(v.begin() + static_cast<long>(i));
        return Value::none();
      }
    I2.raise(I2.ValueError, "list.remove(x): x not in list");
  });
  method(I, L, "index", [](Interp& I2, CallArgs& a) {
    auto& v = list_items(a[0]);
    auto [lo, hi] = index_bounds(I2, a, v.size());
    for (size_t i = lo; i < hi && i < v.size(); ++i)
      if (v[i].same(a[1]) || I2.eq(v[i], a[1])) return Value::integer(static_cast<int64_t>(i));
    I2.raise(I2.ValueError, I2.repr(a[1]) + " is not in list");
  });
  method(I, L, "count", [](Interp& I2, CallArgs& a) {
    int64_t n = 0;
    for (auto& x : list_items(a[0])) n += (x.same(a[1]) || I2.eq(x, a[1]));
    return Value::integer(n);
  });
  method(I, L, "reverse", [](Interp&, CallArgs& a) {
    std::reverse(list_items(a[0]).begin(), list_items(a[0]).end());
    return Value::none();
  });
  method(I, L, "copy", [](Interp& I2, CallArgs& a) { return I2.list(list_items(a[0])); });
  method(I, L, "clear", [](Interp&, CallArgs& a) {
    list_items(a[0]).clear();
    return Value::none();
  });
  method(I, L, "sort", [](Interp& I2, CallArgs& a) {
    Value key = a.take_kw("key");
    Value rev = a.take_kw("reverse");
    auto& v = list_items(a[0]);
    std::vector<Value> items = v;
    std::vector<Value> keys = items;
    if (!key.is_null() && !key.is_none())
      for (auto& k : keys) k = I2.call(key, {k});
    std::vector<size_t> idx(items.size());
    for (size_t i = 0; i < idx.size(); ++i) idx[i] = i;
    bool reverse = !rev.is_null() && I2.truthy(rev);
    std::stable_sort(idx.begin(), idx.end(), [&](size_t x, size_t y) {
      return reverse ? I2.truthy(I2.compare(0, keys[y], keys[x])) : I2.truthy(I2.compare(0, keys[x], keys[y]));
    });
    std::vector<Value> out;
    for (size_t i : idx) out.push_back(items[i]);
    v = out;
    return Value::none();
  });
  method(I, L, "__repr__", [](Interp& I2, CallArgs& a) {
    ReprGuard g(a[0].o);
    if (g.reentered) return I2.str("[...]");
    return I2.str(seq_repr(I2, list_items(a[0]), "[", "]", false));
  });
  method(I, L, "__len__", [](Interp& I2, CallArgs& a) { return Value::integer(I2.base_len(a[0])); });
  method(I, L, "__getitem__", [](Interp& I2, CallArgs& a) { return I2.base_getitem(a[0], a[1]); });
  method(I, L, "__setitem__", [](Interp& I2, CallArgs& a) {
    I2.base_setitem(a[0], a[1], a[2]);
    return Value::none();
  });
  method(I, L, "__contains__", [](Interp& I2, CallArgs& a) { return Value::boolean(I2.base_contains(a[0], a[1])); });
  method(I, L, "__iter__", [](Interp& I2, CallArgs& a) { return I2.base_iter(a[0]); });
  // list.__init__(self, iterable=()): what fills an instance of a list subclass.
  method(I, L, "__init__", [](Interp& I2, CallArgs& a) {
    if (a.size() > 2) I2.raise(I2.TypeError, "list expected at most 1 argument, got " + std::to_string(a.size() - 1));
    if (!a.kw.empty()) I2.raise(I2.TypeError, "list() takes no keyword arguments");
    auto& items = static_cast<List*>(a[0].o)->items;
    std::vector<Value> fresh = a.size() > 1 ? I2.to_vector(a[1]) : std::vector<Value>{};
    items = std::move(fresh);
    return Value::none();
  });
}

// The methods of tuple.
static void init_tuple_methods(Interp& I) {
  Type* T = I.tuple_type;
  method(I, T, "index", [](Interp& I2, CallArgs& a) {
    auto& v = static_cast<Tuple*>(a[0].o)->items;
    auto [lo, hi] = index_bounds(I2, a, v.size());
    for (size_t i = lo; i < hi && i < v.size(); ++i)
      if (v[i].same(a[1]) || I2.eq(v[i], a[1])) return Value::integer(static_cast<int64_t>(i));
    I2.raise(I2.ValueError, "tuple.index(x): x not in tuple");
  });
  method(I, T, "count", [](Interp& I2, CallArgs& a) {
    int64_t n = 0;
    for (auto& x : static_cast<Tuple*>(a[0].o)->items) n += (x.same(a[1]) || I2.eq(x, a[1]));
    return Value::integer(n);
  });
  method(I, T, "__repr__", [](Interp& I2, CallArgs& a) {
    return I2.str(seq_repr(I2, static_cast<Tuple*>(a[0].o)->items, "(", ")", true));
  });
  method(I, T, "__len__", [](Interp& I2, CallArgs& a) { return Value::integer(I2.base_len(a[0])); });
  method(I, T, "__getitem__", [](Interp& I2, CallArgs& a) { return I2.base_getitem(a[0], a[1]); });
  method(I, T, "__contains__", [](Interp& I2, CallArgs& a) { return Value::boolean(I2.base_contains(a[0], a[1])); });
  method(I, T, "__iter__", [](Interp& I2, CallArgs& a) { return I2.base_iter(a[0]); });
  method(I, T, "__hash__", [](Interp& I2, CallArgs& a) {
    auto& items = static_cast<Tuple*>(a[0].o)->items;
    return Value::integer(static_cast<int64_t>(I2.hash(I2.tuple(items))));
  });
}

// The methods of dict.
static void init_dict_methods(Interp& I) {
  Type* D = I.dict_type;
  Type* keys_t = I.new_type("dict_keys", I.object_type, Kind::Tuple);
  Type* values_t = I.new_type("dict_values", I.object_type, Kind::Tuple);
  Type* items_t = I.new_type("dict_items", I.object_type, Kind::Tuple);
  for (Type* vt : {keys_t, values_t, items_t}) {
    std::string n = vt->name;
    method(I, vt, "__repr__", [n](Interp& I2, CallArgs& a) {
      I2.sync_dict_view(a[0].o);
      return I2.str(n + "(" + seq_repr(I2, static_cast<Tuple*>(a[0].o)->items, "[", "]", false) + ")");
    });
  }
  for (Type* vt : {keys_t, items_t}) {
    // dictviews_isdisjoint: no element of `other` is in the view.
    method(I, vt, "isdisjoint", [](Interp& I2, CallArgs& a) {
      for (auto& x : I2.to_vector(a[1]))
        if (I2.base_contains(a[0], x)) return Value::boolean(false);
      return Value::boolean(true);
    });
  }
  // Live views (Tuple::view_of): len, `in` and iteration read the dict; the items are refilled
  // from it whenever the view is read as a sequence (Interp::sync_dict_view).
  auto view = [](Type* vt, int which) {
    return [vt, which](Interp& I2, CallArgs& a) {
      auto* t = I2.make<Tuple>(vt, std::vector<Value>{});
      t->view_of = dict_of(a[0]);
      t->view_which = static_cast<uint8_t>(which);
      I2.sync_dict_view(t);
      return Value::obj(t);
    };
  };
  method(I, D, "keys", view(keys_t, 0));
  method(I, D, "values", view(values_t, 1));
  method(I, D, "items", view(items_t, 2));
  method(I, D, "get", [](Interp& I2, CallArgs& a) {
    Value v = I2.dict_get(dict_of(a[0]), a[1]);
    return v.is_null() ? (a.size() > 2 ? a[2] : Value::none()) : v;
  });
  method(I, D, "pop", [](Interp& I2, CallArgs& a) {
    Value v = I2.dict_get(dict_of(a[0]), a[1]);
    if (v.is_null()) {
      if (a.size() > 2) return a[2];
      Instance* e = I2.make<Instance>(I2.KeyError);
      e->args = I2.tuple({a[1]});
      throw PyException(Value::obj(e));
    }
    I2.dict_del(dict_of(a[0]), a[1]);
    return v;
  });
  method(I, D, "popitem", [](Interp& I2, CallArgs& a) {
    Dict* d = dict_of(a[0]);
    for (auto it = d->entries.rbegin(); it != d->entries.rend(); ++it) {
      if (!it->live) continue;
      Value k = it->key, v = it->value;
      I2.dict_del(d, k);
      return I2.tuple({k, v});
    }
    Instance* e = I2.make<Instance>(I2.KeyError);
    e->args = I2.tuple({I2.str("popitem(): dictionary is empty")});
    throw PyException(Value::obj(e));
  });
  method(I, D, "setdefault", [](Interp& I2, CallArgs& a) {
    Value v = I2.dict_get(dict_of(a[0]), a[1]);
    if (!v.is_null()) return v;
    Value d = a.size() > 2 ? a[2] : Value::none();
    I2.dict_set(dict_of(a[0]), a[1], d);
    return d;
  });
  method(I, D, "update", [](Interp& I2, CallArgs& a) {
    Dict* d = dict_of(a[0]);
    if (a.size() > 1) {
      Value src = a[1];
      if (src.is_obj() && src.o->kind == Kind::Dict) {
        std::vector<Dict::Entry> items;
        for (auto& e : dict_of(src)->entries)
          if (e.live) items.push_back(e);
        for (auto& e : items) I2.dict_set(d, e.key, e.value);
      } else if (!I2.getattr_opt(src, "keys").is_null()) {
        // A mapping (anything with keys()): d[k] = src[k] for each key, as dict_merge does.
        for (auto& k : I2.to_vector(I2.call_method(src, "keys", {}))) I2.dict_set(d, k, I2.getitem(src, k));
      } else {
        size_t i = 0;
        for (auto& pair : I2.to_vector(src)) {
          Value it = I2.getattr_opt(pair, "__iter__");
          if (it.is_null() && !(pair.is_obj() && (pair.o->kind == Kind::Tuple || pair.o->kind == Kind::List ||
                                                  pair.o->kind == Kind::Str)))
            I2.raise(I2.TypeError,
                     "cannot convert dictionary update sequence element #" + std::to_string(i) + " to a sequence");
          auto kv = I2.to_vector(pair);
          if (kv.size() != 2)
            I2.raise(I2.ValueError, "dictionary update sequence element #" + std::to_string(i) + " has length " +
                                        std::to_string(kv.size()) + "; 2 is required");
          I2.dict_set(d, kv[0], kv[1]);
          ++i;
        }
      }
    }
    for (auto& [k, v] : a.kw) I2.dict_set_str(d, k, v);
    return Value::none();
  });
  method(I, D, "copy", [](Interp& I2, CallArgs& a) {
    Dict* d = I2.new_dict();
    for (auto& e : dict_of(a[0])->entries)
      if (e.live) I2.dict_set(d, e.key, e.value);
    return Value::obj(d);
  });
  method(I, D, "clear", [](Interp&, CallArgs& a) {
    Dict* d = dict_of(a[0]);
    d->entries.clear();
    d->index.clear();
    d->live_count = 0;
    return Value::none();
  });
  classmethod(I, D, "fromkeys", [](Interp& I2, CallArgs& a) {
    Value v = a.size() > 2 ? a[2] : Value::none();
    // dict_fromkeys: a subclass gets cls() filled through its own __setitem__.
    if (a[0].is_obj() && a[0].o->kind == Kind::Type && static_cast<Type*>(a[0].o) != I2.dict_type) {
      Value r = I2.call(a[0], std::vector<Value>{});
      for (auto& k : I2.to_vector(a[1])) I2.setitem(r, k, v);
      return r;
    }
    Dict* d = I2.new_dict();
    for (auto& k : I2.to_vector(a[1])) I2.dict_set(d, k, v);
    return Value::obj(d);
  });
  method(I, D, "__repr__", [](Interp& I2, CallArgs& a) {
    ReprGuard g(a[0].o);
    if (g.reentered) return I2.str("{...}");
    std::string s = "{";
    bool first = true;
    for (auto& e : dict_of(a[0])->entries) {
      if (!e.live) continue;
      if (!first) s += ", ";
      s += I2.repr(e.key) + ": " + I2.repr(e.value);
      first = false;
    }
    return I2.str(s + "}");
  });
  method(I, D, "__len__", [](Interp& I2, CallArgs& a) { return Value::integer(I2.base_len(a[0])); });
  method(I, D, "__getitem__", [](Interp& I2, CallArgs& a) { return I2.base_getitem(a[0], a[1]); });
  method(I, D, "__setitem__", [](Interp& I2, CallArgs& a) {
    I2.base_setitem(a[0], a[1], a[2]);
    return Value::none();
  });
  method(I, D, "__delitem__", [](Interp& I2, CallArgs& a) {
    if (!I2.dict_del(dict_of(a[0]), a[1])) {
      Instance* e = I2.make<Instance>(I2.KeyError);
      e->args = I2.tuple({a[1]});
      throw PyException(Value::obj(e));
    }
    return Value::none();
  });
  method(I, D, "__contains__", [](Interp& I2, CallArgs& a) { return Value::boolean(I2.base_contains(a[0], a[1])); });
  method(I, D, "__iter__", [](Interp& I2, CallArgs& a) { return I2.base_iter(a[0]); });
  // dict.__init__(self, [mapping_or_pairs], **kw): what fills an instance of a dict subclass
  // (dict.update's rules, never a subclass's update()).
  method(I, D, "__init__", [](Interp& I2, CallArgs& a) {
    if (a.size() > 2) I2.raise(I2.TypeError, "dict expected at most 1 argument, got " + std::to_string(a.size() - 1));
    CallArgs u;
    u.pos = a.pos;
    u.kw = a.kw;
    return I2.call(I2.lookup_type(I2.dict_type, "update"), u);
  });
}

// The methods of set and frozenset.
static void init_set_methods(Interp& I) {
  for (Type* ST : {I.set_type, I.frozenset_type}) {
    method(I, ST, "__repr__", [](Interp& I2, CallArgs& a) {
      Dict* d = dict_of(a[0]);
      bool frozen = a[0].o->kind == Kind::FrozenSet;
      std::string tn = a[0].o->type->name;
      if (d->size() == 0) return I2.str(tn + "()");
      set_sync(d);
      std::vector<Value> keys;
      for (auto& e : d->entries)
        if (e.live) keys.push_back(e.key);
      std::string body = seq_repr(I2, keys, "{", "}", false);
      bool exact = a[0].o->type == I2.set_type;
      return I2.str(frozen || !exact ? tn + "(" + body + ")" : body);
    });
    method(I, ST, "union", [](Interp& I2, CallArgs& a) {
      Dict* r = set_copy(I2, dict_of(a[0]));
      for (size_t i = 1; i < a.size(); ++i)
        if (!a[i].same(a[0])) set_update(I2, r, a[i]);
      return Value::obj(r);
    });
    method(I, ST, "intersection", [](Interp& I2, CallArgs& a) {
      if (a.size() == 1) return Value::obj(set_copy(I2, dict_of(a[0])));
      Dict* r = dict_of(a[0]);
      for (size_t i = 1; i < a.size(); ++i) r = set_intersection(I2, r, a[i]);
      return Value::obj(r);
    });
    method(I, ST, "difference", [](Interp& I2, CallArgs& a) {
      if (a.size() == 1) return Value::obj(set_copy(I2, dict_of(a[0])));
      Dict* r = set_difference(I2, dict_of(a[0]), a[1]);
      for (size_t i = 2; i < a.size(); ++i) set_difference_update(I2, r, a[i]);
      return Value::obj(r);
    });
    method(I, ST, "symmetric_difference", [](Interp& I2, CallArgs& a) {
      if (a.size() != 2)
        I2.raise(I2.TypeError,
                 "symmetric_difference() takes exactly one argument (" + std::to_string(a.size() - 1) + " given)");
      return Value::obj(set_symmetric_difference(I2, dict_of(a[0]), a[1]));
    });
    method(I, ST, "isdisjoint", [](Interp& I2, CallArgs& a) {
      for (auto& v : I2.to_vector(a[1]))
        if (I2.contains(a[0], v)) return Value::boolean(false);
      return Value::boolean(true);
    });
    method(I, ST, "issubset", [](Interp& I2, CallArgs& a) {
      for (auto& e : dict_of(a[0])->entries)
        if (e.live && !I2.contains(a[1], e.key)) return Value::boolean(false);
      return Value::boolean(true);
    });
    method(I, ST, "issuperset", [](Interp& I2, CallArgs& a) {
      for (auto& v : I2.to_vector(a[1]))
        if (!I2.contains(a[0], v)) return Value::boolean(false);
      return Value::boolean(true);
    });
    method(I, ST, "copy", [](Interp& I2, CallArgs& a) {
      if (a[0].o->type == I2.frozenset_type) return a[0];
      return Value::obj(set_copy(I2, dict_of(a[0])));
    });
    method(I, ST, "__len__", [](Interp& I2, CallArgs& a) { return Value::integer(I2.len(a[0])); });
  }
  Type* ST = I.set_type;
  method(I, ST, "add", [](Interp& I2, CallArgs& a) {
    I2.dict_set(dict_of(a[0]), a[1], Value::none());
    return Value::none();
  });
  method(I, ST, "update", [](Interp& I2, CallArgs& a) {
    for (size_t i = 1; i < a.size(); ++i) set_update(I2, dict_of(a[0]), a[i]);
    return Value::none();
  });
  method(I, ST, "intersection_update", [](Interp& I2, CallArgs& a) {
    Dict* r = dict_of(a[0]);
    for (size_t i = 1; i < a.size(); ++i) r = set_intersection(I2, r, a[i]);
    if (r != dict_of(a[0])) set_swap_bodies(dict_of(a[0]), r);
    return Value::none();
  });
  method(I, ST, "difference_update", [](Interp& I2, CallArgs& a) {
    for (size_t i = 1; i < a.size(); ++i) set_difference_update(I2, dict_of(a[0]), a[i]);
    return Value::none();
  });
  method(I, ST, "symmetric_difference_update", [](Interp& I2, CallArgs& a) {
    set_symmetric_difference_update(I2, dict_of(a[0]), a[1]);
    return Value::none();
  });
  method(I, ST, "remove", [](Interp& I2, CallArgs& a) {
    if (!I2.dict_del(dict_of(a[0]), a[1])) {
      Instance* e = I2.make<Instance>(I2.KeyError);
      e->args = I2.tuple({a[1]});
      throw PyException(Value::obj(e));
    }
    return Value::none();
  });
  method(I, ST, "discard", [](Interp& I2, CallArgs& a) {
    I2.dict_del(dict_of(a[0]), a[1]);
    return Value::none();
  });
  method(I, ST, "pop", [](Interp& I2, CallArgs& a) {
    // set_pop: the first active slot from the finger on, wrapping around.
    Dict* d = dict_of(a[0]);
    if (d->size() == 0) {
      Instance* e = I2.make<Instance>(I2.KeyError);
      e->args = I2.tuple({I2.str("pop from an empty set")});
      throw PyException(Value::obj(e));
    }
    SetTable& t = set_table(d);
    size_t j = t.finger & t.mask();
    while (t.slot[j] < 0) j = j == t.mask() ? 0 : j + 1;
    Value k = d->entries[static_cast<size_t>(t.slot[j])].key;
    I2.dict_del(d, k);
    t.finger = j + 1;
    return k;
  });
  method(I, ST, "clear", [](Interp&, CallArgs& a) {
    set_clear(dict_of(a[0]));
    return Value::none();
  });
}

void init_number_dunders(Interp& I);  // ops.cpp

// The methods of int and float.
static void init_number_methods(Interp& I) {
  init_long(I);
  init_number_dunders(I);
  // int.__repr__ / float.__repr__ (long_to_decimal_string, float_repr), which super().__repr__()
  // in a subclass reaches; a bool receiver prints as the int it is.
  for (Type* T : {I.int_type, I.float_type})
    method(I, T, "__repr__", [](Interp& I2, CallArgs& a) {
      Value v = Interp::number_payload(a[0]);
      if (v.is_bool()) v = Value::integer(v.b);
      return I2.str(I2.repr(v));
    });
  // float.real / imag and conjugate() (the numbers ABC), as int has them.
  auto float_property = [&](const std::string& name, NativeFn fn) {
    Property* p = I.make<Property>(I.property_type);
    p->fget = I.builtin(name, std::move(fn));
    p->fset = Value::none();
    I.dict_set_str(I.float_type->dict, name, Value::obj(p));
  };
  float_property("real", [](Interp&, CallArgs& a) { return Interp::number_payload(a[0]); });
  float_property("imag", [](Interp&, CallArgs&) { return Value::flt(0.0); });
  method(I, I.float_type, "conjugate", [](Interp&, CallArgs& a) { return Interp::number_payload(a[0]); });
  // float.__format__ (float___format__); format() of a subclass's instance: see int.__format__.
  method(I, I.float_type, "__format__", [](Interp& I2, CallArgs& a) {
    if (a.size() != 2)
      I2.raise(I2.TypeError,
               "float.__format__() takes exactly one argument (" + std::to_string(a.size() - 1) + " given)");
    if (!(a[1].is_obj() && a[1].o->kind == Kind::Str))
      I2.raise(I2.TypeError, "__format__() argument must be str, not " + I2.type_name(a[1]));
    return format_value(I2, a[0], static_cast<Str*>(a[1].o)->s);
  });
  method(I, I.float_type, "is_integer",
         [](Interp&, CallArgs& a) { return Value::boolean(a[0].is_float() && std::floor(a[0].f) == a[0].f); });
  // float.hex(): CPython's float_hex, `[-]0x1.<13 hex digits>p<exp>` (0x0.0p+0 for zero, subnormals
  // with a 0. leading digit).
  method(I, I.float_type, "hex", [](Interp& I2, CallArgs& a) {
    double x = Interp::number_payload(a[0]).is_float() ? Interp::number_payload(a[0]).f : 0.0;
    if (std::isnan(x) || std::isinf(x)) return I2.str(I2.repr(Value::flt(x)));
    if (x == 0.0) return I2.str(std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
    int e;
    double m = std::frexp(std::fabs(x), &e);
    int shift = 1 - std::max(-1021 - e, 0);  // DBL_MIN_EXP is -1021
    m = std::ldexp(m, shift);
    e -= shift;
    static const char* digits = "0123456789abcdef";
    std::string out = x < 0 ? "-0x" : "0x";
    out += digits[static_cast<int>(m)];
    m -= static_cast<int>(m);
    out += '.';
    for (int i = 0; i < 13; ++i) {  // (DBL_MANT_DIG - 1) / 4 digits after the point
      m *= 16.0;
      out += digits[static_cast<int>(m)];
      m -= static_cast<int>(m);
    }
    out += 'p';
    out += e < 0 ? "-" : "+";
    out += std::to_string(std::abs(e));
    return I2.str(out);
  });
  // float.fromhex(s): CPython's float_fromhex grammar ([sign] ['0x'] digits ['.' digits] ['p' exp],
  // 'inf', 'infinity', 'nan', surrounding whitespace), rounded half to even.
  classmethod(I, I.float_type, "fromhex", [](Interp& I2, CallArgs& a) {
    if (a.size() != 2) I2.raise(I2.TypeError, "fromhex() takes exactly one argument");
    if (!(a[1].is_obj() && a[1].o->kind == Kind::Str))
      I2.raise(I2.TypeError, "fromhex() argument must be str, not " + I2.type_name(a[1]));
    const std::string& src = static_cast<Str*>(a[1].o)->s;
    auto invalid = [&]() { I2.raise(I2.ValueError, "invalid hexadecimal floating-point string"); };
    size_t i = 0, n = src.size();
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
    while (i < n && space(src[i])) ++i;
    size_t end = n;
    while (end > i && space(src[end - 1])) --end;
    bool negative = false;
    if (i < end && (src[i] == '+' || src[i] == '-')) negative = src[i++] == '-';
    std::string rest;
    for (size_t k = i; k < end; ++k) rest += static_cast<char>(std::tolower(static_cast<unsigned char>(src[k])));
    double result;
    if (rest == "inf" || rest == "infinity") {
      result = HUGE_VAL;
    } else if (rest == "nan") {
      result = std::nan("");
    } else {
      size_t p = 0;
      if (rest.size() >= 2 && rest[0] == '0' && rest[1] == 'x') p = 2;
      std::vector<int> nib;  // hex digits, integer part then fraction
      long frac_digits = 0;
      bool seen_point = false, any = false;
      for (; p < rest.size(); ++p) {
        char c = rest[p];
        if (c == '.' && !seen_point) {
          seen_point = true;
          continue;
        }
        int d = std::isdigit(static_cast<unsigned char>(c)) ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
        if (d < 0) break;
        nib.push_back(d);
        any = true;
        if (seen_point) ++frac_digits;
      }
      if (!any) invalid();
      long long exp = 0;
      if (p < rest.size()) {
        if (rest[p] != 'p') invalid();
        ++p;
        bool eneg = false;
        if (p < rest.size() && (rest[p] == '+' || rest[p] == '-')) eneg = rest[p++] == '-';
        if (p >= rest.size()) invalid();
        for (; p < rest.size(); ++p) {
          if (!std::isdigit(static_cast<unsigned char>(rest[p]))) invalid();
          if (exp < (1LL << 40)) exp = exp * 10 + (rest[p] - '0');
        }
        if (eneg) exp = -exp;
      }
      // The value is bits * 2**(exp - 4 * frac_digits); keep the bits from the first 1.
      std::vector<int> bits;
      for (int d : nib)
        for (int b = 3; b >= 0; --b) bits.push_back((d >> b) & 1);
      size_t first = 0;
      while (first < bits.size() && bits[first] == 0) ++first;
      if (first == bits.size()) {
        result = 0.0;
      } else {
        // Binary exponent of the leading 1 (value = 1.xxx * 2**top).
        long long top = exp - 4 * frac_digits + static_cast<long long>(bits.size() - first) - 1;
        if (top > 1023) I2.raise(I2.OverflowError, "hexadecimal value too large to represent as a float");
        // Significant bits kept: 53, fewer for subnormals (the last kept bit is worth 2**-1074).
        long long keep = top >= -1022 ? 53 : 53 - (-1022 - top);
        double m = 0.0;
        long long lsb_exp = top - keep + 1;
        if (keep <= 0) {
          // Below half the smallest subnormal, or rounding to it.
          bool half_or_more = keep == 0;
          bool above_half = false;
          if (half_or_more)
            for (size_t k = first + 1; k < bits.size(); ++k) above_half |= bits[k] != 0;
          result = (half_or_more && above_half) ? std::ldexp(1.0, -1074) : 0.0;
        } else {
          uint64_t mant = 0;
          for (long long k = 0; k < keep; ++k) {
            size_t at = first + static_cast<size_t>(k);
            mant = (mant << 1) | static_cast<uint64_t>(at < bits.size() ? bits[at] : 0);
          }
          size_t next = first + static_cast<size_t>(keep);
          int round_bit = next < bits.size() ? bits[next] : 0;
          bool sticky = false;
          for (size_t k = next + 1; k < bits.size(); ++k) sticky |= bits[k] != 0;
          if (round_bit && (sticky || (mant & 1))) ++mant;
          m = std::ldexp(static_cast<double>(mant), static_cast<int>(lsb_exp));
          if (std::isinf(m)) I2.raise(I2.OverflowError, "hexadecimal value too large to represent as a float");
          result = m;
        }
      }
    }
    if (negative) result = -result;
    Value v = Value::flt(result);
    // A subclass: cls(result), as float_fromhex does.
    if (a[0].is_obj() && a[0].o != I2.float_type) return I2.call(a[0], {v});
    return v;
  });
  // float.as_integer_ratio() (float_as_integer_ratio): the exact fraction in lowest terms.
  method(I, I.float_type, "as_integer_ratio", [](Interp& I2, CallArgs& a) {
    double x = Interp::number_payload(a[0]).f;
    if (std::isinf(x)) I2.raise(I2.OverflowError, "cannot convert Infinity to integer ratio");
    if (std::isnan(x)) I2.raise(I2.ValueError, "cannot convert NaN to integer ratio");
    int e;
    double m = std::frexp(x, &e);
    for (int i = 0; i < 300 && m != std::floor(m); ++i) {
      m *= 2.0;
      --e;
    }
    Value num = Value::integer(static_cast<int64_t>(m));
    Value den = Value::integer(1);
    if (e > 0) num = I2.binary_op(3, num, Value::integer(e));  // <<
    else den = I2.binary_op(3, den, Value::integer(-e));
    return I2.tuple({num, den});
  });
}

// The methods of range and slice.
static void init_range_slice_methods(Interp& I) {
  method(I, I.range_type, "__repr__", [](Interp& I2, CallArgs& a) {
    auto* r = static_cast<Range*>(a[0].o);
    std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
    if (r->step != 1) s += ", " + std::to_string(r->step);
    return I2.str(s + ")");
  });
  method(I, I.range_type, "index", [](Interp& I2, CallArgs& a) {
    auto* r = static_cast<Range*>(a[0].o);
    if (!I2.contains(a[0], a[1])) I2.raise(I2.ValueError, I2.repr(a[1]) + " is not in range");
    return Value::integer((I2.index_value(a[1]) - r->start) / r->step);
  });
  // range.count(x): 0 or 1 for an int (range_count), by equality otherwise.
  method(I, I.range_type, "count", [](Interp& I2, CallArgs& a) {
    Value x = Interp::number_payload(a[1]);
    if ((x.is_int() || x.is_bool()) && !I2.payload_subclass(a[1]))
      return Value::integer(I2.contains(a[0], a[1]) ? 1 : 0);
    int64_t n = 0;
    Value it = I2.iter(a[0]);
    Value v;
    while (I2.next(it, v)) n += I2.eq(v, a[1]) ? 1 : 0;
    return Value::integer(n);
  });
  // slice.indices(length) (PySlice_GetIndicesEx): (start, stop, step) clipped to the length.
  method(I, I.slice_type, "indices", [](Interp& I2, CallArgs& a) {
    auto* sl = static_cast<Slice*>(a[0].o);
    int64_t length = I2.index_value(a[1]);
    if (length < 0) I2.raise(I2.ValueError, "length should not be negative");
    int64_t step = sl->step.is_none() ? 1 : I2.index_value(sl->step);
    if (step == 0) I2.raise(I2.ValueError, "slice step cannot be zero");
    auto clip = [&](Value v, int64_t dflt) {
      if (v.is_none()) return dflt;
      int64_t x = I2.index_value(v);
      if (x < 0) {
        x += length;
        if (x < 0) x = step < 0 ? -1 : 0;
      } else if (x >= length) {
        x = step < 0 ? length - 1 : length;
      }
      return x;
    };
    int64_t start = clip(sl->start, step < 0 ? length - 1 : 0);
    int64_t stop = clip(sl->stop, step < 0 ? -1 : length);
    return I2.tuple({Value::integer(start), Value::integer(stop), Value::integer(step)});
  });
  method(I, I.slice_type, "__repr__", [](Interp& I2, CallArgs& a) {
    auto* s = static_cast<Slice*>(a[0].o);
    return I2.str("slice(" + I2.repr(s->start) + ", " + I2.repr(s->stop) + ", " + I2.repr(s->step) + ")");
  });
}

// The methods of property.
static void init_property_methods(Interp& I) {
  method(I, I.property_type, "setter", [](Interp& I2, CallArgs& a) {
    auto* p = static_cast<Property*>(a[0].o);
    Property* q = I2.make<Property>(I2.property_type);
    q->fget = p->fget;
    q->fset = a[1];
    q->fdel = p->fdel;
    return Value::obj(q);
  });
  method(I, I.property_type, "getter", [](Interp& I2, CallArgs& a) {
    auto* p = static_cast<Property*>(a[0].o);
    Property* q = I2.make<Property>(I2.property_type);
    q->fget = a[1];
    q->fset = p->fset;
    return Value::obj(q);
  });
}

// The methods of generator.
static void init_generator_methods(Interp& I) {
  Type* coroutine = I.named_types["builtins.coroutine"];
  for (Type* t : {I.generator_type, coroutine}) {
    method(I, t, "send", [](Interp& I2, CallArgs& a) {
      bool done = false;
      Value generator_send(Interp&, Generator*, Value, bool&);
      Value r = generator_send(I2, static_cast<Generator*>(a[0].o), a[1], done);
      if (done) {
        Instance* e = I2.make<Instance>(I2.StopIteration);
        e->args = r.is_none() ? I2.tuple({}) : I2.tuple({r});
        throw PyException(Value::obj(e));
      }
      return r;
    });
    method(I, t, "close", [](Interp& I2, CallArgs& a) {
      Value gen_close(Interp&, Generator*);
      return gen_close(I2, static_cast<Generator*>(a[0].o));
    });
    if (t == I.generator_type)
      method(I, t, "__next__", [](Interp& I2, CallArgs& a) {
        bool done = false;
        Value generator_send(Interp&, Generator*, Value, bool&);
        Value r = generator_send(I2, static_cast<Generator*>(a[0].o), Value::none(), done);
        if (done) {
          Instance* e = I2.make<Instance>(I2.StopIteration);
          e->args = r.is_none() ? I2.tuple({}) : I2.tuple({r});
          throw PyException(Value::obj(e));
        }
        return r;
      });
    if (t == I.generator_type) method(I, t, "__iter__", [](Interp&, CallArgs& a) { return a[0]; });
    // throw(exc), throw(type[, value[, traceback]]) as gen_throw normalizes them.
    method(I, t, "throw", [](Interp& I2, CallArgs& a) {
      if (a.size() < 2 || a.size() > 4)
        I2.raise(I2.TypeError,
                 "throw expected at least 1 argument, got " + std::to_string(a.size() < 2 ? 0 : a.size() - 1));
      Value typ = a[1];
      Value val = a.size() > 2 ? a[2] : Value::none();
      if (a.size() > 3 && !a[3].is_none()) I2.raise(I2.TypeError, "throw() third argument must be a traceback object");
      Value exc;
      if (typ.is_obj() && typ.o->kind == Kind::Type && static_cast<Type*>(typ.o)->is_exception) {
        if (!val.is_none() && I2.isinstance(val, static_cast<Type*>(typ.o))) exc = val;
        else if (val.is_none()) exc = I2.call(typ, std::vector<Value>{});
        else if (val.is_obj() && val.o->kind == Kind::Tuple) exc = I2.call(typ, static_cast<Tuple*>(val.o)->items);
        else exc = I2.call(typ, std::vector<Value>{val});
      } else if (I2.type_of(typ)->is_exception) {
        if (!val.is_none()) I2.raise(I2.TypeError, "instance exception may not have a separate value");
        exc = typ;
      } else {
        I2.raise(I2.TypeError,
                 "exceptions must be classes or instances deriving from BaseException, not " + I2.type_name(typ));
      }
      bool done = false;
      Value gen_throw(Interp&, Generator*, Value, bool&);
      Value r = gen_throw(I2, static_cast<Generator*>(a[0].o), exc, done);
      if (done) {
        Instance* e = I2.make<Instance>(I2.StopIteration);
        e->args = r.is_none() ? I2.tuple({}) : I2.tuple({r});
        throw PyException(Value::obj(e));
      }
      return r;
    });
  }
  Type* agen = I.named_types["builtins.async_generator"];
  method(I, agen, "__aiter__", [](Interp&, CallArgs& a) { return a[0]; });
  // The awaitables of __anext__/asend/athrow/aclose are prelude Python (_asyncgen.py) driving
  // the generator through _step.
  auto awaitable = [](const char* cls) {
    return [cls](Interp& I2, CallArgs& a) -> Value {
      Value mod = I2.import_module("_asyncgen");
      return I2.call(I2.getattr(mod, cls), a.pos);
    };
  };
  method(I, agen, "__anext__", awaitable("anext"));
  method(I, agen, "asend", awaitable("ASend"));
  method(I, agen, "athrow", awaitable("athrow"));
  method(I, agen, "aclose", awaitable("aclose"));
  // _step(value, exc): resumes the generator with value sent (or exc raised); returns
  // (True, v) for a value the generator yielded, (False, v) for a value an object it awaits
  // yielded; raises StopAsyncIteration when it returns.
  method(I, agen, "_step", [](Interp& I2, CallArgs& a) -> Value {
    auto* g = static_cast<Generator*>(a[0].o);
    Value gen_resume(Interp&, Generator*, Value, Value, bool&);
    bool done = false;
    Value r;
    try {
      r = gen_resume(I2, g, a.size() > 1 ? a[1] : Value::none(), a.size() > 2 && !a[2].is_none() ? a[2] : Value(),
                     done);
    } catch (PyException& e) {
      Type* sai = I2.named_types["builtins.StopAsyncIteration"];
      if (I2.isinstance(e.exc, sai) && !g->finished) throw;
      if (I2.isinstance(e.exc, sai)) {
        Instance* rt = I2.make<Instance>(I2.RuntimeError);
        rt->args = I2.tuple({I2.str("async generator raised StopAsyncIteration")});
        rt->cause = e.exc;
        rt->context = e.exc;
        rt->suppress_context = true;
        throw PyException(Value::obj(rt));
      }
      throw;
    }
    if (done) {
      Instance* e = I2.make<Instance>(I2.named_types["builtins.StopAsyncIteration"]);
      e->args = I2.tuple({});
      throw PyException(Value::obj(e));
    }
    Type* wrapped = I2.named_types["builtins.async_generator_wrapped_value"];
    if (r.is_obj() && r.o->type == wrapped) {
      Value args = static_cast<Instance*>(r.o)->args;
      return I2.tuple({Value::boolean(true), static_cast<Tuple*>(args.o)->items[0]});
    }
    return I2.tuple({Value::boolean(false), r});
  });
}

// The built-in types: made by hand (type and object) or with new_type, then each given its
// methods by one function per type above.
void init_builtin_types(Interp& I) {
  // Bootstrap type and object by hand.
  I.type_type = I.make<Type>(nullptr);
  I.type_type->type = I.type_type;
  I.object_type = I.make<Type>(I.type_type);
  for (Type* t : {I.type_type, I.object_type}) {
    t->dict = I.make<Dict>(nullptr);
    t->module = "builtins";
  }
  I.type_type->name = I.type_type->qualname = "type";
  I.object_type->name = I.object_type->qualname = "object";
  I.object_type->mro = {I.object_type};
  I.type_type->base = I.object_type;
  I.type_type->mro = {I.type_type, I.object_type};
  auto mk = [&](const char* name, Kind k) { return I.new_type(name, I.object_type, k); };
  I.dict_type = mk("dict", Kind::Dict);
  // The namespaces made before dict existed (dict's own was made while I.dict_type was unset).
  I.object_type->dict->type = I.dict_type;
  I.type_type->dict->type = I.dict_type;
  I.dict_type->dict->type = I.dict_type;
  I.str_type = mk("str", Kind::Str);
  I.none_type = mk("NoneType", Kind::Other);
  I.int_type = mk("int", Kind::Other);
  I.bool_type = I.new_type("bool", I.int_type, Kind::Other);
  I.float_type = mk("float", Kind::Other);
  I.bytes_type = mk("bytes", Kind::Bytes);
  I.tuple_type = mk("tuple", Kind::Tuple);
  I.list_type = mk("list", Kind::List);
  I.set_type = mk("set", Kind::Set);
  I.frozenset_type = mk("frozenset", Kind::FrozenSet);
  I.function_type = mk("function", Kind::Function);
  I.builtin_type = mk("builtin_function_or_method", Kind::Builtin);
  I.method_type = mk("method", Kind::BoundMethod);
  I.module_type = mk("module", Kind::Module);
  I.cell_type = mk("cell", Kind::Cell);
  I.code_type = mk("code", Kind::Code);
  I.range_type = mk("range", Kind::Range);
  // `iterator` is CPython's sequence iterator (Objects/iterobject.c seqiter: iter() of an object
  // with __getitem__ only). The others are CPython's classes of the built-in iterators, each a
  // direct subclass of object as there (type(iter([])) is list_iterator); iterator_class() below
  // names them. zip, map, filter and enumerate objects have the classes of those names.
  I.iterator_type = mk("iterator", Kind::Iterator);
  static const char* const kIteratorClasses[] = {
      "list_iterator",          "list_reverseiterator",      "tuple_iterator",           "range_iterator",
      "set_iterator",           "dict_keyiterator",          "dict_valueiterator",       "dict_itemiterator",
      "dict_reversekeyiterator", "dict_reversevalueiterator", "dict_reverseitemiterator", "str_ascii_iterator",
      "str_iterator",           "bytes_iterator",            "bytearray_iterator",       "callable_iterator",
      "reversed",               "enumerate",                 "zip",                      "map",
      "filter",                 "_deque_iterator",           "_deque_reverse_iterator",  "odict_iterator",
      "memory_iterator"};
  static_assert(std::size(kIteratorClasses) == static_cast<size_t>(Interp::IterClass::count_));
  for (size_t k = 0; k < std::size(kIteratorClasses); ++k) {
    Type* t = mk(kIteratorClasses[k], Kind::Iterator);
    I.iter_classes[k] = t;
    I.named_types[std::string("builtins.") + kIteratorClasses[k]] = t;
  }
  for (Interp::IterClass c : {Interp::IterClass::deque_iterator, Interp::IterClass::deque_reverse_iterator})
    I.iter_class(c)->module = "_collections";  // Modules/_collectionsmodule.c's types
  I.slice_type = mk("slice", Kind::Slice);
  I.property_type = mk("property", Kind::Property);
  I.classmethod_type = mk("classmethod", Kind::ClassMethod);
  I.staticmethod_type = mk("staticmethod", Kind::StaticMethod);
  I.generator_type = mk("generator", Kind::Generator);
  // Coroutines and async generators are generator objects of these types (their code objects
  // carry CO_COROUTINE / CO_ASYNC_GENERATOR; call_function picks the type).
  I.named_types["builtins.coroutine"] = mk("coroutine", Kind::Generator);
  I.named_types["builtins.async_generator"] = mk("async_generator", Kind::Generator);
  // What ASYNC_GEN_WRAP makes of a value an async generator yields (args: the value), so the
  // code driving it tells it from what an awaited object yields.
  I.named_types["builtins.async_generator_wrapped_value"] = mk("async_generator_wrapped_value", Kind::Instance);
  I.super_type = mk("super", Kind::Super);
  I.ellipsis_type = mk("ellipsis", Kind::Ellipsis);
  I.notimplemented_type = mk("NotImplementedType", Kind::NotImplemented);
  I.ellipsis = Value::obj(I.make<Object>(I.ellipsis_type, Kind::Ellipsis));
  I.not_implemented = Value::obj(I.make<Object>(I.notimplemented_type, Kind::NotImplemented));

  // Exceptions.
  I.BaseException = static_cast<Type*>(new_exception_type(I, "BaseException", I.object_type).o);
  auto ex = [&](const char* name, Type* base) { return static_cast<Type*>(new_exception_type(I, name, base).o); };
  I.SystemExit = ex("SystemExit", I.BaseException);
  I.KeyboardInterrupt = ex("KeyboardInterrupt", I.BaseException);
  I.GeneratorExit = ex("GeneratorExit", I.BaseException);
  I.Exception = ex("Exception", I.BaseException);
  I.ArithmeticError = ex("ArithmeticError", I.Exception);
  I.ZeroDivisionError = ex("ZeroDivisionError", I.ArithmeticError);
  I.OverflowError = ex("OverflowError", I.ArithmeticError);
  I.AssertionError = ex("AssertionError", I.Exception);
  I.AttributeError = ex("AttributeError", I.Exception);
  I.ImportError = ex("ImportError", I.Exception);
  I.ModuleNotFoundError = ex("ModuleNotFoundError", I.ImportError);
  I.LookupError = ex("LookupError", I.Exception);
  I.IndexError = ex("IndexError", I.LookupError);
  I.KeyError = ex("KeyError", I.LookupError);
  I.MemoryError = ex("MemoryError", I.Exception);
  I.NameError = ex("NameError", I.Exception);
  I.UnboundLocalError = ex("UnboundLocalError", I.NameError);
  I.RuntimeError = ex("RuntimeError", I.Exception);
  I.NotImplementedError = ex("NotImplementedError", I.RuntimeError);
  I.RecursionError = ex("RecursionError", I.RuntimeError);
  I.StopIteration = ex("StopIteration", I.Exception);
  I.named_types["builtins.StopAsyncIteration"] = ex("StopAsyncIteration", I.Exception);
  I.SyntaxError = ex("SyntaxError", I.Exception);
  I.TypeError = ex("TypeError", I.Exception);
  I.ValueError = ex("ValueError", I.Exception);
  I.Warning = ex("Warning", I.Exception);
  I.UserWarning = ex("UserWarning", I.Warning);
  // The other built-in warning categories (warnings.warn's `category`), builtins only.
  for (const char* n :
       {"DeprecationWarning", "PendingDeprecationWarning", "SyntaxWarning", "RuntimeWarning", "FutureWarning",
        "ImportWarning", "UnicodeWarning", "BytesWarning", "ResourceWarning", "EncodingWarning"})
    I.named_types[std::string("builtins.") + n] = ex(n, I.Warning);
  // OSError and FileNotFoundError (raised by the in-memory torch.load), builtins only.
  // (registered in builtins by init_builtins).
  I.named_types["builtins.OSError"] = ex("OSError", I.Exception);
  I.named_types["builtins.FileNotFoundError"] = ex("FileNotFoundError", I.named_types["builtins.OSError"]);
  // The rest of CPython 3.11's built-in exception hierarchy (Objects/exceptions.c), builtins only.
  {
    Type* os_error = I.named_types["builtins.OSError"];
    auto reg = [&](const char* name, Type* base) {
      Type* t = ex(name, base);
      I.named_types[std::string("builtins.") + name] = t;
      return t;
    };
    for (const char* n :
         {"BlockingIOError", "ChildProcessError", "FileExistsError", "InterruptedError", "IsADirectoryError",
          "NotADirectoryError", "PermissionError", "ProcessLookupError", "TimeoutError"})
      reg(n, os_error);
    Type* conn = reg("ConnectionError", os_error);
    for (const char* n :
         {"BrokenPipeError", "ConnectionAbortedError", "ConnectionRefusedError", "ConnectionResetError"})
      reg(n, conn);
    reg("EOFError", I.Exception);
    reg("BufferError", I.Exception);
    reg("ReferenceError", I.Exception);
    reg("SystemError", I.Exception);
    reg("FloatingPointError", I.ArithmeticError);
    Type* unicode = reg("UnicodeError", I.ValueError);
    for (const char* n : {"UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError"}) reg(n, unicode);
    Type* indentation = reg("IndentationError", I.SyntaxError);
    reg("TabError", indentation);
  }

  init_object_methods(I);
  init_type_methods(I);
  init_exception_methods(I);
  init_str_methods(I);
  init_bytes_methods(I);
  init_list_methods(I);
  init_tuple_methods(I);
  init_dict_methods(I);
  init_set_methods(I);
  init_number_methods(I);
  init_range_slice_methods(I);
  init_property_methods(I);
  init_generator_methods(I);
}

}  // namespace dp::rt
