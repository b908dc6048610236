# torch/functional.py (meshgrid, broadcast_tensors, broadcast_shapes, cartesian_prod) and the
# composite ops PyTorch writes in C++ on top of others (aten/src/ATen/native/TensorShape.cpp:
# atleast_*d, hstack, vstack, dstack, column_stack, tensor_split, hsplit, vsplit; Sorting.cpp:
# msort, nanmedian, quantile; ReduceOps.cpp: std_mean, var_mean, nansum, nanmean, diff, trace),
# written here with the same checks and messages, as calls of the registered ops.
import torch


def _infer_size(a, b):
    # at::infer_size (ExpandUtils.cpp)
    n = max(len(a), len(b))
    out = [0] * n
    for i in range(n - 1, -1, -1):
        off = n - 1 - i
        da = len(a) - 1 - off
        db = len(b) - 1 - off
        sa = a[da] if da >= 0 else 1
        sb = b[db] if db >= 0 else 1
        if sa != sb and sa != 1 and sb != 1:
            raise RuntimeError(f"The size of tensor a ({sa}) must match the size of tensor b ({sb}) at "
                               f"non-singleton dimension {i}")
        out[i] = sb if sa == 1 else sa
    return out


def broadcast_tensors(*tensors):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tensors[0]
    shape = []
    for t in tensors:
        shape = _infer_size(shape, list(t.shape))
    return tuple(t.expand(shape) for t in tensors)


def broadcast_shapes(*shapes):
    max_len = 0
    for shape in shapes:
        if isinstance(shape, int):
            if max_len < 1:
                max_len = 1
        elif isinstance(shape, (tuple, list)):
            s = len(shape)
            if max_len < s:
                max_len = s
    result = [1] * max_len
    for shape in shapes:
        if isinstance(shape, int):
            shape = (shape,)
        if isinstance(shape, (tuple, list)):
            for i in range(-1, -1 - len(shape), -1):
                if shape[i] < 0:
                    raise RuntimeError(f"Trying to create tensor with negative dimension ({shape[i]}): ({shape[i]})")
                if shape[i] == 1 or shape[i] == result[i]:
                    continue
                if result[i] != 1:
                    raise RuntimeError("Shape mismatch: objects cannot be broadcast to a single shape")
                result[i] = shape[i]
        else:
            raise RuntimeError("Input shapes should be of type ints, a tuple of ints, or a list of ints, got ", shape)
    return torch.Size(result)


def meshgrid(*tensors, indexing=None):
    if len(tensors) == 1 and isinstance(tensors[0], (list, tuple)):
        tensors = tensors[0]
    tensors = list(tensors)
    size = len(tensors)
    if size == 0:
        raise RuntimeError("meshgrid expects a non-empty TensorList")
    for i in range(size - 1):
        if tensors[i].dtype != tensors[i + 1].dtype:
            raise RuntimeError("meshgrid expects all tensors to have the same dtype")
    if indexing is None:
        indexing = "ij"
    swap = False
    if indexing == "xy":
        swap = size >= 2
    elif indexing != "ij":
        raise RuntimeError(f'torch.meshgrid: indexing must be one of "xy" or "ij", but received: {indexing}')
    shape = []
    for t in tensors:
        if t.dim() > 1:
            raise RuntimeError(f"torch.meshgrid: Expected 0D or 1D tensor in the tensor list but got: {t}")
        shape.append(t.numel())
    refs = list(tensors)
    if swap:
        shape[0], shape[1] = shape[1], shape[0]
        refs[0], refs[1] = refs[1], refs[0]
    grids = []
    for i in range(size):
        view_shape = [1] * size
        view_shape[i] = -1
        grids.append(refs[i].view(view_shape).expand(shape))
    if swap:
        grids[0], grids[1] = grids[1], grids[0]
    return tuple(grids)


def cartesian_prod(*tensors):
    for t in tensors:
        if t.dim() != 1:
            raise RuntimeError(f"Expect a 1D vector, but got shape {list(t.shape)}")
    if len(tensors) == 1:
        return tensors[0]
    grids = meshgrid(*tensors, indexing="ij")
    return torch.stack([g.flatten() for g in grids], 1)


def atleast_1d(*tensors):
    if len(tensors) == 1 and not isinstance(tensors[0], (list, tuple)):
        t = tensors[0]
        return t.reshape(1) if t.dim() == 0 else t
    if len(tensors) == 1:
        tensors = tensors[0]
    return tuple(atleast_1d(t) for t in tensors)


def atleast_2d(*tensors):
    if len(tensors) == 1 and not isinstance(tensors[0], (list, tuple)):
        t = tensors[0]
        if t.dim() == 0:
            return t.reshape(1, 1)
        if t.dim() == 1:
            return t.unsqueeze(0)
        return t
    if len(tensors) == 1:
        tensors = tensors[0]
    return tuple(atleast_2d(t) for t in tensors)


def atleast_3d(*tensors):
    if len(tensors) == 1 and not isinstance(tensors[0], (list, tuple)):
        t = tensors[0]
        if t.dim() == 0:
            return t.reshape(1, 1, 1)
        if t.dim() == 1:
            return t.unsqueeze(0).unsqueeze(-1)
        if t.dim() == 2:
            return t.unsqueeze(-1)
        return t
    if len(tensors) == 1:
        tensors = tensors[0]
    return tuple(atleast_3d(t) for t in tensors)


def hstack(tensors):
    rep = [atleast_1d(t) for t in tensors]
    if not rep:
        raise RuntimeError("hstack expects a non-empty TensorList")
    return torch.cat(rep, 0 if rep[0].dim() == 1 else 1)


def vstack(tensors):
    rep = [atleast_2d(t) for t in tensors]
    if not rep:
        raise RuntimeError("vstack expects a non-empty TensorList")
    return torch.cat(rep, 0)


row_stack = vstack


def dstack(tensors):
    if not tensors:
        raise RuntimeError("dstack expects a non-empty TensorList")
    return torch.cat([atleast_3d(t) for t in tensors], 2)


def column_stack(tensors):
    if not tensors:
        raise RuntimeError("column_stack expects a non-empty TensorList")
    return torch.cat([t.reshape(t.numel(), 1) if t.dim() <= 1 else t for t in tensors], 1)


def tensor_split(input, indices_or_sections, dim=0):
    if input.dim() == 0:
        raise RuntimeError("tensor_split expected at least a 1-dimensional tensor, but got a tensor with 0 dims")
    d = dim + input.dim() if dim < 0 else dim
    n = input.shape[d]
    if isinstance(indices_or_sections, int):
        sections = indices_or_sections
        if sections <= 0:
            raise RuntimeError(f"number of sections must be larger than 0, got {sections}")
        min_size = n // sections
        extra = n % sections
        out = []
        start = 0
        for i in range(sections):
            size = min_size + (1 if i < extra else 0)
            out.append(input.narrow(d, start, size))
            start += size
        return tuple(out)
    out = []
    start = 0
    for idx in list(indices_or_sections) + [n]:
        stop = min(max(idx, start), n) if idx != n else n
        begin = min(start, n)
        out.append(input.narrow(d, begin, max(stop - begin, 0)))
        start = max(idx, start)
    return tuple(out)


