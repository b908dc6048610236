// float repr (core/python/consts.cpp float_repr) against CPython 3.11's repr: the shortest digits
// that read back, also when printf's nearest digits at that length do not (powers of two, whose
// lower neighbour is nearer: repr(2**-24) is '5.960464477539063e-08', not ...0625e-08).
// float_repr_pow2_expected.txt is `python3 -c "import math; [print(k, repr(math.ldexp(1.0, k)))
// for k in range(-1074, 1024)]"` (CPython 3.11).
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <string>

#include "python/consts.h"

TEST(FloatRepr, MatchesCPythonOnSelectedValues) {
  const std::pair<double, const char*> cases[] = {
      {std::ldexp(1.0, -24), "5.960464477539063e-08"},
      {std::ldexp(1.0, -25), "2.9802322387695312e-08"},
      {std::ldexp(1.0, -14), "6.103515625e-05"},
      {std::ldexp(1.0, 60), "1.152921504606847e+18"},
      {0.1, "0.1"},
      {1e23, "1e+23"},
      {1.0 / 3, "0.3333333333333333"},
      {5e-324, "5e-324"},
      {1.7976931348623157e308, "1.7976931348623157e+308"},
      {9007199254740993.0, "9007199254740992.0"},
      {0.0999755859375, "0.0999755859375"},
  };
  for (const auto& [v, want] : cases) EXPECT_EQ(dp::py::float_repr(v), want);
}

TEST(FloatRepr, MatchesCPythonOnEveryPowerOfTwo) {
  std::ifstream in(std::string(DP_SOURCE_DIR) + "/tests/cpp/python/float_repr_pow2_expected.txt");
  ASSERT_TRUE(in);
  int k = 0, rows = 0;
  std::string want;
  while (in >> k >> want) {
    EXPECT_EQ(dp::py::float_repr(std::ldexp(1.0, k)), want) << "2**" << k;
    ++rows;
  }
  EXPECT_EQ(rows, 2098);
}
