// CPython 3.11's SipHash-1-3 string hash (Python/pyhash.c) and unicode_hash's choice of bytes
// (Objects/unicodeobject.c, the PEP 393 kinds). See pyhash.h.
#include "python/pyhash.h"

#include <string>
#include <vector>

namespace dp::py {

namespace {

inline uint64_t rotl(uint64_t x, int b) { return (x << b) | (x >> (64 - b)); }

inline void sip_round(uint64_t& v0, uint64_t& v1, uint64_t& v2, uint64_t& v3) {
  v0 += v1;
  v2 += v3;
  v1 = rotl(v1, 13) ^ v0;
  v3 = rotl(v3, 16) ^ v2;
  v0 = rotl(v0, 32);
  v2 += v1;
  v0 += v3;
  v1 = rotl(v1, 17) ^ v2;
  v3 = rotl(v3, 21) ^ v0;
  v2 = rotl(v2, 32);
}

inline uint64_t load_le(const unsigned char* p, size_t n) {
  uint64_t v = 0;
  for (size_t i = 0; i < n; ++i) v |= uint64_t{p[i]} << (8 * i);
  return v;
}

}  // namespace

uint64_t siphash13(uint64_t k0, uint64_t k1, const unsigned char* data, size_t n) {
  uint64_t v0 = k0 ^ 0x736f6d6570736575ULL, v1 = k1 ^ 0x646f72616e646f6dULL;
  uint64_t v2 = k0 ^ 0x6c7967656e657261ULL, v3 = k1 ^ 0x7465646279746573ULL;
  uint64_t b = static_cast<uint64_t>(n) << 56;
  size_t full = n & ~size_t{7};
  for (size_t i = 0; i < full; i += 8) {
    uint64_t m = load_le(data + i, 8);
    v3 ^= m;
    sip_round(v0, v1, v2, v3);
    v0 ^= m;
  }
  b |= load_le(data + full, n - full);
  v3 ^= b;
  sip_round(v0, v1, v2, v3);
  v0 ^= b;
  v2 ^= 0xff;
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  sip_round(v0, v1, v2, v3);
  return (v0 ^ v1) ^ (v2 ^ v3);
}

int64_t hash_bytes(const unsigned char* data, size_t n) {
  if (n == 0) return 0;
  return hash_finish(static_cast<int64_t>(siphash13(0, 0, data, n)));
}

namespace {

int64_t hash_str_uncached(const std::string& utf8) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(utf8.data());
  size_t i = 0;
  while (i < utf8.size() && bytes[i] < 0x80) ++i;
  if (i == utf8.size()) return hash_bytes(bytes, utf8.size());  // ASCII: stored one byte each
  // Decode, find the widest character, and lay the text out as CPython stores it.
  std::vector<uint32_t> cps;
  cps.reserve(utf8.size());
  uint32_t widest = 0;
  for (i = 0; i < utf8.size();) {
    unsigned char c = static_cast<unsigned char>(utf8[i]);
    uint32_t cp;
    size_t len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (len == 1) cp = c;
    else {
      cp = c & (0x7F >> len);
      for (size_t k = 1; k < len && i + k < utf8.size(); ++k) cp = (cp << 6) | (utf8[i + k] & 0x3F);
    }
    widest = cp > widest ? cp : widest;
    cps.push_back(cp);
    i += len;
  }
  size_t width = widest < 0x100 ? 1 : widest < 0x10000 ? 2 : 4;
  std::string raw(cps.size() * width, '\0');
  for (size_t i = 0; i < cps.size(); ++i)
    for (size_t k = 0; k < width; ++k) raw[i * width + k] = static_cast<char>((cps[i] >> (8 * k)) & 0xFF);
  return hash_bytes(reinterpret_cast<const unsigned char*>(raw.data()), raw.size());
}

}  // namespace

int64_t hash_str(const std::string& utf8) {
  // The VM hashes the same short names (attributes, globals) over and over: a small direct-mapped
  // memo, indexed by a cheap FNV-1a of the text and checked by comparing the text, saves the
  // SipHash rounds. It changes no result.
  if (utf8.size() > 24) return hash_str_uncached(utf8);
  struct Entry {
    std::string key;
    int64_t hash = 0;
    bool used = false;
  };
  thread_local Entry memo[1024];
  uint32_t h = 2166136261u;
  for (unsigned char c : utf8) h = (h ^ c) * 16777619u;
  Entry& e = memo[h & 1023];
  if (e.used && e.key == utf8) return e.hash;
  e.key = utf8;
  e.hash = hash_str_uncached(utf8);
  e.used = true;
  return e.hash;
}

}  // namespace dp::py