def hsplit(input, indices_or_sections):
    if input.dim() < 1:
        raise RuntimeError("torch.hsplit requires a tensor with at least 1 dimension, but got a tensor with 0 dimensions!")
    dim = 0 if input.dim() == 1 else 1
    if isinstance(indices_or_sections, int):
        if input.shape[dim] % indices_or_sections != 0:
            raise RuntimeError(f"torch.hsplit attempted to split along dimension {dim}, but the size of the dimension "
                               f"{input.shape[dim]} is not divisible by the split_size {indices_or_sections}!")
    return tensor_split(input, indices_or_sections, dim)


def vsplit(input, indices_or_sections):
    if input.dim() < 2:
        raise RuntimeError(f"torch.vsplit requires a tensor with at least 2 dimension, but got a tensor with "
                           f"{input.dim()} dimensions!")
    if isinstance(indices_or_sections, int):
        if input.shape[0] % indices_or_sections != 0:
            raise RuntimeError(f"torch.vsplit attempted to split along dimension 0, but the size of the dimension "
                               f"{input.shape[0]} is not divisible by the split_size {indices_or_sections}!")
    return tensor_split(input, indices_or_sections, 0)


def split_with_sizes(input, split_sizes, dim=0):
    return torch.split(input, list(split_sizes), dim)


def msort(input):
    return torch.sort(input, 0).values


def argwhere(input):
    return torch.nonzero(input)


def std_mean(input, dim=None, unbiased=None, keepdim=False, *, correction=None):
    kw = {}
    if correction is not None:
        kw["correction"] = correction
    elif unbiased is not None:
        kw["unbiased"] = unbiased
    if dim is None:
        return (torch.std(input, **kw), torch.mean(input))
    return (torch.std(input, dim, keepdim=keepdim, **kw), torch.mean(input, dim, keepdim=keepdim))


def var_mean(input, dim=None, unbiased=None, keepdim=False, *, correction=None):
    kw = {}
    if correction is not None:
        kw["correction"] = correction
    elif unbiased is not None:
        kw["unbiased"] = unbiased
    if dim is None:
        return (torch.var(input, **kw), torch.mean(input))
    return (torch.var(input, dim, keepdim=keepdim, **kw), torch.mean(input, dim, keepdim=keepdim))


def nansum(input, dim=None, keepdim=False, *, dtype=None):
    x = input.masked_fill(torch.isnan(input), 0) if input.is_floating_point() else input
    if dim is None:
        return torch.sum(x, dtype=dtype)
    return torch.sum(x, dim, keepdim=keepdim, dtype=dtype)


def nanmean(input, dim=None, keepdim=False, *, dtype=None):
    if not input.is_floating_point():
        raise RuntimeError(f"nanmean(): expected input to have floating point dtype but got {_aten_name(input.dtype)}")
    factor = torch.logical_not(torch.isnan(input)).sum(dim, keepdim=keepdim) if dim is not None else \
        torch.logical_not(torch.isnan(input)).sum()
    return nansum(input, dim, keepdim, dtype=dtype) / factor


def nanmedian(input):
    x = input.flatten()
    x = x[torch.logical_not(torch.isnan(x))]
    if x.numel() == 0:
        return torch.tensor(float("nan"), dtype=input.dtype)
    return x.median()


# aten/src/ATen/native/Sorting.cpp quantile_impl / quantile_compute: the sorted values viewed as
# rows, ranks q * (n - 1) adjusted for the interpolation mode, the values below (gather) lerped
# towards the values above; q's values first in the output shape.
def _quantile(input, q, dim, keepdim, interpolation, ignore_nan, name):
    if input.dtype not in (torch.float32, torch.float64):
        raise RuntimeError(name + "() input tensor must be either float or double dtype")
    scalar_q = not isinstance(q, torch.Tensor)
    if scalar_q:
        if not 0 <= q <= 1:
            raise RuntimeError(name + "() q must be in the range [0, 1] but got " + str(q))
        q = torch.scalar_tensor(q, dtype=input.dtype)
    else:
        if q.dim() > 1:
            raise RuntimeError(name + "() q must be a scalar or 1D tensor")
        if q.dtype != input.dtype:
            raise RuntimeError(name + "() q tensor must be same dtype as the input tensor")
        if not bool(((q >= 0) & (q <= 1)).all()):
            raise RuntimeError(name + "() q values must be in the range [0, 1]")
    modes = ("linear", "lower", "higher", "midpoint", "nearest")
    if interpolation not in modes:
        raise RuntimeError(name + "() interpolation must be one of linear, lower, higher, midpoint or nearest. "
                           "Got " + str(interpolation))
    out_shape = []
    wrapped = None
    if dim is not None and input.dim() > 0:
        wrapped = dim % input.dim()
        out_shape = list(input.shape)
        if keepdim:
            out_shape[wrapped] = 1
        else:
            del out_shape[wrapped]
    elif keepdim:
        out_shape = [1] * input.dim()
    if q.dim() > 0:
        out_shape.insert(0, q.numel())
    if dim is None or input.dim() == 0:
        sorted_ = input.flatten().sort().values
    elif wrapped == input.dim() - 1:
        sorted_ = input.sort().values
    else:
        sorted_ = input.unsqueeze(-1).transpose(wrapped, -1).sort().values
    if q.dim() == 0:
        out_shape.insert(0, q.numel())
    in_shape = out_shape[1:] + [0]
    if len(in_shape) == 0:
        in_shape = [0]
    in_shape[-1] = sorted_.size(-1)
    sorted_ = sorted_.view(in_shape)
    if ignore_nan:
        ranks = q * (sorted_.isnan().logical_not_().sum(-1, True) - 1)
        ranks = ranks.masked_fill(ranks < 0, 0)
    else:
        last_index = sorted_.size(-1) - 1
        a, b = torch.broadcast_tensors(q * last_index, sorted_.isnan().any(-1, True))
        ranks = torch.masked_fill(a, b, last_index)
    if interpolation == "lower":
        ranks = ranks.floor()
    elif interpolation == "higher":
        ranks = ranks.ceil()
    elif interpolation == "nearest":
        ranks = ranks.round()
    ranks_below = ranks.to(torch.int64)
    values_below = sorted_.gather(-1, ranks_below)
    if interpolation in ("linear", "midpoint"):
        weights = torch.full_like(ranks, 0.5) if interpolation == "midpoint" else ranks - ranks_below
        ranks_above = ranks.ceil().to(torch.int64)
        values_above = sorted_.gather(-1, ranks_above)
        values_below = values_below.lerp(values_above, weights)
    if q.dim() == 0:
        return values_below.squeeze(-1)
    return values_below.unsqueeze(0).transpose(0, -1).squeeze(-1)


