// Arbitrary-precision integers: the arithmetic of CPython's Objects/longobject.c (x_add, x_sub,
// k_mul (schoolbook and Karatsuba), x_divrem, long_pow, the bitwise ops on two's complement, long_hash,
// _PyLong_Frexp / PyLong_AsDouble, long_to_decimal_string, PyLong_FromString, _PyLong_FromByteArray,
// _PyLong_AsByteArray). Plain data, no Python objects: the compiler's constant folder (ast_opt.cpp)
// and the runtime's `int` (runtime/longobject.cpp) both use it. Semantics: docs/python-ints.md.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace dp::py {

class BigInt {
 public:
  BigInt() = default;
  explicit BigInt(int64_t v);
  static BigInt from_u64(uint64_t v, bool negative = false);
  // A finite double, truncated toward zero (int(float)).
  static BigInt from_double(double v);
  // Digits (already validated: every char a digit < base, no sign, no underscores), base 2..36.
  static BigInt from_digits(const std::string& digits, int base, bool negative);
  // Unsigned or two's-complement bytes, big- or little-endian (int.from_bytes).
  static BigInt from_bytes(const std::string& bytes, bool little, bool is_signed);

  bool is_zero() const { return mag_.empty(); }
  bool negative() const { return neg_; }
  int sign() const { return mag_.empty() ? 0 : neg_ ? -1 : 1; }
  bool fits_int64() const;
  int64_t to_int64() const;  // only when fits_int64()
  // Number of bits of |v| (int.bit_length); 0 for zero.
  uint64_t bit_length() const;
  size_t limbs() const { return mag_.size(); }
  // Correctly rounded (half to even); false on overflow (|v| >= 2**1024 after rounding).
  bool to_double(double& out) const;
  // a / b correctly rounded (int.__truediv__); false on overflow. b must be nonzero.
  static bool true_divide(const BigInt& a, const BigInt& b, double& out);
  // Digits in base 2, 8, 10 or 16, with a leading '-' for negatives and no prefix.
  std::string to_string(int base = 10) const;
  // The value modulo 2**61 - 1 with its sign, as long_hash (-1 becomes -2).
  int64_t hash() const;
  // int.to_bytes; false when the value does not fit in `length` bytes (or is negative and unsigned).
  bool to_bytes(size_t length, bool little, bool is_signed, std::string& out) const;

  static int compare(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) { return compare(a, b) == 0; }
  friend bool operator<(const BigInt& a, const BigInt& b) { return compare(a, b) < 0; }

  BigInt operator-() const;
  BigInt abs() const;
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);  // Karatsuba above 66 limbs, as k_mul
  // About how many limb products multiplying n limbs by m limbs takes (for the step budget).
  static uint64_t mul_work(size_t n, size_t m);
  // Floor division and modulo (Python's // and %: the remainder has the divisor's sign). b != 0.
  static void divmod(const BigInt& a, const BigInt& b, BigInt& q, BigInt& r);
  BigInt pow(uint64_t exponent) const;
  // pow(a, e, m) for e >= 0, m != 0: the result has m's sign, as long_pow.
  static BigInt pow_mod(const BigInt& a, const BigInt& e, const BigInt& m);
  // The inverse of a modulo m (m > 0); false when gcd(a, m) != 1.
  static bool inverse_mod(const BigInt& a, const BigInt& m, BigInt& out);
  BigInt shl(uint64_t n) const;
  BigInt shr(uint64_t n) const;  // floor (arithmetic) shift
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt operator~() const;

 private:
  bool neg_ = false;
  std::vector<uint32_t> mag_;  // |v|, little-endian base 2**32, no high zero limbs; empty for 0
  void trim();
  static BigInt bitwise(const BigInt& a, const BigInt& b, char op);
};

}  // namespace dp::py
