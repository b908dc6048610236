// Complex arithmetic of CPython 3.11's Objects/complexobject.c (_Py_c_sum, _Py_c_diff, _Py_c_prod,
// _Py_c_quot, _Py_c_pow / c_powi) and complex_repr, shared by the constant folder (ast_opt.cpp)
// and the runtime's complex type (core/runtime/ops.cpp), so a folded constant and the same
// operation at run time give the same bits.
#pragma once

#include <string>

namespace dp::py {

struct Complex {
  double re = 0.0, im = 0.0;
};

// What CPython raises instead of a result.
enum class ComplexError { None, DivisionByZero, ZeroToNegativePower, Overflow };

inline Complex c_sum(Complex a, Complex b) { return {a.re + b.re, a.im + b.im}; }
inline Complex c_diff(Complex a, Complex b) { return {a.re - b.re, a.im - b.im}; }
inline Complex c_prod(Complex a, Complex b) { return {a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re}; }
ComplexError c_quot(Complex a, Complex b, Complex& out);  // "complex division by zero"
ComplexError c_pow(Complex a, Complex b, Complex& out);   // also OverflowError "complex exponentiation"

// repr(complex(re, im)): "2j", "(1+2j)", "(-0-1j)".
std::string complex_repr(double re, double im);

}  // namespace dp::py
