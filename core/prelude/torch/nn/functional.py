# torch.nn.functional: thin wrappers over the registered ops. Dynamo records calls to these as
# torch.nn.functional.* nodes (torch/_dynamo/variables/torch.py treats them as in-graph functions),
# except `pad`, which PyTorch's trace_rules do not list: Dynamo inlines it and records the
# torch._C._nn.pad it calls (core/dynamo/variables/builder.cpp).
import math
import torch


def relu(input, inplace=False):
    if inplace:
        return torch.relu_(input)
    return torch.relu(input)


# PyTorch: torch.nn.functional.relu_ is torch.relu_ itself (a C builtin), so Dynamo records it as
# torch.relu_.
relu_ = torch.relu_

# multi_head_attention_forward, embedding_bag, pixel_shuffle, pixel_unshuffle (their own file).
from torch.nn._functional_transformer import (multi_head_attention_forward, embedding_bag, pixel_shuffle,
                                              pixel_unshuffle, _canonical_mask, _none_or_dtype)


def gelu(input, approximate="none"):
    return torch.gelu(input, approximate=approximate)


def softmax(input, dim=None, _stacklevel=3, dtype=None):
    return torch.softmax(input, dim, dtype=dtype)


def log_softmax(input, dim=None, _stacklevel=3, dtype=None):
    return torch.log_softmax(input, dim, dtype=dtype)


def linear(input, weight, bias=None):
    # PyTorch's F.linear is torch._C._nn.linear (aten/src/ATen/native/Linear.cpp): addmm for a 2-D
    # input with a bias (grad_fn=<AddmmBackward0>), otherwise matmul then an in-place add of the bias.
    return torch.linear(input, weight, bias)


def dropout(input, p=0.5, training=True, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError("dropout probability has to be between 0 and 1, but got " + str(p))
    out = torch.dropout(input, p, training)
    if inplace and out is not input:
        input.copy_(out)
        return input
    return out


def _maybe_inplace(input, out, inplace):
    if inplace:
        input.copy_(out)
        return input
    return out


def leaky_relu(input, negative_slope=0.01, inplace=False):
    return _maybe_inplace(input, torch.leaky_relu(input, negative_slope), inplace)


def elu(input, alpha=1.0, inplace=False):
    return _maybe_inplace(input, torch.elu(input, alpha), inplace)


def softplus(input, beta=1.0, threshold=20.0):
    return torch.softplus(input, beta, threshold)


def hardtanh(input, min_val=-1.0, max_val=1.0, inplace=False):
    return _maybe_inplace(input, torch.hardtanh(input, min_val, max_val), inplace)


def relu6(input, inplace=False):
    return hardtanh(input, 0.0, 6.0, inplace)


def silu(input, inplace=False):
    return _maybe_inplace(input, torch.silu(input), inplace)


def layer_norm(input, normalized_shape, weight=None, bias=None, eps=1e-05):
    return torch.layer_norm(input, normalized_shape, weight, bias, eps)


def embedding(input, weight, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, sparse=False):
    return torch.embedding(input, weight, padding_idx)


def mse_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    return torch.mse_loss(input, target, reduction=reduction)


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean"):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    return torch.nll_loss(input, target, weight, ignore_index=ignore_index, reduction=reduction)


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean",
                  label_smoothing=0.0):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    # ATen's cross_entropy_loss (LossNLL.cpp): class probabilities when target has input's shape,
    # label smoothing as a composite of ops, else log_softmax + nll_loss (one op here).
    if isinstance(target, torch.Tensor) and isinstance(input, torch.Tensor) and input.shape == target.shape:
        if not target.is_floating_point():
            raise RuntimeError("Expected floating point type for target with class probabilities, got " +
                               _scalar_type_name(target.dtype))
        if ignore_index >= 0:
            raise RuntimeError("ignore_index is not supported for floating point target")
        _reduction_enum(reduction)
        return _cross_entropy_prob_target(input, target, weight, reduction, label_smoothing)
    if label_smoothing > 0.0:
        _reduction_enum(reduction)
        if label_smoothing > 1.0:
            raise RuntimeError("label_smoothing must be between 0.0 and 1.0. Got: " + str(label_smoothing))
        return _cross_entropy_label_smoothing(input, target, weight, reduction, ignore_index, label_smoothing)
    return torch.cross_entropy(input, target, weight, ignore_index=ignore_index, reduction=reduction,
                               label_smoothing=label_smoothing)


