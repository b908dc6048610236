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
