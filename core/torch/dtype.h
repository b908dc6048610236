// Mirrors c10/core/ScalarType.h: the tensor element types, their Python names (torch.float32 ...)
// and PyTorch's type-promotion lattice (torch.promote_types / at::result_type categories).
// To add a dtype: extend the enum, kAllDTypes, the tables in dtype.cpp and the dispatch() switches.
#pragma once
#include <cstdint>
#include <string>
#include <type_traits>

#include "torch/half.h"

namespace dp::torch {

enum class DType : uint8_t { Bool, UInt8, Int8, Int16, Int32, Int64, Float32, Float64, Float16, BFloat16 };

inline constexpr DType kAllDTypes[] = {DType::Bool,  DType::UInt8,   DType::Int8,    DType::Int16,   DType::Int32,
                                       DType::Int64, DType::Float32, DType::Float64, DType::Float16, DType::BFloat16};

// The default floating dtype (torch.get_default_dtype()).
inline constexpr DType kDefaultFloat = DType::Float32;

size_t itemsize(DType t);
bool is_floating(DType t);
bool is_integral(DType t, bool include_bool);
// Significand bits of a floating dtype, implicit bit included (std::numeric_limits<T>::digits:
// 24 float32, 53 float64, 11 float16, 8 bfloat16); 0 for the others.
int float_digits(DType t);
// "torch.float32"
std::string dtype_repr(DType t);
// "float32" (torch.float32 without the module); the ATen name ("Float", "Long") is aten_name.
std::string dtype_short_name(DType t);
std::string aten_name(DType t);
// Parses "float32", "float", "torch.float32", "long", "int64", "bool", "double" ... ; false if unknown.
bool parse_dtype(const std::string& name, DType* out);
// torch.promote_types(a, b).
DType promote_types(DType a, DType b);

// float16 and bfloat16 (at::isReducedFloatingType): stored in 16 bits, computed in float32, which
// is their at::opmath_type (dispatch() below).
inline bool is_reduced_float(DType t) { return t == DType::Float16 || t == DType::BFloat16; }
// True when kernels on t compute in float (at::opmath_type is float): float32, float16, bfloat16.
// Kernels that keep their values in double round through float at each ATen step for these.
inline bool opmath_is_float(DType t) { return t == DType::Float32 || is_reduced_float(t); }

// Category used by result_type: 0 bool, 1 integral, 2 floating.
inline int dtype_category(DType t) { return t == DType::Bool ? 0 : is_floating(t) ? 2 : 1; }

template <class T>
struct TypeTag {
  using type = T;
};

// Calls f(TypeTag<C++ type>{}) with the type kernels compute in for the runtime dtype t: the
// element type, but float for float16 and bfloat16 (ATen's at::opmath_type; the result is rounded
// to the 16-bit type when it is stored). Code that reads or writes a tensor's bytes uses
// dispatch_storage.
template <class F>
decltype(auto) dispatch(DType t, F&& f) {
  switch (t) {
    case DType::Bool: return f(TypeTag<bool>{});
    case DType::UInt8: return f(TypeTag<uint8_t>{});
    case DType::Int8: return f(TypeTag<int8_t>{});
    case DType::Int16: return f(TypeTag<int16_t>{});
    case DType::Int32: return f(TypeTag<int32_t>{});
    case DType::Int64: return f(TypeTag<int64_t>{});
    case DType::Float16:
    case DType::BFloat16:
    case DType::Float32: return f(TypeTag<float>{});
    case DType::Float64: break;
  }
  return f(TypeTag<double>{});
}

// Calls f(TypeTag<C++ type>{}) with the type of t's elements in memory (Half, BFloat16 for the
// 16-bit floats, which only convert to and from float).
template <class F>
decltype(auto) dispatch_storage(DType t, F&& f) {
  if (t == DType::Float16) return f(TypeTag<Half>{});
  if (t == DType::BFloat16) return f(TypeTag<BFloat16>{});
  return dispatch(t, std::forward<F>(f));
}

template <class T>
constexpr DType dtype_of() {
  if constexpr (std::is_same_v<T, bool>) return DType::Bool;
  else if constexpr (std::is_same_v<T, uint8_t>) return DType::UInt8;
  else if constexpr (std::is_same_v<T, int8_t>) return DType::Int8;
  else if constexpr (std::is_same_v<T, int16_t>) return DType::Int16;
  else if constexpr (std::is_same_v<T, int32_t>) return DType::Int32;
  else if constexpr (std::is_same_v<T, int64_t>) return DType::Int64;
  else if constexpr (std::is_same_v<T, float>) return DType::Float32;
  else if constexpr (std::is_same_v<T, Half>) return DType::Float16;
  else if constexpr (std::is_same_v<T, BFloat16>) return DType::BFloat16;
  else return DType::Float64;
}

}  // namespace dp::torch
