// The WebAssembly module's libm symbols that must compute what glibc computes (PyTorch and CPython
// on Linux use glibc's libm; emscripten's musl libm differs in the last bit for many inputs).
// Linked into the wasm module only (wasm/wasm.cmake): an object file's definition wins over the
// member of emscripten's libc archive with the same name, so every call in the core — std::sin on
// a float, ATen-style kernels in core/torch, math.* in core/runtime — lands in dp::libm (core/libm).
// The native build links no such file and keeps calling glibc, the reference that
// tests/cpp/libm checks dp::libm against. docs/eager-semantics.md ("libm") lists the functions.
#include "libm/glibc_libm.h"

extern "C" {
float sinf(float x) { return dp::libm::sinf(x); }
float cosf(float x) { return dp::libm::cosf(x); }
float expm1f(float x) { return dp::libm::expm1f(x); }
float log1pf(float x) { return dp::libm::log1pf(x); }
float tanhf(float x) { return dp::libm::tanhf(x); }
float erff(float x) { return dp::libm::erff(x); }
float erfcf(float x) { return dp::libm::erfcf(x); }
// Not yet glibc-exact (0.3% of inputs differ), but far closer than musl's 5-term atanf (23%).
float atanf(float x) { return dp::libm::atanf(x); }
float log10f(float x) { return dp::libm::log10f(x); }
float sinhf(float x) { return dp::libm::sinhf(x); }
float coshf(float x) { return dp::libm::coshf(x); }
float asinf(float x) { return dp::libm::asinf(x); }
float acosf(float x) { return dp::libm::acosf(x); }
float cbrtf(float x) { return dp::libm::cbrtf(x); }
double sin(double x) { return dp::libm::sin(x); }
double cos(double x) { return dp::libm::cos(x); }
double exp(double x) { return dp::libm::exp(x); }
double erf(double x) { return dp::libm::erf(x); }
double erfc(double x) { return dp::libm::erfc(x); }
double hypot(double x, double y) { return dp::libm::hypot(x, y); }
double log10(double x) { return dp::libm::log10(x); }
double sinh(double x) { return dp::libm::sinh(x); }
double cosh(double x) { return dp::libm::cosh(x); }
double cbrt(double x) { return dp::libm::cbrt(x); }
double log1p(double x) { return dp::libm::log1p(x); }
double expm1(double x) { return dp::libm::expm1(x); }
double tanh(double x) { return dp::libm::tanh(x); }
}
