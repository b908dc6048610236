// Arbitrary-precision integers (see longint.h; mirrors the arithmetic of CPython's
// Objects/longobject.c). Limbs are 32 bits wide (CPython's digits are 30 bits; the values, and so
// every observable result, are the same). Semantics: docs/python-ints.md.
#include "python/longint.h"

#include <algorithm>
#include <cmath>

#include "python/pyhash.h"

namespace dp::py {

using Mag = std::vector<uint32_t>;

void BigInt::trim() {
  while (!mag_.empty() && mag_.back() == 0) mag_.pop_back();
  if (mag_.empty()) neg_ = false;
}

BigInt::BigInt(int64_t v) {
  uint64_t u = v < 0 ? uint64_t{0} - static_cast<uint64_t>(v) : static_cast<uint64_t>(v);
  *this = from_u64(u, v < 0);
}

BigInt BigInt::from_u64(uint64_t u, bool negative) {
  BigInt r;
  while (u) {
    r.mag_.push_back(static_cast<uint32_t>(u));
    u >>= 32;
  }
  r.neg_ = negative;
  r.trim();
  return r;
}

BigInt BigInt::from_double(double v) {
  BigInt r;
  double a = std::trunc(std::fabs(v));
  if (a < 1) return r;
  int e = 0;
  double m = std::frexp(a, &e);  // a = m * 2**e, 0.5 <= m < 1
  // Take the 53-bit mantissa as an integer, then shift it into place.
  uint64_t mant = static_cast<uint64_t>(std::ldexp(m, 53));
  r = from_u64(mant);
  r = e >= 53 ? r.shl(static_cast<uint64_t>(e - 53)) : r.shr(static_cast<uint64_t>(53 - e));
  r.neg_ = v < 0;
  r.trim();
  return r;
}

static int cmp_mag(const Mag& a, const Mag& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

static Mag add_mag(const Mag& a, const Mag& b) {
  const Mag& x = a.size() >= b.size() ? a : b;
  const Mag& y = a.size() >= b.size() ? b : a;
  Mag r(x.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < x.size(); ++i) {
    carry += uint64_t{x[i]} + (i < y.size() ? y[i] : 0);
    r[i] = static_cast<uint32_t>(carry);
    carry >>= 32;
  }
  r[x.size()] = static_cast<uint32_t>(carry);
  return r;
}

// |a| - |b| where |a| >= |b|.
static Mag sub_mag(const Mag& a, const Mag& b) {
  Mag r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t d = int64_t{a[i]} - (i < b.size() ? b[i] : 0) - borrow;
    borrow = d < 0;
    r[i] = static_cast<uint32_t>(d + (borrow ? (int64_t{1} << 32) : 0));
  }
  return r;
}

static Mag schoolbook_mul(const Mag& a, const Mag& b) {
  if (a.empty() || b.empty()) return {};
  Mag r(a.size() + b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    uint64_t carry = 0, ai = a[i];
    if (!ai) continue;
    for (size_t j = 0; j < b.size(); ++j) {
      carry += ai * b[j] + r[i + j];
      r[i + j] = static_cast<uint32_t>(carry);
      carry >>= 32;
    }
    r[i + b.size()] = static_cast<uint32_t>(carry);
  }
  return r;
}

// k_mul: Karatsuba above CPython's KARATSUBA_CUTOFF (70 digits of 30 bits = 66 limbs of 32 bits),
// k_lopsided_mul when one factor is less than half the other's size.
constexpr size_t kKaratsubaCutoff = 66;

static void trim_mag(Mag& m) {
  while (!m.empty() && m.back() == 0) m.pop_back();
}

// r += v << (32 * offset); r is large enough for the sum.
static void add_at(Mag& r, const Mag& v, size_t offset) {
  uint64_t carry = 0;
  size_t i = 0;
  for (; i < v.size(); ++i) {
    carry += uint64_t{r[offset + i]} + v[i];
    r[offset + i] = static_cast<uint32_t>(carry);
    carry >>= 32;
  }
  for (size_t k = offset + i; carry && k < r.size(); ++k) {
    carry += r[k];
    r[k] = static_cast<uint32_t>(carry);
    carry >>= 32;
  }
}

static Mag mul_mag(const Mag& a, const Mag& b);

static Mag lopsided_mul(const Mag& a, const Mag& b) {  // a.size() * 2 <= b.size()
  Mag r(a.size() + b.size(), 0);
  for (size_t off = 0; off < b.size(); off += a.size()) {
    Mag slice(b.begin() + static_cast<std::ptrdiff_t>(off),
              b.begin() + static_cast<std::ptrdiff_t>(std::min(b.size(), off + a.size())));
    trim_mag(slice);
    Mag p = mul_mag(a, slice);
    trim_mag(p);  // < B**(a.size() + slice.size()): fits in r from `off` once its zero limbs are gone
    add_at(r, p, off);
  }
  return r;
}

static Mag mul_mag(const Mag& a0, const Mag& b0) {
  const Mag& a = a0.size() <= b0.size() ? a0 : b0;  // the smaller
  const Mag& b = a0.size() <= b0.size() ? b0 : a0;
  if (a.size() < kKaratsubaCutoff) return schoolbook_mul(a, b);
  if (2 * a.size() <= b.size()) return lopsided_mul(a, b);
  size_t shift = b.size() / 2;  // split both at `shift` limbs: x = xh * B**shift + xl
  auto split = [shift](const Mag& x, Mag& lo, Mag& hi) {
    lo.assign(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(std::min(shift, x.size())));
    hi.assign(x.begin() + static_cast<std::ptrdiff_t>(std::min(shift, x.size())), x.end());
    trim_mag(lo);
  };
  Mag al, ah, bl, bh;
  split(a, al, ah);
  split(b, bl, bh);
  Mag t1 = mul_mag(ah, bh);
  Mag t2 = mul_mag(al, bl);
  Mag sa = add_mag(al, ah), sb = add_mag(bl, bh);
  trim_mag(sa);
  trim_mag(sb);
  Mag t3 = mul_mag(sa, sb);  // (ah + al)(bh + bl) - t1 - t2 = ah*bl + al*bh
  trim_mag(t1);
  trim_mag(t2);
  trim_mag(t3);
  t3 = sub_mag(t3, t1);
  trim_mag(t3);
  t3 = sub_mag(t3, t2);
  trim_mag(t3);
  Mag r(a.size() + b.size() + 1, 0);
  add_at(r, t2, 0);
  add_at(r, t3, shift);
  add_at(r, t1, 2 * shift);
  trim_mag(r);  // a caller adds the product into a buffer sized for the factors' limbs only
  return r;
}

uint64_t BigInt::mul_work(size_t n, size_t m) {
  if (n > m) std::swap(n, m);
  if (n < kKaratsubaCutoff) return uint64_t{n} * m;
  if (2 * n <= m) return (m / n) * mul_work(n, n) + mul_work(n, m % n);
  return 3 * mul_work((m + 1) / 2, (m + 1) / 2) + 4 * uint64_t{m};
}

// Divides a by a single limb in place; returns the remainder.
static uint32_t divrem1(Mag& a, uint32_t d) {
  uint64_t rem = 0;
  for (size_t i = a.size(); i-- > 0;) {
    uint64_t cur = (rem << 32) | a[i];
    a[i] = static_cast<uint32_t>(cur / d);
    rem = cur % d;
  }
  while (!a.empty() && a.back() == 0) a.pop_back();
  return static_cast<uint32_t>(rem);
}

// Truncating division of magnitudes (Knuth's algorithm D, as x_divrem). b nonzero.
static void divrem_mag(const Mag& a, const Mag& b, Mag& q, Mag& r) {
  if (cmp_mag(a, b) < 0) {
    q.clear();
    r = a;
    return;
  }
  if (b.size() == 1) {
    q = a;
    uint32_t rem = divrem1(q, b[0]);
    r.clear();
    if (rem) r.push_back(rem);
    return;
  }
  int s = __builtin_clz(b.back());
  auto shift_left = [s](const Mag& x, size_t extra) {
    Mag y(x.size() + extra, 0);
    for (size_t i = 0; i < x.size(); ++i) {
      y[i] |= s ? x[i] << s : x[i];
      if (s && i + 1 < y.size()) y[i + 1] |= x[i] >> (32 - s);
    }
    return y;
  };
  Mag v = shift_left(b, 0);
  Mag u = shift_left(a, 1);
  size_t n = v.size(), m = u.size() - n;
  q.assign(m, 0);
  uint64_t vtop = v[n - 1], vnext = v[n - 2];
  for (size_t j = m; j-- > 0;) {
    uint64_t num = (uint64_t{u[j + n]} << 32) | u[j + n - 1];
    uint64_t qhat = num / vtop, rhat = num % vtop;
    while (qhat >> 32 || qhat * vnext > ((rhat << 32) | u[j + n - 2])) {
      --qhat;
      rhat += vtop;
      if (rhat >> 32) break;
    }
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; ++i) {
      carry += qhat * v[i];
      int64_t t = int64_t{u[i + j]} - static_cast<int64_t>(carry & 0xffffffffu) - borrow;
      carry >>= 32;
      borrow = t < 0;
      u[i + j] = static_cast<uint32_t>(t + (borrow ? (int64_t{1} << 32) : 0));
    }
    int64_t t = int64_t{u[j + n]} - static_cast<int64_t>(carry) - borrow;
    u[j + n] = static_cast<uint32_t>(t);
    if (t < 0) {  // qhat was one too large: add v back
      --qhat;
      uint64_t c = 0;
      for (size_t i = 0; i < n; ++i) {
        c += uint64_t{u[i + j]} + v[i];
        u[i + j] = static_cast<uint32_t>(c);
        c >>= 32;
      }
      u[j + n] += static_cast<uint32_t>(c);
    }
    q[j] = static_cast<uint32_t>(qhat);
  }
  // The remainder is u's low n limbs shifted back.
  r.assign(n, 0);
  for (size_t i = 0; i < n; ++i) {
    r[i] = s ? (u[i] >> s) | (i + 1 <= n ? static_cast<uint32_t>(uint64_t{u[i + 1]} << (32 - s)) : 0) : u[i];
  }
  while (!q.empty() && q.back() == 0) q.pop_back();
  while (!r.empty() && r.back() == 0) r.pop_back();
}

