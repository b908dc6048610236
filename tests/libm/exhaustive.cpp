// Every float input (all 2^32 bit patterns) through core/libm's float functions and the C library's,
// natively: the exhaustive form of tests/libm/harness.cpp for glibc. Two NaNs count as equal.
// Build: g++ -O2 -ffp-contract=off -std=c++20 -Icore tests/libm/exhaustive.cpp core/libm/*.cpp
// Run: ./a.out [NAME...] (about a minute per function).
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <string>

#include "libm/glibc_libm.h"

namespace {

struct F {
  const char* name;
  float (*ours)(float);
  float (*libc)(float);
};

#define ENTRY(f)                                    \
  {                                                 \
#f, dp::libm::f, [](float x) { return ::f(x); } \
  }
const F kFunctions[] = {ENTRY(sinf),  ENTRY(cosf),  ENTRY(expm1f), ENTRY(log1pf), ENTRY(tanhf),
                        ENTRY(erff),  ENTRY(erfcf), ENTRY(sinhf),  ENTRY(coshf),  ENTRY(log10f),
                        ENTRY(asinf), ENTRY(acosf), ENTRY(cbrtf),  ENTRY(atanf)};

}  // namespace

int main(int argc, char** argv) {
  for (const F& f : kFunctions) {
    bool want = argc == 1;
    for (int i = 1; i < argc; ++i) want |= std::string(argv[i]) == f.name;
    if (!want) continue;
    uint64_t bad = 0;
    uint32_t first = 0;
    for (uint64_t u = 0; u <= 0xffffffffull; ++u) {
      float x;
      uint32_t b = static_cast<uint32_t>(u);
      std::memcpy(&x, &b, 4);
      float a = f.ours(x), c = f.libc(x);
      if (std::isnan(a) && std::isnan(c)) continue;
      if (std::memcmp(&a, &c, 4) != 0 && bad++ == 0) first = b;
    }
    std::printf("%-7s all 2^32 inputs: %llu mismatches", f.name, static_cast<unsigned long long>(bad));
    if (bad) std::printf(" (first at bits 0x%08x)", first);
    std::printf("\n");
    std::fflush(stdout);
  }
}