def quantile(input, q, dim=None, keepdim=False, *, interpolation="linear"):
    return _quantile(input, q, dim, keepdim, interpolation, False, "quantile")


def nanquantile(input, q, dim=None, keepdim=False, *, interpolation="linear"):
    return _quantile(input, q, dim, keepdim, interpolation, True, "nanquantile")


def diff(input, n=1, dim=-1, prepend=None, append=None):
    if input.dim() == 0:
        raise RuntimeError("diff expects input to be at least one-dimensional")
    if n < 0:
        raise RuntimeError(f"order must be non-negative but got {n}")
    x = input
    if prepend is not None:
        x = torch.cat([prepend, x], dim)
    if append is not None:
        x = torch.cat([x, append], dim)
    for _ in range(n):
        length = x.shape[dim] - 1
        if length <= 0:
            return x.narrow(dim, 0, 0)
        if x.dtype == torch.bool:
            x = torch.logical_xor(x.narrow(dim, 1, length), x.narrow(dim, 0, length))
        else:
            x = x.narrow(dim, 1, length) - x.narrow(dim, 0, length)
    return x


def trace(input):
    if input.dim() != 2:
        raise RuntimeError("trace: expected a matrix, but got tensor with dim " + str(input.dim()))
    return input.diagonal().sum()


def masked_select(input, mask):
    if mask.dtype != torch.bool:
        raise RuntimeError("masked_select: expected BoolTensor for mask")
    shape = _infer_size(list(input.shape), list(mask.shape))
    return input.expand(shape)[mask.expand(shape)]


def take(input, index):
    return input.reshape(-1)[index]


def broadcast_to(input, size):
    return input.expand(size)


def _log_add_exp(x, y):
    # ATen's _log_add_exp_helper: log1p(exp(min - max)) + max, unless both are the same infinity.
    mn = torch.minimum(x, y)
    mx = torch.maximum(x, y)
    r = torch.log1p(torch.exp(mn - mx)) + mx
    same_inf = torch.logical_and(mn == mx, torch.logical_not(torch.isfinite(mn)))
    return torch.where(same_inf, x, r)


def logcumsumexp(input, dim):
    if input.dim() == 0:
        return input.clone()
    d = dim + input.dim() if dim < 0 else dim
    n = input.shape[d]
    if n == 0:
        return input.clone()
    parts = [input.narrow(d, 0, 1)]
    for i in range(1, n):
        parts.append(_log_add_exp(parts[-1], input.narrow(d, i, 1)))
    return torch.cat(parts, d)


def take_along_dim(input, indices, dim=None):
    if dim is None:
        return input.reshape(-1).gather(0, indices.reshape(-1))
    d = dim + input.dim() if dim < 0 else dim
    shape_i = list(input.shape)
    shape_x = list(indices.shape)
    shape_i[d] = 1
    shape_x[d] = 1
    b = _infer_size(shape_i, shape_x)
    bi = list(b)
    bi[d] = input.shape[d]
    bx = list(b)
    bx[d] = indices.shape[d]
    return input.expand(bi).gather(d, indices.expand(bx))


def fmax(input, other):
    m = torch.maximum(input, other)
    return torch.where(torch.isnan(input), other + torch.zeros_like(m), torch.where(torch.isnan(other), input + torch.zeros_like(m), m))


def fmin(input, other):
    m = torch.minimum(input, other)
    return torch.where(torch.isnan(input), other + torch.zeros_like(m), torch.where(torch.isnan(other), input + torch.zeros_like(m), m))


def isclose(input, other, rtol=1e-05, atol=1e-08, equal_nan=False):
    # TensorCompare.cpp isclose
    if input.dtype != other.dtype:
        raise RuntimeError(f"{input.dtype} did not match {other.dtype}")
    close = input == other
    if equal_nan and input.is_floating_point():
        close = close | (torch.isnan(input) & torch.isnan(other))
    if not input.is_floating_point():
        return close
    allowed = atol + torch.abs(rtol * other)
    actual = torch.abs(input - other)
    return close | (torch.isfinite(actual) & (actual <= allowed))


def isposinf(input):
    return torch.isinf(input) & (input > 0)


def isneginf(input):
    return torch.isinf(input) & (input < 0)


def float_power(input, exponent):
    if isinstance(exponent, torch.Tensor):
        exponent = exponent.to(torch.float64)
    if isinstance(input, torch.Tensor):
        input = input.to(torch.float64)
    return torch.pow(input, exponent)


def tile(input, dims):
    dims = list(dims)
    if len(dims) < input.dim():
        dims = [1] * (input.dim() - len(dims)) + dims
    return input.repeat(dims)


def fliplr(input):
    if input.dim() < 2:
        raise RuntimeError("Input must be >= 2-d.")
    return input.flip(1)


def flipud(input):
    if input.dim() < 1:
        raise RuntimeError("Input must be >= 1-d.")
    return input.flip(0)


def rot90(input, k=1, dims=(0, 1)):
    # TensorTransformations.cpp rot90
    dims = list(dims)
    if len(dims) != 2:
        raise RuntimeError(f"expected total rotation dims == 2, but got dims = {len(dims)}")
    if input.dim() < 2:
        raise RuntimeError(f"expected total dims >= 2, but got total dims = {input.dim()}")
    k = (k % 4 + 4) % 4
    if k == 1:
        return input.flip([dims[1]]).transpose(dims[0], dims[1])
    if k == 2:
        return input.flip(dims)
    if k == 3:
        return input.flip([dims[0]]).transpose(dims[0], dims[1])
    return input.clone()


def fix(input):
    return torch.trunc(input)


def randint_like(input, low=0, high=None, *, dtype=None, requires_grad=False):
    if high is None:
        low, high = 0, low
    return torch.randint(low, high, tuple(input.shape), dtype=input.dtype if dtype is None else dtype,
                         requires_grad=requires_grad)


class _NamedConstant:
    """A value torch prints by its name: torch.strided (a torch.layout), torch.contiguous_format (a
    torch.memory_format)."""

    def __init__(self, name):
        self._name = name

    def __repr__(self):
        return "torch." + self._name


class layout(_NamedConstant):
    __module__ = "torch"


strided = layout("strided")
sparse_coo = layout("sparse_coo")


class memory_format(_NamedConstant):
    __module__ = "torch"


