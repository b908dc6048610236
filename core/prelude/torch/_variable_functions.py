# Composite ATen functions that PyTorch exposes as torch.* C builtins (torch._C._VariableFunctions)
# and Dynamo records as one `torch.NAME` node (core/dynamo/variables/builder.cpp): written here as
# ATen writes them in C++, over the registered ops, so that values and grad_fns are PyTorch's.
# Mirrors aten/src/ATen/native/Distance.cpp (cosine_similarity, pairwise_distance).
import torch


def cosine_similarity(x1, x2, dim=1, eps=1e-08):
    # ATen 2.x: each input divided by its norm (clamped to eps without autograd), then the sum of
    # the products: ((x1 / ||x1||) * (x2 / ||x2||)).sum(dim).
    _check_tensors("cosine_similarity", x1, x2)
    common = _result_type(x1, x2)
    if not common.is_floating_point:
        raise RuntimeError("expected common dtype to be floating point, yet common dtype is " +
                           _scalar_type_name(common))
    if not x1.is_floating_point():
        x1 = x1.to(common)
    if not x2.is_floating_point():
        x2 = x2.to(common)
    x1, x2 = torch.broadcast_tensors(x1, x2)
    x1_norm = x1.norm(2, dim, True).clone()  # at::linalg_vector_norm: LinalgVectorNormBackward0
    x2_norm = x2.norm(2, dim, True).clone()
    with torch.no_grad():
        x1_norm.clamp_min_(eps)
        x2_norm.clamp_min_(eps)
    return ((x1 / x1_norm) * (x2 / x2_norm)).sum(dim)


def pairwise_distance(x1, x2, p=2.0, eps=1e-06, keepdim=False):
    # ATen: at::norm(x1 - x2 + eps, p, innermost_dim, keepdim) (grad_fn NormBackward1), the
    # innermost dim of the broadcast output.
    _check_tensors("pairwise_distance", x1, x2)
    output_dim = max(x1.dim(), x2.dim())
    innermost_dim = output_dim - 1
    return torch._aten_norm(x1 - x2 + eps, p, innermost_dim, keepdim)


def _check_tensors(name, x1, x2):
    # python_arg_parser's text for a non-Tensor argument.
    for i, (arg, v) in enumerate((("x1", x1), ("x2", x2))):
        if not isinstance(v, torch.Tensor):
            raise TypeError(name + "(): argument '" + arg + "' (position " + str(i + 1) + ") must be Tensor, not " +
                            type(v).__name__)


def _result_type(a, b):
    # at::result_type of two tensors (0-dim tensors rank below dimensioned ones): the dtype of an
    # empty sum of the two.
    with torch.no_grad():
        ea = a[..., :0] if a.dim() > 0 else a
        eb = b[..., :0] if b.dim() > 0 else b
        return torch.add(ea, eb).dtype


def _scalar_type_name(dtype):
    return {torch.int64: "Long", torch.int32: "Int", torch.int16: "Short", torch.int8: "Char", torch.uint8: "Byte",
            torch.bool: "Bool"}.get(dtype, str(dtype))


# aten/src/ATen/native/MaxPooling.cpp / AveragePool... / AdaptiveAveragePooling.cpp (2.x): the 1-D
# pools are the 2-D ones over a unit height, unsqueeze(-2) ... squeeze(-2) (grad_fn SqueezeBackward1).
def _single(v, name):
    if isinstance(v, (list, tuple)):
        if len(v) != 1:
            raise RuntimeError(name + " must be a single int")
        return v[0]
    return v