def _reduction_enum(reduction):
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(str(reduction) + " is not a valid value for reduction")


def _scalar_type_name(dtype):
    return {torch.int64: "Long", torch.int32: "Int", torch.int16: "Short", torch.int8: "Char", torch.uint8: "Byte",
            torch.bool: "Bool"}.get(dtype, str(dtype))


def _class_weight(weight, ndim, class_dim):
    shape = [1] * ndim
    shape[class_dim] = weight.shape[0]
    return weight.view(shape)


# cross_entropy_loss_label_smoothing: (1 - ls) * nll_loss + smooth * (ls / C), where smooth is the
# (weighted) sum of -log p over the classes, 0 at ignored targets, reduced like nll_loss.
def _cross_entropy_label_smoothing(input, target, weight, reduction, ignore_index, label_smoothing):
    class_dim = 0 if input.dim() == 1 else 1
    logp = torch.log_softmax(input, class_dim)
    nll = torch.nll_loss(logp, target, weight, ignore_index=ignore_index, reduction=reduction)
    n_classes = logp.shape[class_dim]
    ignore_mask = target == ignore_index
    if weight is not None:
        smooth = -(logp * _class_weight(weight, logp.dim(), class_dim)).sum(class_dim)
    else:
        smooth = -logp.sum(class_dim)
    smooth.masked_fill_(ignore_mask, 0.0)
    if reduction == "mean":
        if weight is not None:
            ret = smooth.sum() / weight.gather(0, target[~ignore_mask].flatten()).sum()
        else:
            ret = smooth.sum() / (~ignore_mask).sum()
    elif reduction == "sum":
        ret = smooth.sum()
    else:
        ret = smooth
    return (1 - label_smoothing) * nll + ret * (label_smoothing / n_classes)


# cross_entropy_loss_prob_target: -(log p * target [* weight]) summed over the classes; "mean"
# divides the total by the number of samples (integer division of numel by C).
def _cross_entropy_prob_target(input, target, weight, reduction, label_smoothing):
    class_dim = 0 if input.dim() == 1 else 1
    n_classes = input.shape[class_dim]
    if weight is not None and (weight.dim() != 1 or weight.numel() != n_classes):
        raise RuntimeError("cross_entropy: weight tensor should be defined either for all " + str(n_classes) +
                           " classes or no classes but got weight tensor of shape: " + str(list(weight.shape)))
    logp = torch.log_softmax(input, class_dim)
    if label_smoothing > 0.0:
        if label_smoothing > 1.0:
            raise RuntimeError("label_smoothing must be between 0.0 and 1.0. Got: " + str(label_smoothing))
        target = target * (1 - label_smoothing) + (label_smoothing / n_classes)
    prod = logp * target
    if weight is not None:
        prod = prod * (_class_weight(weight, logp.dim(), class_dim) if logp.dim() > 1 else weight)
    if reduction == "mean":
        if input.numel() == 0:
            return -prod.sum().fill_(float("nan"))
        return torch._div_scalar(-prod.sum(), input.numel() // n_classes)
    if reduction == "sum":
        return -prod.sum()
    return -prod.sum(class_dim)


def sigmoid(input):
    return torch.sigmoid(input)


def tanh(input):
    return torch.tanh(input)


# PyTorch: torch.nn.functional.conv2d is torch.conv2d itself (a C builtin), so Dynamo records it as
# torch.conv2d.
conv2d = torch.conv2d


def _verify_batch_size(size):
    size_prods = size[0]
    for i in range(len(size) - 2):
        size_prods *= size[i + 2]
    if size_prods == 1:
        raise ValueError("Expected more than 1 value per channel when training, got input size " + str(size))


def batch_norm(input, running_mean, running_var, weight=None, bias=None, training=False, momentum=0.1, eps=1e-05):
    if training:
        _verify_batch_size(input.size())
    return torch.batch_norm(input, weight, bias, running_mean, running_var, training, momentum, eps, True)


def max_pool2d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=False):
    if stride is None:
        stride = []
    return torch.max_pool2d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode)


def max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    if return_indices:
        return max_pool2d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode)
    if stride is None:
        stride = []
    return torch.max_pool2d(input, kernel_size, stride, padding, dilation, ceil_mode)


def _pair(x):
    if isinstance(x, (tuple, list)):
        return tuple(x)
    return (x, x)


