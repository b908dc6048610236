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
#include <cstring>
#include <limits>
#include <memory>
#include <random>

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
std::vector<std::unique_ptr<Generator>>& generator_table() {
  static std::vector<std::unique_ptr<Generator>> t;
  return t;
}

template <class T>
void put(std::vector<uint8_t>& b, size_t off, T v) {
  std::memcpy(b.data() + off, &v, sizeof v);
}
template <class T>
T get(const std::vector<uint8_t>& b, size_t off) {
  T v;
  std::memcpy(&v, b.data() + off, sizeof v);
  return v;
}
// CPUGeneratorImplState: THGeneratorState legacy_pod {uint64 the_initial_seed; int left; int
// seeded; uint64 next; uint64 state[624]; double normal_x, normal_y, normal_rho; int
// normal_is_valid;} (5048 bytes with padding), then float next_float_normal_sample and bool
// is_next_float_normal_sample_valid.
constexpr size_t kStateArray = 24, kNormalY = 5024, kNormalValid = 5040, kFloatNormal = 5048, kFloatValid = 5052;
}  // namespace

std::vector<uint8_t> Generator::get_state() const {
  std::vector<uint8_t> b(static_cast<size_t>(kStateSize), 0);
  put<uint64_t>(b, 0, engine_.seed_);
  put<int32_t>(b, 8, engine_.left_);
  put<int32_t>(b, 12, engine_.seeded_ ? 1 : 0);
  put<uint64_t>(b, 16, engine_.next_);
  for (int j = 0; j < MT19937::N; ++j) put<uint64_t>(b, kStateArray + 8 * static_cast<size_t>(j), engine_.state_[j]);
  if (next_double_normal_) {
    put<double>(b, kNormalY, *next_double_normal_);
    put<int32_t>(b, kNormalValid, 1);
  }
  if (next_float_normal_) {
    put<float>(b, kFloatNormal, *next_float_normal_);
    b[kFloatValid] = 1;
  }
  return b;
}

void Generator::set_state(const std::vector<uint8_t>& b) {
  const auto n = static_cast<int64_t>(b.size());
  if (n != kStateSize && n != kLegacyStateSize)
    throw_error("RuntimeError", "Expected either a CPUGeneratorImplStateLegacy of size " +
                                    std::to_string(kLegacyStateSize) + " or a CPUGeneratorImplState of size " +
                                    std::to_string(kStateSize) + " but found the input RNG state size to be " +
                                    std::to_string(n));
  MT19937 e;
  e.seed_ = get<uint64_t>(b, 0);
  e.left_ = get<int32_t>(b, 8);
  e.seeded_ = get<int32_t>(b, 12) != 0;
  e.next_ = static_cast<uint32_t>(get<uint64_t>(b, 16));
  for (int j = 0; j < MT19937::N; ++j)
    e.state_[j] = static_cast<uint32_t>(get<uint64_t>(b, kStateArray + 8 * static_cast<size_t>(j)));
  if (!(e.seeded_ && e.left_ > 0 && e.left_ <= MT19937::N && e.next_ <= static_cast<uint32_t>(MT19937::N)))
    throw_error("RuntimeError", "Invalid mt19937 state");
  engine_ = e;
  next_double_normal_.reset();
  next_float_normal_.reset();
  if (get<int32_t>(b, kNormalValid) != 0) next_double_normal_ = get<double>(b, kNormalY);
  if (n == kStateSize && b[kFloatValid] != 0) next_float_normal_ = get<float>(b, kFloatNormal);
}

int64_t new_generator() {
  generator_table().push_back(std::make_unique<Generator>());
  return static_cast<int64_t>(generator_table().size());
}

Generator& generator_by_id(int64_t id) {
  if (id == 0) return default_generator();
  auto& t = generator_table();
  if (id < 0 || id > static_cast<int64_t>(t.size())) throw_error("RuntimeError", "unknown generator");
  return *t[static_cast<size_t>(id - 1)];
}

void reset_generators() {
  generator_table().clear();
  default_generator().manual_seed(Generator::kDefaultSeed);
}

// The generator= argument of a sampler: None (the default generator) or a torch.Generator, which
// the runtime passes on as kGeneratorTag + its id (core/runtime/torch_module.cpp).
Generator& generator_arg(const Args& a) {
  const Value* v = a.find("generator");
  if (!v || v->is_none()) return default_generator();
  if (v->is_string()) {
    const std::string& s = std::get<std::string>(v->v);
    if (s.rfind(kGeneratorTag, 0) == 0) return generator_by_id(std::stoll(s.substr(std::strlen(kGeneratorTag))));
  }
  throw_error("TypeError",
              a.schema->name + "(): argument 'generator' must be torch.Generator, not " + v->py_type_name());
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
void normal_into(const Tensor& t, double mean, double std, Generator& g) {
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
      write_in_iteration_order<T>(t, v);
    } else {
      throw_error("RuntimeError", "\"normal_kernel_cpu\" not implemented for '" + aten_name(t.dtype()) + "'");
    }
  });
}