contiguous_format = memory_format("contiguous_format")
preserve_format = memory_format("preserve_format")
channels_last = memory_format("channels_last")
channels_last_3d = memory_format("channels_last_3d")


_ATEN_NAMES = {"torch.float32": "Float", "torch.float64": "Double", "torch.int64": "Long", "torch.int32": "Int",
               "torch.int16": "Short", "torch.int8": "Char", "torch.uint8": "Byte", "torch.bool": "Bool"}


def _aten_name(dtype):
    return _ATEN_NAMES[repr(dtype)]


# Tensor methods of the functions above (Tensor.msort ... as in PyTorch's Tensor class).
def _install_methods():
    for name, fn in (("msort", msort), ("argwhere", argwhere), ("nansum", nansum), ("nanmean", nanmean),
                     ("nanmedian", nanmedian), ("quantile", quantile), ("diff", diff), ("trace", trace),
                     ("tensor_split", tensor_split), ("hsplit", hsplit), ("vsplit", vsplit),
                     ("split_with_sizes", split_with_sizes), ("masked_select", masked_select),
                     ("broadcast_to", broadcast_to), ("take", take), ("fmax", fmax), ("fmin", fmin),
                     ("isclose", isclose), ("float_power", float_power),
                     ("tile", tile), ("fliplr", fliplr), ("flipud", flipud),
                     ("rot90", rot90), ("fix", fix), ("take_along_dim", take_along_dim), ("isposinf", isposinf),
                     ("isneginf", isneginf), ("logcumsumexp", logcumsumexp)):
        torch._add_tensor_method(name, fn)


_install_methods()
torch._add_tensor_method("layout", property(lambda self: strided))


# ---- einsum (the model zoo, issue 20) ----
# torch.functional: the Python-level torch functions of PyTorch's torch/functional.py that the
# playground has. torch.einsum is one of them: Dynamo records it as `torch.functional.einsum`
# (its __module__), one call_function node. The contraction mirrors ATen's einsum (Linear.cpp):
# operands are permuted so that their labels line up (output labels first, then the contracted
# ones), each pair is contracted with permute / reshape / bmm (sumproduct_pair), and the summed
# dims, kept as size 1, are viewed away at the end. docs/models.md ("einsum") has the details.
def _einsum_labels(term, ndim, index, ell_dims, have_ellipsis):
    """The labels of one operand term: letters, and '.k' for the k-th ellipsis dim counted from
    the right of the broadcast ellipsis (so operands with fewer ellipsis dims line up)."""
    labels = []
    i = 0
    ellipsis = False
    while i < len(term):
        ch = term[i]
        if ch == ".":
            if ellipsis or term[i:i + 3] != "...":
                raise RuntimeError("einsum(): found '.' for operand " + str(index) +
                                   " that is not part of any ellipsis")
            ellipsis = True
            labels.append("...")
            i += 3
            continue
        if not (("a" <= ch <= "z") or ("A" <= ch <= "Z")):
            raise RuntimeError("einsum(): invalid subscript given at index " + str(i) +
                               " in the equation string, subscripts must be in [a-zA-Z]")
        labels.append(ch)
        i += 1
    letters = len(labels) - (1 if ellipsis else 0)
    if ellipsis:
        if letters > ndim:
            raise RuntimeError("einsum(): the number of subscripts in the equation (" + str(letters) +
                               ") is more than the number of dimensions (" + str(ndim) + ") for operand " +
                               str(index))
        n_ell = ndim - letters
        out = []
        for lab in labels:
            if lab == "...":
                for k in range(n_ell):
                    out.append("." + str(n_ell - 1 - k))
            else:
                out.append(lab)
        return out, n_ell
    if letters != ndim:
        raise RuntimeError("einsum(): the number of subscripts in the equation (" + str(letters) +
                           ") does not match the number of dimensions (" + str(ndim) + ") for operand " +
                           str(index) + " and no ellipsis was given")
    return labels, 0


def _sum_keep(t, dims):
    if len(dims) == 0:
        return t
    return t.sum(dims, keepdim=True)


def _sumproduct_pair(left, right, sum_dims):
    """(left * right).sum(sum_dims, keepdim=True) for two aligned operands, as one bmm:
    batch dims (in both), left-only dims, right-only dims and the summed dims."""
    nd = left.dim()
    lro, lo, ro, sums = [], [], [], []
    lsum, rsum = [], []
    for d in range(nd):
        ls = left.size(d)
        rs = right.size(d)
        if d in sum_dims:
            if ls != 1 and rs != 1:
                sums.append(d)
            elif ls != 1:
                lsum.append(d)
            elif rs != 1:
                rsum.append(d)
        elif ls != 1 and rs != 1:
            lro.append(d)
        elif ls != 1:
            lo.append(d)
        elif rs != 1:
            ro.append(d)
        else:
            lro.append(d)
    left = _sum_keep(left, lsum)
    right = _sum_keep(right, rsum)
    # Dims summed in one operand only are size 1 now: they become size-1 output dims.
    ones = [d for d in range(nd) if d in sum_dims and d not in sums]
    lro_size = 1
    for d in lro:
        lro_size *= left.size(d)
    lo_size = 1
    for d in lo:
        lo_size *= left.size(d)
    ro_size = 1
    for d in ro:
        ro_size *= right.size(d)
    sum_size = 1
    for d in sums:
        sum_size *= left.size(d)
    out_order = lro + lo + ro + sums + ones
    lp = left.permute(lro + lo + sums + ro + ones).reshape(lro_size, lo_size, sum_size)
    rp = right.permute(lro + sums + ro + lo + ones).reshape(lro_size, sum_size, ro_size)
    result = torch.bmm(lp, rp)
    out_sizes = [left.size(d) for d in lro] + [left.size(d) for d in lo] + [right.size(d) for d in ro]
    out_sizes = out_sizes + [1 for d in sums] + [1 for d in ones]
    result = result.view(out_sizes)
    inverse = [0] * nd
    for i in range(nd):
        inverse[out_order[i]] = i
    return result.permute(inverse)


def _einsum_sublist(sub):
    out = ""
    for n in sub:
        if n is Ellipsis:
            out += "..."
        elif 0 <= n < 26:
            out += chr(ord("A") + n)
        elif 26 <= n < 52:
            out += chr(ord("a") + n - 26)
        else:
            raise ValueError("einsum(): subscript in subscript list is not within the valid range [0, 52)")
    return out


