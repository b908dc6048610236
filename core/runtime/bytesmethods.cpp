// The methods of bytes. Mirrors Objects/bytesobject.c and Objects/bytes_methods.c of CPython 3.11.
// One source of truth with str: the searching, splitting, stripping, padding and predicate
// methods run str's own implementation (types.cpp) on the bytes read as Latin-1 text (one
// character per byte, so indices and lengths are byte counts) and give back bytes; bytes-only
// rules sit in front of it (arguments must be bytes-like: "a bytes-like object is required, not
// 'str'"; an int is a byte for find & co.; "subsection not found"). What differs from str in
// substance is here: ASCII-only case mapping, join, hex / fromhex, decode with its codecs and
// error handlers, maketrans / translate over a 256-byte table, and printf-style `%`.
#include <algorithm>
#include <cstdio>

#include "python/consts.h"
#include "runtime/interp.h"

namespace dp::rt {

namespace {

bool is_bytes(const Value& v) { return v.is_obj() && v.o->kind == Kind::Bytes; }
bool is_str(const Value& v) { return v.is_obj() && v.o->kind == Kind::Str; }
const std::string& bytes_of(const Value& v) { return static_cast<Bytes*>(v.o)->s; }

// Bytes <-> Latin-1 text (UTF-8 inside the runtime's str).
std::string latin1_to_utf8(const std::string& b) {
  std::string out;
  out.reserve(b.size());
  for (unsigned char c : b) {
    if (c < 0x80) out += static_cast<char>(c);
    else {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}
std::string utf8_to_latin1(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0xC0 && i + 1 < s.size()) {
      out += static_cast<char>(((c & 0x1F) << 6) | (static_cast<unsigned char>(s[i + 1]) & 0x3F));
      ++i;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

[[noreturn]] void need_bytes(Interp& I, const Value& v) {
  I.raise(I.TypeError, "a bytes-like object is required, not '" + I.type_name(v) + "'");
}

// An argument of a bytes method as str's implementation takes it: bytes as Latin-1 text, a tuple
// of them (startswith), None and ints as they are, anything else a TypeError.
Value to_text(Interp& I, const Value& v, bool int_is_byte) {
  if (is_bytes(v)) return I.str(latin1_to_utf8(bytes_of(v)));
  if (v.is_none()) return v;
  if (v.is_obj() && v.o->kind == Kind::Tuple) {
    std::vector<Value> items;
    for (auto& x : static_cast<Tuple*>(v.o)->items) {
      if (!is_bytes(x)) need_bytes(I, x);
      items.push_back(to_text(I, x, false));
    }
    return I.tuple(std::move(items));
  }
  if (int_is_byte && (v.is_int() || is_long(v))) {
    int64_t b = I.index_value(v);
    if (b < 0 || b > 255) I.raise(I.ValueError, "byte must be in range(0, 256)");
    return I.str(latin1_to_utf8(std::string(1, static_cast<char>(b))));
  }
  if (v.is_int() || v.is_bool()) return v;
  need_bytes(I, v);
}

// str's result back as bytes (a bytearray for a bytearray's method): text as Latin-1, lists and
// tuples item by item.
Value from_text(Interp& I, const Value& v, const Value& like) {
  if (is_str(v)) return bytes_like(I, like, utf8_to_latin1(static_cast<Str*>(v.o)->s));
  if (v.is_obj() && v.o->kind == Kind::List) {
    std::vector<Value> items;
    for (auto& x : static_cast<List*>(v.o)->items) items.push_back(from_text(I, x, like));
    return I.list(std::move(items));
  }
  if (v.is_obj() && v.o->kind == Kind::Tuple) {
    std::vector<Value> items;
    for (auto& x : static_cast<Tuple*>(v.o)->items) items.push_back(from_text(I, x, like));
    return I.tuple(std::move(items));
  }
  return v;
}

// bytes.NAME as str.NAME over Latin-1 text. int_positions: arguments (1-based) where an int
// stands for a byte (find & co.); int_args: arguments that are ints (widths, counts).
void via_str(Interp& I, const char* name, std::initializer_list<int> int_positions = {},
             std::initializer_list<int> int_args = {}, const char* fill_method = nullptr) {
  Value str_method = I.dict_get_str(I.str_type->dict, name);
  std::vector<int> byte_pos(int_positions), ints(int_args);
  std::string n = name;
  const char* fm = fill_method;
  NativeFn fn = [str_method, byte_pos, ints, n, fm](Interp& I2, CallArgs& a) -> Value {
    CallArgs c;
    c.pos.push_back(I2.str(latin1_to_utf8(bytes_of(a[0]))));
    for (size_t i = 1; i < a.pos.size(); ++i) {
      int pos = static_cast<int>(i);
      bool is_int_arg = std::find(ints.begin(), ints.end(), pos) != ints.end();
      bool byte_int = std::find(byte_pos.begin(), byte_pos.end(), pos) != byte_pos.end();
      if (fm && pos == 2 && !(is_bytes(a.pos[i]) && bytes_of(a.pos[i]).size() == 1))
        I2.raise(I2.TypeError, std::string(fm) + "() argument 2 must be a byte string of length 1, not " +
                                   I2.type_name(a.pos[i]));
      if (pos == 1 && (n == "startswith" || n == "endswith") && !is_bytes(a.pos[i]) &&
          !(a.pos[i].is_obj() && a.pos[i].o->kind == Kind::Tuple))
        I2.raise(I2.TypeError, n + " first arg must be bytes or a tuple of bytes, not " + I2.type_name(a.pos[i]));
      c.pos.push_back(is_int_arg ? a.pos[i] : to_text(I2, a.pos[i], byte_int));
    }
    for (auto& [k, v] : a.kw)
      c.kw.emplace_back(k, (k == "maxsplit" || k == "keepends" || k == "tabsize" || k == "count") ? v
                                                                                                   : to_text(I2, v, false));
    try {
      return from_text(I2, I2.call(str_method, c), a[0]);
    } catch (PyException& e) {
      if (I2.isinstance(e.exc, I2.ValueError) && I2.to_str(e.exc) == "substring not found")
        I2.raise(I2.ValueError, "subsection not found");
      throw;
    }
  };
  method(I, I.bytes_type, name, fn);
  method(I, I.bytearray_type, name, fn);
}

char ascii_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }
char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
bool ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

int hex_digit(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// bytes.hex([sep[, bytes_per_sep]]) (Python/pystrhex.c): sep groups counted from the right, or
// from the left for a negative bytes_per_sep.
std::string to_hex(Interp& I, const std::string& b, CallArgs& a) {
  static const char* digits = "0123456789abcdef";
  Value sepv = a.size() > 1 ? a[1] : a.take_kw("sep");
  Value per = a.size() > 2 ? a[2] : a.take_kw("bytes_per_sep");
  std::string sep;
  if (!sepv.is_null()) {
    if (is_str(sepv)) sep = static_cast<Str*>(sepv.o)->s;
    else if (is_bytes(sepv)) sep = bytes_of(sepv);
    else I.raise(I.TypeError, "sep must be str or bytes.");
    if (sep.size() != 1) I.raise(I.ValueError, "sep must be length 1.");
  }
  int64_t group = per.is_null() ? 1 : I.index_value(per);
  std::string out;
  const size_t n = b.size();
  const size_t g = static_cast<size_t>(group < 0 ? -group : group);
  for (size_t i = 0; i < n; ++i) {
    if (!sep.empty() && g > 0 && i > 0) {
      bool boundary = group > 0 ? (n - i) % g == 0 : i % g == 0;
      if (boundary) out += sep;
    }
    unsigned char c = static_cast<unsigned char>(b[i]);
    out += digits[c >> 4];
    out += digits[c & 15];
  }
  return out;
}

// The length of a well-formed UTF-8 sequence at s[i] (0 when invalid), with CPython's reasons.
size_t utf8_sequence(const std::string& s, size_t i, const char*& reason, size_t& bad_end) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  unsigned c = p[i];
  size_t len = 0;
  unsigned lo = 0x80, hi = 0xBF;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF) len = 2;
  else if (c == 0xE0) len = 3, lo = 0xA0;
  else if (c >= 0xE1 && c <= 0xEC) len = 3;
  else if (c == 0xED) len = 3, hi = 0x9F;
  else if (c >= 0xEE && c <= 0xEF) len = 3;
  else if (c == 0xF0) len = 4, lo = 0x90;
  else if (c >= 0xF1 && c <= 0xF3) len = 4;
  else if (c == 0xF4) len = 4, hi = 0x8F;
  else {
    reason = "invalid start byte";
    bad_end = i + 1;
    return 0;
  }
  for (size_t k = 1; k < len; ++k) {
    if (i + k >= s.size()) {
      reason = "unexpected end of data";
      bad_end = s.size();
      return 0;
    }
    unsigned b = p[i + k];
    if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) {
      reason = "invalid continuation byte";
      bad_end = i + k;
      return 0;
    }
  }
  return len;
}

std::string normalize_encoding(std::string e) {
  for (auto& c : e) c = static_cast<char>(c == '_' || c == ' ' ? '-' : ascii_lower(c));
  if (e == "utf8" || e == "utf-8" || e == "u8" || e == "utf") return "utf-8";
  if (e == "ascii" || e == "us-ascii" || e == "646") return "ascii";
  if (e == "latin-1" || e == "latin1" || e == "iso-8859-1" || e == "iso8859-1" || e == "l1" || e == "8859" ||
      e == "cp819" || e == "latin")
    return "latin-1";
  return "";
}

[[noreturn]] void decode_error(Interp& I, const std::string& codec, const std::string& b, size_t start, size_t end,
                               const std::string& reason) {
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02x", static_cast<unsigned char>(b[start]));
  std::string msg = "'" + codec + "' codec can't decode ";
  if (end - start <= 1) msg += std::string("byte ") + hex + " in position " + std::to_string(start) + ": " + reason;
  else
    msg += "bytes in position " + std::to_string(start) + "-" + std::to_string(end - 1) + ": " + reason;
  Type* t = I.named_types["builtins.UnicodeDecodeError"];
  I.raise(t ? t : I.ValueError, msg);
}

// bytes.decode(encoding='utf-8', errors='strict'): the utf-8, ascii and latin-1 codecs with the
// strict, ignore, replace and backslashreplace handlers.
Value decode(Interp& I, CallArgs& a) {
  Value enc = a.size() > 1 ? a[1] : a.take_kw("encoding");
  Value err = a.size() > 2 ? a[2] : a.take_kw("errors");
  if (!enc.is_null() && !is_str(enc))
    I.raise(I.TypeError, "decode() argument 'encoding' must be str, not " + I.type_name(enc));
  if (!err.is_null() && !is_str(err))
    I.raise(I.TypeError, "decode() argument 'errors' must be str, not " + I.type_name(err));
  std::string name = enc.is_null() ? "utf-8" : static_cast<Str*>(enc.o)->s;
  std::string errors = err.is_null() ? "strict" : static_cast<Str*>(err.o)->s;
  std::string codec = normalize_encoding(name);
  if (codec.empty()) I.raise(I.LookupError, "unknown encoding: " + name);
  const std::string& b = bytes_of(a[0]);
  if (codec == "latin-1") return I.str(latin1_to_utf8(b));
  std::string out;
  auto handle = [&](size_t start, size_t end, const char* reason) {
    if (errors == "strict") decode_error(I, codec, b, start, end, reason);
    if (errors == "replace") out += "\xEF\xBF\xBD";
    else if (errors == "backslashreplace") {
      for (size_t k = start; k < end; ++k) {
        char h[8];
        std::snprintf(h, sizeof h, "\\x%02x", static_cast<unsigned char>(b[k]));
        out += h;
      }
    } else if (errors != "ignore") {
      I.raise(I.LookupError, "unknown error handler name '" + errors + "'");
    }
  };
  for (size_t i = 0; i < b.size();) {
    unsigned char c = static_cast<unsigned char>(b[i]);
    if (codec == "ascii") {
      if (c < 0x80) out += static_cast<char>(c);
      else handle(i, i + 1, "ordinal not in range(128)");
      ++i;
      continue;
    }
    const char* reason = "";
    size_t bad_end = i + 1;
    size_t len = utf8_sequence(b, i, reason, bad_end);
    if (len) {
      out.append(b, i, len);
      i += len;
    } else {
      handle(i, bad_end, reason);
      i = bad_end;
    }
  }
  return I.str(out);
}

}  // namespace

void init_bytes_methods_shared(Interp& I) {
  I.bytearray_type = I.new_type("bytearray", I.object_type, Kind::Bytes);
  I.named_types["builtins.bytearray"] = I.bytearray_type;
  // Methods of both bytes and bytearray.
  auto both = [&I](const char* name, NativeFn fn) {
    method(I, I.bytes_type, name, fn);
    method(I, I.bytearray_type, name, fn);
  };
  auto both_class = [&I](const char* name, NativeFn fn) {
    classmethod(I, I.bytes_type, name, fn);
    classmethod(I, I.bytearray_type, name, fn);
  };
  // The methods whose algorithm is str's.
  for (const char* n : {"split", "rsplit", "strip", "lstrip", "rstrip", "startswith", "endswith", "replace",
                        "partition", "rpartition", "splitlines", "removeprefix", "removesuffix", "isdigit", "isalpha",
                        "isalnum", "isspace", "isupper", "islower", "istitle", "isascii"})
    via_str(I, n);
  for (const char* n : {"find", "rfind", "index", "rindex", "count"}) via_str(I, n, {1});
  via_str(I, "ljust", {}, {1}, "ljust");
  via_str(I, "rjust", {}, {1}, "rjust");
  via_str(I, "center", {}, {1}, "center");
  via_str(I, "zfill", {}, {1});
  via_str(I, "expandtabs", {}, {1});
  // ASCII-only case mapping (bytes_methods.c's _Py_bytes_upper & co.).
  auto cased = [&both](const char* name, std::string (*f)(const std::string&)) {
    both(name, [f](Interp& I2, CallArgs& a) { return bytes_like(I2, a[0], f(bytes_of(a[0]))); });
  };
  cased("upper", [](const std::string& s) {
    std::string r = s;
    for (auto& c : r) c = ascii_upper(c);
    return r;
  });
  cased("lower", [](const std::string& s) {
    std::string r = s;
    for (auto& c : r) c = ascii_lower(c);
    return r;
  });
  cased("swapcase", [](const std::string& s) {
    std::string r = s;
    for (auto& c : r) c = c >= 'a' && c <= 'z' ? ascii_upper(c) : ascii_lower(c);
    return r;
  });
  cased("capitalize", [](const std::string& s) {
    std::string r = s;
    for (size_t i = 0; i < r.size(); ++i) r[i] = i == 0 ? ascii_upper(r[i]) : ascii_lower(r[i]);
    return r;
  });
  cased("title", [](const std::string& s) {
    std::string r = s;
    bool prev = false;
    for (auto& c : r) {
      c = prev ? ascii_lower(c) : ascii_upper(c);
      prev = ascii_alpha(c);
    }
    return r;
  });
  both("join", [](Interp& I2, CallArgs& a) {
    std::string out;
    size_t i = 0;
    for (auto& v : I2.to_vector(a[1])) {
      if (!is_bytes(v))
        I2.raise(I2.TypeError,
                 "sequence item " + std::to_string(i) + ": expected a bytes-like object, " + I2.type_name(v) + " found");
      if (i++) out += bytes_of(a[0]);
      out += bytes_of(v);
    }
    return bytes_like(I2, a[0], out);
  });
  both("hex", [](Interp& I2, CallArgs& a) { return I2.str(to_hex(I2, bytes_of(a[0]), a)); });
  both_class("fromhex", [](Interp& I2, CallArgs& a) {
    if (a.size() != 2 || !is_str(a[1]))
      I2.raise(I2.TypeError, "fromhex() argument must be str, not " + (a.size() > 1 ? I2.type_name(a[1]) : "nothing"));
    const std::string& s = static_cast<Str*>(a[1].o)->s;
    std::string out;
    for (size_t i = 0; i < s.size();) {
      if (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\x0b' || s[i] == '\x0c') {
        ++i;
        continue;
      }
      int hi = hex_digit(s[i]);
      int lo = i + 1 < s.size() ? hex_digit(s[i + 1]) : -1;
      if (hi < 0 || lo < 0) {
        size_t at = hi < 0 ? i : i + 1;
        I2.raise(I2.ValueError, "non-hexadecimal number found in fromhex() arg at position " + std::to_string(at));
      }
      out += static_cast<char>(hi * 16 + lo);
      i += 2;
    }
    if (a[0].same(Value::obj(I2.bytearray_type))) return Value::obj(I2.make<Bytes>(I2.bytearray_type, out));
    return I2.bytes(out);
  });
  both("decode", [](Interp& I2, CallArgs& a) { return decode(I2, a); });
  // bytes.maketrans(from, to): the 256-byte table; bytes.translate(table, delete=b'').
  both_class("maketrans", [](Interp& I2, CallArgs& a) {
    if (a.size() != 3) I2.raise(I2.TypeError, "maketrans expected 2 arguments, got " + std::to_string(a.size() - 1));
    if (!is_bytes(a[1])) need_bytes(I2, a[1]);
    if (!is_bytes(a[2])) need_bytes(I2, a[2]);
    const std::string &x = bytes_of(a[1]), &y = bytes_of(a[2]);
    if (x.size() != y.size()) I2.raise(I2.ValueError, "maketrans arguments must have same length");
    std::string table(256, '\0');
    for (int i = 0; i < 256; ++i) table[static_cast<size_t>(i)] = static_cast<char>(i);
    for (size_t i = 0; i < x.size(); ++i) table[static_cast<unsigned char>(x[i])] = y[i];
    return I2.bytes(table);
  });
  both("translate", [](Interp& I2, CallArgs& a) {
    if (a.size() < 2) I2.raise(I2.TypeError, "translate() takes at least 1 argument (0 given)");
    Value del = a.size() > 2 ? a[2] : a.take_kw("delete");
    const std::string* table = nullptr;
    if (!a[1].is_none()) {
      if (!is_bytes(a[1])) need_bytes(I2, a[1]);
      table = &bytes_of(a[1]);
      if (table->size() != 256) I2.raise(I2.ValueError, "translation table must be 256 characters long");
    }
    std::string deleted;
    if (!del.is_null()) {
      if (!is_bytes(del)) need_bytes(I2, del);
      deleted = bytes_of(del);
    }
    std::string out;
    for (char c : bytes_of(a[0])) {
      if (deleted.find(c) != std::string::npos) continue;
      out += table ? (*table)[static_cast<unsigned char>(c)] : c;
    }
    return bytes_like(I2, a[0], out);
  });
  // bytes % args (bytes_format): the str formatting over Latin-1 text, with %s / %b taking bytes
  // and %r / %a the ascii() of the argument.
  both("__mod__", [](Interp& I2, CallArgs& a) -> Value {
    expect_args(I2, a, 2, 2, "__mod__");
    auto conv = [&](const Value& v) -> Value {
      if (is_bytes(v)) return I2.str(latin1_to_utf8(bytes_of(v)));
      return v;
    };
    // Each %s / %b argument must be bytes; scan the format for the conversions in order.
    const std::string& f = bytes_of(a[0]);
    Value args = a[1];
    bool mapping = args.is_obj() && args.o->kind == Kind::Dict;
    std::vector<Value> items;
    if (args.is_obj() && args.o->kind == Kind::Tuple) items = static_cast<Tuple*>(args.o)->items;
    else items = {args};
    size_t next = 0;
    std::string fmt;  // %b becomes %s, %a / %r become %s of the ascii() text
    std::vector<Value> converted;
    Dict* map_conv = mapping ? I2.new_dict() : nullptr;
    for (size_t i = 0; i < f.size(); ++i) {
      fmt += f[i];
      if (f[i] != '%') continue;
      size_t j = i + 1;
      std::string key;
      if (j < f.size() && f[j] == '(') {
        size_t close = f.find(')', j);
        if (close == std::string::npos) break;
        key = f.substr(j + 1, close - j - 1);
        j = close + 1;
      }
      while (j < f.size() && std::string("#0- +*.0123456789").find(f[j]) != std::string::npos) {
        if (f[j] == '*' && !mapping && next < items.size()) converted.push_back(items[next++]);
        ++j;
      }
      if (j >= f.size()) break;
      char c = f[j];
      fmt += f.substr(i + 1, j - i - 1);
      i = j;
      if (c == '%') {
        fmt += '%';
        continue;
      }
      Value arg;
      if (mapping) arg = I2.getitem(args, I2.bytes(key));
      else if (next < items.size()) arg = items[next++];
      else I2.raise(I2.TypeError, "not enough arguments for format string");
      if (c == 'b' || c == 's') {
        if (!is_bytes(arg)) {
          Value m = I2.getattr_opt(arg, "__bytes__");
          if (m.is_null())
            I2.raise(I2.TypeError, "%b requires a bytes-like object, or an object that implements __bytes__, not '" +
                                       I2.type_name(arg) + "'");
          arg = I2.call(m, {});
        }
        arg = conv(arg);
        c = 's';
      } else if (c == 'r' || c == 'a') {
        arg = I2.call(I2.dict_get_str(I2.builtins, "ascii"), {arg});
        c = 's';
      } else if (c == 'c') {
        if (is_bytes(arg)) {
          if (bytes_of(arg).size() != 1) I2.raise(I2.TypeError, "%c requires an integer in range(256) or a single byte");
          arg = conv(arg);
        } else {
          int64_t v = I2.index_value(arg);
          if (v < 0 || v > 255) I2.raise(I2.OverflowError, "%c arg not in range(256)");
          arg = I2.str(latin1_to_utf8(std::string(1, static_cast<char>(v))));
        }
        c = 's';
      }
      fmt += c;
      if (mapping) I2.dict_set(map_conv, I2.str(key), arg);
      else converted.push_back(arg);
    }
    if (!mapping && next < items.size() && args.is_obj() && args.o->kind == Kind::Tuple)
      I2.raise(I2.TypeError, "not all arguments converted during bytes formatting");
    Value fargs = mapping ? Value::obj(map_conv) : I2.tuple(converted);
    return from_text(I2, percent_format(I2, latin1_to_utf8(fmt), fargs), a[0]);
  });
}

}  // namespace dp::rt
