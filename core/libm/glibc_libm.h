// dp::libm — the playground's own implementations of libm functions that reproduce, bit for bit,
// what glibc 2.36's libm returns on x86_64 (the FMA variants that glibc selects at run time on a
// CPU with FMA/AVX2). PyTorch and CPython on Linux compute with glibc's libm, so the outputs the
// playground must match are glibc's; the WebAssembly build links emscripten's musl libm, whose
// algorithms differ in the last bit for many inputs. wasm/libm_symbols.cpp makes the libm symbols
// of the wasm module (sinf, cosf, ...) resolve to these functions; the native build keeps calling
// glibc itself (the reference), and tests/cpp/libm/libm_test.cpp checks these against it.
//
// Written for this project from the published algorithms (ARM optimized-routines' sinf/cosf and
// exp, the IBM Accurate Mathematical Library's sin/cos, fdlibm's float and double functions,
// Borges' hypot), with the same evaluation order and the same fused multiply-adds where glibc's FMA
// build contracts. docs/eager-semantics.md ("libm") lists what each function reproduces and how
// it was verified (tests/libm/harness.cpp, exhaustive.cpp). atanf and log10 are not exact yet
// (see there): the others gave 0 mismatches.
#pragma once

namespace dp::libm {

float sinf(float x);
float cosf(float x);
float expm1f(float x);
float log1pf(float x);
float tanhf(float x);
float erff(float x);
float erfcf(float x);
float atanf(float x);
float log10f(float x);
float sinhf(float x);
float coshf(float x);
float asinf(float x);
float acosf(float x);
float cbrtf(float x);

double sin(double x);
double cos(double x);
double exp(double x);
double erf(double x);
double erfc(double x);
double hypot(double x, double y);
double log10(double x);
double sinh(double x);
double cosh(double x);
double cbrt(double x);
double log1p(double x);
double expm1(double x);
double tanh(double x);

}  // namespace dp::libm