bool BigInt::fits_int64() const {
  if (mag_.size() > 2) return false;
  uint64_t u = mag_.empty() ? 0 : mag_.size() == 1 ? mag_[0] : (uint64_t{mag_[1]} << 32) | mag_[0];
  return neg_ ? u <= (uint64_t{1} << 63) : u < (uint64_t{1} << 63);
}

int64_t BigInt::to_int64() const {
  uint64_t u = mag_.empty() ? 0 : mag_.size() == 1 ? mag_[0] : (uint64_t{mag_[1]} << 32) | mag_[0];
  return neg_ ? static_cast<int64_t>(uint64_t{0} - u) : static_cast<int64_t>(u);
}

uint64_t BigInt::bit_length() const {
  if (mag_.empty()) return 0;
  return (mag_.size() - 1) * 32 + (32 - __builtin_clz(mag_.back()));
}

// The top 64 bits of |v| shifted right by `shift` (= bit_length - 64 when positive), with the
// lowest bit set when any bit shifted out was set (a sticky bit for correct rounding).
static uint64_t top_bits_sticky(const Mag& m, uint64_t shift) {
  uint64_t limb = shift / 32, bit = shift % 32;
  uint64_t out = 0;
  for (int k = 2; k >= 0; --k) {
    size_t idx = limb + k;
    uint64_t w = idx < m.size() ? m[idx] : 0;
    int pos = static_cast<int>(32 * k) - static_cast<int>(bit);
    if (pos >= 64) continue;
    out |= pos >= 0 ? w << pos : w >> -pos;
  }
  bool sticky = bit && (m[limb] & ((uint32_t{1} << bit) - 1));
  for (size_t i = 0; i < limb && !sticky; ++i) sticky = m[i] != 0;
  return out | (sticky ? 1 : 0);
}