def einsum(*args):
    if len(args) < 2:
        raise ValueError("einsum(): must specify the equation string and at least one operand, "
                         "or at least one operand and its subscripts list")
    equation = args[0]
    operands = args[1:]
    if len(operands) == 1 and isinstance(operands[0], (list, tuple)):
        operands = operands[0]
    if not isinstance(equation, str):
        # The sublist format einsum(op1, sublist1, op2, sublist2, ..., [sublist_out]): subscripts 0-25
        # are A-Z, 26-51 a-z, Ellipsis is "...".
        equation = ",".join(_einsum_sublist(sub) for sub in args[1::2])
        if len(args) % 2 == 1:
            equation = equation + "->" + _einsum_sublist(args[-1])
            operands = args[:-1:2]
        else:
            operands = args[::2]
    eq = equation.replace(" ", "")
    arrow = eq.find("->")
    lhs = eq if arrow < 0 else eq[:arrow]
    terms = lhs.split(",")
    if len(operands) > len(terms):
        raise RuntimeError("einsum(): more operands were provided than specified in the equation")
    if len(operands) < len(terms):
        raise RuntimeError("einsum(): fewer operands were provided than specified in the equation")
    op_labels = []
    raw_labels = []  # as written: a repeated subscript counts twice for the implicit output
    n_ell = 0
    label_size = {}
    for i in range(len(terms)):
        labels, k = _einsum_labels(terms[i], operands[i].dim(), i, 0, False)
        raw_labels.append(labels)
        # A subscript repeated in one operand takes that operand's diagonal (ATen's einsum:
        # diagonal(0, first, j).movedim(-1, first)).
        op = operands[i]
        j = 0
        while j < len(labels):
            lab = labels[j]
            first = labels.index(lab)
            if first < j:
                if op.size(first) != op.size(j):
                    raise RuntimeError("einsum(): subscript " + lab + " is repeated for operand " + str(i) +
                                       " but the sizes don't match, " + str(op.size(j)) + " != " +
                                       str(op.size(first)))
                op = op.diagonal(0, first, j).movedim(-1, first)
                labels = labels[:j] + labels[j + 1:]
                continue
            j += 1
        operands = list(operands)
        operands[i] = op
        for j in range(len(labels)):
            lab = labels[j]
            size = operands[i].size(j)
            if not lab.startswith(".") and lab in label_size and label_size[lab] != size:
                if label_size[lab] != 1 and size != 1:
                    raise RuntimeError("einsum(): subscript " + lab + " has size " + str(size) + " for operand " +
                                       str(i) + " which does not broadcast with previously seen size " +
                                       str(label_size[lab]))
            if lab not in label_size or label_size[lab] == 1:
                label_size[lab] = size
        op_labels.append(labels)
        n_ell = max(n_ell, k)
    ell = ["." + str(n_ell - 1 - k) for k in range(n_ell)]
    counts = {}
    for labels in raw_labels:
        for lab in labels:
            counts[lab] = counts.get(lab, 0) + 1
    if arrow < 0:
        # Implicit output: the ellipsis dims, then the labels seen exactly once, in sorted order.
        output = ell + sorted([lab for lab in counts if counts[lab] == 1 and not lab.startswith(".")])
    else:
        rhs = eq[arrow + 2:]
        output = []
        i = 0
        while i < len(rhs):
            ch = rhs[i]
            if ch == ".":
                if rhs[i:i + 3] != "..." or "..." in output:
                    raise RuntimeError("einsum(): found '.' for output but an ellipsis (...) was already found")
                output.append("...")
                i += 3
                continue
            if not (("a" <= ch <= "z") or ("A" <= ch <= "Z")):
                raise RuntimeError("einsum(): invalid subscript given at index " + str(len(lhs) + 2 + i) +
                                   " in the equation string, subscripts must be in [a-zA-Z]")
            if ch in output:
                raise RuntimeError("einsum(): output subscript " + ch + " appears more than once in the output")
            if ch not in counts:
                raise RuntimeError("einsum(): output subscript " + ch +
                                   " does not appear in the equation for any input operand")
            output.append(ch)
            i += 1
        expanded = []
        for lab in output:
            if lab == "...":
                expanded = expanded + ell
            else:
                expanded.append(lab)
        if "..." not in output:
            # Without an ellipsis in the output, the ellipsis dims are summed.
            pass
        output = expanded
    contracted = []
    for labels in op_labels:
        for lab in labels:
            if lab not in output and lab not in contracted:
                contracted.append(lab)
    for lab in ell:
        if lab not in output and lab not in contracted:
            contracted.append(lab)
    order = output + contracted
    # Align every operand to `order` (size 1 where it has no such label).
    aligned = []
    for i in range(len(operands)):
        t = operands[i]
        labels = op_labels[i]
        perm = [labels.index(lab) for lab in order if lab in labels]
        t = t.permute(perm)
        sizes = []
        j = 0
        for lab in order:
            if lab in labels:
                sizes.append(t.size(j))
                j += 1
            else:
                sizes.append(1)
        aligned.append(t.reshape(sizes))
    n_out = len(output)
    for d in range(len(order)):
        size = 1
        for t in aligned:
            s = t.size(d)
            if s != 1:
                if size != 1 and s != size:
                    shapes = " ".join([str(list(operands[k].shape)) + "->" + str(list(aligned[k].shape))
                                       for k in range(len(operands))])
                    raise RuntimeError("einsum(): operands do not broadcast with remapped shapes (original->remapped): "
                                       + shapes)
                size = s
    if len(aligned) == 1:
        result = aligned[0]
        if len(order) > n_out:
            return result.sum(list(range(n_out, len(order))))
        return result
    # Contracted dims present in one operand only are summed in it first.
    first_sum = []
    for d in range(n_out, len(order)):
        if aligned[0].size(d) != 1 and all(aligned[k].size(d) == 1 for k in range(1, len(aligned))):
            first_sum.append(d)
    result = _sum_keep(aligned[0], first_sum)
    for k in range(1, len(aligned)):
        right = aligned[k]
        sum_dims = []
        for d in range(n_out, len(order)):
            later = any(aligned[j].size(d) != 1 for j in range(k + 1, len(aligned)))
            if not later:
                sum_dims.append(d)
        result = _sumproduct_pair(result, right, sum_dims)
    if len(order) > n_out:
        sizes = [result.size(d) for d in range(n_out)]
        return result.view(sizes)
    return result



def cdist(x1, x2, p=2.0, compute_mode="use_mm_for_euclid_dist_if_necessary"):
    # torch/functional.py cdist: the compute mode by name, then ATen's cdist (Distance.cpp).
    if compute_mode == "use_mm_for_euclid_dist_if_necessary":
        return _cdist(x1, x2, p, None)
    elif compute_mode == "use_mm_for_euclid_dist":
        return _cdist(x1, x2, p, 1)
    elif compute_mode == "donot_use_mm_for_euclid_dist":
        return _cdist(x1, x2, p, 2)
    else:
        raise ValueError(f"{compute_mode} is not a valid value for compute_mode")