def unfold(input, kernel_size, dilation=1, padding=0, stride=1):
    return torch._C._nn.im2col(input, _pair(kernel_size), _pair(dilation), _pair(padding), _pair(stride))


def fold(input, output_size, kernel_size, dilation=1, padding=0, stride=1):
    return torch._C._nn.col2im(input, _pair(output_size), _pair(kernel_size), _pair(dilation), _pair(padding),
                               _pair(stride))


def _unpool_output_size(input, kernel_size, stride, padding, output_size):
    input_size = input.size()
    default_size = []
    for d in range(len(kernel_size)):
        default_size.append((input_size[-len(kernel_size) + d] - 1) * stride[d] + kernel_size[d] - 2 * padding[d])
    if output_size is None:
        return default_size
    if len(output_size) == len(kernel_size) + 2:
        output_size = output_size[2:]
    if len(output_size) != len(kernel_size):
        raise ValueError("output_size should be a sequence containing {} or {} elements, but it has a length of '{}'"
                         .format(len(kernel_size), len(kernel_size) + 2, len(output_size)))
    for d in range(len(kernel_size)):
        min_size = default_size[d] - stride[d]
        max_size = default_size[d] + stride[d]
        if not (min_size < output_size[d] < max_size):
            raise ValueError('invalid output_size "{}" (dim {} must be between {} and {})'
                             .format(output_size, d, min_size, max_size))
    return output_size


def max_unpool2d(input, indices, kernel_size, stride=None, padding=0, output_size=None):
    kernel_size = _pair(kernel_size)
    stride = _pair(stride) if stride is not None else kernel_size
    padding = _pair(padding)
    output_size = _unpool_output_size(input, kernel_size, stride, padding, output_size)
    return torch.max_unpool2d(input, indices, list(output_size))


def adaptive_avg_pool2d(input, output_size):
    if isinstance(output_size, int):
        output_size = (output_size, output_size)
    size = input.size()
    out = []
    for i in range(2):
        v = output_size[i]
        out.append(size[len(size) - 2 + i] if v is None else v)
    return torch.adaptive_avg_pool2d(input, out)


def _reduce(loss, reduction):
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    if reduction == "none":
        return loss
    raise ValueError(reduction + " is not a valid value for reduction")


def l1_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    # aten's l1_loss: apply_loss_reduction((input - target).abs(), reduction).
    return _reduce((input - target).abs(), reduction)


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    # The elementwise loss of aten's binary_cross_entropy: -w * (t * log(x) + (1 - t) * log(1 - x)),
    # each log clamped to >= -100. One fused node, BinaryCrossEntropyBackward0, whose gradient is
    # binary_cross_entropy_backward's: grad * (x - t) / max((1 - x) * x, 1e-12) [* w] [/ numel].
    if target.size() != input.size():
        raise ValueError("Using a target size (" + str(target.size()) + ") that is different to the input size (" +
                         str(input.size()) + ") is deprecated. Please ensure they have the same size.")
    _reduction_enum(reduction)
    with torch.no_grad():
        torch._binary_cross_entropy_check(input)
        loss = -(target * input.log().clamp(min=-100) + (1 - target) * (1 - input).log().clamp(min=-100))
        if weight is not None:
            loss = loss * weight
        loss = _reduce(loss, reduction)

    def backward(grad):
        if target.requires_grad:
            raise NotImplementedError("not supported by the playground yet: the gradient of binary_cross_entropy "
                                      "with respect to target")
        gi = grad * (input - target) / ((1 - input) * input).clamp(min=1e-12)
        if weight is not None:
            gi = gi * weight
        if reduction == "mean":
            gi = gi / input.numel()
        return (gi, None, None)

    return _fused_loss("BinaryCrossEntropyBackward0", backward, (input, target, weight), loss)


def _fused_loss(name, backward, args, loss):
    # A loss ATen computes in one op with its own derivative: the value comes from the composite
    # above, the node (named like PyTorch's) from torch._autograd_function_record.
    if not torch.is_grad_enabled() or not any(isinstance(a, torch.Tensor) and a.requires_grad for a in args):
        return loss
    return torch._autograd_function_record(name, backward, args, (loss,), (), ())[0]


