// Loader and look-ups of Unicode's character names (see unicode_names.h), mirroring CPython 3.11's
// Modules/unicodedata.c: _getcode (name -> code point, with Hangul syllables and CJK unified
// ideographs computed, aliases, named sequences) and _getucname (code point -> name).
#include "python/unicode_names.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <mutex>
#include <sstream>
#if !defined(__EMSCRIPTEN__)
#include <unistd.h>
#endif

namespace dp::py::unicode_names {
namespace {

constexpr size_t kNameMaxLen = 256;  // NAME_MAXLEN
constexpr uint32_t kSBase = 0xAC00, kLCount = 19, kVCount = 21, kTCount = 28;
constexpr uint32_t kNCount = kVCount * kTCount, kSCount = kLCount * kNCount;

struct Entry {
  uint32_t off, len;  // the name in Table::pool
};

struct Table {
  std::vector<std::pair<uint32_t, uint32_t>> cjk;  // unified ideograph ranges, inclusive
  std::vector<std::string> jamo[3];                // L, V, T short names
  std::string pool;                                // every name's text
  std::vector<uint32_t> name_cp;                   // ascending code points ...
  std::vector<Entry> name;                         // ... and their names
  // name -> what it stands for: (entry, code points) sorted by name for binary search
  struct Key {
    Entry name;
    uint32_t seq_off, seq_len;  // into seq_pool
  };
  std::vector<uint32_t> seq_pool;
  std::vector<Key> by_name;
  std::string_view text(Entry e) const { return std::string_view(pool).substr(e.off, e.len); }
};

Reader g_reader = nullptr;
Table* g_table = nullptr;
std::string g_why;
bool g_tried = false;
std::mutex g_mutex;

// The default reader: the file next to the running executable, then in the source tree
// (DP_UNICODE_NAMES_DIR, natively), then DP_DATA_DIR from the environment.
bool default_reader(const std::string& file, std::string& bytes) {
#if defined(__EMSCRIPTEN__)
  (void)file;
  (void)bytes;
  return false;
#else
  std::vector<std::string> dirs;
  if (const char* env = std::getenv("DP_DATA_DIR")) dirs.push_back(env);
  char buf[4096];
  ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n > 0) {
    std::string exe(buf, static_cast<size_t>(n));
    dirs.push_back(exe.substr(0, exe.rfind('/')));
  }
#ifdef DP_UNICODE_NAMES_DIR
  dirs.push_back(DP_UNICODE_NAMES_DIR);
#endif
  for (const auto& d : dirs) {
    std::ifstream f(d + "/" + file, std::ios::binary);
    if (!f) continue;
    std::stringstream ss;
    ss << f.rdbuf();
    bytes = ss.str();
    return true;
  }
  return false;
#endif
}

struct Cursor {
  const std::string& b;
  size_t p = 0;
  bool bad = false;
  uint32_t u() {
    uint32_t v = 0;
    for (int shift = 0; shift < 35; shift += 7) {
      if (p >= b.size()) {
        bad = true;
        return 0;
      }
      unsigned char c = static_cast<unsigned char>(b[p++]);
      v |= static_cast<uint32_t>(c & 0x7F) << shift;
      if (!(c & 0x80)) return v;
    }
    bad = true;
    return 0;
  }
  std::string text() {
    uint32_t n = u();
    if (bad || n > b.size() - p) {
      bad = true;
      return {};
    }
    std::string s = b.substr(p, n);
    p += n;
    return s;
  }
};

void hex_upper(uint32_t cp, std::string& out) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04X", cp);
  out += buf;
}

// The words of one name: `shared` words of the previous name of its section, then new indices.
bool read_words(Cursor& c, std::vector<uint32_t>& ws) {
  uint32_t shared = c.u(), more = c.u();
  if (shared > ws.size() || more > 64) return false;
  ws.resize(shared);
  for (uint32_t k = 0; k < more && !c.bad; ++k) ws.push_back(c.u());
  return !c.bad;
}

