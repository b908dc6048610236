// Tokenizer for the Python 3.11 subset; mirrors Parser/tokenizer.c (token boundaries,
// INDENT/DEDENT, bracket tracking and error messages). Works on UTF-8 bytes; columns are
// byte offsets like CPython's AST.
#include "python/tokenizer.h"

#include <algorithm>
#include <cstring>
#include <vector>

#include "python/consts.h"
#include "python/unicode_nfkc.h"

namespace dp::py {
namespace {

constexpr int kMaxParenLevel = 200;  // CPython's MAXLEVEL

std::vector<uint32_t> utf8_code_points(const std::string& word) {
  std::vector<uint32_t> cps;
  for (size_t i = 0; i < word.size();) {
    unsigned char b = static_cast<unsigned char>(word[i]);
    int n = (b >= 0xF0) ? 4 : (b >= 0xE0) ? 3 : (b >= 0xC0) ? 2 : 1;
    uint32_t cp = (n == 1) ? b : (b & (0xFF >> (n + 1)));
    for (int k = 1; k < n && i + static_cast<size_t>(k) < word.size(); ++k) cp = (cp << 6) | (word[i + k] & 0x3F);
    i += static_cast<size_t>(n);
    cps.push_back(cp);
  }
  return cps;
}

size_t utf8_length(uint32_t cp) { return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4; }

template <size_t N>
bool in_ranges(const IdentifierRange (&table)[N], uint32_t cp) {
  auto it = std::upper_bound(std::begin(table), std::end(table), cp,
                             [](uint32_t c, const IdentifierRange& r) { return c < r.first; });
  return it != std::begin(table) && cp <= std::prev(it)->last;
}

int combining_class(uint32_t cp) {
  auto it = std::upper_bound(std::begin(kCombiningClass), std::end(kCombiningClass), cp,
                             [](uint32_t c, const CombiningClassRun& r) { return c < r.first; });
  if (it == std::begin(kCombiningClass)) return 0;
  --it;
  return cp - it->first < it->count ? static_cast<int>(it->combining_class) : 0;
}

constexpr uint32_t kSBase = 0xAC00, kLBase = 0x1100, kVBase = 0x1161, kTBase = 0x11A7;
constexpr uint32_t kLCount = 19, kVCount = 21, kTCount = 28, kSCount = 11172;

// The primary composite of a and b (canonical composition, Hangul included), or 0.
uint32_t compose_pair(uint32_t a, uint32_t b) {
  if (a >= kLBase && a < kLBase + kLCount && b >= kVBase && b < kVBase + kVCount)
    return kSBase + ((a - kLBase) * kVCount + (b - kVBase)) * kTCount;
  if (a >= kSBase && a < kSBase + kSCount && (a - kSBase) % kTCount == 0 && b > kTBase && b < kTBase + kTCount)
    return a + (b - kTBase);
  auto it = std::lower_bound(std::begin(kNfcPairs), std::end(kNfcPairs), std::make_pair(a, b),
                             [](const NfcPair& p, const std::pair<uint32_t, uint32_t>& k) {
                               return p.first != k.first ? p.first < k.first : p.second < k.second;
                             });
  return it != std::end(kNfcPairs) && it->first == a && it->second == b ? it->composite : 0;
}

// Appends the canonical decomposition of cp (Hangul syllables algorithmically, the rest by
// undoing kNfcPairs recursively: the characters reaching here are NFC forms, whose decomposable
// characters are all primary composites).
void decompose_canonical(uint32_t cp, std::vector<uint32_t>& out) {
  if (cp >= kSBase && cp < kSBase + kSCount) {
    uint32_t s = cp - kSBase;
    out.push_back(kLBase + s / (kVCount * kTCount));
    out.push_back(kVBase + (s % (kVCount * kTCount)) / kTCount);
    if (s % kTCount) out.push_back(kTBase + s % kTCount);
    return;
  }
  static const std::vector<const NfcPair*> by_composite = [] {
    std::vector<const NfcPair*> v;
    for (const NfcPair& p : kNfcPairs) v.push_back(&p);
    std::sort(v.begin(), v.end(), [](const NfcPair* x, const NfcPair* y) { return x->composite < y->composite; });
    return v;
  }();
  auto it = std::lower_bound(by_composite.begin(), by_composite.end(), cp,
                             [](const NfcPair* p, uint32_t c) { return p->composite < c; });
  if (it != by_composite.end() && (*it)->composite == cp) {
    decompose_canonical((*it)->first, out);
    out.push_back((*it)->second);
    return;
  }
  out.push_back(cp);
}

}  // namespace

// unicodedata.normalize('NFKC', name) of a non-ASCII identifier (PEP 3131; CPython's parser
// normalizes every NAME in _PyPegen_new_identifier). NFKC(s) is NFC of the concatenated NFKC
// forms of s's characters (each is canonically equivalent to that character's NFKD form), so:
// each character's NFKC form from the generated tables, canonical decomposition, combining marks
// put in canonical order (stable by combining class), then canonical composition of each starter
// with the characters after it that it is not blocked from.
std::string nfkc_identifier(const std::string& word) {
  std::vector<uint32_t> mapped;
  for (uint32_t cp : utf8_code_points(word)) {
    auto run = std::upper_bound(std::begin(kNfkcRuns), std::end(kNfkcRuns), cp,
                                [](uint32_t c, const NfkcRun& r) { return c < r.first; });
    if (run != std::begin(kNfkcRuns) && cp - std::prev(run)->first < std::prev(run)->count) {
      mapped.push_back(std::prev(run)->target + (cp - std::prev(run)->first));
      continue;
    }
    auto multi = std::lower_bound(std::begin(kNfkcMulti), std::end(kNfkcMulti), cp,
                                  [](const NfkcMulti& m, uint32_t c) { return m.cp < c; });
    if (multi != std::end(kNfkcMulti) && multi->cp == cp) {
      mapped.insert(mapped.end(), kNfkcPool + multi->offset, kNfkcPool + multi->offset + multi->length);
      continue;
    }
    mapped.push_back(cp);
  }
  std::vector<uint32_t> d;
  for (uint32_t cp : mapped) decompose_canonical(cp, d);
  for (size_t i = 1; i < d.size(); ++i)  // canonical ordering: a stable sort of each run of marks
    for (size_t j = i; j > 0; --j) {
      int a = combining_class(d[j - 1]), b = combining_class(d[j]);
      if (b == 0 || a <= b) break;
      std::swap(d[j - 1], d[j]);
    }
  std::vector<uint32_t> out;
  long starter = -1;
  int last_class = 0;
  for (uint32_t c : d) {
    int cc = combining_class(c);
    if (starter >= 0) {
      bool adjacent = static_cast<size_t>(starter) + 1 == out.size();
      bool blocked = !adjacent && (last_class == 0 || last_class >= cc);
      uint32_t composite = blocked ? 0 : compose_pair(out[static_cast<size_t>(starter)], c);
      if (composite) {
        out[static_cast<size_t>(starter)] = composite;
        continue;
      }
    }
    if (cc == 0) starter = static_cast<long>(out.size());
    out.push_back(c);
    last_class = cc;
  }
  std::string r;
  for (uint32_t cp : out) {
    if (cp < 0x80) {
      r += static_cast<char>(cp);
    } else if (cp < 0x800) {
      r += static_cast<char>(0xC0 | (cp >> 6));
      r += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      r += static_cast<char>(0xE0 | (cp >> 12));
      r += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      r += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      r += static_cast<char>(0xF0 | (cp >> 18));
      r += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      r += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      r += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return r;
}

namespace {

// Whether a NAME token's text is a valid identifier (str.isidentifier: XID_Start or '_', then
// XID_Continue); the index of the first code point that is not, or -1.
long invalid_identifier_char(const std::vector<uint32_t>& cps) {
  for (size_t i = 0; i < cps.size(); ++i) {
    uint32_t cp = cps[i];
    bool ok = cp < 0x80
                  ? (std::isalnum(static_cast<int>(cp)) || cp == '_') && !(i == 0 && std::isdigit(static_cast<int>(cp)))
                  : (i == 0 ? in_ranges(kXidStart, cp) : in_ranges(kXidContinue, cp));
    if (!ok) return static_cast<long>(i);
  }
  return -1;
}

bool is_id_start(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool is_id_char(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

bool is_string_prefix(const std::string& p) {
  if (p.size() > 2) return false;
  std::string l;
  for (char ch : p) l += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  return l == "r" || l == "u" || l == "b" || l == "f" || l == "br" || l == "rb" || l == "fr" || l == "rf";
}

class Tokenizer {
 public:
  Tokenizer(const std::string& text, SourceLines& src) : s_(text), src_(src) {}

  TokenizeResult run_safely() {
    try {
      return run();
    } catch (const CompileError& e) {
      TokenizeResult r = std::move(res_);
      r.unclosed.clear();
      r.has_error = true;
      r.error = e.info;
      int l = e.info.lineno;
      r.tokens.push_back(Token{Tok::EndMarker, "", l, 0, l, 0, 0});
      return r;
    }
  }

  TokenizeResult run() {
    bool at_line_start = true;
    while (true) {
      if (at_line_start && parens_.empty()) {
        if (!handle_indentation()) break;  // EOF
        at_line_start = false;
        continue;
      }
      if (pos_ >= s_.size()) break;
      unsigned char c = s_[pos_];
      if (c == ' ' || c == '\t' || c == '\f') {
        ++pos_;
        continue;
      }
      if (c == '#') {
        while (pos_ < s_.size() && s_[pos_] != '\n') ++pos_;
        continue;
      }
      if (c == '\\') {
        if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '\n') {
          pos_ += 2;
          new_line();
          if (pos_ >= s_.size()) error("unexpected EOF while parsing", line_, 0, line_, 0);
          continue;
        }
        error("unexpected character after line continuation character", line_, col(), line_, col() + 1);
      }
      if (c == '\n') {
        if (parens_.empty()) {
          push(Tok::Newline, "\n", line_, col(), line_, col() + 1);
          at_line_start = true;
        }
        ++pos_;
        new_line();
        continue;
      }
      if (is_id_start(c)) {
        name_or_string();
        continue;
      }
      if (std::isdigit(c) || (c == '.' && pos_ + 1 < s_.size() && std::isdigit((unsigned char)s_[pos_ + 1]))) {
        number();
        continue;
      }
      if (c == '"' || c == '\'') {
        string_literal(pos_);
        continue;
      }
      op();
    }
    // End of input: implicit NEWLINE, DEDENTs, ENDMARKER (only ENDMARKER inside brackets:
    // CPython's tokenizer reports EOF there and the parser raises "'(' was never closed").
    int end_line = (pos_ > line_start_) ? line_ + 1 : line_;
    for (auto& p : parens_) res_.unclosed.push_back({p.ch, p.lineno, p.col});
    if (!parens_.empty()) {
      push(Tok::EndMarker, "", end_line, 0, end_line, 0);
      return std::move(res_);
    }
    if (!res_.tokens.empty() && res_.tokens.back().type != Tok::Newline && res_.tokens.back().type != Tok::Dedent) {
      int ll = static_cast<int>(src_.line(line_).size());
      push(Tok::Newline, "", line_, ll, line_, ll);
    }
    while (indents_.size() > 1) {
      indents_.pop_back();
      push(Tok::Dedent, "", end_line, 0, end_line, 0);
    }
    push(Tok::EndMarker, "", end_line, 0, end_line, 0);
    return std::move(res_);
  }

 private:
  struct Paren {
    char ch;
    int lineno, col;
  };
  const std::string& s_;
  SourceLines& src_;
  size_t pos_ = 0;
  size_t line_start_ = 0;
  int line_ = 1;
  std::vector<int> indents_{0};
  std::vector<int> altindents_{0};
  std::vector<Paren> parens_;
  TokenizeResult res_;

  int col() const { return static_cast<int>(pos_ - line_start_); }
  void new_line() {
    line_start_ = pos_;
    ++line_;
  }

  [[noreturn]] void error(const std::string& msg, int l, int c, int el, int ec, const char* type = "SyntaxError") {
    raise_error(src_, type, msg, l, c, el, ec);
  }

  void push(Tok t, std::string text, int l, int c, int el, int ec) {
    res_.tokens.push_back(Token{t, std::move(text), l, c, el, ec, static_cast<int>(parens_.size())});
  }

  // Measures indentation of the line at pos_; emits INDENT/DEDENT. Skips blank and
  // comment-only lines. Returns false at EOF.
  bool handle_indentation() {
    while (true) {
      if (pos_ >= s_.size()) return false;
      int colw = 0, alt = 0;
      size_t p = pos_;
      while (p < s_.size()) {
        char ch = s_[p];
        if (ch == ' ') {
          ++colw;
          ++alt;
        } else if (ch == '\t') {
          colw = (colw / 8 + 1) * 8;
          ++alt;
        } else if (ch == '\f') {
          colw = alt = 0;
        } else break;
        ++p;
      }
      if (p >= s_.size()) {
        pos_ = p;
        return false;
      }
      if (s_[p] == '#' || s_[p] == '\n' || (s_[p] == '\\' && p + 1 < s_.size() && s_[p + 1] == '\n' && false)) {
        // blank or comment-only line: no tokens
        while (p < s_.size() && s_[p] != '\n') ++p;
        if (p >= s_.size()) {
          pos_ = p;
          return false;
        }
        pos_ = p + 1;
        new_line();
        continue;
      }
      pos_ = p;
      if (colw == indents_.back()) {
        if (alt != altindents_.back()) tab_error();
      } else if (colw > indents_.back()) {
        if (alt <= altindents_.back()) tab_error();
        if (indents_.size() >= 100) error("too many levels of indentation", line_, 0, line_, col(), "IndentationError");
        indents_.push_back(colw);
        altindents_.push_back(alt);
        push(Tok::Indent, "", line_, -1, line_, -1);
      } else {
        while (indents_.size() > 1 && colw < indents_.back()) {
          indents_.pop_back();
          altindents_.pop_back();
          push(Tok::Dedent, "", line_, -1, line_, -1);
        }
        if (colw != indents_.back()) {
          int len = static_cast<int>(src_.line(line_).size());
          raise_error_raw(src_, "IndentationError", "unindent does not match any outer indentation level", line_,
                          len + 1, line_, -1);
        }
        if (alt != altindents_.back()) tab_error();
      }
      return true;
    }
  }

  [[noreturn]] void tab_error() {
    raise_error_raw(src_, "TabError", "inconsistent use of tabs and spaces in indentation", line_, 0, line_, -1);
  }

  void name_or_string() {
    size_t start = pos_;
    while (pos_ < s_.size() && is_id_char(s_[pos_])) ++pos_;
    std::string word = s_.substr(start, pos_ - start);
    if (pos_ < s_.size() && (s_[pos_] == '"' || s_[pos_] == '\'') && is_string_prefix(word)) {
      string_literal(start);
      return;
    }
    // Non-ASCII names are checked as CPython's verify_identifier does (the first character that
    // is not XID_Start / XID_Continue is reported) and kept as written: the parser normalizes them
    // where it makes identifiers, so a compatibility spelling of a keyword stays a name.
    bool ascii = std::all_of(word.begin(), word.end(), [](char c) { return static_cast<unsigned char>(c) < 0x80; });
    if (!ascii) {
      std::vector<uint32_t> cps = utf8_code_points(word);
      long bad = invalid_identifier_char(cps);
      if (bad >= 0) {
        size_t offset = 0;  // byte offset of the bad character in word
        for (long k = 0; k < bad; ++k) offset += utf8_length(cps[static_cast<size_t>(k)]);
        uint32_t cp = cps[static_cast<size_t>(bad)];
        char hex[16];
        std::snprintf(hex, sizeof hex, "%04X", cp);
        std::string msg = unicode_isprintable(cp)
                              ? "invalid character '" + word.substr(offset, utf8_length(cp)) + "' (U+" + hex + ")"
                              : std::string("invalid non-printable character U+") + hex;
        int c0 = static_cast<int>(start - line_start_ + offset);
        error(msg, line_, c0, line_, c0 + 1);
      }
    }
    push(Tok::Name, word, line_, static_cast<int>(start - line_start_), line_, col());
  }

  void number() {
    size_t start = pos_;
    int c0 = col();
    auto digits = [&](auto pred) {
      while (pos_ < s_.size() && (pred((unsigned char)s_[pos_]) ||
                                  (s_[pos_] == '_' && pos_ + 1 < s_.size() && pred((unsigned char)s_[pos_ + 1]))))
        ++pos_;
    };
    auto isdec = [](unsigned char ch) { return std::isdigit(ch) != 0; };
    bool is_float = false;
    if (s_[pos_] == '0' && pos_ + 1 < s_.size() && std::strchr("xXoObB", s_[pos_ + 1])) {
      char kind = std::tolower(s_[pos_ + 1]);
      pos_ += 2;
      if (pos_ < s_.size() && s_[pos_] == '_') ++pos_;
      size_t d0 = pos_;
      if (kind == 'x') digits([](unsigned char ch) { return std::isxdigit(ch) != 0; });
      else if (kind == 'o') digits([](unsigned char ch) { return ch >= '0' && ch <= '7'; });
      else digits([](unsigned char ch) { return ch == '0' || ch == '1'; });
      if (pos_ == d0 || (pos_ < s_.size() && (std::isalnum((unsigned char)s_[pos_]) || s_[pos_] == '_'))) {
        const char* what = kind == 'x' ? "hexadecimal" : kind == 'o' ? "octal" : "binary";
        if (pos_ < s_.size() && std::isdigit((unsigned char)s_[pos_]))
          error(std::string("invalid digit '") + s_[pos_] + "' in " + what + " literal", line_, col(), line_,
                col() + 1);
        error(std::string("invalid ") + what + " literal", line_, col() - 1, line_, col());
      }
    } else {
      digits(isdec);
      if (pos_ < s_.size() && s_[pos_] == '.') {
        is_float = true;
        ++pos_;
        digits(isdec);
      }
      if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
        size_t save = pos_;
        ++pos_;
        if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
        if (pos_ < s_.size() && std::isdigit((unsigned char)s_[pos_])) {
          is_float = true;
          digits(isdec);
        } else {
          pos_ = save;
        }
      }
      if (pos_ < s_.size() && (s_[pos_] == 'j' || s_[pos_] == 'J')) ++pos_;
      // "0777": leading zeros (tokenizer.c reports the range of the zeros)
      if (!is_float && s_[start] == '0' && s_[pos_ - 1] != 'j' && s_[pos_ - 1] != 'J') {
        size_t z = start;
        while (z < pos_ && (s_[z] == '0' || s_[z] == '_')) ++z;
        if (z < pos_)
          raise_error_raw(src_, "SyntaxError",
                          "leading zeros in decimal integer literals are not permitted; use an 0o prefix for "
                          "octal integers",
                          line_, c0 + 1, line_, static_cast<int>(z - line_start_));
      }
      if (pos_ < s_.size() && is_id_start((unsigned char)s_[pos_])) {
        // tokenizer.c syntaxerror(): offset = characters before the offending one.
        raise_error_raw(src_, "SyntaxError", "invalid decimal literal", line_, col(), line_, col());
      }
    }
    push(Tok::Number, s_.substr(start, pos_ - start), line_, c0, line_, col());
  }

  // Scans a string literal whose prefix starts at `start` and whose quote is at pos_.
  void string_literal(size_t start) {
    int l0 = line_;
    int c0 = static_cast<int>(start - line_start_);
    char q = s_[pos_];
    bool triple = pos_ + 2 < s_.size() && s_[pos_ + 1] == q && s_[pos_ + 2] == q;
    pos_ += triple ? 3 : 1;
    while (true) {
      if (pos_ >= s_.size()) {
        int detected = (pos_ > 0 && s_[pos_ - 1] == '\n') ? line_ - 1 : line_;
        if (triple)
          error("unterminated triple-quoted string literal (detected at line " + std::to_string(detected) + ")", l0, c0,
                l0, c0 + 1);
        error("unterminated string literal (detected at line " + std::to_string(detected) + ")", l0, c0, l0, c0 + 1);
      }
      char ch = s_[pos_];
      if (ch == '\\') {
        if (pos_ + 1 < s_.size() && s_[pos_ + 1] == '\n') {
          pos_ += 2;
          new_line();
        } else {
          pos_ += 2;
        }
        continue;
      }
      if (ch == '\n') {
        if (!triple)
          error("unterminated string literal (detected at line " + std::to_string(line_) + ")", l0, c0, l0, c0 + 1);
        ++pos_;
        new_line();
        continue;
      }
      if (ch == q) {
        if (!triple) {
          ++pos_;
          break;
        }
        if (pos_ + 2 < s_.size() && s_[pos_ + 1] == q && s_[pos_ + 2] == q) {
          pos_ += 3;
          break;
        }
      }
      ++pos_;
    }
    if (pos_ > s_.size()) pos_ = s_.size();
    push(Tok::String, s_.substr(start, pos_ - start), l0, c0, line_, col());
  }

  void op() {
    static const char* ops3[] = {"**=", "//=", ">>=", "<<=", "...", "!=", nullptr};
    static const char* ops2[] = {"**", "//", ">>", "<<", "<=", ">=", "==", "!=", "->", ":=",
                                 "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "@=", nullptr};
    int c0 = col();
    for (int i = 0; ops3[i]; ++i) {
      size_t n = std::strlen(ops3[i]);
      if (s_.compare(pos_, n, ops3[i]) == 0 && n == 3) {
        emit_op(ops3[i], c0, 3);
        return;
      }
    }
    for (int i = 0; ops2[i]; ++i)
      if (s_.compare(pos_, 2, ops2[i]) == 0) {
        emit_op(ops2[i], c0, 2);
        return;
      }
    unsigned char c = s_[pos_];
    if (std::strchr("()[]{}:,;.+-*/%|&^~<>=@", c) && c != 0) {
      std::string t(1, static_cast<char>(c));
      if (c == '(' || c == '[' || c == '{') {
        if (parens_.size() >= kMaxParenLevel) error("too many nested parentheses", line_, c0, line_, c0 + 1);
        parens_.push_back({static_cast<char>(c), line_, c0});
      } else if (c == ')' || c == ']' || c == '}') {
        if (parens_.empty()) error(std::string("unmatched '") + t + "'", line_, c0, line_, c0 + 1);
        Paren open = parens_.back();
        char want = open.ch == '(' ? ')' : open.ch == '[' ? ']' : '}';
        if (want != static_cast<char>(c)) {
          std::string msg =
              std::string("closing parenthesis '") + t + "' does not match opening parenthesis '" + open.ch + "'";
          if (open.lineno != line_) msg += " on line " + std::to_string(open.lineno);
          error(msg, line_, c0, line_, c0 + 1);
        }
        parens_.pop_back();
      }
      emit_op(t, c0, 1);
      return;
    }
    // Invalid character.
    uint32_t cp = c;
    int n = 1;
    if (c >= 0x80) {
      n = (c >= 0xF0) ? 4 : (c >= 0xE0) ? 3 : 2;
      cp = c & (0xFF >> (n + 1));
      for (int k = 1; k < n && pos_ + k < s_.size(); ++k) cp = (cp << 6) | (s_[pos_ + k] & 0x3F);
    }
    char buf[80];
    if (c == 0) {
      // CPython 3.11 (reading the file): the line up to the NUL, no caret.
      SyntaxErrorInfo info;
      info.type = "SyntaxError";
      info.msg = "source code cannot contain null bytes";
      info.filename = src_.filename;
      info.lineno = info.end_lineno = line_;
      info.col = info.end_col = 0;
      info.text = src_.line(line_);
      info.text = info.text.substr(0, info.text.find('\0'));
      throw CompileError(std::move(info));
    }
    if (c == '!') {
      error("invalid syntax", line_, c0, line_, c0 + 1);
    }
    if (c >= 0x80 || c < 0x20 || c == 0x7f) {
      if (c < 0x20 || c == 0x7f) std::snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", cp);
      else std::snprintf(buf, sizeof buf, "invalid character '%s' (U+%04X)", s_.substr(pos_, n).c_str(), cp);
      error(buf, line_, c0, line_, c0 + 1);
    }
    error("invalid syntax", line_, c0, line_, c0 + 1);
  }

  void emit_op(const std::string& t, int c0, size_t n) {
    pos_ += n;
    push(Tok::Op, t, line_, c0, line_, c0 + static_cast<int>(n));
  }
};

}  // namespace

TokenizeResult tokenize(const std::string& source, SourceLines& src) {
  std::string text;
  text.reserve(source.size() + 1);
  size_t i = 0;
  if (source.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;
  for (; i < source.size(); ++i) {
    char ch = source[i];
    if (ch == '\r') {
      text += '\n';
      if (i + 1 < source.size() && source[i + 1] == '\n') ++i;
    } else {
      text += ch;
    }
  }
  src.lines.clear();
  size_t start = 0;
  for (size_t p = 0; p <= text.size(); ++p) {
    if (p == text.size() || text[p] == '\n') {
      if (p == text.size() && start == p) break;
      src.lines.push_back(text.substr(start, p - start));
      start = p + 1;
    }
  }
  Tokenizer t(text, src);
  return t.run_safely();
}

bool is_identifier(const std::string& word) {
  return !word.empty() && invalid_identifier_char(utf8_code_points(word)) < 0;
}

}  // namespace dp::py