def binary_cross_entropy_with_logits(input, target, weight=None, size_average=None, reduce=None, reduction="mean",
                                     pos_weight=None):
    reduction = _legacy_reduction(size_average, reduce, reduction)
    # aten's binary_cross_entropy_with_logits: (1 - t) * x - log_sigmoid(x) (times pos_weight's factor),
    # log_sigmoid(x) = min(x, 0) - log1p(exp(-|x|)). One fused node,
    # BinaryCrossEntropyWithLogitsBackward0, with binary_cross_entropy_with_logits_backward's gradient:
    # (sigmoid(x) - t) * grad, or ((pw * t + 1 - t) * sigmoid(x) - pw * t) * grad; [* w] [/ numel].
    if target.size() != input.size():
        raise ValueError("Target size (" + str(target.size()) + ") must be the same as input size (" +
                         str(input.size()) + ")")
    _reduction_enum(reduction)
    with torch.no_grad():
        log_sigmoid = input.clamp(max=0) - (-input.abs()).exp().log1p()
        if pos_weight is not None:
            log_weight = (pos_weight - 1) * target + 1
            loss = (1 - target) * input - log_weight * log_sigmoid
        else:
            loss = (1 - target) * input - log_sigmoid
        if weight is not None:
            loss = loss * weight
        loss = _reduce(loss, reduction)

    def backward(grad):
        if target.requires_grad:
            raise NotImplementedError("not supported by the playground yet: the gradient of "
                                      "binary_cross_entropy_with_logits with respect to target")
        if pos_weight is not None:
            t = pos_weight * target
            gi = (t + 1 - target) * input.sigmoid() - t
        else:
            gi = input.sigmoid() - target
        gi = gi * grad
        if weight is not None:
            gi = gi * weight
        if reduction == "mean":
            gi = gi / input.numel()
        return (gi, None, None, None)

    return _fused_loss("BinaryCrossEntropyWithLogitsBackward0", backward, (input, target, weight, pos_weight), loss)


# The model zoo's layers (issue 20). conv1d and conv_transpose2d are C builtins in PyTorch
# (recorded as torch.conv1d / torch.conv_transpose2d); avg_pool2d and scaled_dot_product_attention
# are torch._C._nn builtins (the graph prints them under that name, see variables/builder.cpp).
conv1d = torch.conv1d
conv_transpose2d = torch.conv_transpose2d


def avg_pool2d(input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,
               divisor_override=None):
    if stride is None:
        stride = []
    return torch.avg_pool2d(input, kernel_size, stride, padding, ceil_mode, count_include_pad, divisor_override)


