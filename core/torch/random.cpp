// Mirrors ATen's CPU random kernels (aten/src/ATen/native/cpu/DistributionTemplates.h,
// DistributionKernels.cpp, core/DistributionsHelper.h, TransformationHelper.h):
//   rand / uniform_: float32 = (random() & (2^24-1)) * 2^-24, float64 uses random64() & (2^53-1)
//                    scaled by 2^-53, then x * (to - from) + from;
//   randn / normal_: tensors with numel >= 16 (contiguous) use normal_fill: first all uniforms,
//                    then Box-Muller over chunks of 16 (u1 = 1 - data[j], u2 = data[j + 8]),
//                    the tail recomputed from 16 fresh uniforms; smaller tensors draw from
//                    normal_distribution<double> (u1, u2 from random64, r = sqrt(-2 log1p(-u2)),
//                    theta = 2 pi u1, r*sin(theta) cached for the next draw);
//   randint / random_: (random() % range) + low, random64() when range >= 2^32;
//   randperm: Fisher-Yates with random() % (n - i);
//   bernoulli_ / dropout: uniform double < p (ATen's default bernoulli path, used when PyTorch is
//                    built without MKL or runs on a non-Intel CPU).
// Exactness: rand, randint and the small-tensor randn path replicate PyTorch bit for bit (checked
// against the well-known values for seed 0). The >= 16 element randn path matches PyTorch's
// scalar normal_fill; x86 builds of PyTorch use an AVX2 version (log256_ps / sincos256_ps) that
// can differ in the last float bit, invisible at print precision. x86 PyTorch builds with MKL on Intel
// CPUs draw bernoulli (dropout) masks from MKL's own stream, which is *not* replicated.
#include "torch/random.h"

#include <cmath>

#include "torch/autograd/function.h"
#include "torch/kernel_utils.h"
#include "torch/op_registry.h"

namespace dp::torch {
using namespace detail;

Generator& default_generator() {
  static Generator g;
  return g;
}

namespace {

constexpr double kPi = 3.14159265358979323846;

// uniform_real_distribution: as many random bits as the dtype has significand digits (24 for
// float32, 11 for float16, 8 for bfloat16; float16/bfloat16 samples are computed in float).
template <class T>
T uniform01(Generator& g, DType dt = dtype_of<T>()) {
  if constexpr (std::is_same_v<T, double>) {
    return static_cast<double>(g.random64() & ((1ULL << 53) - 1)) * (1.0 / static_cast<double>(1ULL << 53));
  } else {
    const int digits = float_digits(dt);
    return static_cast<float>(g.random() & ((1U << digits) - 1)) * (1.0f / static_cast<float>(1U << digits));
  }
}

// The value a float computation has once stored in dtype dt (float16 and bfloat16 round).
template <class T>
T stored_as(T v, DType dt) {
  if (dt == DType::Float16) return static_cast<float>(Half(static_cast<float>(v)));
  if (dt == DType::BFloat16) return static_cast<float>(BFloat16(static_cast<float>(v)));
  return v;
}

double normal_double(Generator& g, double mean, double std) {
  if (g.next_double_normal_) {
    double r = *g.next_double_normal_;
    g.next_double_normal_.reset();
    return r * std + mean;
  }
  double u1 = uniform01<double>(g);
  double u2 = uniform01<double>(g);
  double r = std::sqrt(-2.0 * std::log1p(-u2));
  double theta = 2.0 * kPi * u1;
  g.next_double_normal_ = r * std::sin(theta);
  return r * std::cos(theta) * std + mean;
}

// For float16/bfloat16 (T = float, dt the dtype) ATen's normal_fill_16<scalar_t> computes in the
// 16-bit type: c10's log/sqrt/sin/cos of a BFloat16 or Half (c10/util/BFloat16-math.h,
// Half-math.h) and every product and sum round to it, which `r` reproduces.
template <class T>
void normal_fill_16(T* data, T mean, T std, DType dt = dtype_of<T>()) {
  const bool reduced = is_reduced_float(dt);
  auto r = [&](T v) { return reduced ? stored_as(v, dt) : v; };
  for (int j = 0; j < 8; ++j) {
    const T u1 = 1 - data[j];
    const T u2 = data[j + 8];
    const T radius = r(std::sqrt(r(-2 * r(std::log(u1)))));
    const T theta = r(static_cast<T>(2.0f * kPi * u2));
    data[j] = r(r(r(radius * r(std::cos(theta))) * std) + mean);
    data[j + 8] = r(r(r(radius * r(std::sin(theta))) * std) + mean);
  }
}

// Fills t (any float dtype, any layout) with normal samples like at::native::normal_kernel.
void normal_into(const Tensor& t, double mean, double std) {
  Generator& g = default_generator();
  int64_t n = t.numel();
  dispatch(t.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_floating_point_v<T>) {
      std::vector<T> v(static_cast<size_t>(n));
      if (n >= 16 && t.is_contiguous()) {
        const DType dt = t.dtype();
        const T m = stored_as(static_cast<T>(mean), dt), s = stored_as(static_cast<T>(std), dt);
        for (int64_t i = 0; i < n; ++i) v[i] = uniform01<T>(g, dt);
        for (int64_t i = 0; i + 16 <= n; i += 16) normal_fill_16<T>(v.data() + i, m, s, dt);
        if (n % 16 != 0) {
          T* d = v.data() + n - 16;
          for (int i = 0; i < 16; ++i) d[i] = uniform01<T>(g, dt);
          normal_fill_16<T>(d, m, s, dt);
        }
      } else {
        for (int64_t i = 0; i < n; ++i) v[i] = static_cast<T>(normal_double(g, mean, std));
      }
      write_from<T>(t, v);
    } else {
      throw_error("RuntimeError", "\"normal_kernel_cpu\" not implemented for '" + aten_name(t.dtype()) + "'");
    }
  });
}

