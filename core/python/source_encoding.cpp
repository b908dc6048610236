// See source_encoding.h.
#include "python/source_encoding.h"

#include <cctype>
#include <cstring>

#include "python/frontend.h"

namespace dp::py {

namespace {

[[noreturn]] void encoding_error(const std::string& msg, const std::string& filename) {
  SyntaxErrorInfo info;
  info.msg = msg;
  info.filename = filename;
  info.lineno = 1;
  info.located = false;
  throw CompileError(std::move(info));
}

// get_normal_name: the first 12 characters lowercased with '_' as '-', then utf-8 and latin-1
// spellings collapsed; anything else is returned as written.
std::string normal_name(const std::string& s) {
  std::string buf;
  for (size_t i = 0; i < s.size() && i < 12; ++i)
    buf += s[i] == '_' ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(s[i])));
  if (buf == "utf-8" || buf.starts_with("utf-8-")) return "utf-8";
  if (buf == "latin-1" || buf == "iso-8859-1" || buf == "iso-latin-1" || buf.starts_with("latin-1-") ||
      buf.starts_with("iso-8859-1-") || buf.starts_with("iso-latin-1-"))
    return "iso-8859-1";
  return s;
}

// get_coding_spec: the name after "coding:" or "coding=" in a line that is only a comment.
bool coding_spec(const std::string& line, std::string& spec) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
  if (i >= line.size() || line[i] != '#') return false;
  for (size_t p = line.find("coding", i); p != std::string::npos; p = line.find("coding", p + 1)) {
    size_t t = p + 6;
    if (t >= line.size() || (line[t] != ':' && line[t] != '=')) continue;
    do ++t;
    while (t < line.size() && (line[t] == ' ' || line[t] == '\t'));
    size_t begin = t;
    while (t < line.size() &&
           (std::isalnum(static_cast<unsigned char>(line[t])) || line[t] == '-' || line[t] == '_' || line[t] == '.'))
      ++t;
    if (t > begin) {
      spec = normal_name(line.substr(begin, t - begin));
      return true;
    }
  }
  return false;
}

enum class Codec { Utf8, Latin1, Cp1252, Ascii, OtherKnown, Unknown };

// codecs.lookup's normalization (lowercase, '-' and ' ' as '_') and the aliases of the codecs
// the playground decodes; a few other common codecs are recognised so that they are reported as
// a playground limitation rather than as an unknown encoding.
Codec lookup_codec(const std::string& name) {
  std::string n;
  for (char c : name)
    n += (c == '-' || c == ' ') ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  auto in = [&](std::initializer_list<const char*> names) {
    for (const char* x : names)
      if (n == x) return true;
    return false;
  };
  if (in({"utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001"})) return Codec::Utf8;
  if (in({"latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100"}))
    return Codec::Latin1;
  if (in({"cp1252", "windows_1252", "1252"})) return Codec::Cp1252;
  if (in({"ascii", "us_ascii", "646", "us"})) return Codec::Ascii;
  if (n.starts_with("iso8859_") || n.starts_with("iso_8859_") || n.starts_with("latin") || n.starts_with("utf_") ||
      n.starts_with("cp") || n.starts_with("windows_") || n.starts_with("koi8") || n.starts_with("mac_") ||
      in({"shift_jis", "sjis", "euc_jp", "euc_kr", "gbk", "gb2312", "gb18030", "big5", "utf16", "utf32", "utf7"}))
    return Codec::OtherKnown;
  return Codec::Unknown;
}

void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// cp1252's bytes 0x80..0x9F (0 where the codec has no character), from
// bytes(range(0x80, 0xa0)).decode('cp1252', 'replace') of python3.
constexpr unsigned kCp1252High[32] = {0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                      0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,
                                      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                      0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

}  // namespace

std::string decode_source(const std::string& raw, const std::string& filename) {
  bool bom = raw.starts_with("\xEF\xBB\xBF");
  std::string s = bom ? raw.substr(3) : raw;
  // check_coding_spec on the first two lines; a line that is not blank or a comment ends the search.
  std::string spec;
  size_t pos = 0;
  for (int line = 0; line < 2 && pos < s.size(); ++line) {
    size_t nl = s.find('\n', pos);
    std::string text = s.substr(pos, nl == std::string::npos ? std::string::npos : nl - pos);
    if (coding_spec(text, spec)) break;
    size_t k = text.find_first_not_of(" \t\f");
    if (k != std::string::npos && text[k] != '#' && text[k] != '\r') break;
    if (nl == std::string::npos) break;
    pos = nl + 1;
  }
  if (spec.empty() || spec == "utf-8") return s;
  if (bom) encoding_error("encoding problem: " + spec + " with BOM", filename);
  Codec codec = lookup_codec(spec);
  if (codec == Codec::Utf8) return s;
  if (codec == Codec::Unknown) encoding_error("encoding problem: " + spec, filename);
  if (codec == Codec::OtherKnown)
    encoding_error("not supported by the playground yet: the source encoding '" + spec + "'", filename);
  std::string out;
  out.reserve(s.size());
  for (unsigned char c : s) {
    unsigned cp = c;
    if (c >= 0x80) {
      if (codec == Codec::Ascii) encoding_error("encoding problem: " + spec, filename);
      if (codec == Codec::Cp1252 && c < 0xA0) {
        cp = kCp1252High[c - 0x80];
        if (!cp) encoding_error("encoding problem: " + spec, filename);
      }
    }
    append_utf8(out, cp);
  }
  return out;
}

}  // namespace dp::py