def interpolate(input, size=None, scale_factor=None, mode="nearest", align_corners=None, recompute_scale_factor=None,
                antialias=False):
    # Mirrors torch/nn/functional.py's interpolate: the output size from `size`, or the scale
    # factors passed on to the kernel (which then pick the source pixels) unless
    # recompute_scale_factor asks for the size to be computed here.
    if mode in ("nearest", "area", "nearest-exact"):
        if align_corners is not None:
            raise ValueError("align_corners option can only be set with the interpolating modes: "
                             "linear | bilinear | bicubic | trilinear")
    else:
        if align_corners is None:
            align_corners = False
    dim = input.dim() - 2
    if size is not None and scale_factor is not None:
        raise ValueError("only one of size or scale_factor should be defined")
    elif size is not None:
        scale_factors = None
        if isinstance(size, (list, tuple)):
            if len(size) != dim:
                raise ValueError("Input and output must have the same number of spatial dimensions, but got "
                                 "input with spatial dimensions of " + str(list(input.shape[2:])) +
                                 " and output size of " + str(size) + ". Please provide input tensor in "
                                 "(N, C, d1, d2, ...,dK) format and output size in (o1, o2, ...,oK) format.")
            output_size = list(size)
        else:
            output_size = [size for _ in range(dim)]
    elif scale_factor is not None:
        output_size = None
        if isinstance(scale_factor, (list, tuple)):
            if len(scale_factor) != dim:
                raise ValueError("Input and scale_factor must have the same number of spatial dimensions, but "
                                 "got input with spatial dimensions of " + str(list(input.shape[2:])) +
                                 " and scale_factor of shape " + str(scale_factor) + ". Please provide input "
                                 "tensor in (N, C, d1, d2, ...,dK) format and scale_factor in (s1, s2, ...,sK) "
                                 "format.")
            scale_factors = list(scale_factor)
        else:
            scale_factors = [scale_factor for _ in range(dim)]
    else:
        raise ValueError("either size or scale_factor should be defined")
    if recompute_scale_factor is not None and recompute_scale_factor and size is not None:
        raise ValueError("recompute_scale_factor is not meaningful with an explicit size.")
    if recompute_scale_factor is not None and recompute_scale_factor:
        output_size = [math.floor(float(input.size(i + 2)) * scale_factors[i]) for i in range(dim)]
        scale_factors = None
    if not (input.dim() == 4 and mode in ("nearest", "bilinear")) and not (input.dim() == 3 and
                                                                            mode in ("nearest", "linear")):
        # PyTorch's own errors for a mode that needs another rank.
        needs = {"linear": 3, "bilinear": 4, "trilinear": 5}
        if mode in needs and 3 <= input.dim() <= 5 and needs[mode] != input.dim():
            raise NotImplementedError("Got " + str(input.dim()) + "D input, but " + mode + " mode needs " +
                                      str(needs[mode]) + "D input")
        if input.dim() < 3 or input.dim() > 5:
            raise NotImplementedError("Input Error: Only 3D, 4D and 5D input Tensors supported (got " +
                                      str(input.dim()) + "D) for the modes: nearest | linear | bilinear | bicubic | "
                                      "trilinear | area | nearest-exact (got " + mode + ")")
        raise NotImplementedError("not supported by the playground yet: interpolate(mode='" + mode + "') on a " +
                                  str(input.dim()) + "D input (the playground has 3D nearest and linear, 4D "
                                  "nearest and bilinear)")
    if antialias:
        raise NotImplementedError("not supported by the playground yet: interpolate(antialias=True)")
    if output_size is None:
        # compute_output_size (UpSample.cpp): the input size times the scale, truncated.
        output_size = [int(float(input.size(i + 2)) * scale_factors[i]) for i in range(dim)]
        scales = scale_factors
    else:
        scales = [None, None]
    if dim == 1 and mode == "linear":
        return torch.upsample_linear1d(input, output_size, align_corners, scales[0])
    if dim == 1:
        return torch.upsample_nearest1d(input, output_size, scales[0])
    if mode == "nearest":
        return torch.upsample_nearest2d(input, output_size, scales[0], scales[1])
    return torch.upsample_bilinear2d(input, output_size, align_corners, scales[0], scales[1])


def scaled_dot_product_attention(query, key, value, attn_mask=None, dropout_p=0.0, is_causal=False, scale=None,
                                 enable_gqa=False):
    # The math backend of PyTorch 2.x (aten/src/ATen/native/transformers/attention.cpp,
    # _scaled_dot_product_attention_math), step by step so that the values round as it does:
    # q and k are each multiplied by sqrt(scale), a boolean mask becomes 0 / -inf, and softmax rows
    # that are entirely masked give 0 (_safe_softmax). docs/models.md explains the choice of backend.
    if enable_gqa:
        raise NotImplementedError("not supported by the playground yet: scaled_dot_product_attention(enable_gqa=True)")
    # validate_sdpa_input (attention.cpp); dtypes print as caffe2's TypeMeta names.
    if query.dtype != key.dtype or query.dtype != value.dtype:
        raise RuntimeError("Expected query, key, and value to have the same dtype, but got query.dtype: " +
                           _type_meta_name(query.dtype) + " key.dtype: " + _type_meta_name(key.dtype) +
                           " and value.dtype: " + _type_meta_name(value.dtype) + " instead.")
    if query.dim() < 2 or key.dim() < 2 or value.dim() < 2:
        raise RuntimeError("Expected query, key, and value to all be  at least 2 dimensional, but got query.dim: " +
                           str(query.dim()) + " key.dim: " + str(key.dim()) + " and value.dim: " +
                           str(value.dim()) + " instead.")
    if attn_mask is not None and attn_mask.dtype not in (torch.bool, torch.float32, query.dtype):
        raise RuntimeError("Expected attn_mask dtype to be bool or float or to match query dtype, but got "
                           "attn_mask.dtype: " + _type_meta_name(attn_mask.dtype) + " and  query.dtype: " +
                           _type_meta_name(query.dtype) + " instead.")
    if attn_mask is not None and attn_mask.dtype == torch.bool:
        attn_mask = torch.zeros_like(attn_mask, dtype=query.dtype).masked_fill_(attn_mask.logical_not(),
                                                                                 float("-inf"))
    if scale is None:
        softmax_scale = 1.0 / math.sqrt(query.size(-1))
    else:
        softmax_scale = abs(scale)
    scaling_factor = math.sqrt(softmax_scale)
    if scale is not None and scale < 0.0:
        q = query * (0.0 - scaling_factor)
    else:
        q = query * scaling_factor
    if is_causal:
        if attn_mask is not None:
            raise RuntimeError("_scaled_dot_product_attention: Explicit attn_mask should not be set when "
                               "is_causal=True")
        L = q.size(-2)
        S = key.size(-2)
        causal = torch.ones(L, S, dtype=torch.bool).tril()
        attn_mask = torch.zeros_like(causal, dtype=q.dtype).masked_fill_(causal.logical_not(), float("-inf"))
    attn = torch.matmul(q, key.transpose(-2, -1) * scaling_factor)
    if attn_mask is not None:
        attn.add_(attn_mask)
    # _safe_softmax: softmax, with 0 for rows whose inputs are all -inf.
    probs = torch.softmax(attn, -1)
    masked_rows = (attn == float("-inf")).all(-1, keepdim=True)
    attn = torch.where(masked_rows, torch.zeros_like(probs), probs)
    if dropout_p > 0.0:
        # The math backend (the CPU flash kernel refuses dropout: check_for_dropout): at::dropout
        # of the probabilities, in training mode.
        attn = torch.dropout(attn, dropout_p, True)
    out = torch.matmul(attn, value)
    if dropout_p == 0.0 and _sdpa_cpu_flash_layout(query, key, value, attn_mask if not is_causal else None):
        # PyTorch's CPU backend choice picks its flash kernel here, whose output is laid out as
        # (batch, L, heads, E) transposed to (batch, heads, L, E): the same strides.
        out = out.transpose(1, 2).contiguous().transpose(1, 2)
    return out


