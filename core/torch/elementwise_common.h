// Internal: pieces shared by unary.cpp and elementwise.cpp.
#pragma once
#include "torch/kernel_utils.h"
#include "torch/op_registry.h"

namespace dp::torch::detail {

// make(args, TypeTag<T>) returns the per-element function T -> R.
template <class Make>
void run_unary(const Tensor& self, const Tensor& out, DType compute, const Args& a, Make make) {
  dispatch(compute, [&](auto tag) {
    using T = typename decltype(tag)::type;
    auto fn = make(a, tag);
    std::vector<T> in = read_as<T>(self, out.sizes());
    using R = decltype(fn(T{}));
    std::vector<R> res(in.size());
    for (size_t i = 0; i < in.size(); ++i) res[i] = fn(in[i]);
    write_from<R>(out, res);
  });
}

// Per-element function factories. `F(expr)` builds make(args, tag) returning [](T x) { expr }.
#define F(expr)                             \
  [](const Args&, auto tag) {               \
    using T = typename decltype(tag)::type; \
    return [](T x) -> T { return (expr); }; \
  }
#define FB(expr)                               \
  [](const Args&, auto tag) {                  \
    using T = typename decltype(tag)::type;    \
    return [](T x) -> bool { return (expr); }; \
  }

}  // namespace dp::torch::detail
