// Mirrors c10/core/ScalarType.h (names, sizes, promoteTypes table) and torch/_tensor_str's dtype
// reprs ("torch.float32").
#include "torch/dtype.h"

namespace dp::torch {

size_t itemsize(DType t) {
  switch (t) {
    case DType::Bool:
    case DType::UInt8:
    case DType::Int8: return 1;
    case DType::Int16:
    case DType::Float16:
    case DType::BFloat16: return 2;
    case DType::Int32:
    case DType::Float32: return 4;
    case DType::Int64:
    case DType::Float64: return 8;
  }
  return 8;
}

bool is_floating(DType t) {
  return t == DType::Float32 || t == DType::Float64 || t == DType::Float16 || t == DType::BFloat16;
}

int float_digits(DType t) {
  switch (t) {
    case DType::Float32: return 24;
    case DType::Float64: return 53;
    case DType::Float16: return 11;
    case DType::BFloat16: return 8;
    default: return 0;
  }
}

bool is_integral(DType t, bool include_bool) {
  if (t == DType::Bool) return include_bool;
  return !is_floating(t);
}

std::string dtype_short_name(DType t) {
  switch (t) {
    case DType::Bool: return "bool";
    case DType::UInt8: return "uint8";
    case DType::Int8: return "int8";
    case DType::Int16: return "int16";
    case DType::Int32: return "int32";
    case DType::Int64: return "int64";
    case DType::Float32: return "float32";
    case DType::Float64: return "float64";
    case DType::Float16: return "float16";
    case DType::BFloat16: return "bfloat16";
  }
  return "?";
}

std::string dtype_repr(DType t) { return "torch." + dtype_short_name(t); }

std::string aten_name(DType t) {
  switch (t) {
    case DType::Bool: return "Bool";
    case DType::UInt8: return "Byte";
    case DType::Int8: return "Char";
    case DType::Int16: return "Short";
    case DType::Int32: return "Int";
    case DType::Int64: return "Long";
    case DType::Float32: return "Float";
    case DType::Float64: return "Double";
    case DType::Float16: return "Half";
    case DType::BFloat16: return "BFloat16";
  }
  return "?";
}

bool parse_dtype(const std::string& name_in, DType* out) {
  std::string name = name_in;
  if (name.rfind("torch.", 0) == 0) name = name.substr(6);
  struct Alias {
    const char* name;
    DType t;
  };
  static const Alias aliases[] = {
      {"bool", DType::Bool},      {"uint8", DType::UInt8},     {"int8", DType::Int8},     {"int16", DType::Int16},
      {"short", DType::Int16},    {"int32", DType::Int32},     {"int", DType::Int32},     {"int64", DType::Int64},
      {"long", DType::Int64},     {"float32", DType::Float32}, {"float", DType::Float32}, {"float64", DType::Float64},
      {"double", DType::Float64}, {"float16", DType::Float16}, {"half", DType::Float16},  {"bfloat16", DType::BFloat16},
  };
  for (const auto& a : aliases) {
    if (name == a.name) {
      *out = a.t;
      return true;
    }
  }
  return false;
}

DType promote_types(DType a, DType b) {
  if (a == b) return a;
  // Order of the table below: b1 u1 i1 i2 i4 i8 f4 f8 f2 bf (the DType order).
  static const DType table[10][10] = {
#define B DType::Bool
#define U1 DType::UInt8
#define I1 DType::Int8
#define I2 DType::Int16
#define I4 DType::Int32
#define I8 DType::Int64
#define F4 DType::Float32
#define F8 DType::Float64
#define F2 DType::Float16
#define BF DType::BFloat16
      /* b1 */ {B, U1, I1, I2, I4, I8, F4, F8, F2, BF},
      /* u1 */ {U1, U1, I2, I2, I4, I8, F4, F8, F2, BF},
      /* i1 */ {I1, I2, I1, I2, I4, I8, F4, F8, F2, BF},
      /* i2 */ {I2, I2, I2, I2, I4, I8, F4, F8, F2, BF},
      /* i4 */ {I4, I4, I4, I4, I4, I8, F4, F8, F2, BF},
      /* i8 */ {I8, I8, I8, I8, I8, I8, F4, F8, F2, BF},
      /* f4 */ {F4, F4, F4, F4, F4, F4, F4, F8, F4, F4},
      /* f8 */ {F8, F8, F8, F8, F8, F8, F8, F8, F8, F8},
      /* f2 */ {F2, F2, F2, F2, F2, F2, F4, F8, F2, F4},
      /* bf */ {BF, BF, BF, BF, BF, BF, F4, F8, F4, BF},
#undef B
#undef U1
#undef I1
#undef I2
#undef I4
#undef I8
#undef F4
#undef F8
#undef F2
#undef BF
  };
  return table[static_cast<int>(a)][static_cast<int>(b)];
}

}  // namespace dp::torch