def _type_meta_name(dtype):
    names = {"torch.float32": "float", "torch.float64": "double", "torch.float16": "c10::Half",
             "torch.bfloat16": "c10::BFloat16", "torch.int64": "long int", "torch.int32": "int",
             "torch.int16": "short int", "torch.int8": "signed char", "torch.uint8": "unsigned char", "torch.bool": "bool"}
    return names.get(str(dtype), str(dtype))


def _sdpa_cpu_flash_layout(query, key, value, attn_mask):
    # use_flash_attention_cpp (sdp_utils_cpp.cpp): dense 4-D inputs with equal batch sizes, head
    # counts and head dims, unit last strides, non-empty sequences, and a mask (if any) that is
    # 2-D or 4-D and broadcasts to (batch, heads, L, S) without requiring grad.
    if query.dim() != 4 or key.dim() != 4 or value.dim() != 4:
        return False
    if query.size(0) != key.size(0) or query.size(0) != value.size(0):
        return False
    if query.size(1) != key.size(1) or query.size(1) != value.size(1):
        return False
    if query.size(3) != key.size(3) or query.size(3) != value.size(3):
        return False
    if query.stride(-1) != 1 or key.stride(-1) != 1 or value.stride(-1) != 1:
        return False
    if query.size(2) == 0 or key.size(2) == 0:
        return False
    if attn_mask is not None:
        if attn_mask.requires_grad:
            return False
        if attn_mask.size(-2) not in (query.size(2), 1) or attn_mask.size(-1) not in (key.size(2), 1):
            return False
        if attn_mask.dim() == 4:
            return attn_mask.size(0) in (1, query.size(0)) and attn_mask.size(1) in (1, query.size(1))
        return attn_mask.dim() == 2
    return True


def pad(input, pad, mode="constant", value=None):
    # PyTorch 2.x's F.pad is this Python function (its deterministic-CUDA branch aside): Dynamo
    # inlines it, so graphs show torch._C._nn.pad(x, pad, mode, value).
    return torch._C._nn.pad(input, pad, mode, value)


# F.one_hot is torch._C._nn.one_hot itself; F.cosine_similarity and F.pairwise_distance are
# torch.cosine_similarity and torch.pairwise_distance (C builtins in PyTorch).
one_hot = torch._C._nn.one_hot
cosine_similarity = torch.cosine_similarity
pairwise_distance = torch.pairwise_distance


