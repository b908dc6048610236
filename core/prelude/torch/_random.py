# Samplers ATen composes from the generator's uniform draws (aten/src/ATen/native/Distributions.cpp,
# cpu/DistributionTemplates.h, core/TransformationHelper.h; the CPU kernels without MKL):
# - bernoulli(p tensor): per element, in order, a float uniform u (24 bits) and u < p;
# - exponential_(lambd): per element a double uniform u (53 bits), -log1p(-u) / lambd;
# - multinomial: without replacement (or one sample) the exponential trick argmax/topk(p / q),
#   q ~ Exp(1); with replacement a float32 running cumulative sum, normalized, then for every
#   sample a double uniform and a binary search (`cum[mid] < u` moves right).
# generator= is passed on to the draws (torch._generator.Generator).
import torch


def _check_generator(generator):
    if generator is not None and not isinstance(generator, torch.Generator):
        raise TypeError("argument 'generator' must be torch.Generator, not " + type(generator).__name__)


def bernoulli(input, p=None, *, generator=None):
    _check_generator(generator)
    if p is not None:
        return torch.empty_like(input).bernoulli_(p, generator=generator)
    u = torch.rand(tuple(input.shape), generator=generator)
    pf = input.float()
    if not bool(((pf >= 0) & (pf <= 1)).all()):
        raise RuntimeError("Expected p_in >= 0 && p_in <= 1 to be true, but got false.  (Could this error message be "
                           "improved?  If so, please report an enhancement request to PyTorch.)")
    return (u < pf).to(input.dtype)


def exponential_(self, lambd=1.0, *, generator=None):
    _check_generator(generator)
    if not self.is_floating_point():
        raise RuntimeError(f"\"exponential_cpu\" not implemented for '{torch.functional._aten_name(self.dtype)}'")
    if not lambd > 0:
        raise RuntimeError(f"exponential_ expects lambda > 0.0, but found lambda={lambd}")
    u = torch.rand(tuple(self.shape), dtype=torch.float64, generator=generator)
    with torch.no_grad():
        self.copy_(-torch.log1p(-u) / lambd)
    return self


def _f32(x):
    return torch.tensor(x, dtype=torch.float32).item()


def multinomial(input, num_samples, replacement=False, *, generator=None):
    _check_generator(generator)
    if not (0 < input.dim() <= 2):
        raise RuntimeError("prob_dist must be 1 or 2 dim")
    if not input.is_floating_point():
        raise RuntimeError("multinomial only supports floating-point dtypes for input, got: " +
                           torch.functional._aten_name(input.dtype))
    if num_samples <= 0:
        raise RuntimeError("cannot sample n_sample <= 0 samples")
    n_categories = input.shape[-1]
    if not replacement and num_samples > n_categories:
        raise RuntimeError("cannot sample n_sample > prob_dist.size(-1) samples without replacement")
    if not replacement or num_samples == 1:
        if not bool((input.max() < float("inf")) & (input.min() >= 0)):
            raise RuntimeError("probability tensor contains either `inf`, `nan` or element < 0")
        zero = bool(input.sum() == 0) if input.dim() == 1 else bool((input.sum(1) == 0).sum())
        if zero:
            raise RuntimeError("invalid multinomial distribution (sum of probabilities <= 0)")
        q = exponential_(torch.empty_like(input), generator=generator)
        q = input / q
        if num_samples == 1:
            return torch.argmax(q, -1, keepdim=True)
        return torch.topk(q, num_samples).indices
    rows = input.reshape(-1, n_categories).tolist()
    out = []
    for row in rows:
        total = 0.0
        cum = []
        for v in row:
            if not (v >= 0) or v == float("inf"):
                raise RuntimeError("invalid multinomial distribution (encountering probability entry < 0)")
            total = _f32(total + v)
            cum.append(total)
        if not total > 0:
            raise RuntimeError("invalid multinomial distribution (sum of probabilities <= 0)")
        cum = [_f32(c / total) for c in cum]
        samples = []
        for _ in range(num_samples):
            u = torch.rand((), dtype=torch.float64, generator=generator).item()
            lo, hi = 0, n_categories
            while hi - lo > 0:
                mid = lo + (hi - lo) // 2
                if cum[mid] < u:
                    lo = mid + 1
                else:
                    hi = mid
            samples.append(lo)
        out.append(samples)
    r = torch.tensor(out, dtype=torch.int64)
    return r.reshape(num_samples) if input.dim() == 1 else r


torch._add_tensor_method("bernoulli", bernoulli)
torch._add_tensor_method("exponential_", exponential_)
torch._add_tensor_method("multinomial", multinomial)


_native_normal = torch.normal


def normal(mean, std=1.0, size=None, *, generator=None, dtype=None, out=None, requires_grad=False, **kwargs):
    # Distributions.cpp normal_out_impl: a tensor mean adds to normal_(0, std) draws; a tensor std
    # multiplies normal_(0, 1) draws, then the mean is added. Two numbers: the registered op.
    _check_generator(generator)
    mt = isinstance(mean, torch.Tensor)
    st = isinstance(std, torch.Tensor)
    if not mt and not st:
        if size is None:
            raise TypeError("normal() missing 1 required positional arguments: \"size\"")
        r = _native_normal(mean, std, size, dtype=dtype, generator=generator)
        return r.requires_grad_() if requires_grad else r
    if st and bool((std < 0).any()):
        raise RuntimeError("normal expects all elements of std >= 0.0")
    if mt and not st:
        if std < 0:
            raise RuntimeError(f"normal expects std >= 0.0, but found std {std}")
        out = torch.empty_like(mean).normal_(0, std, generator=generator)
        return out.add_(mean)
    m = mean if mt else torch.full((), mean, dtype=std.dtype)
    shape = torch.functional._infer_size(list(m.shape), list(std.shape))
    out = torch.empty(shape, dtype=m.dtype if mt else std.dtype).normal_(0, 1, generator=generator)
    return out.mul_(std).add_(m)