bool BigInt::to_double(double& out) const {
  uint64_t bits = bit_length();
  if (bits <= 64) {
    uint64_t u = mag_.empty() ? 0 : mag_.size() == 1 ? mag_[0] : (uint64_t{mag_[1]} << 32) | mag_[0];
    out = static_cast<double>(u);  // the hardware rounds to nearest even
  } else {
    if (bits > 1025) return false;
    uint64_t shift = bits - 64;
    out = std::ldexp(static_cast<double>(top_bits_sticky(mag_, shift)), static_cast<int>(shift));
    if (std::isinf(out)) return false;
  }
  if (neg_) out = -out;
  return true;
}

bool BigInt::true_divide(const BigInt& a, const BigInt& b, double& out) {
  double x, y;
  if (a.bit_length() <= 53 && b.bit_length() <= 53 && a.to_double(x) && b.to_double(y)) {
    out = x / y;
    return true;
  }
  // Scale so that the quotient has 64 or 65 significant bits, divide exactly, and let the
  // remainder set a sticky bit: one rounding, as long_true_divide's.
  int64_t shift = static_cast<int64_t>(a.bit_length()) - static_cast<int64_t>(b.bit_length()) - 64;
  Mag num = a.mag_, den = b.mag_;
  BigInt n, d;
  n.mag_ = num;
  d.mag_ = den;
  if (shift > 0) d = d.shl(static_cast<uint64_t>(shift));
  else n = n.shl(static_cast<uint64_t>(-shift));
  Mag q, r;
  divrem_mag(n.mag_, d.mag_, q, r);
  // q has 64 or 65 bits: fold to 64 with a sticky bit.
  BigInt qb;
  qb.mag_ = q;
  uint64_t qbits = qb.bit_length();
  uint64_t extra = qbits > 64 ? qbits - 64 : 0;
  uint64_t top = top_bits_sticky(q, extra) | (r.empty() ? 0 : 1);
  int64_t exp = shift + static_cast<int64_t>(extra);
  if (exp > 2000) return false;
  if (exp < -2200) {
    out = 0.0;
  } else {
    out = std::ldexp(static_cast<double>(top), static_cast<int>(exp));
  }
  if (std::isinf(out)) return false;
  if (a.neg_ != b.neg_) out = -out;
  return true;
}