def _cdist(x1, x2, p, compute_mode):
    # at::cdist: p = 2 with more than 25 rows on either side (or mode 1) takes the matrix-product
    # form (_euclidean_dist, then a view to the output shape: grad_fn ViewBackward0); everything
    # else, and empty inputs, the direct kernel _cdist_forward (grad_fn CdistBackward0).
    for i, (arg, v) in enumerate((("x1", x1), ("x2", x2))):
        if not isinstance(v, torch.Tensor):
            raise TypeError("cdist(): argument '" + arg + "' (position " + str(i + 1) + ") must be Tensor, not " +
                            type(v).__name__)
    if x1.dim() < 2:
        raise RuntimeError("cdist only supports at least 2D tensors, X1 got: " + str(x1.dim()) + "D")
    if x2.dim() < 2:
        raise RuntimeError("cdist only supports at least 2D tensors, X2 got: " + str(x2.dim()) + "D")
    if x1.size(-1) != x2.size(-1):
        raise RuntimeError("X1 and X2 must have the same number of columns. X1: " + str(x1.size(-1)) + " X2: " +
                           str(x2.size(-1)))
    r1 = x1.size(-2)
    r2 = x2.size(-2)
    if x1.numel() == 0 or x2.numel() == 0:
        return torch._cdist_forward(x1, x2, p, compute_mode)
    mode = 0 if compute_mode is None else compute_mode
    if p == 2 and (mode == 1 or (mode == 0 and (r1 > 25 or r2 > 25))):
        # cdist_impl's matrix-product branch.
        torch._cdist_forward(x1[..., :0, :], x2[..., :0, :], p, compute_mode)  # its dtype / p / mode checks
        batch = list(_infer_size(list(x1.shape[:-2]), list(x2.shape[:-2])))
        c = x1.size(-1)
        output_shape = batch + [r1, r2]
        if c == 0:
            return torch.zeros(output_shape, dtype=x1.dtype)
        product = 1
        for s in batch:
            product *= s
        if product == 1:
            dist = torch._euclidean_dist(x1, x2)
        else:
            dist = torch._euclidean_dist(x1.expand(batch + [r1, c]), x2.expand(batch + [r2, c]))
        return dist.view(output_shape)
    return torch._cdist_forward(x1, x2, p, compute_mode)


# torch.tril_indices / triu_indices (aten/src/ATen/native/TensorFactories.cpp): the coordinates of
# the lower / upper triangle of a row x col matrix, row by row, as a 2 x N tensor.
def _tri_indices(name, row, col, offset, dtype, lower):
    if row < 0:
        raise RuntimeError("row must be non-negative, got" + str(row))
    if col < 0:
        raise RuntimeError("col must be non-negative, got" + str(col))
    rows, cols = [], []
    for i in range(row):
        for j in range(col):
            if (j - i <= offset) if lower else (j - i >= offset):
                rows.append(i)
                cols.append(j)
    return torch.tensor([rows, cols], dtype=torch.long if dtype is None else dtype).reshape(2, len(rows))


def tril_indices(row, col, offset=0, *, dtype=None, device=None, layout=None):
    return _tri_indices("tril_indices", row, col, offset, dtype, True)


def triu_indices(row, col, offset=0, *, dtype=None, device=None, layout=None):
    return _tri_indices("triu_indices", row, col, offset, dtype, False)


# torch.isin (aten/src/ATen/native/TensorCompare.cpp): whether each element is in test_elements.
def isin(elements, test_elements, *, assume_unique=False, invert=False):
    if not isinstance(elements, torch.Tensor):
        elements = torch.tensor(elements)
    if not isinstance(test_elements, torch.Tensor):
        test_elements = torch.tensor(test_elements)
    found = (elements.unsqueeze(-1) == test_elements.reshape(-1)).any(-1)
    return ~found if invert else found


# torch.det / torch.linalg.det / Tensor.det (aten/src/ATen/native/LinearAlgebra.cpp linalg_det: an LU
# factorization with partial pivoting, as LAPACK's getrf, then the product of U's diagonal times the
# permutation's sign; of A^T for a contiguous A), computed in the input's dtype: the pivot is the first entry of largest
# magnitude, the column below it is scaled by the pivot's reciprocal, the trailing block gets the
# rank-1 update. No gradient yet.
def _lu_det(A):
    n = A.size(0)
    lu = A.clone()
    sign = 1.0
    for k in range(n):
        col = lu[k:, k].abs()
        p = k + int(col.argmax())
        if p != k:
            lu[[k, p]] = lu[[p, k]]
            sign = -sign
        pivot = lu[k, k]
        if k + 1 < n and float(pivot) != 0.0:
            lu[k + 1:, k] *= 1 / pivot
            lu[k + 1:, k + 1:] -= torch.outer(lu[k + 1:, k], lu[k, k + 1:])
    return lu.diagonal().prod() * sign


def linalg_det(A, *, out=None):
    if A.dim() < 2:
        raise RuntimeError("linalg.det: The input tensor A must have at least 2 dimensions.")
    if A.size(-1) != A.size(-2):
        raise RuntimeError("linalg.det: A must be batches of square matrices, but they are " + str(A.size(-2)) +
                           " by " + str(A.size(-1)) + " matrices")
    if not A.is_floating_point():
        raise RuntimeError("linalg.det: Expected a floating point or complex tensor as input. Got " +
                           str(A.dtype).replace("torch.", "").capitalize().replace("Int64", "Long"))
    if torch.is_grad_enabled() and A.requires_grad:
        raise NotImplementedError("not supported by the playground yet: the gradient of torch.det / linalg.det")
    with torch.no_grad():
        batch = A.shape[:-2]
        flat = A.reshape(-1, A.size(-2), A.size(-1))
        # linalg_det factors A^T when A is contiguous (det(A^T) = det(A), and A^T is then the
        # column-major matrix LAPACK wants without a copy).
        mats = [flat[i].t() if A.is_contiguous() else flat[i] for i in range(flat.size(0))]
        dets = [_lu_det(m) for m in mats]
        result = torch.stack(dets).reshape(batch) if dets else torch.zeros(batch, dtype=A.dtype)
    if out is not None:
        out.copy_(result)
        return out
    return result


def det(input):
    return linalg_det(input)


# ---- the docstring-example sweep (2026-12-05): composites PyTorch has as C builtins ----
# aten/src/ATen/native/Bucketization.cpp bucketize: searchsorted of the values in 1-D boundaries.
def bucketize(input, boundaries, *, out_int32=False, right=False, out=None):
    if boundaries.dim() != 1:
        raise RuntimeError("boundaries tensor must be 1 dimension, but got dim(" + str(boundaries.dim()) + ")")
    if not isinstance(input, torch.Tensor):
        input = torch.tensor(input, device=boundaries.device)
    result = torch.searchsorted(boundaries, input, out_int32=out_int32, right=right)
    if out is not None:
        out.copy_(result)
        return out
    return result


