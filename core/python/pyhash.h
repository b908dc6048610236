// CPython's hashes of numbers and tuples: long_hash (Objects/longobject.c), _Py_HashDouble
// (Python/pyhash.c) and tuplehash (Objects/tupleobject.c). Shared by the compiler's frozenset
// constants (consts.cpp) and the runtime's hash() (runtime/interp.cpp): both must put set
// elements in the slots CPython would.
#pragma once
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

namespace dp::py {

inline constexpr int kHashBits = 61;
inline constexpr uint64_t kHashModulus = (uint64_t{1} << kHashBits) - 1;  // a Mersenne prime

// -1 is CPython's error marker: a hash never takes that value.
inline int64_t hash_finish(int64_t h) { return h == -1 ? -2 : h; }

// An integer hashes to itself modulo 2**61 - 1, keeping its sign.
inline int64_t hash_int(int64_t v) {
  uint64_t mag = v < 0 ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  int64_t r = static_cast<int64_t>(mag % kHashModulus);
  return hash_finish(v < 0 ? -r : r);
}

// A float hashes like the rational number it equals (so 2.0 like 2). Not for NaN, which CPython
// hashes by identity: callers decide.
inline int64_t hash_float(double f) {
  if (std::isinf(f)) return f > 0 ? 314159 : -314159;
  int e = 0;
  double m = std::frexp(std::fabs(f), &e);
  uint64_t x = 0;
  // Feed the mantissa 28 bits at a time, multiplying by 2**28 modulo 2**61 - 1 (a rotation).
  while (m != 0) {
    x = ((x << 28) & kHashModulus) | x >> (kHashBits - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= kHashModulus) x -= kHashModulus;
  }
  // Multiply by 2**e modulo 2**61 - 1, e reduced modulo 61 (2**61 == 1 modulo the prime).
  int ex = e >= 0 ? e % kHashBits : kHashBits - 1 - ((-1 - e) % kHashBits);
  if (ex) x = ((x << ex) & kHashModulus) | x >> (kHashBits - ex);
  int64_t r = static_cast<int64_t>(x);
  return hash_finish(f < 0 ? -r : r);
}

// CPython 3.11's tuplehash, an xxHash64-style accumulation: add() each item's hash in order, then
// finish() with the item count.
class TupleHasher {
 public:
  void add(uint64_t item_hash) {
    acc_ += item_hash * kP2;
    acc_ = (acc_ << 31) | (acc_ >> 33);
    acc_ *= kP1;
  }
  uint64_t finish(size_t n) const {
    uint64_t acc = acc_ + (static_cast<uint64_t>(n) ^ (kP5 ^ 3527539ULL));
    return acc == ~uint64_t{0} ? 1546275796 : acc;
  }

 private:
  static constexpr uint64_t kP1 = 11400714785074694791ULL, kP2 = 14029467366897019727ULL, kP5 = 2870177450012600261ULL;
  uint64_t acc_ = kP5;
};

}  // namespace dp::py

namespace dp::py {

// CPython 3.11's string and bytes hash (Python/pyhash.c, Py_HASH_ALGORITHM siphash13, no
// small-string cutoff) with the key PYTHONHASHSEED=0 gives: both halves zero. The playground's
// runs behave like `PYTHONHASHSEED=0 python3` (docs/python-ints.md §5).
uint64_t siphash13(uint64_t k0, uint64_t k1, const unsigned char* data, size_t n);
// hash(bytes): _Py_HashBytes (0 for empty; -1 becomes -2).
int64_t hash_bytes(const unsigned char* data, size_t n);
// hash(str) of UTF-8 text: _Py_HashBytes over the PEP 393 representation CPython stores (1 byte
// per character up to U+00FF, else 2 bytes up to U+FFFF, else 4; little-endian).
int64_t hash_str(const std::string& utf8);

}  // namespace dp::py