std::string BigInt::to_string(int base) const {
  if (mag_.empty()) return "0";
  std::string s;
  if (base == 10) {
    Mag m = mag_;
    while (!m.empty()) {
      uint32_t chunk = divrem1(m, 1000000000u);
      for (int k = 0; k < 9; ++k) {
        s.push_back(static_cast<char>('0' + chunk % 10));
        chunk /= 10;
        if (m.empty() && chunk == 0) break;
      }
    }
  } else {
    int bits = base == 2 ? 1 : base == 8 ? 3 : 4;
    uint64_t total = bit_length();
    for (uint64_t pos = 0; pos < total; pos += static_cast<uint64_t>(bits)) {
      uint32_t d = 0;
      for (int k = 0; k < bits; ++k) {
        uint64_t p = pos + static_cast<uint64_t>(k);
        if (p / 32 < mag_.size() && (mag_[p / 32] >> (p % 32) & 1)) d |= 1u << k;
      }
      s.push_back("0123456789abcdef"[d]);
    }
  }
  while (s.size() > 1 && s.back() == '0') s.pop_back();
  if (neg_) s.push_back('-');
  std::reverse(s.begin(), s.end());
  return s;
}

BigInt BigInt::from_digits(const std::string& digits, int base, bool negative) {
  BigInt r;
  if ((base & (base - 1)) == 0) {
    // Power-of-two bases: pack the bits, least significant digit first (linear time).
    int bits = __builtin_ctz(static_cast<unsigned>(base));
    uint64_t pos = 0;
    r.mag_.assign(digits.size() * static_cast<size_t>(bits) / 32 + 2, 0);
    for (size_t i = digits.size(); i-- > 0;) {
      char c = static_cast<char>(digits[i] | 0x20);
      uint64_t d = c >= '0' && c <= '9' ? static_cast<uint64_t>(c - '0') : static_cast<uint64_t>(c - 'a' + 10);
      uint64_t word = d << (pos % 32);
      r.mag_[pos / 32] |= static_cast<uint32_t>(word);
      if (word >> 32) r.mag_[pos / 32 + 1] |= static_cast<uint32_t>(word >> 32);
      pos += static_cast<uint64_t>(bits);
    }
    r.neg_ = negative;
    r.trim();
    return r;
  }
  // Multiply-add in chunks as large as fit a limb's multiplier.
  uint32_t chunk_mul = 1, chunk = 0;
  auto flush = [&] {
    uint64_t carry = chunk;
    for (auto& limb : r.mag_) {
      carry += uint64_t{limb} * chunk_mul;
      limb = static_cast<uint32_t>(carry);
      carry >>= 32;
    }
    if (carry) r.mag_.push_back(static_cast<uint32_t>(carry));
    chunk_mul = 1;
    chunk = 0;
  };
  for (char ch : digits) {
    char c = static_cast<char>(ch | 0x20);
    uint32_t d = c >= '0' && c <= '9' ? static_cast<uint32_t>(c - '0') : static_cast<uint32_t>(c - 'a' + 10);
    if (uint64_t{chunk_mul} * static_cast<uint64_t>(base) > 0xffffffffu) flush();
    chunk = chunk * static_cast<uint32_t>(base) + d;
    chunk_mul *= static_cast<uint32_t>(base);
  }
  flush();
  r.neg_ = negative;
  r.trim();
  return r;
}

