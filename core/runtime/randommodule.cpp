// `_random`: the Mersenne Twister core of CPython's random module (Modules/_randommodule.c), natively
// (a Python MT would spend the step budget: 10^5 random() calls are ~6*10^6 bytecode steps).
// core/prelude/random.py builds the Random class on it. The generator's state lives in a bytes
// object private to one Random instance: 624 32-bit words then the index, mutated in place here
// (nothing else holds the object, so no one observes the mutation).
//
// The algorithm is MT19937 (Matsumoto & Nishimura, 1998): init_genrand / init_by_array seeding,
// the tempered 32-bit output, and random() as CPython makes it, (a*2**26 + b) / 2**53 from two
// outputs shifted right by 5 and 6. Only integer arithmetic and one exact double product, so
// the results are the same natively and under WebAssembly.
#include <cstdint>
#include <cstring>

#include "runtime/interp.h"

namespace dp::rt {

namespace {

constexpr int N = 624;
constexpr int M = 397;
constexpr uint32_t kMatrixA = 0x9908b0dfU;
constexpr uint32_t kUpperMask = 0x80000000U;
constexpr uint32_t kLowerMask = 0x7fffffffU;
constexpr size_t kStateBytes = (N + 1) * sizeof(uint32_t);

struct MT {
  uint32_t mt[N];
  uint32_t index;
};

void def(Interp& I, Module* m, const char* name, NativeFn fn) {
  I.dict_set_str(m->dict, name, I.builtin(name, std::move(fn), m->name));
}

Bytes* state_arg(Interp& I, CallArgs& a, const char* fname) {
  if (a.size() < 1 || !a[0].is_obj() || a[0].o->kind != Kind::Bytes ||
      static_cast<Bytes*>(a[0].o)->s.size() != kStateBytes)
    I.raise(I.TypeError, std::string("_random.") + fname + "() needs a generator state");
  return static_cast<Bytes*>(a[0].o);
}

MT load(Bytes* b) {
  MT s;
  std::memcpy(&s, b->s.data(), kStateBytes);
  return s;
}

void store(Bytes* b, const MT& s) { std::memcpy(b->s.data(), &s, kStateBytes); }

void init_genrand(MT& s, uint32_t seed) {
  s.mt[0] = seed;
  for (int i = 1; i < N; ++i) s.mt[i] = 1812433253U * (s.mt[i - 1] ^ (s.mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
  s.index = N;
}

void init_by_array(MT& s, const std::vector<uint32_t>& key) {
  init_genrand(s, 19650218U);
  size_t i = 1, j = 0;
  size_t len = key.size();
  for (size_t k = (N > len ? N : len); k; --k) {
    s.mt[i] = (s.mt[i] ^ ((s.mt[i - 1] ^ (s.mt[i - 1] >> 30)) * 1664525U)) + key[j] + static_cast<uint32_t>(j);
    ++i;
    ++j;
    if (i >= N) {
      s.mt[0] = s.mt[N - 1];
      i = 1;
    }
    if (j >= len) j = 0;
  }
  for (size_t k = N - 1; k; --k) {
    s.mt[i] = (s.mt[i] ^ ((s.mt[i - 1] ^ (s.mt[i - 1] >> 30)) * 1566083941U)) - static_cast<uint32_t>(i);
    ++i;
    if (i >= N) {
      s.mt[0] = s.mt[N - 1];
      i = 1;
    }
  }
  s.mt[0] = 0x80000000U;
}

uint32_t genrand(MT& s) {
  if (s.index >= N) {
    int kk = 0;
    uint32_t y;
    for (; kk < N - M; ++kk) {
      y = (s.mt[kk] & kUpperMask) | (s.mt[kk + 1] & kLowerMask);
      s.mt[kk] = s.mt[kk + M] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
    }
    for (; kk < N - 1; ++kk) {
      y = (s.mt[kk] & kUpperMask) | (s.mt[kk + 1] & kLowerMask);
      s.mt[kk] = s.mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
    }
    y = (s.mt[N - 1] & kUpperMask) | (s.mt[0] & kLowerMask);
    s.mt[N - 1] = s.mt[M - 1] ^ (y >> 1) ^ ((y & 1U) ? kMatrixA : 0U);
    s.index = 0;
  }
  uint32_t y = s.mt[s.index++];
  y ^= (y >> 11);
  y ^= (y << 7) & 0x9d2c5680U;
  y ^= (y << 15) & 0xefc60000U;
  y ^= (y >> 18);
  return y;
}

}  // namespace

void init_random_native(Interp& I, Module* m) {
  // _new(): a fresh state (seeded with 5489, MT's default, until random.py seeds it).
  def(I, m, "_new", [](Interp& I2, CallArgs&) {
    MT s;
    init_genrand(s, 5489U);
    std::string buf(kStateBytes, '\0');
    std::memcpy(buf.data(), &s, kStateBytes);
    return I2.bytes(std::move(buf));
  });
  // _init_by_array(state, words): seeds from a list of 32-bit words, least significant first.
  def(I, m, "_init_by_array", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 2, 2, "_init_by_array");
    Bytes* b = state_arg(I2, a, "_init_by_array");
    std::vector<uint32_t> key;
    for (Value v : I2.to_vector(a[1])) key.push_back(static_cast<uint32_t>(I2.index_value(v)));
    if (key.empty()) key.push_back(0);
    MT s = load(b);
    init_by_array(s, key);
    s.index = N;
    store(b, s);
    return Value::none();
  });
  def(I, m, "_genrand", [](Interp& I2, CallArgs& a) {
    Bytes* b = state_arg(I2, a, "_genrand");
    MT s = load(b);
    uint32_t y = genrand(s);
    store(b, s);
    return Value::integer(y);
  });
  // _bits(state, k): k in 1..32, the top k bits of one output (getrandbits for one word).
  def(I, m, "_bits", [](Interp& I2, CallArgs& a) {
    Bytes* b = state_arg(I2, a, "_bits");
    int64_t k = I2.index_value(a[1]);
    MT s = load(b);
    uint32_t y = genrand(s);
    store(b, s);
    return Value::integer(k >= 32 ? y : (y >> (32 - k)));
  });
  def(I, m, "_random", [](Interp& I2, CallArgs& a) {
    Bytes* b = state_arg(I2, a, "_random");
    MT s = load(b);
    uint32_t x = genrand(s) >> 5, y = genrand(s) >> 6;
    store(b, s);
    return Value::flt((x * 67108864.0 + y) * (1.0 / 9007199254740992.0));
  });
  // _getstate(state): the 624 words and the index, as CPython's Random.getstate()[1].
  def(I, m, "_getstate", [](Interp& I2, CallArgs& a) {
    Bytes* b = state_arg(I2, a, "_getstate");
    MT s = load(b);
    std::vector<Value> items;
    items.reserve(N + 1);
    for (int i = 0; i < N; ++i) items.push_back(Value::integer(s.mt[i]));
    items.push_back(Value::integer(s.index));
    return I2.tuple(std::move(items));
  });
  def(I, m, "_setstate", [](Interp& I2, CallArgs& a) {
    expect_args(I2, a, 2, 2, "_setstate");
    Bytes* b = state_arg(I2, a, "_setstate");
    Value t = a[1];
    if (!t.is_obj() || t.o->kind != Kind::Tuple) I2.raise(I2.TypeError, "state vector must be a tuple");
    auto& items = static_cast<Tuple*>(t.o)->items;
    if (items.size() != N + 1) I2.raise(I2.ValueError, "state vector is the wrong size");
    MT s;
    for (int i = 0; i < N; ++i) {
      Value v = items[i];
      if (!v.is_int() && !v.is_bool())
        I2.raise(I2.TypeError, "'" + I2.type_name(v) + "' object cannot be interpreted as an integer");
      s.mt[i] = static_cast<uint32_t>(I2.index_value(v));
    }
    Value iv = items[N];
    if (!iv.is_int() && !iv.is_bool())
      I2.raise(I2.TypeError, "'" + I2.type_name(iv) + "' object cannot be interpreted as an integer");
    int64_t index = I2.index_value(iv);
    if (index < 0 || index > N) I2.raise(I2.ValueError, "invalid state");
    s.index = static_cast<uint32_t>(index);
    store(b, s);
    return Value::none();
  });
}

}  // namespace dp::rt