def max_pool1d(input, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
    k = _single(kernel_size, "max_pool1d() kernel_size")
    s = _single(stride, "max_pool1d() stride") if (not isinstance(stride, (list, tuple)) or len(stride)) else k
    p = _single(padding, "max_pool1d() padding")
    d = _single(dilation, "max_pool1d() dilation")
    if input.dim() not in (2, 3):
        raise RuntimeError("max_pool1d() Expected 2D or 3D input tensor, but got " + str(list(input.shape)))
    return torch.max_pool2d(input.unsqueeze(-2), [1, k], [1, s], [0, p], [1, d], ceil_mode).squeeze(-2)


def max_pool1d_with_indices(input, kernel_size, stride=(), padding=0, dilation=1, ceil_mode=False):
    k = _single(kernel_size, "max_pool1d() kernel_size")
    s = _single(stride, "max_pool1d() stride") if (not isinstance(stride, (list, tuple)) or len(stride)) else k
    p = _single(padding, "max_pool1d() padding")
    d = _single(dilation, "max_pool1d() dilation")
    out, idx = torch.max_pool2d_with_indices(input.unsqueeze(-2), [1, k], [1, s], [0, p], [1, d], ceil_mode)
    return out.squeeze(-2), idx.squeeze(-2)


def avg_pool1d(input, kernel_size, stride=(), padding=0, ceil_mode=False, count_include_pad=True):
    k = _single(kernel_size, "avg_pool1d() kernel_size")
    s = _single(stride, "avg_pool1d() stride") if (not isinstance(stride, (list, tuple)) or len(stride)) else k
    p = _single(padding, "avg_pool1d() padding")
    if input.dim() not in (2, 3):
        raise RuntimeError("avg_pool1d() Expected 2D or 3D input tensor, but got " + str(list(input.shape)))
    return torch.avg_pool2d(input.unsqueeze(-2), [1, k], [1, s], [0, p], ceil_mode, count_include_pad).squeeze(-2)


def adaptive_avg_pool1d(input, output_size):
    o = _single(output_size, "adaptive_avg_pool1d() output_size")
    if input.dim() not in (2, 3):
        raise RuntimeError("adaptive_avg_pool1d() Expected 2D or 3D input tensor, but got " + str(list(input.shape)))
    return torch.adaptive_avg_pool2d(input.unsqueeze(-2), [1, o]).squeeze(-2)


# aten/src/ATen/native/Dropout.cpp _dropout_impl with feature_dropout: one Bernoulli(1 - p) draw per
# (sample, channel), noise.div_(1 - p), input * noise.
def feature_dropout(input, p, train):
    if p == 0 or not train or input.numel() == 0:
        return input
    if input.dim() < 2:
        raise RuntimeError("Feature dropout requires at least 2 dimensions in the input")
    if p == 1:
        return input * torch.zeros((), dtype=input.dtype)
    sizes = [input.size(0), input.size(1)] + [1] * (input.dim() - 2)
    noise = torch.empty(sizes, dtype=input.dtype).bernoulli_(1 - p)
    noise.div_(1 - p)
    return input * noise


def feature_dropout_(input, p, train):
    if p == 0 or not train or input.numel() == 0:
        return input
    return input.copy_(feature_dropout(input, p, train))


# aten/src/ATen/native/Normalization.cpp instance_norm: batch_norm over a (1, N*C, ...) view, the
# running statistics averaged back over the batch, the output viewed to the input's shape.
def instance_norm(input, weight, bias, running_mean, running_var, use_input_stats, momentum, eps, cudnn_enabled):
    if not use_input_stats and (running_mean is None or running_var is None):
        raise RuntimeError("Expected running_mean and running_var to be defined when use_input_stats is false")
    shape = list(input.shape)
    b, c = shape[0], shape[1]
    shape[1] = b * c
    shape[0] = 1
    weight_ = weight.repeat(b) if weight is not None else None
    bias_ = bias.repeat(b) if bias is not None else None
    running_mean_ = running_mean.repeat(b) if running_mean is not None else None
    running_var_ = running_var.repeat(b) if running_var is not None else None
    input_reshaped = input.contiguous().view(shape)
    out = torch.batch_norm(input_reshaped, weight_, bias_, running_mean_, running_var_, use_input_stats, momentum,
                           eps, cudnn_enabled)
    with torch.no_grad():
        if running_mean is not None:
            running_mean.copy_(running_mean_.view(b, c).mean(0, False))
        if running_var is not None:
            running_var.copy_(running_var_.view(b, c).mean(0, False))
    return out.view(input.shape)


# aten/src/ATen/native/Loss.cpp kl_div (2.x, composite): xlogy(target, target) - target * input (or
# exp(target) * (target - input) for a log target), then apply_loss_reduction.
def kl_div(input, target, reduction=1, log_target=False):
    if log_target:
        output = torch.exp(target) * (target - input)
    else:
        output = torch.xlogy(target, target) - target * input
    if reduction == 1:
        return output.mean()
    if reduction == 2:
        return output.sum()
    return output


# aten/src/ATen/native/Activation.cpp prelu (2.x, composite): the weight checks, the weight
# reshaped to [C, 1, ...] for a per-channel weight, then _prelu_kernel.
def prelu(input, weight):
    weight_num = weight.numel()
    input_ndim = input.dim()
    if weight.dim() > 1:
        raise RuntimeError("prelu: Expected `weight` to be a scalar or 1D tensor, but got: ndim = " + str(weight.dim()))
    if weight_num != 1:
        if input_ndim == 0:
            raise RuntimeError("Not allow zero-dim input tensor.")
        channel_size = input.size(1) if input_ndim > 1 else 1
        if channel_size != weight_num:
            raise RuntimeError("Mismatch of parameter numbers and input channel size. Found parameter numbers = " +
                               str(weight_num) + " and channel size = " + str(channel_size) + ".")
    if input_ndim > 1 and weight_num != 1:
        w = weight.reshape([weight_num] + [1] * (input_ndim - 2))
    else:
        w = weight
    return torch._prelu_kernel(input, w)


# aten/src/ATen/native/TensorShape.cpp ravel: contiguous(), then view(-1).
def ravel(input):
    return input.contiguous().view(-1)


# aten/src/ATen/native/TensorShape.cpp diagflat: the flattened input on a diagonal (at::diag of a
# 1-D tensor is diag_embed in 2.x: DiagEmbedBackward0).
def diagflat(input, offset=0):
    return torch.diag_embed(input.contiguous().view(-1), offset)


# aten/src/ATen/native/LinearAlgebra.cpp kron (KronImpl): both inputs viewed with their dims
# interleaved with unit dims (a_i, 1) and (1, b_i), multiplied, and the product viewed to
# (a_i * b_i) with _unsafe_view (UnsafeViewBackward0).
def kron(input, other):
    maxdim = max(input.dim(), other.dim())
    pad_self = maxdim - input.dim()
    pad_other = maxdim - other.dim()
    a_reshape = []
    b_reshape = []
    result_reshape = []
    for i in range(maxdim):
        a = input.size(i - pad_self) if i >= pad_self else 1
        b = other.size(i - pad_other) if i >= pad_other else 1
        a_reshape += [a, 1]
        b_reshape += [1, b]
        result_reshape.append(a * b)
    return torch._unsafe_view(torch.mul(torch._unsafe_view(input, a_reshape), torch._unsafe_view(other, b_reshape)),
                              result_reshape)


# aten/src/ATen/native/Cross.cpp cross: dim=None takes the first dim of size 3 (with 2.x's
# deprecation warning), then linalg_cross.
def cross(input, other, dim=None):
    if dim is None:
        _warn_once("cross", "Using torch.cross without specifying the dim arg is deprecated.\n"
                   "Please either pass the dim explicitly or simply use torch.linalg.cross.\n"
                   "The default value of dim will change to agree with that of linalg.cross in a future release. "
                   "(Triggered internally at /pytorch/aten/src/ATen/native/Cross.cpp:63.)")
        for i, s in enumerate(input.shape):
            if s == 3:
                dim = i
                break
        else:
            raise RuntimeError("no dimension of size 3 in input")
    return torch.linalg_cross(input, other, dim=dim)


_warned = set()


def _warn_once(key, msg, stacklevel=3):
    # TORCH_WARN_ONCE: a UserWarning the first time only, attributed to the Python caller of the op.
    if key in _warned:
        return
    _warned.add(key)
    import warnings
    warnings.warn(msg, UserWarning, stacklevel=stacklevel)


# aten/src/ATen/native/Correlation.cpp cov: weighted average of the observations (columns), the
# normalization factor w_sum - correction (or its aweights form), then mm of the centred input
# with its transpose, true_divide, squeeze.
def cov(input, *, correction=1, fweights=None, aweights=None):
    if input.dim() > 2:
        raise RuntimeError("cov(): expected input to have two or fewer dimensions but got an input with " +
                           str(input.dim()) + " dimensions")
    if input.dtype == torch.bool:
        raise RuntimeError("cov(): bool dtype is not supported for input")
    x = input.view(1, -1) if input.dim() < 2 else input
    num_observations = x.size(1)
    w = None
    if fweights is not None:
        w = fweights
        if w.dim() > 1:
            raise RuntimeError("cov(): expected fweights to have one or fewer dimensions but got fweights with " +
                               str(w.dim()) + " dimensions")
        if w.is_floating_point() or w.dtype == torch.bool:
            raise RuntimeError("cov(): expected fweights to have integral dtype but got fweights with " +
                               _aten_type_name(w.dtype) + " dtype")
        if w.numel() != num_observations:
            raise RuntimeError("cov(): expected fweights to have the same numel as there are observations in the "
                               "input but got " + str(w.numel()) + " != " + str(num_observations))
        if num_observations != 0 and not bool(w.min().ge(0)):
            raise RuntimeError("cov(): fweights cannot be negative")
    if aweights is not None:
        aw = aweights
        if aw.dim() > 1:
            raise RuntimeError("cov(): expected aweights to have one or fewer dimensions but got aweights with " +
                               str(aw.dim()) + " dimensions")
        if not aw.is_floating_point():
            raise RuntimeError("cov(): expected aweights to have floating point dtype but got aweights with " +
                               _aten_type_name(aw.dtype) + " dtype")
        if aw.numel() != num_observations:
            raise RuntimeError("cov(): expected aweights to have the same numel as there are observations in the "
                               "input but got " + str(aw.numel()) + " != " + str(num_observations))
        if num_observations != 0 and not bool(aw.min().ge(0)):
            raise RuntimeError("cov(): aweights cannot be negative")
        w = w * aw if w is not None else aw
    # Without weights, w_sum and the factor are ATen's Long scalar tensors of known value: plain
    # ints here (the same arithmetic; no tensor read while tracing, as FakeTensor's constants).
    w_sum = w.sum() if w is not None else num_observations
    if w is not None and not bool(w_sum.ne(0)):
        raise RuntimeError("cov(): weights sum to zero, can't be normalized")
    avg = (x * w if w is not None else x).sum(1) / w_sum
    if w is not None and aweights is not None and correction != 0:
        norm_factor = w_sum - correction * (w * aweights).sum() / w_sum
    else:
        norm_factor = w_sum - correction
    if (norm_factor <= 0) if w is None else bool(norm_factor.le(0)):
        import warnings
        warnings.warn("cov(): degrees of freedom is <= 0. Correction should be strictly less than the number of "
                      "observations. (Triggered internally at /pytorch/aten/src/ATen/native/Correlation.cpp:116.)",
                      UserWarning, stacklevel=2)
        norm_factor = 0 if w is None else norm_factor.zero_()
    x = x - avg.unsqueeze(1)
    c = torch.mm(x, (x * w if w is not None else x).t())
    return torch.true_divide(c, norm_factor).squeeze()


# aten/src/ATen/native/Correlation.cpp corrcoef: cov, divided by the standard deviations (the
# square roots of its diagonal) along both axes, clipped to [-1, 1].
def corrcoef(input):
    if input.dim() > 2:
        raise RuntimeError("corrcoef(): expected input to have two or fewer dimensions but got an input with " +
                           str(input.dim()) + " dimensions")
    c = torch.cov(input)
    if c.dim() == 0:
        return c / c
    d = c.diagonal()
    stddev = torch.sqrt(d)
    c = c / stddev.view(-1, 1)
    c = c / stddev.view(1, -1)
    return c.clip(-1, 1)


# aten/src/ATen/native/Linear.cpp bilinear (2.x): dtype and size checks, the inputs flattened to
# (N, in), _trilinear's two contractions (over in1, then in2) and the result reshaped to the batch
# dims + (out,) (ViewBackward0), plus the bias (AddBackward0).
def bilinear(input1, input2, weight, bias=None):
    if bias is not None:
        if not (input1.dtype == input2.dtype == weight.dtype == bias.dtype):
            raise RuntimeError("All tensors must have the same dtype, got input1: " + _typemeta(input1.dtype) +
                               ", input2: " + _typemeta(input2.dtype) + ", weight: " + _typemeta(weight.dtype) +
                               ", bias: " + _typemeta(bias.dtype))
    elif not (input1.dtype == input2.dtype == weight.dtype):
        raise RuntimeError("All tensors must have the same dtype, got input1: " + _typemeta(input1.dtype) +
                           ", input2: " + _typemeta(input2.dtype) + ", weight: " + _typemeta(weight.dtype))
    if input1.dim() != input2.dim():
        raise RuntimeError("bilinear(): input dimensions do not match: got " + str(input1.dim()) + " and " +
                           str(input2.dim()))
    for i in range(input1.dim() - 1):
        if input1.size(i) != input2.size(i):
            raise RuntimeError("bilinear(): input batch dimensions do not match at dim " + str(i) + ": got " +
                               str(input1.size(i)) + " and " + str(input2.size(i)))
    if input1.size(input1.dim() - 1) != weight.size(1):
        raise RuntimeError("bilinear(): input1 size does not match weight size: got " +
                           str(input1.size(input1.dim() - 1)) + " but expected " + str(weight.size(1)))
    if input2.size(input2.dim() - 1) != weight.size(2):
        raise RuntimeError("bilinear(): input2 size does not match weight size: got " +
                           str(input2.size(input2.dim() - 1)) + " but expected " + str(weight.size(2)))
    if bias is not None and bias.size(0) != weight.size(0):
        raise RuntimeError("bilinear(): bias size does not match weight size: got " + str(bias.size(0)) +
                           " but expected " + str(weight.size(0)))
    output_size = list(input1.shape[:-1]) + [weight.size(0)]
    x1 = input1.reshape(-1, input1.size(-1))
    x2 = input2.reshape(-1, input2.size(-1))
    # _trilinear: t[o, n, j] = sum_i x1[n, i] * W[o, i, j]; out[n, o] = sum_j t[o, n, j] * x2[n, j].
    t = torch.matmul(x1, weight).permute(1, 0, 2)
    output = (t * x2.unsqueeze(1)).sum(-1).reshape(output_size)
    if bias is not None:
        output = output + bias
    return output


def _aten_type_name(dtype):
    # c10's ScalarType names (Float, Long, ...), as TORCH_CHECK prints a scalar_type().
    return {torch.float32: "Float", torch.float64: "Double", torch.float16: "Half", torch.bfloat16: "BFloat16",
            torch.int64: "Long", torch.int32: "Int", torch.int16: "Short", torch.int8: "Char", torch.uint8: "Byte",
            torch.bool: "Bool"}.get(dtype, str(dtype))


def _typemeta(dtype):
    return {torch.float32: "float", torch.float64: "double", torch.float16: "c10::Half", torch.bfloat16: "c10::BFloat16",
            torch.int64: "long int", torch.int32: "int", torch.int16: "short int", torch.int8: "signed char",
            torch.uint8: "unsigned char", torch.bool: "bool"}.get(dtype, str(dtype))


# Their Tensor methods (Tensor.ravel ... as in PyTorch's Tensor class).
for _name, _fn in (("ravel", ravel), ("diagflat", diagflat), ("kron", kron), ("cross", cross), ("cov", cov),
                   ("corrcoef", corrcoef)):
    torch._add_tensor_method(_name, _fn)


# aten/src/ATen/native/Convolution.cpp (2.x): torch.conv1d / conv2d take an int list or a string
# padding (the `.padding` overloads, _convolution_mode). 'valid' is no padding; 'same' needs stride
# 1 and pads dilation * (kernel - 1) in each dim, half on the left; when that is odd the input is
# first padded by the difference on the right (constant_pad_nd, with TORCH_WARN_ONCE's warning) and
# the convolution pads symmetrically. The int-list form is the registered kernel itself.
_conv_native = {}


def _conv_padding_str(name, n, input, weight, bias, stride, padding, dilation, groups):
    native = _conv_native[name]
    stride = list(stride) if isinstance(stride, (list, tuple)) else [stride]
    dilation = list(dilation) if isinstance(dilation, (list, tuple)) else [dilation]
    if padding == "valid":
        return native(input, weight, bias, stride, [0] * n, dilation, groups)
    if padding != "same":
        raise RuntimeError("Invalid padding string: '" + padding + "'")
    for s in stride:
        if s != 1:
            raise RuntimeError("padding='same' is not supported for strided convolutions")
    if weight.dim() != n + 2:
        # the registered kernel's shape checks and texts
        return native(input, weight, bias, stride, [0] * n, dilation, groups)
    padding_l = []
    padding_r = []
    symmetric = True
    for i in range(n):
        d = dilation[0] if len(dilation) == 1 else dilation[i]
        total = d * (weight.shape[i + 2] - 1)
        padding_l.append(total // 2)
        padding_r.append(total - total // 2)
        if total // 2 != total - total // 2:
            symmetric = False
    if symmetric:
        return native(input, weight, bias, stride, padding_l, dilation, groups)
    _warn_once("conv_padding_same", "Using padding='same' with even kernel lengths and odd dilation may require a "
               "zero-padded copy of the input be created (Triggered internally at "
               "/pytorch/aten/src/ATen/native/Convolution.cpp:1036.)", stacklevel=4)
    pad_nd = [0] * (2 * n)
    for i in range(n):
        delta = padding_r[i] - padding_l[i]
        at = 2 * (n - 1 - i)  # F.pad lists the last dim first
        if delta > 0:
            pad_nd[at + 1] = delta
        else:
            pad_nd[at] = delta
            padding_l[i] = padding_r[i]
    return native(torch.constant_pad_nd(input, pad_nd, 0), weight, bias, stride, padding_l, dilation, groups)


def conv1d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    if isinstance(padding, str):
        return _conv_padding_str("conv1d", 1, input, weight, bias, stride, padding, dilation, groups)
    return _conv_native["conv1d"](input, weight, bias, stride, padding, dilation, groups)


def conv2d(input, weight, bias=None, stride=1, padding=0, dilation=1, groups=1):
    if isinstance(padding, str):
        return _conv_padding_str("conv2d", 2, input, weight, bias, stride, padding, dilation, groups)
    return _conv_native["conv2d"](input, weight, bias, stride, padding, dilation, groups)