int64_t BigInt::hash() const {
  uint64_t x = 0;
  for (size_t i = mag_.size(); i-- > 0;) {
    // x = x * 2**32 + limb modulo 2**61 - 1 (multiplying by a power of two is a rotation).
    x = ((x << 32) & kHashModulus) | (x >> (kHashBits - 32));
    x += mag_[i];
    if (x >= kHashModulus) x -= kHashModulus;
  }
  int64_t h = static_cast<int64_t>(x);
  return hash_finish(neg_ ? -h : h);
}

bool BigInt::to_bytes(size_t length, bool little, bool is_signed, std::string& out) const {
  if (neg_ && !is_signed) return false;
  // Two's complement of the value in `length` bytes.
  out.assign(length, '\0');
  uint64_t bits = bit_length();
  if (!is_signed) {
    if (bits > 8 * length) return false;
  } else if (!neg_) {
    if (bits + 1 > 8 * length && !mag_.empty()) return false;
  } else {
    // -2**(8n-1) fits, anything of greater magnitude does not.
    BigInt lim = BigInt(1).shl(8 * length - (length ? 1 : 0));
    if (length == 0 || compare(abs(), lim) > 0) return false;
  }
  uint32_t carry = 1;
  for (size_t i = 0; i < length; ++i) {
    size_t limb = i / 4;
    uint32_t byte = limb < mag_.size() ? (mag_[limb] >> (8 * (i % 4))) & 0xff : 0;
    if (neg_) {
      byte = (~byte & 0xff) + carry;
      carry = byte >> 8;
      byte &= 0xff;
    }
    out[little ? i : length - 1 - i] = static_cast<char>(byte);
  }
  return true;
}

BigInt BigInt::from_bytes(const std::string& bytes, bool little, bool is_signed) {
  BigInt r;
  size_t n = bytes.size();
  r.mag_.assign((n + 3) / 4, 0);
  auto at = [&](size_t i) { return static_cast<uint8_t>(bytes[little ? i : n - 1 - i]); };
  for (size_t i = 0; i < n; ++i) r.mag_[i / 4] |= uint32_t{at(i)} << (8 * (i % 4));
  r.trim();
  if (is_signed && n && (at(n - 1) & 0x80)) r = r - BigInt(1).shl(8 * n);
  return r;
}