void uniform_into(const Tensor& t, double from, double to) {
  Generator& g = default_generator();
  dispatch(t.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_floating_point_v<T>) {
      std::vector<T> v(static_cast<size_t>(t.numel()));
      const DType dt = t.dtype();
      const T f = stored_as(static_cast<T>(from), dt), tt = stored_as(static_cast<T>(to), dt);
      const T range = stored_as(tt - f, dt);
      for (auto& x : v) x = uniform01<T>(g, dt) * range + f;
      write_from<T>(t, v);
    } else {
      throw_error("RuntimeError", "\"check_uniform_bounds\" not implemented for '" + aten_name(t.dtype()) + "'");
    }
  });
}

void randint_into(const Tensor& t, int64_t low, int64_t high) {
  Generator& g = default_generator();
  if (low >= high) {
    throw_error("RuntimeError", "random_ expects 'from' to be less than 'to', but got from=" + std::to_string(low) +
                                    " >= to=" + std::to_string(high));
  }
  uint64_t range = static_cast<uint64_t>(high) - static_cast<uint64_t>(low);
  dispatch(t.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    std::vector<T> v(static_cast<size_t>(t.numel()));
    bool wide = (std::is_same_v<T, int64_t> || std::is_floating_point_v<T>)&&range >= (1ULL << 32);
    for (size_t i = 0; i < v.size(); ++i) {
      uint64_t r = wide ? g.random64() : g.random();
      v[i] = convert<T>(static_cast<int64_t>(r % range + low));
    }
    write_from<T>(t, v);
  });
}

const char* kKw =
    ", *, Any generator=None, ScalarType? dtype=None, Any layout=None, Any device=None, Any "
    "pin_memory=None, bool requires_grad=False";

}  // namespace