# aten/src/ATen/native/TensorShape.cpp block_diag: the inputs (0-d as 1x1, 1-d as one row) copied
# into a zero matrix of the promoted dtype, each below and right of the previous one.
def block_diag(*tensors):
    if len(tensors) == 0:
        return torch.empty(1, 0)
    dtype = tensors[0].dtype
    for t in tensors[1:]:
        dtype = torch.promote_types(dtype, t.dtype)
    blocks = []
    rows = 0
    cols = 0
    for i, t in enumerate(tensors):
        if t.dim() > 2:
            raise RuntimeError("torch.block_diag: Input tensors must have 2 or fewer dimensions. Input " + str(i) +
                               " has " + str(t.dim()) + " dimensions")
        if t.dim() == 0:
            t = t.reshape(1, 1)
        elif t.dim() == 1:
            t = t.reshape(1, -1)
        blocks.append(t)
        rows += t.size(0)
        cols += t.size(1)
    result = torch.zeros(rows, cols, dtype=dtype, device=tensors[0].device)
    r = 0
    c = 0
    for t in blocks:
        h = t.size(0)
        w = t.size(1)
        result[r:r + h, c:c + w].copy_(t)
        r += h
        c += w
    return result


# aten/src/ATen/native/Unique.cpp unique_consecutive (dim=None): the input flattened, each run of
# equal values kept once; inverse indices in the input's shape, the runs' lengths as counts.
def unique_consecutive(input, return_inverse=False, return_counts=False, dim=None):
    if dim is not None:
        raise NotImplementedError("not supported by the playground yet: torch.unique_consecutive with dim")
    flat = input.reshape(-1)
    n = flat.numel()
    change = torch.ones(n, dtype=torch.bool, device=input.device)
    if n > 1:
        change[1:] = flat[1:] != flat[:-1]
    output = flat[change]
    if not return_inverse and not return_counts:
        return output
    result = [output]
    if return_inverse:
        result.append((torch.cumsum(change.long(), 0) - 1).reshape(input.shape))
    if return_counts:
        starts = change.nonzero().reshape(-1)
        result.append(torch.diff(starts, append=torch.tensor([n], device=input.device)))
    return tuple(result)


# aten/src/ATen/native/LinearAlgebra.cpp vander: columns x**(N-1) ... x**0 (increasing: reversed),
# as cumulative products of x in the promoted type of x and int64.
def vander(x, N=None, increasing=False):
    if x.dim() != 1:
        raise RuntimeError("x must be a one-dimensional tensor.")
    n = x.size(0) if N is None else N
    if n < 0:
        raise RuntimeError("N must be non-negative.")
    result = torch.empty(x.size(0), n, dtype=torch.promote_types(x.dtype, torch.int64), device=x.device)
    if n > 0:
        result.select(1, 0).fill_(1)
        if n > 1:
            result[:, 1:].copy_(x.unsqueeze(1))
            result[:, 1:].copy_(torch.cumprod(result[:, 1:], 1))
    if not increasing:
        return torch.flip(result, [1])
    return result


# aten/src/ATen/native/Itertools.cpp combinations: the r-element combinations of a 1-D tensor in
# lexicographic order (itertools.combinations / combinations_with_replacement), stacked as columns.
def combinations(input, r=2, with_replacement=False):
    import itertools
    if input.dim() != 1:
        raise RuntimeError("Expect a 1D vector, but got shape " + str(list(input.shape)))
    if r < 0:
        raise RuntimeError("Expect a non-negative number, but got " + str(r))
    if r == 0:
        return input.new_empty(0)
    make = itertools.combinations_with_replacement if with_replacement else itertools.combinations
    combos = list(make(range(input.size(0)), r))
    if len(combos) == 0:
        return input.new_empty(0, r)
    cols = [input[torch.tensor([c[j] for c in combos], device=input.device)] for j in range(r)]
    return torch.stack(cols, 1)


# aten/src/ATen/native/Normalization.cpp renorm: each slice along dim whose p-norm exceeds maxnorm
# is scaled by maxnorm / (norm + 1e-7).
def renorm(input, p, dim, maxnorm):
    if p <= 0:
        raise RuntimeError("renorm: non-positive-norm not supported")
    if maxnorm < 0:
        raise RuntimeError("renorm: expected maxnorm to be >= 0 but got " + str(maxnorm))
    ndim = input.dim()
    if ndim <= 1:
        raise RuntimeError("renorm: input needs at least 2 dimensions, got " + str(ndim) + " dimensions")
    d = dim % ndim
    reduce_dims = [i for i in range(ndim) if i != d]
    norm = torch.linalg.vector_norm(input, p, reduce_dims, True)
    factor = torch.where(norm > maxnorm, maxnorm / (norm + 1e-7), torch.ones_like(norm))
    return input * factor


# torch/functional.py tensordot: dims as a count (the last dims of a with the first of b) or as two
# lists; aten/src/ATen/native/Linear.cpp tensordot permutes the free dims of a first and the summed
# dims of b first, and multiplies the two matrices.
def tensordot(a, b, dims=2, out=None):
    if isinstance(dims, torch.Tensor):
        dims = dims.tolist()
    if isinstance(dims, int):
        if dims < 0:
            raise RuntimeError("tensordot expects dims >= 0, but got dims=" + str(dims))
        if dims > min(a.dim(), b.dim()):
            raise RuntimeError("tensordot expects dims < ndim_a or ndim_b, but got dims=" + str(dims))
        dims_a = list(range(a.dim() - dims, a.dim()))
        dims_b = list(range(dims))
    else:
        if len(dims) != 2:
            raise RuntimeError("tensordot expects dims to be a pair of lists of dimensions")
        dims_a, dims_b = dims
        dims_a = [dims_a] if isinstance(dims_a, int) else list(dims_a)
        dims_b = [dims_b] if isinstance(dims_b, int) else list(dims_b)
    if len(dims_a) != len(dims_b):
        raise RuntimeError("both dimension lists should have same length")
    dims_a = [d % a.dim() for d in dims_a]
    dims_b = [d % b.dim() for d in dims_b]
    csize = 1
    for da, db in zip(dims_a, dims_b):
        sa = a.size(da)
        sb = b.size(db)
        if sa != sb:
            raise RuntimeError("contracted dimensions need to match, but first has size " + str(sa) + " in dim " +
                               str(da) + " and second has size " + str(sb) + " in dim " + str(db))
        csize *= sa
    free_a = [d for d in range(a.dim()) if d not in dims_a]
    free_b = [d for d in range(b.dim()) if d not in dims_b]
    rsizes = [a.size(d) for d in free_a] + [b.size(d) for d in free_b]
    size_a = 1
    for d in free_a:
        size_a *= a.size(d)
    size_b = 1
    for d in free_b:
        size_b *= b.size(d)
    t1 = a.permute(free_a + dims_a).reshape(size_a, csize)
    t2 = b.permute(dims_b + free_b).reshape(csize, size_b)
    result = torch.mm(t1, t2).reshape(rsizes)
    if out is not None:
        out.copy_(result)
        return out
    return result