int BigInt::compare(const BigInt& a, const BigInt& b) {
  if (a.neg_ != b.neg_) return a.neg_ ? -1 : 1;
  int c = cmp_mag(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

BigInt BigInt::operator-() const {
  BigInt r = *this;
  r.neg_ = !neg_;
  r.trim();
  return r;
}

BigInt BigInt::abs() const {
  BigInt r = *this;
  r.neg_ = false;
  return r;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.neg_ == b.neg_) {
    r.mag_ = add_mag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else if (cmp_mag(a.mag_, b.mag_) >= 0) {
    r.mag_ = sub_mag(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else {
    r.mag_ = sub_mag(b.mag_, a.mag_);
    r.neg_ = b.neg_;
  }
  r.trim();
  return r;
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) {
  BigInt r;
  r.mag_ = mul_mag(a.mag_, b.mag_);
  r.neg_ = a.neg_ != b.neg_;
  r.trim();
  return r;
}

void BigInt::divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r) {
  Mag qm, rm;
  divrem_mag(a.mag_, b.mag_, qm, rm);
  BigInt tq, tr;
  tq.mag_ = std::move(qm);
  tq.neg_ = a.neg_ != b.neg_;
  tq.trim();
  tr.mag_ = std::move(rm);
  tr.neg_ = a.neg_;
  tr.trim();
  // Truncation to floor: when the signs differ and the remainder is nonzero.
  if (!tr.is_zero() && a.neg_ != b.neg_) {
    tq = tq - BigInt(1);
    tr = tr + b;
  }
  q = std::move(tq);
  r = std::move(tr);
}

BigInt BigInt::pow(uint64_t e) const {
  BigInt result(1), base = *this;
  while (e) {
    if (e & 1) result = result * base;
    e >>= 1;
    if (e) base = base * base;
  }
  return result;
}

BigInt BigInt::pow_mod(const BigInt& a, const BigInt& e, const BigInt& m) {
  BigInt q, base, result(1);
  divmod(a, m, q, base);
  divmod(result, m, q, result);
  uint64_t bits = e.bit_length();
  for (uint64_t i = bits; i-- > 0;) {
    result = result * result;
    divmod(result, m, q, result);
    if (e.mag_[i / 32] >> (i % 32) & 1) {
      result = result * base;
      divmod(result, m, q, result);
    }
  }
  return result;
}

bool BigInt::inverse_mod(const BigInt& a, const BigInt& m, BigInt& out) {
  // Extended Euclid on (a mod m, m).
  BigInt q, r0, r1 = m, s0(1), s1(0), t;
  divmod(a, m, q, r0);
  while (!r1.is_zero()) {
    BigInt rr;
    divmod(r0, r1, q, rr);
    r0 = r1;
    r1 = rr;
    t = s0 - q * s1;
    s0 = s1;
    s1 = t;
  }
  if (!(r0 == BigInt(1))) return false;
  divmod(s0, m, q, out);
  return true;
}

BigInt BigInt::shl(uint64_t n) const {
  if (mag_.empty()) return *this;
  BigInt r;
  size_t limbs = n / 32;
  int bits = static_cast<int>(n % 32);
  r.mag_.assign(limbs + mag_.size() + 1, 0);
  for (size_t i = 0; i < mag_.size(); ++i) {
    r.mag_[i + limbs] |= bits ? mag_[i] << bits : mag_[i];
    if (bits) r.mag_[i + limbs + 1] |= mag_[i] >> (32 - bits);
  }
  r.neg_ = neg_;
  r.trim();
  return r;
}

BigInt BigInt::shr(uint64_t n) const {
  if (neg_) return -((-(*this) - BigInt(1)).shr(n)) - BigInt(1);  // floor: ~(~a >> n)
  BigInt r;
  size_t limbs = n / 32;
  if (limbs >= mag_.size()) return r;
  int bits = static_cast<int>(n % 32);
  r.mag_.assign(mag_.size() - limbs, 0);
  for (size_t i = 0; i < r.mag_.size(); ++i) {
    uint32_t lo = mag_[i + limbs] >> bits;
    uint32_t hi = bits && i + limbs + 1 < mag_.size() ? mag_[i + limbs + 1] << (32 - bits) : 0;
    r.mag_[i] = lo | hi;
  }
  r.trim();
  return r;
}

// Bitwise ops on the infinite two's complement representations, as long_bitwise.
BigInt BigInt::bitwise(const BigInt& a, const BigInt& b, char op) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  auto twos = [n](const BigInt& x) {
    Mag t(n, 0);
    std::copy(x.mag_.begin(), x.mag_.end(), t.begin());
    if (x.neg_) {
      uint64_t carry = 1;
      for (auto& limb : t) {
        carry += static_cast<uint32_t>(~limb);
        limb = static_cast<uint32_t>(carry);
        carry >>= 32;
      }
    }
    return t;
  };
  Mag x = twos(a), y = twos(b), z(n);
  for (size_t i = 0; i < n; ++i) z[i] = op == '&' ? x[i] & y[i] : op == '|' ? x[i] | y[i] : x[i] ^ y[i];
  bool neg = z[n - 1] >> 31;
  if (neg) {
    uint64_t carry = 1;
    for (auto& limb : z) {
      carry += static_cast<uint32_t>(~limb);
      limb = static_cast<uint32_t>(carry);
      carry >>= 32;
    }
  }
  BigInt r;
  r.mag_ = std::move(z);
  r.neg_ = neg;
  r.trim();
  return r;
}

BigInt operator&(const BigInt& a, const BigInt& b) { return BigInt::bitwise(a, b, '&'); }
BigInt operator|(const BigInt& a, const BigInt& b) { return BigInt::bitwise(a, b, '|'); }
BigInt operator^(const BigInt& a, const BigInt& b) { return BigInt::bitwise(a, b, '^'); }
BigInt BigInt::operator~() const { return -(*this) - BigInt(1); }

}  // namespace dp::py