def normalize(input, p=2.0, dim=1, eps=1e-12, out=None):
    # x / max(||x||_p, eps) along dim, the norm expanded back to the input's shape.
    if out is None:
        denom = input.norm(p, dim, keepdim=True).clamp_min(eps).expand_as(input)
        return input / denom
    raise NotImplementedError("not supported by the playground yet: F.normalize(out=...)")


# Added for tutorial code (docs/models.md, "Layers and ops added for tutorial code"); kept at the
# end of the file so that the line numbers of the functions above (in logged graph code) stay put.
def hardswish(input, inplace=False):
    if inplace:
        return torch._C._nn.hardswish_(input)
    return torch._C._nn.hardswish(input)


def hardsigmoid(input, inplace=False):
    if inplace:
        return torch._C._nn.hardsigmoid_(input)
    return torch._C._nn.hardsigmoid(input)


def mish(input, inplace=False):
    if inplace:
        return torch._C._nn.mish_(input)
    return torch._C._nn.mish(input)


# PyTorch: C builtins of torch._C._nn.
logsigmoid = torch._C._nn.log_sigmoid
softshrink = torch._C._nn.softshrink


# PyTorch: F.prelu is torch.prelu (a C builtin).
prelu = torch.prelu
# F.bilinear is torch.bilinear (a C builtin).
bilinear = torch.bilinear


def glu(input, dim=-1):
    if input.dim() == 0:
        raise RuntimeError("glu does not support scalars because halving size must be even")
    return torch._C._nn.glu(input, dim)


def hardshrink(input, lambd=0.5):
    return torch.hardshrink(input, lambd)


def tanhshrink(input):
    return input - input.tanh()


def softsign(input):
    return input / (input.abs() + 1)


def softmin(input, dim=None, _stacklevel=3, dtype=None):
    if dim is None:
        dim = _get_softmax_dim("softmin", input.dim(), _stacklevel)
    if dtype is None:
        return (-input).softmax(dim)
    return (-input).softmax(dim, dtype=dtype)


def _get_softmax_dim(name, ndim, stacklevel):
    import warnings
    warnings.warn("Implicit dimension choice for " + name + " has been deprecated. Change the call to include "
                  "dim=X as an argument.", stacklevel=stacklevel)
    if ndim == 0 or ndim == 1 or ndim == 3:
        return 0
    return 1


def threshold(input, threshold, value, inplace=False):
    if inplace:
        return torch.threshold_(input, threshold, value)
    return torch.threshold(input, threshold, value)


threshold_ = torch.threshold_


def selu(input, inplace=False):
    if inplace:
        return torch.selu_(input)
    return torch.selu(input)


selu_ = torch.selu_


def celu(input, alpha=1.0, inplace=False):
    if inplace:
        return torch.celu_(input, alpha)
    return torch.celu(input, alpha)


celu_ = torch.celu_


def max_pool1d_with_indices(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False,
                            return_indices=False):
    if stride is None:
        stride = []
    return torch.max_pool1d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode)


def max_pool1d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    if return_indices:
        return max_pool1d_with_indices(input, kernel_size, stride, padding, dilation, ceil_mode)
    if stride is None:
        stride = []
    return torch.max_pool1d(input, kernel_size, stride, padding, dilation, ceil_mode)


# PyTorch: F.avg_pool1d and F.adaptive_avg_pool1d are the C builtins torch.avg_pool1d /
# torch.adaptive_avg_pool1d (Dynamo records torch.NAME).
avg_pool1d = torch.avg_pool1d
adaptive_avg_pool1d = torch.adaptive_avg_pool1d


