// unicodedata's name functions (CPython 3.11's Modules/unicodedata.c: unicodedata_lookup_impl,
// unicodedata_UCD_name_impl) over the on-demand name table of core/python/unicode_names.h. The rest
// of the module is core/prelude/unicodedata.py.
#include <string>
#include <vector>

#include "python/unicode_names.h"
#include "runtime/interp.h"

namespace dp::rt {

namespace {

namespace un = py::unicode_names;

void def(Interp& I, Module* m, const char* name, NativeFn fn) {
  I.dict_set_str(m->dict, name, I.builtin(name, std::move(fn), m->name));
}

void need_table(Interp& I) {
  std::string why;
  if (!un::ensure_loaded(&why))
    I.raise(I.RuntimeError, "the playground could not load Unicode's character names (" + why + ")");
}

// The code points of a UTF-8 string (the playground's str payload).
std::vector<uint32_t> code_points(const std::string& s) {
  std::vector<uint32_t> out;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    uint32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
    for (int k = 1; k < n && i + k < s.size(); ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

std::string utf8(const std::vector<uint32_t>& cps) {
  std::string out;
  for (uint32_t cp : cps) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

}  // namespace

void init_unicodedata_native(Interp& I, Module* m) {
  // lookup(name, /): the character (or named sequence) of a name or alias; KeyError otherwise.
  def(I, m, "lookup", [](Interp& I2, CallArgs& a) {
    if (!a.kw.empty()) I2.raise(I2.TypeError, "unicodedata.lookup() takes no keyword arguments");
    if (a.size() != 1)
      I2.raise(I2.TypeError,
               "unicodedata.lookup() takes exactly one argument (" + std::to_string(a.size()) + " given)");
    Value v = a[0];
    std::string name;
    if (v.is_obj() && v.o->kind == Kind::Str) name = static_cast<Str*>(v.o)->s;
    else if (I2.type_name(v) == "bytearray")
      I2.raise(I2.TypeError, "lookup() argument must be read-only bytes-like object, not bytearray");
    else if (v.is_obj() && v.o->kind == Kind::Bytes) name = static_cast<Bytes*>(v.o)->s;
    else I2.raise(I2.TypeError, "a bytes-like object is required, not '" + I2.type_name(v) + "'");
    if (name.size() > 256) I2.raise(I2.KeyError, "name too long");
    need_table(I2);
    std::vector<uint32_t> cps;
    if (!un::lookup(name, true, cps)) I2.raise(I2.KeyError, "undefined character name '" + name + "'");
    return I2.str(utf8(cps));
  });
  // name(chr, default=<no default>, /): the character's name; ValueError, or default, without one.
  def(I, m, "name", [](Interp& I2, CallArgs& a) {
    if (!a.kw.empty()) I2.raise(I2.TypeError, "unicodedata.name() takes no keyword arguments");
    expect_args(I2, a, 1, 2, "name");
    Value v = a[0];
    if (!(v.is_obj() && v.o->kind == Kind::Str))
      I2.raise(I2.TypeError, "name() argument 1 must be a unicode character, not " + I2.type_name(v));
    std::vector<uint32_t> cps = code_points(static_cast<Str*>(v.o)->s);
    if (cps.size() != 1)
      I2.raise(I2.TypeError, "name() argument 1 must be a unicode character, not " + I2.type_name(v));
    need_table(I2);
    std::string out;
    if (un::name_of(cps[0], out)) return I2.str(out);
    if (a.size() == 2) return a[1];
    I2.raise(I2.ValueError, "no such name");
  });
}

}  // namespace dp::rt