torch._add_tensor_method("unique_consecutive", unique_consecutive)
torch._add_tensor_method("renorm", renorm)
torch._add_tensor_method("nanquantile", nanquantile)


# aten/src/ATen/native/Histogram.cpp histogram (histogramdd on one dimension): `bins` equal bins
# over `range` (default: the input's min and max, widened by 0.5 each way when they are equal), or
# the given edges; an element falls in the bin whose left edge is the last <= it (the last bin
# includes its right edge), elements outside are dropped; `weight` adds weights instead of ones;
# `density` divides by the total times the bin width.
def histogram(input, bins, *, range=None, weight=None, density=False, out=None):
    if input.dtype not in (torch.float32, torch.float64):
        raise RuntimeError("torch.histogram: input tensor and bins tensors should have the same dtype, but got "
                           "input " + str(input.dtype) + " and bins " + str(input.dtype))
    flat = input.reshape(-1)
    if isinstance(bins, torch.Tensor):
        edges = bins
    else:
        if range is not None:
            left, right = float(range[0]), float(range[1])
        elif flat.numel() > 0:
            left, right = flat.min().item(), flat.max().item()
        else:
            left, right = 0.0, 0.0
        if left > right:
            raise RuntimeError("torch.histogram(): max must be larger than min")
        if left == right:
            left -= 0.5
            right += 0.5
        edges = torch.linspace(left, right, bins + 1, dtype=input.dtype)
    nbins = edges.numel() - 1
    w = torch.ones_like(flat) if weight is None else weight.reshape(-1).to(input.dtype)
    # Elements outside the edges add nothing (+0.0 to the first bin: the sums are unchanged).
    inside = (flat >= edges[0]) & (flat <= edges[-1])
    pos = torch.searchsorted(edges, flat, right=True) - 1
    pos = pos.clamp(0, nbins - 1)
    hist = torch.zeros(nbins, dtype=input.dtype)
    hist.index_add_(0, pos, torch.where(inside, w, torch.zeros_like(w)))
    if density:
        widths = edges[1:] - edges[:-1]
        hist = hist / (hist.sum() * widths)
    return torch._return_type("torch.return_types.histogram", ["hist", "bin_edges"], [hist, edges])


torch._add_tensor_method("histogram", histogram)


# aten/src/ATen/native/Integration.cpp: trapezoid / cumulative_trapezoid with a constant spacing dx
# (`(y.sum(dim) - (y[0] + y[-1]) * 0.5) * dx`, `(dx / 2. * (left + right)).cumsum(dim)`) or with the
# sample points x (their differences along dim; a 1-D x is viewed along dim).
def _trapezoid_dx(y, x, dim):
    if x.dim() == 1:
        if x.size(0) != y.size(dim):
            raise RuntimeError("trapezoid: There must be one `x` value for each sample point")
        shape = [1] * y.dim()
        shape[dim] = x.size(0) - 1
        return x.diff().view(shape)
    return x.diff(dim=dim)


def trapezoid(y, x=None, *, dx=None, dim=-1):
    dim = dim % y.dim() if y.dim() > 0 else dim
    if y.size(dim) == 0:
        return torch.zeros_like(y.sum(dim), dtype=torch.promote_types(y.dtype, torch.get_default_dtype()))
    if isinstance(x, torch.Tensor):
        d = _trapezoid_dx(y, x, dim)
        n = y.size(dim)
        return (d * (y.narrow(dim, 1, n - 1) + y.narrow(dim, 0, n - 1))).sum(dim) / 2.
    if x is not None and dx is None:
        dx = x
    if dx is None:
        dx = 1
    return (y.sum(dim) - (y.select(dim, 0) + y.select(dim, -1)) * 0.5) * dx


def cumulative_trapezoid(y, x=None, *, dx=None, dim=-1):
    dim = dim % y.dim() if y.dim() > 0 else dim
    n = y.size(dim)
    left = y.narrow(dim, 0, max(n - 1, 0))
    right = y.narrow(dim, 1, max(n - 1, 0)) if n > 0 else left
    if isinstance(x, torch.Tensor):
        d = _trapezoid_dx(y, x, dim)
        return (d * (left + right)).cumsum(dim) / 2.
    if x is not None and dx is None:
        dx = x
    if dx is None:
        dx = 1
    return (dx / 2. * (left + right)).cumsum(dim)


trapz = trapezoid


# aten/src/ATen/native/TensorAdvancedIndexing.cpp index_fill_ / index_copy_ (and their out-of-place
# forms): the slices of self along dim at `index` filled with a value / replaced by source's slices,
# written here as an indexed assignment (their grad_fn is IndexPutBackward0, not
# IndexFillBackward0 / IndexCopyBackward0).
def _index_along(self, dim, index):
    if index.dim() > 1:
        raise IndexError("index_fill_(): Index is supposed to be a vector")
    if index.dtype != torch.int64:
        raise IndexError("index_fill_(): Expected dtype int64 for index.")
    d = dim % self.dim() if self.dim() > 0 else 0
    return tuple([slice(None)] * d + [index.reshape(-1)])


def index_fill_(self, dim, index, value):
    if self.dim() == 0:
        if index.numel() > 0:
            self.fill_(value)
        return self
    self[_index_along(self, dim, index)] = value
    return self


def index_fill(input, dim, index, value):
    return index_fill_(input.clone(), dim, index, value)


def index_copy_(self, dim, index, source):
    if index.dtype != torch.int64:
        raise RuntimeError("index_copy_(): Expected a long tensor for index, but got " + str(index.dtype))
    if source.dtype != self.dtype:
        raise RuntimeError("index_copy_(): self and source expected to have the same dtype, but got (self) " +
                           str(self.dtype) + " and (source) " + str(source.dtype))
    if self.dim() == 0:
        self.copy_(source.reshape(()))
        return self
    self[_index_along(self, dim, index)] = source
    return self


def index_copy(input, dim, index, source):
    return index_copy_(input.clone(), dim, index, source)


for _name, _fn in (("index_fill_", index_fill_), ("index_fill", index_fill), ("index_copy_", index_copy_),
                   ("index_copy", index_copy)):
    torch._add_tensor_method(_name, _fn)