def dropout1d(input, p=0.5, training=True, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    inp_dim = input.dim()
    if inp_dim not in (2, 3):
        raise RuntimeError(f"dropout1d: Expected 2D or 3D input, but received a {inp_dim}D input. Note that dropout1d "
                           "exists to provide channel-wise dropout on inputs with 1 spatial dimension, a channel "
                           "dimension, and an optional batch dimension (i.e. 2D or 3D inputs).")
    is_batched = inp_dim == 3
    if not is_batched:
        input = input.unsqueeze(0)
    result = torch.feature_dropout_(input, p, training) if inplace else torch.feature_dropout(input, p, training)
    if not is_batched:
        result = result.squeeze(0)
    return result


def dropout2d(input, p=0.5, training=True, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    inp_dim = input.dim()
    if inp_dim not in (3, 4):
        import warnings
        warnings.warn(f"dropout2d: Received a {inp_dim}-D input to dropout2d, which is deprecated and will result in "
                      "an error in a future release. To retain the behavior and silence this warning, please use "
                      "dropout instead. Note that dropout2d exists to provide channel-wise dropout on inputs with 2 "
                      "spatial dimensions, a channel dimension, and an optional batch dimension (i.e. 3D or 4D "
                      "inputs).")
    if inp_dim == 3:
        import warnings
        warnings.warn("dropout2d: Received a 3D input to dropout2d and assuming that channel-wise 1D dropout behavior "
                      "is desired - input is interpreted as shape (N, C, L), where C is the channel dim. This behavior "
                      "will change in a future release to interpret the input as one without a batch dimension, i.e. "
                      "shape (C, H, W). To maintain the original behavior, call dropout1d instead.")
    return torch.feature_dropout_(input, p, training) if inplace else torch.feature_dropout(input, p, training)


def group_norm(input, num_groups, weight=None, bias=None, eps=1e-05):
    if input.dim() < 2:
        raise RuntimeError(f"Expected at least 2 dimensions for input tensor but received {input.dim()}")
    _verify_batch_size([input.size(0) * input.size(1) // num_groups, num_groups] + list(input.size()[2:]))
    return torch.group_norm(input, num_groups, weight, bias, eps, False)


def _verify_spatial_size(size):
    size_prods = 1
    for i in range(2, len(size)):
        size_prods *= size[i]
    if size_prods == 1:
        raise ValueError(f"Expected more than 1 spatial element when training, got input size {size}")


def instance_norm(input, running_mean=None, running_var=None, weight=None, bias=None, use_input_stats=True,
                  momentum=0.1, eps=1e-05):
    if use_input_stats:
        _verify_spatial_size(input.size())
    return torch.instance_norm(input, weight, bias, running_mean, running_var, use_input_stats, momentum, eps, False)


def _size_warning(input, target):
    if not (target.size() == input.size()):
        import warnings
        warnings.warn(f"Using a target size ({target.size()}) that is different to the input size ({input.size()}). "
                      "This will likely lead to incorrect results due to broadcasting. "
                      "Please ensure they have the same size.", stacklevel=3)


def _legacy_reduction(size_average, reduce, reduction):
    # The losses' `if size_average is not None or reduce is not None: reduction_enum =
    # _Reduction.legacy_get_string(size_average, reduce)` (torch/nn/_reduction.py, with its warning).
    if size_average is None and reduce is None:
        return reduction
    from torch.nn import _reduction
    return _reduction.legacy_get_string(size_average, reduce)


def smooth_l1_loss(input, target, size_average=None, reduce=None, reduction="mean", beta=1.0):
    _size_warning(input, target)
    reduction = _legacy_reduction(size_average, reduce, reduction)
    _reduction_enum(reduction)
    expanded_input, expanded_target = torch.broadcast_tensors(input, target)
    if beta == 0.0:
        return torch._C._nn.l1_loss(expanded_input, expanded_target, reduction)
    return torch._C._nn.smooth_l1_loss(expanded_input, expanded_target, reduction, beta)


def huber_loss(input, target, reduction="mean", delta=1.0, weight=None):
    _size_warning(input, target)
    _reduction_enum(reduction)
    if weight is not None:
        raise NotImplementedError("not supported by the playground yet: huber_loss(weight=...)")
    expanded_input, expanded_target = torch.broadcast_tensors(input, target)
    return torch._C._nn.huber_loss(expanded_input, expanded_target, reduction, delta)


def kl_div(input, target, size_average=None, reduce=None, reduction="mean", log_target=False):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce, reduction)
    elif reduction == "mean":
        import warnings
        warnings.warn("reduction: 'mean' divides the total loss by both the batch size and the support size."
                      "'batchmean' divides only by the batch size, and aligns with the KL div math definition."
                      "'mean' will be changed to behave the same as 'batchmean' in the next major release.")
    if reduction == "batchmean":
        reduction_enum = 2
    elif reduction in ("none", "mean", "sum"):
        reduction_enum = {"none": 0, "mean": 1, "sum": 2}[reduction]
    else:
        raise ValueError(reduction + " is not a valid value for reduction")
    reduced = torch.kl_div(input, target, reduction_enum, log_target=log_target)
    if reduction == "batchmean" and input.dim() != 0:
        reduced = reduced / input.size()[0]
    return reduced