// Appends the name made of `ws` to the pool (word 0: the code point in hex, glued on).
bool append_name(Table& t, const std::vector<std::string>& words, const std::vector<uint32_t>& ws, uint32_t cp,
                 bool hex_allowed, Entry& e) {
  e.off = static_cast<uint32_t>(t.pool.size());
  for (size_t k = 0; k < ws.size(); ++k) {
    if (ws[k] == 0) {
      if (!hex_allowed) return false;
      hex_upper(cp, t.pool);
      continue;
    }
    if (ws[k] > words.size()) return false;
    if (k) t.pool += ' ';
    t.pool += words[ws[k] - 1];
  }
  e.len = static_cast<uint32_t>(t.pool.size() - e.off);
  return true;
}

const Table* g_sorting = nullptr;  // the table whose keys qsort is ordering (qsort takes no context)

int compare_keys(const void* x, const void* y) {
  std::string_view a = g_sorting->text(static_cast<const Table::Key*>(x)->name);
  std::string_view b = g_sorting->text(static_cast<const Table::Key*>(y)->name);
  return a.compare(b);
}

bool parse(const std::string& b, Table& t) {
  if (b.size() < 4 || b.compare(0, 4, "DPUN") != 0) return false;
  Cursor c{b, 4};
  if (c.u() != 1 || c.u() != 140000) return false;  // format 1, Unicode 14.0.0
  uint32_t ncjk = c.u();
  for (uint32_t i = 0; i < ncjk && i < 64 && !c.bad; ++i) {
    uint32_t a = c.u(), z = c.u();
    t.cjk.push_back({a, z});
  }
  const uint32_t counts[3] = {kLCount, kVCount, kTCount};
  for (int k = 0; k < 3; ++k)
    for (uint32_t i = 0; i < counts[k]; ++i) t.jamo[k].push_back(c.text());
  uint32_t nwords = c.u();
  if (c.bad || nwords > b.size()) return false;
  std::vector<std::string> words;
  words.reserve(nwords);
  for (uint32_t i = 0; i < nwords && !c.bad; ++i) words.push_back(c.text());
  std::vector<uint32_t> ws;
  // characters (code points ascending, deltas from the previous + 1), then aliases (deltas from the
  // previous, 0 allowed), then named sequences
  for (int section = 0; section < 2 && !c.bad; ++section) {
    uint32_t count = c.u();
    if (count > b.size()) return false;
    int64_t prev = section == 0 ? -1 : 0;
    ws.clear();
    for (uint32_t i = 0; i < count && !c.bad; ++i) {
      uint32_t cp = static_cast<uint32_t>(prev + c.u() + (section == 0 ? 1 : 0));
      prev = cp;
      Entry e;
      if (!read_words(c, ws) || !append_name(t, words, ws, cp, true, e)) return false;
      if (section == 0) {
        t.name_cp.push_back(cp);
        t.name.push_back(e);
      }
      t.by_name.push_back({e, static_cast<uint32_t>(t.seq_pool.size()), 1});
      t.seq_pool.push_back(cp);
    }
  }
  uint32_t nseq = c.u();
  ws.clear();
  for (uint32_t i = 0; i < nseq && !c.bad; ++i) {
    uint32_t n = c.u();
    if (n > 64) return false;
    Table::Key key{{0, 0}, static_cast<uint32_t>(t.seq_pool.size()), n};
    for (uint32_t k = 0; k < n; ++k) t.seq_pool.push_back(c.u());
    if (!read_words(c, ws) || !append_name(t, words, ws, 0, false, key.name)) return false;
    t.by_name.push_back(key);
  }
  if (c.bad || c.p != b.size()) return false;
  g_sorting = &t;
  std::qsort(t.by_name.data(), t.by_name.size(), sizeof(Table::Key), compare_keys);
  g_sorting = nullptr;
  return true;
}

// find_syllable: the longest jamo short name `s` starts with (case-sensitive, as CPython's strncmp).
void find_syllable(std::string_view s, const std::vector<std::string>& table, size_t& len, int& pos) {
  int best = -1;
  for (size_t i = 0; i < table.size(); ++i) {
    int l = static_cast<int>(table[i].size());
    if (l <= best) continue;
    if (s.substr(0, table[i].size()) == table[i]) {
      best = l;
      pos = static_cast<int>(i);
    }
  }
  len = best < 0 ? 0 : static_cast<size_t>(best);
}

