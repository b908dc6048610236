// Bit-level helpers shared by core/libm (reinterpretation of float/double as integers).
#pragma once
#include <cstdint>
#include <cstring>

namespace dp::libm::detail {

inline uint32_t bits(float f) { uint32_t u; std::memcpy(&u, &f, 4); return u; }
inline float from_bits(uint32_t u) { float f; std::memcpy(&f, &u, 4); return f; }
inline uint64_t bits(double d) { uint64_t u; std::memcpy(&u, &d, 8); return u; }
inline double from_bits64(uint64_t u) { double d; std::memcpy(&d, &u, 8); return d; }

}  // namespace dp::libm::detail