void uniform_into(const Tensor& t, double from, double to, Generator& g) {
  dispatch(t.dtype(), [&](auto tag) {
    using T = typename decltype(tag)::type;
    if constexpr (std::is_floating_point_v<T>) {
      std::vector<T> v(static_cast<size_t>(t.numel()));
      const DType dt = t.dtype();
      const T f = stored_as(static_cast<T>(from), dt), tt = stored_as(static_cast<T>(to), dt);
      const T range = stored_as(tt - f, dt);
      for (auto& x : v) x = uniform01<T>(g, dt) * range + f;
      write_in_iteration_order<T>(t, v);
    } else {
      throw_error("RuntimeError", "\"check_uniform_bounds\" not implemented for '" + aten_name(t.dtype()) + "'");
    }
  });
}

void randint_into(const Tensor& t, int64_t low, int64_t high, Generator& g) {
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
    write_in_iteration_order<T>(t, v);
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
  sized("rand", kDefaultFloat, [](const Args& a, const Tensor& t) { uniform_into(t, 0, 1, generator_arg(a)); });
  sized("randn", kDefaultFloat, [](const Args& a, const Tensor& t) { normal_into(t, 0, 1, generator_arg(a)); });
  // randint(high, size) / randint(low, high, size)
  sized(
      "randint", DType::Int64,
      [](const Args& a, const Tensor& t) { randint_into(t, 0, a.i("high"), generator_arg(a)); }, "int high, ");
  sized(
      "randint", DType::Int64,
      [](const Args& a, const Tensor& t) { randint_into(t, a.i("low"), a.i("high"), generator_arg(a)); },
      "int low, int high, ");
  auto like = [&](const std::string& name, std::function<void(const Args&, const Tensor&)> fill) {
    r.add(
         name + "(Tensor self" + kw + ", Any memory_format=None) -> Tensor", OpKind::Factory,
         [](const Args& a) -> Value {
           const Tensor& self = a.tensor("self");
           return Tensor::make_strided(self.sizes(), like_strides(a, self), a.dtype("dtype").value_or(self.dtype()), true);
         },
         [fill](const Args& a, Value& out) { fill(a, out.tensor()); })
        .is_method = false;
  };
  like("rand_like", [](const Args& a, const Tensor& t) { uniform_into(t, 0, 1, generator_arg(a)); });
  like("randn_like", [](const Args& a, const Tensor& t) { normal_into(t, 0, 1, generator_arg(a)); });
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
         Generator& g = generator_arg(a);
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
      [](const Args& a, Value&) { uniform_into(a.tensor("self"), a.f("from"), a.f("to"), generator_arg(a)); });
  r.add(
      "normal_(Tensor self, float mean=0, float std=1, *, Any generator=None) -> Tensor", OpKind::InPlace,
      [](const Args& a) -> Value {
        DP_CHECK(a.f("std") >= 0.0, "normal expects std >= 0.0, but found std " + std::to_string(a.f("std")));
        return a.tensor("self");
      },
      [](const Args& a, Value&) { normal_into(a.tensor("self"), a.f("mean"), a.f("std"), generator_arg(a)); });
  r.add(
      "random_(Tensor self, int from, int? to, *, Any generator=None) -> Tensor", OpKind::InPlace,
      [](const Args& a) -> Value { return a.tensor("self"); },
      [](const Args& a, Value&) {
        if (a.has("to")) randint_into(a.tensor("self"), a.i("from"), a.i("to"), generator_arg(a));
        else randint_into(a.tensor("self"), 0, a.i("from"), generator_arg(a));
      });
  // random_() without bounds (RandomKernel.cpp random_kernel, uniform_int_distribution): int64 and
  // float64 take random64(), the others random(); the value is taken modulo max + 1 of an integral
  // dtype, 2^digits + 1 of a floating one, the low bit for bool.
  r.add(
      "random_(Tensor self, *, Any generator=None) -> Tensor", OpKind::InPlace,
      [](const Args& a) -> Value { return a.tensor("self"); },
      [](const Args& a, Value&) {
        const Tensor& t = a.tensor("self");
        Generator& g = generator_arg(a);
        dispatch(t.dtype(), [&](auto tag) {
          using T = typename decltype(tag)::type;
          std::vector<T> v(static_cast<size_t>(t.numel()));
          const DType dt = t.dtype();
          for (size_t i = 0; i < v.size(); ++i) {
            const bool wide = dt == DType::Int64 || dt == DType::Float64;
            const uint64_t r = wide ? g.random64() : g.random();
            if constexpr (std::is_same_v<T, bool>) {
              v[i] = (r & 1) != 0;
            } else if constexpr (std::is_integral_v<T>) {
              v[i] = static_cast<T>(r % (static_cast<uint64_t>(std::numeric_limits<T>::max()) + 1));
            } else {
              const int digits = dt == DType::Float64 ? 53 : dt == DType::Float16 ? 11 : dt == DType::BFloat16 ? 8 : 24;
              v[i] = static_cast<T>(r % ((1ULL << digits) + 1));
            }
          }
          write_in_iteration_order<T>(t, v);
        });
      });
  r.add(
      "random_.to(Tensor self, int to, *, Any generator=None) -> Tensor", OpKind::InPlace,
      [](const Args& a) -> Value { return a.tensor("self"); },
      [](const Args& a, Value&) { randint_into(a.tensor("self"), 0, a.i("to"), generator_arg(a)); });
  r.add(
      "bernoulli_(Tensor self, float p=0.5, *, Any generator=None) -> Tensor", OpKind::InPlace,
      [](const Args& a) -> Value {
        double p = a.f("p");
        DP_CHECK(p >= 0 && p <= 1, "bernoulli_ expects p to be in [0, 1], but got p=" + std::to_string(p));
        return a.tensor("self");
      },
      [](const Args& a, Value&) {
        const Tensor& t = a.tensor("self");
        Generator& g = generator_arg(a);
        std::vector<double> v(static_cast<size_t>(t.numel()));
        for (auto& x : v) x = uniform01<double>(g) < a.f("p") ? 1.0 : 0.0;
        write_in_iteration_order<double>(t, v);
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
         return Tensor::make_strided(x.sizes(), preserve_format_strides(x), x.dtype(), true);
       },
       [](const Args& a, Value& out) {
         const Tensor& x = a.tensor("input");
         if (out.tensor().id() == x.id()) return;
         double p = a.f("p");
         Tensor noise = Tensor::make_strided(x.sizes(), preserve_format_strides(x), x.dtype(), false);  // empty_like
         NoGradGuard ng;
         if (p == 1) {  // ATen: input * zeros({})
           copy_into(out.tensor(), call_t("mul", {x, Tensor::make({}, x.dtype())}));
           return;
         }
         // ATen's _dropout_impl: noise.bernoulli_(1 - p); noise.div_(1 - p); input * noise.
         Generator& g = default_generator();
         std::vector<double> v(static_cast<size_t>(x.numel()));
         for (auto& e : v) e = uniform01<double>(g) < 1 - p ? 1.0 : 0.0;
         write_in_iteration_order<double>(noise, v);
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
  // torch.Generator objects (prelude torch/_generator.py): by id, 0 being the default generator.
  r.add(
       "_generator_new() -> int", OpKind::Factory, [](const Args&) -> Value { return None{}; },
       [](const Args&, Value& out) { out = new_generator(); })
      .is_method = false;
  r.add(
       "_generator_manual_seed(int id, int seed) -> Any", OpKind::Factory, [](const Args&) -> Value { return None{}; },
       [](const Args& a, Value&) { generator_by_id(a.i("id")).manual_seed(static_cast<uint64_t>(a.i("seed"))); })
      .is_method = false;
  r.add(
       "_generator_initial_seed(int id) -> int", OpKind::Factory, [](const Args&) -> Value { return None{}; },
       [](const Args& a, Value& out) { out = static_cast<int64_t>(generator_by_id(a.i("id")).initial_seed()); })
      .is_method = false;
  // Generator.seed(): a non-deterministic seed (PyTorch: c10::detail::getNonDeterministicRandom).
  r.add(
       "_generator_seed(int id) -> int", OpKind::Factory, [](const Args&) -> Value { return None{}; },
       [](const Args& a, Value& out) {
         std::random_device rd;
         uint64_t seed = (static_cast<uint64_t>(rd()) << 32) | rd();
         generator_by_id(a.i("id")).manual_seed(seed);
         out = static_cast<int64_t>(seed);
       })
      .is_method = false;
  r.add(
       "_generator_get_state(int id) -> Tensor", OpKind::Factory,
       [](const Args&) -> Value { return Tensor::make({Generator::kStateSize}, DType::UInt8, true); },
       [](const Args& a, Value& out) {
         std::vector<uint8_t> b = generator_by_id(a.i("id")).get_state();
         std::memcpy(out.tensor().data<uint8_t>(), b.data(), b.size());
       })
      .is_method = false;
  r.add(
       "_generator_set_state(int id, Tensor new_state) -> Any", OpKind::Factory,
       [](const Args& a) -> Value {
         if (a.tensor("new_state").dtype() != DType::UInt8)
           throw_error("TypeError", "RNG state must be a torch.ByteTensor");
         return None{};
       },
       [](const Args& a, Value&) {
         Tensor st = a.tensor("new_state");
         std::vector<uint8_t> b = read_as<uint8_t>(st);
         generator_by_id(a.i("id")).set_state(b);
       })
      .is_method = false;
  r.add(
       "initial_seed() -> int", OpKind::Factory, [](const Args&) -> Value { return None{}; },
       [](const Args&, Value& out) { out = static_cast<int64_t>(default_generator().initial_seed()); })
      .is_method = false;
}

}  // namespace dp::torch