void register_random_ops(Registry& r) {
  std::string kw = kKw;
  auto sized = [&](const std::string& name, DType def, std::function<void(const Args&, const Tensor&)> fill,
                   const std::string& prefix = "") {
    r.add(
         name + "(" + prefix + "int[] size" + kw + ") -> Tensor", OpKind::Factory,
         [def](const Args& a) -> Value { return Tensor::make(a.ints("size"), a.dtype("dtype").value_or(def), true); },
         [fill](const Args& a, Value& out) { fill(a, out.tensor()); })
        .is_method = false;
  };
  sized("rand", kDefaultFloat, [](const Args&, const Tensor& t) { uniform_into(t, 0, 1); });
  sized("randn", kDefaultFloat, [](const Args&, const Tensor& t) { normal_into(t, 0, 1); });
  // randint(high, size) / randint(low, high, size)
  sized(
      "randint", DType::Int64, [](const Args& a, const Tensor& t) { randint_into(t, 0, a.i("high")); }, "int high, ");
  sized(
      "randint", DType::Int64, [](const Args& a, const Tensor& t) { randint_into(t, a.i("low"), a.i("high")); },
      "int low, int high, ");
  auto like = [&](const std::string& name, std::function<void(const Args&, const Tensor&)> fill) {
    r.add(
         name + "(Tensor self" + kw + ", Any memory_format=None) -> Tensor", OpKind::Factory,
         [](const Args& a) -> Value {
           const Tensor& self = a.tensor("self");
           return Tensor::make(self.sizes(), a.dtype("dtype").value_or(self.dtype()), true);
         },
         [fill](const Args& a, Value& out) { fill(a, out.tensor()); })
        .is_method = false;
  };
  like("rand_like", [](const Args&, const Tensor& t) { uniform_into(t, 0, 1); });
  like("randn_like", [](const Args&, const Tensor& t) { normal_into(t, 0, 1); });
  r.add(
       "randperm(int n" + kw + ") -> Tensor", OpKind::Factory,
       [](const Args& a) -> Value {
         DP_CHECK(a.i("n") >= 0, "Trying to create tensor with negative dimension " + std::to_string(a.i("n")) + ": [" +
                                     std::to_string(a.i("n")) + "]");
         return Tensor::make({a.i("n")}, a.dtype("dtype").value_or(DType::Int64), true);
       },
       [](const Args& a, Value& out) {
         int64_t n = a.i("n");
         std::vector<int64_t> v(n);
         for (int64_t i = 0; i < n; ++i) v[i] = i;
         Generator& g = default_generator();
         for (int64_t i = 0; i + 1 < n; ++i) {
           int64_t z = static_cast<int64_t>(g.random() % static_cast<uint64_t>(n - i));
           std::swap(v[i], v[z + i]);
         }
         write_from<int64_t>(out.tensor(), v);
       })
      .is_method = false;

  // In-place samplers.
  r.add(
      "uniform_(Tensor self, float from=0, float to=1, *, Any generator=None) -> Tensor", OpKind::InPlace,
      [](const Args& a) -> Value {
        DP_CHECK(a.f("from") <= a.f("to"), "uniform_ expects to return a [from, to) range, but found from=" +
                                               std::to_string(a.f("from")) + " > to=" + std::to_string(a.f("to")));
        return a.tensor("self");
      },
      [](const Args& a, Value&) { uniform_into(a.tensor("self"), a.f("from"), a.f("to")); });
  r.add(
      "normal_(Tensor self, float mean=0, float std=1, *, Any generator=None) -> Tensor", OpKind::InPlace,
      [](const Args& a) -> Value {
        DP_CHECK(a.f("std") >= 0.0, "normal expects std >= 0.0, but found std " + std::to_string(a.f("std")));
        return a.tensor("self");
      },
      [](const Args& a, Value&) { normal_into(a.tensor("self"), a.f("mean"), a.f("std")); });
  r.add(
      "random_(Tensor self, int from, int? to, *, Any generator=None) -> Tensor", OpKind::InPlace,
      [](const Args& a) -> Value { return a.tensor("self"); },
      [](const Args& a, Value&) {
        if (a.has("to")) randint_into(a.tensor("self"), a.i("from"), a.i("to"));
        else randint_into(a.tensor("self"), 0, a.i("from"));
      });
  r.add(
      "random_.to(Tensor self, int to, *, Any generator=None) -> Tensor", OpKind::InPlace,
      [](const Args& a) -> Value { return a.tensor("self"); },
      [](const Args& a, Value&) { randint_into(a.tensor("self"), 0, a.i("to")); });
  r.add(
      "bernoulli_(Tensor self, float p=0.5, *, Any generator=None) -> Tensor", OpKind::InPlace,
      [](const Args& a) -> Value {
        double p = a.f("p");
        DP_CHECK(p >= 0 && p <= 1, "bernoulli_ expects p to be in [0, 1], but got p=" + std::to_string(p));
        return a.tensor("self");
      },
      [](const Args& a, Value&) {
        const Tensor& t = a.tensor("self");
        Generator& g = default_generator();
        std::vector<double> v(static_cast<size_t>(t.numel()));
        for (auto& x : v) x = uniform01<double>(g) < a.f("p") ? 1.0 : 0.0;
        write_from<double>(t, v);
      });
  // dropout(input, p, train): identity when not training (returns input itself, like ATen).
  r.add(
       "dropout(Tensor input, float p=0.5, bool train=True) -> Tensor", OpKind::Functional,
       [](const Args& a) -> Value {
         double p = a.f("p");
         if (p < 0 || p > 1) {
           throw_error("ValueError", "dropout probability has to be between 0 and 1, but got " + std::to_string(p));
         }
         const Tensor& x = a.tensor("input");
         if (!a.b("train") || p == 0 || x.numel() == 0) return x;
         return Tensor::make(x.sizes(), x.dtype(), true);
       },
       [](const Args& a, Value& out) {
         const Tensor& x = a.tensor("input");
         if (out.tensor().id() == x.id()) return;
         double p = a.f("p");
         Tensor noise = Tensor::make(x.sizes(), x.dtype());
         NoGradGuard ng;
         if (p == 1) {  // ATen: input * zeros({})
           copy_into(out.tensor(), call_t("mul", {x, Tensor::make({}, x.dtype())}));
           return;
         }
         // ATen's _dropout_impl: noise.bernoulli_(1 - p); noise.div_(1 - p); input * noise.
         Generator& g = default_generator();
         std::vector<double> v(static_cast<size_t>(x.numel()));
         for (auto& e : v) e = uniform01<double>(g) < 1 - p ? 1.0 : 0.0;
         write_from<double>(noise, v);
         call("div_", {noise, 1 - p});
         autograd::save_for_backward(noise);  // MulBackward0's `other`
         copy_into(out.tensor(), call_t("mul", {x, noise}));
       },
       "MulBackward0")
      .is_method = false;

  // F.dropout spells the flag `training` (and has `inplace`): same op.
  {
    OpDef copy = r.find_mut("dropout")->front();
    r.add(
         "dropout(Tensor input, float p=0.5, bool training=True, bool inplace=False) -> Tensor", OpKind::Functional,
         [meta = copy.meta](const Args& a) -> Value {
           static const OpSchema s = parse_schema("dropout(Tensor input, float p=0.5, bool train=True) -> Tensor");
           Args b;
           b.schema = &s;
           b.values = {a.get("input"), a.get("p"), a.get("training")};
           return meta(b);
         },
         [kernel = copy.kernel](const Args& a, Value& out) {
           static const OpSchema s = parse_schema("dropout(Tensor input, float p=0.5, bool train=True) -> Tensor");
           Args b;
           b.schema = &s;
           b.values = {a.get("input"), a.get("p"), a.get("training")};
           kernel(b, out);
         },
         "MulBackward0")
        .is_method = false;
  }

  r.add(
       "manual_seed(int seed) -> Any", OpKind::Factory, [](const Args&) -> Value { return None{}; },
       [](const Args& a, Value&) { manual_seed(static_cast<uint64_t>(a.i("seed"))); })
      .is_method = false;
  r.add(
       "initial_seed() -> int", OpKind::Factory, [](const Args&) -> Value { return None{}; },
       [](const Args&, Value& out) { out = static_cast<int64_t>(default_generator().initial_seed()); })
      .is_method = false;
}

}  // namespace dp::torch