bool is_unified_ideograph(const Table& t, uint32_t cp) {
  for (auto& [a, z] : t.cjk)
    if (cp >= a && cp <= z) return true;
  return false;
}

}  // namespace

void set_reader(Reader reader) {
  std::lock_guard<std::mutex> lock(g_mutex);
  g_reader = reader;
  // A new reader is asked afresh (the embedder installs one before any run; tests swap them).
  delete g_table;
  g_table = nullptr;
  g_tried = false;
  g_why.clear();
}

bool ensure_loaded(std::string* why) {
  std::lock_guard<std::mutex> lock(g_mutex);
  if (!g_tried) {
    g_tried = true;
    std::string bytes;
    Reader r = g_reader ? g_reader : default_reader;
    if (!r(kFile, bytes)) {
      g_why = std::string(kFile) + " could not be read";
    } else {
      auto* t = new Table();
      if (parse(bytes, *t)) {
        g_table = t;
      } else {
        delete t;
        g_why = std::string(kFile) + " is not a valid Unicode 14.0.0 name table";
      }
    }
  }
  if (!g_table && why) *why = g_why;
  return g_table != nullptr;
}

bool lookup(std::string_view name, bool with_named_seq, std::vector<uint32_t>& out) {
  const Table* t = g_table;
  if (!t) return false;
  out.clear();
  if (name.size() > kNameMaxLen) return false;
  static constexpr std::string_view kHangul = "HANGUL SYLLABLE ", kCjk = "CJK UNIFIED IDEOGRAPH-";
  if (name.substr(0, kHangul.size()) == kHangul) {
    std::string_view p = name.substr(kHangul.size());
    int L = -1, V = -1, T = -1;
    size_t len;
    find_syllable(p, t->jamo[0], len, L);
    p.remove_prefix(len);
    find_syllable(p, t->jamo[1], len, V);
    p.remove_prefix(len);
    find_syllable(p, t->jamo[2], len, T);
    p.remove_prefix(len);
    if (L != -1 && V != -1 && T != -1 && p.empty()) {
      out.push_back(kSBase + (L * kVCount + V) * kTCount + T);
      return true;
    }
    return false;
  }
  if (name.substr(0, kCjk.size()) == kCjk) {
    std::string_view h = name.substr(kCjk.size());
    if (h.size() != 4 && h.size() != 5) return false;
    uint32_t v = 0;
    for (char ch : h) {
      v *= 16;
      if (ch >= '0' && ch <= '9') v += ch - '0';
      else if (ch >= 'A' && ch <= 'F') v += ch - 'A' + 10;
      else return false;
    }
    if (!is_unified_ideograph(*t, v)) return false;
    out.push_back(v);
    return true;
  }
  std::string upper(name);
  for (char& ch : upper)
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  size_t lo = 0, hi = t->by_name.size();  // the first key not less than `upper`
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (t->text(t->by_name[mid].name) < upper) lo = mid + 1;
    else hi = mid;
  }
  if (lo == t->by_name.size() || t->text(t->by_name[lo].name) != upper) return false;
  const Table::Key& k = t->by_name[lo];
  if (k.seq_len > 1 && !with_named_seq) return false;
  out.assign(t->seq_pool.begin() + k.seq_off, t->seq_pool.begin() + k.seq_off + k.seq_len);
  return true;
}

bool name_of(uint32_t cp, std::string& out) {
  const Table* t = g_table;
  if (!t) return false;
  out.clear();
  if (cp >= kSBase && cp < kSBase + kSCount) {
    uint32_t s = cp - kSBase;
    out = "HANGUL SYLLABLE " + t->jamo[0][s / kNCount] + t->jamo[1][(s % kNCount) / kTCount] + t->jamo[2][s % kTCount];
    return true;
  }
  if (is_unified_ideograph(*t, cp)) {
    out = "CJK UNIFIED IDEOGRAPH-";
    hex_upper(cp, out);
    return true;
  }
  size_t lo = 0, hi = t->name_cp.size();
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (t->name_cp[mid] < cp) lo = mid + 1;
    else hi = mid;
  }
  if (lo == t->name_cp.size() || t->name_cp[lo] != cp) return false;
  out = std::string(t->text(t->name[lo]));
  return true;
}

}  // namespace dp::py::unicode_names
