// Mirrors the alias entries of aten/src/ATen/native/native_functions.yaml ("alias for X"): each is
// its own torch.NAME / Tensor.NAME (PyTorch generates a separate binding, so `torch.absolute is
// torch.abs` is False) that runs the base op: same kernels, same grad_fn (torch.absolute(x) has
// grad_fn=<AbsBackward0>). Registered after every other file so the bases exist.
#include "torch/op_registry.h"

namespace dp::torch {

void register_alias_ops(Registry& r) {
  // In-place forms that are torch.NAME functions as well (native_functions.yaml: "variants:
  // function, method"); the unary ones are set in unary.cpp.
  for (const char* n : {"clamp_", "clamp_min_", "clamp_max_", "gcd_", "lcm_"}) {
    if (auto* defs = r.find_mut(n))
      for (auto& d : *defs) d.is_function = true;
  }
  static const char* const aliases[][2] = {
      {"absolute", "abs"},           {"absolute_", "abs_"},
      {"arccos", "acos"},            {"arccos_", "acos_"},
      {"arcsin", "asin"},            {"arcsin_", "asin_"},
      {"arctan", "atan"},            {"arctan_", "atan_"},
      {"arccosh", "acosh"},          {"arccosh_", "acosh_"},
      {"arcsinh", "asinh"},          {"arcsinh_", "asinh_"},
      {"arctanh", "atanh"},          {"arctanh_", "atanh_"},
      {"arctan2", "atan2"},          {"arctan2_", "atan2_"},
      {"multiply", "mul"},           {"multiply_", "mul_"},
      {"divide", "div"},             {"divide_", "div_"},
      {"subtract", "sub"},           {"subtract_", "sub_"},
      {"negative", "neg"},           {"negative_", "neg_"},
      {"greater", "gt"},             {"greater_", "gt_"},
      {"greater_equal", "ge"},       {"greater_equal_", "ge_"},
      {"less", "lt"},                {"less_", "lt_"},
      {"less_equal", "le"},          {"less_equal_", "le_"},
      {"not_equal", "ne"},           {"not_equal_", "ne_"},
      {"clip_", "clamp_"},           {"fix", "trunc"},
      {"fix_", "trunc_"},            {"swapaxes_", "transpose_"},
      {"swapdims_", "transpose_"},   {"moveaxis", "movedim"},
  };
  for (const auto& a : aliases) {
    if (!r.find(a[0])) r.add_alias(a[0], a[1]);
  }
  // torch.absolute_ does not exist (only Tensor.absolute_).
  for (auto& d : *r.find_mut("absolute_")) d.is_function = false;
}

}  // namespace dp::torch
