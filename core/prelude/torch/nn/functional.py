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
    denom = input.norm(p, dim, keepdim=True).clamp_min_(eps).expand_as(input)
    return torch.div(input, denom, out=out)


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


# The ranking, embedding and margin losses (torch/nn/functional.py; ATen's composites in
# aten/src/ATen/native/Loss.cpp, computed in the same order so float32 results agree).
def _loss_reduction_enum(size_average, reduce, reduction):
    from torch.nn import _reduction
    if size_average is not None or reduce is not None:
        return _reduction.legacy_get_enum(size_average, reduce)
    return _reduction.get_enum(reduction)


def _apply_loss_reduction(unreduced, reduction_enum):
    # Loss.cpp's apply_loss_reduction.
    if reduction_enum == 1:
        return unreduced.mean()
    if reduction_enum == 2:
        return unreduced.sum()
    return unreduced


def _margin_ranking_loss(input1, input2, target, margin, reduction):
    output = (-target * (input1 - input2) + margin).clamp_min_(0)
    return _apply_loss_reduction(output, reduction)


def margin_ranking_loss(input1, input2, target, margin=0, size_average=None, reduce=None, reduction="mean"):
    reduction_enum = _loss_reduction_enum(size_average, reduce, reduction)
    if input1.dim() != input2.dim() or input1.dim() != target.dim():
        raise RuntimeError("margin_ranking_loss : All input tensors should have same dimension but got sizes: "
                           f"input1: {input1.size()}, input2: {input2.size()}, target: {target.size()} ")
    return _margin_ranking_loss(input1, input2, target, margin, reduction_enum)


def _hinge_embedding_loss(input, target, margin, reduction):
    zeros = torch.zeros_like(input)
    margin_clamp = (margin - input).clamp_min_(0)
    output_margin = torch.where(target != 1, margin_clamp, zeros)
    output_self = torch.where(target != -1, input, zeros)
    return _apply_loss_reduction(output_margin + output_self, reduction)


def hinge_embedding_loss(input, target, margin=1.0, size_average=None, reduce=None, reduction="mean"):
    return _hinge_embedding_loss(input, target, margin, _loss_reduction_enum(size_average, reduce, reduction))


def _cosine_embedding_loss(input1, input2, target, margin, reduction):
    targ_dim = target.dim()
    if targ_dim != 1 and targ_dim != 0:
        raise RuntimeError("0D or 1D target tensor expected, multi-target not supported")
    if targ_dim == 1:
        if input1.dim() != 2:
            raise RuntimeError("1D target tensor expects 2D input tensors, but found inputs with sizes "
                               f"{list(input1.size())} and {list(input2.size())}.")
    elif input1.dim() != 1:
        raise RuntimeError("0D target tensor expects 1D input tensors, but found inputs with sizes "
                           f"{list(input1.size())} and {list(input2.size())}.")
    eps = 1e-12  # Loss.cpp's EPSILON (a float)
    prod_sum = (input1 * input2).sum(targ_dim)
    mag_square1 = (input1 * input1).sum(targ_dim) + eps
    mag_square2 = (input2 * input2).sum(targ_dim) + eps
    denom = (mag_square1 * mag_square2).sqrt_()
    cos = prod_sum / denom
    zeros = torch.zeros_like(cos)
    pos = 1 - cos
    neg = (cos - margin).clamp_min_(0)
    output_pos = torch.where(target == 1, pos, zeros)
    output_neg = torch.where(target == -1, neg, zeros)
    return _apply_loss_reduction(output_pos + output_neg, reduction)


def cosine_embedding_loss(input1, input2, target, margin=0, size_average=None, reduce=None, reduction="mean"):
    return _cosine_embedding_loss(input1, input2, target, margin,
                                  _loss_reduction_enum(size_average, reduce, reduction))


def soft_margin_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    # ATen's soft_margin_loss: log(1 + exp(-input * target)) in one node, SoftMarginLossBackward0,
    # whose gradient is soft_margin_loss_backward's: -norm * target * z / (1 + z) * grad, z = exp(-target * input).
    reduction_enum = _loss_reduction_enum(size_average, reduce, reduction)
    with torch.no_grad():
        loss = _apply_loss_reduction(input.neg().mul(target).exp().add(1.0).log(), reduction_enum)

    def backward(grad):
        if target.requires_grad:
            raise NotImplementedError("not supported by the playground yet: the gradient of soft_margin_loss "
                                      "with respect to target")
        norm = 1.0 / input.numel() if reduction_enum == 1 else 1.0
        z = (-target * input).exp()
        gi = (target * z).mul(-norm)
        return (gi.div(z.add(1)).mul(grad), None)

    return _fused_loss("SoftMarginLossBackward0", backward, (input, target), loss)


def multilabel_soft_margin_loss(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce, reduction)
    loss = -(target * logsigmoid(input) + (1 - target) * logsigmoid(-input))
    if weight is not None:
        loss = loss * weight
    class_dim = input.dim() - 1
    C = input.size(class_dim)
    loss = loss.sum(dim=class_dim) / C  # only return N loss values
    if reduction == "none":
        ret = loss
    elif reduction == "mean":
        ret = loss.mean()
    elif reduction == "sum":
        ret = loss.sum()
    else:
        ret = input
        raise ValueError(reduction + " is not valid")
    return ret


def _poisson_nll_loss(input, target, log_input, full, eps, reduction):
    import math
    if log_input:
        loss = torch.exp(input) - target * input
    else:
        loss = input - target * torch.log(input + eps)
    if full:
        stirling_term = target * torch.log(target) - target + 0.5 * torch.log(2 * math.pi * target)
        loss += stirling_term.masked_fill(target <= 1, 0)
    return _apply_loss_reduction(loss, reduction)


def poisson_nll_loss(input, target, log_input=True, full=False, size_average=None, eps=1e-8, reduce=None,
                     reduction="mean"):
    if size_average is not None or reduce is not None:
        reduction = _legacy_reduction(size_average, reduce, reduction)
    if reduction != "none" and reduction != "mean" and reduction != "sum":
        raise ValueError(reduction + " is not valid")
    from torch.nn import _reduction
    return _poisson_nll_loss(input, target, log_input, full, eps, _reduction.get_enum(reduction))


def gaussian_nll_loss(input, target, var, full=False, eps=1e-6, reduction="mean"):
    import math
    if var.size() != input.size():
        if input.size()[:-1] == var.size():
            var = torch.unsqueeze(var, -1)
        elif input.size()[:-1] == var.size()[:-1] and var.size(-1) == 1:  # Heteroscedastic case
            pass
        else:
            raise ValueError("var is of incorrect size")
    if reduction != "none" and reduction != "mean" and reduction != "sum":
        raise ValueError(reduction + " is not valid")
    if torch.any(var < 0):
        raise ValueError("var has negative entry/entries")
    var = var.clone()
    with torch.no_grad():
        var.clamp_(min=eps)
    loss = 0.5 * (torch.log(var) + (input - target) ** 2 / var)
    if full:
        loss += 0.5 * math.log(2 * math.pi)
    if reduction == "mean":
        return loss.mean()
    elif reduction == "sum":
        return loss.sum()
    else:
        return loss


def _triplet_margin_loss(anchor, positive, negative, margin, p, eps, swap, reduction):
    a_dim = anchor.dim()
    p_dim = positive.dim()
    n_dim = negative.dim()
    if not (a_dim == p_dim and p_dim == n_dim):
        raise RuntimeError(f"All inputs should have same dimension but got {a_dim}D, {p_dim}D and {n_dim}D inputs.")
    dist_pos = torch.pairwise_distance(anchor, positive, p, eps)
    dist_neg = torch.pairwise_distance(anchor, negative, p, eps)
    if swap:
        dist_swap = torch.pairwise_distance(positive, negative, p, eps)
        dist_neg = torch.min(dist_neg, dist_swap)
    output = torch.clamp_min(margin + dist_pos - dist_neg, 0)
    return _apply_loss_reduction(output, reduction)


def triplet_margin_loss(anchor, positive, negative, margin=1.0, p=2, eps=1e-6, swap=False, size_average=None,
                        reduce=None, reduction="mean"):
    reduction_enum = _loss_reduction_enum(size_average, reduce, reduction)
    if margin <= 0:
        raise ValueError(f"margin must be greater than 0, got {margin}")
    return _triplet_margin_loss(anchor, positive, negative, margin, p, eps, swap, reduction_enum)


def triplet_margin_with_distance_loss(anchor, positive, negative, *, distance_function=None, margin=1.0, swap=False,
                                      reduction="mean"):
    # PyTorch 2.x's version (checks of the reduction, the margin and the dimensions first).
    if reduction not in ("mean", "sum", "none"):
        raise ValueError(f"{reduction} is not a valid value for reduction")
    if margin <= 0:
        raise ValueError(f"margin must be greater than 0, got {margin}")
    a_dim = anchor.ndim
    p_dim = positive.ndim
    n_dim = negative.ndim
    if not (a_dim == p_dim and p_dim == n_dim):
        raise RuntimeError(f"The anchor, positive, and negative tensors are expected to have "
                           f"the same number of dimensions, but got: anchor {a_dim}D, "
                           f"positive {p_dim}D, and negative {n_dim}D inputs")
    if distance_function is None:
        distance_function = torch.pairwise_distance
    dist_pos = distance_function(anchor, positive)
    dist_neg = distance_function(anchor, negative)
    if swap:
        dist_swap = distance_function(positive, negative)
        dist_neg = torch.minimum(dist_neg, dist_swap)
    loss = torch.clamp_min(margin + dist_pos - dist_neg, 0)
    if reduction == "sum":
        return torch.sum(loss)
    elif reduction == "mean":
        return torch.mean(loss)
    else:
        return loss


# conv_transpose1d is a C builtin in PyTorch, like conv_transpose2d above.
conv_transpose1d = torch.conv_transpose1d


# Pools, normalizations and shuffles that tutorials use (torch/nn/functional.py; ATen's
# composites where ATen has one).
def lp_pool1d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    if stride is not None:
        out = avg_pool1d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    else:
        out = avg_pool1d(input.pow(norm_type), kernel_size, padding=0, ceil_mode=ceil_mode)
    return (torch.sign(out) * relu(torch.abs(out))).mul(kernel_size).pow(1.0 / norm_type)


def lp_pool2d(input, norm_type, kernel_size, stride=None, ceil_mode=False):
    kw, kh = _pair(kernel_size)
    if stride is not None:
        out = avg_pool2d(input.pow(norm_type), kernel_size, stride, 0, ceil_mode)
    else:
        out = avg_pool2d(input.pow(norm_type), kernel_size, padding=0, ceil_mode=ceil_mode)
    return (torch.sign(out) * relu(torch.abs(out))).mul(kw * kh).pow(1.0 / norm_type)


def local_response_norm(input, size, alpha=1e-4, beta=0.75, k=1.0):
    dim = input.dim()
    if dim < 3:
        # PyTorch's text continues its string literal with a backslash: the next line's indent is in it.
        raise ValueError("Expected 3D or higher dimensionality " + " " * 25 + f"input (got {dim} dimensions)")
    if input.numel() == 0:
        return input
    div = input.mul(input).unsqueeze(1)
    if dim == 3:
        div = pad(div, (0, 0, size // 2, (size - 1) // 2))
        div = avg_pool2d(div, (size, 1), stride=1).squeeze(1)
    else:
        # PyTorch pads a (N, 1, C, H, W...) view and runs avg_pool3d with a (size, 1, 1) kernel:
        # the same windows (summed in the same order, divided by size) as avg_pool2d over
        # (N, 1, C, H*W...) with a (size, 1) kernel, which is what runs here.
        sizes = input.size()
        div = div.view(sizes[0], 1, sizes[1], -1)
        div = pad(div, (0, 0, size // 2, (size - 1) // 2))
        div = avg_pool2d(div, (size, 1), stride=1).squeeze(1)
        div = div.view(sizes)
    div = div.mul(alpha).add(k).pow(beta)
    return input / div


def channel_shuffle(input, groups):
    # ATen's math_channel_shuffle (native_channel_shuffle on CPU): a view, a permute, a copy.
    if input.dim() <= 2:
        raise RuntimeError(f"channel_shuffle expects input with > 2 dims, but got input with sizes "
                           f"{list(input.size())}")
    if groups <= 0:
        raise RuntimeError(f"Number of groups to divide channels in must be positive. Value of groups:{groups}")
    c = input.size(1)
    if c % groups != 0:
        raise RuntimeError(f"Number of channels must be divisible by groups. Got {c} channels and {groups} groups.")
    b = input.size(0)
    oc = c // groups
    return input.view(b, groups, oc, -1).permute(0, 2, 1, 3).contiguous().reshape(input.size())


native_channel_shuffle = channel_shuffle


def rms_norm(input, normalized_shape, weight=None, eps=None):
    # ATen's rms_norm composite (aten/src/ATen/native/layer_norm.cpp, PyTorch 2.4+):
    # input * rsqrt(mean(input ** 2 over the normalized dims, keepdim) + eps) [* weight],
    # eps defaulting to the dtype's machine epsilon.
    if isinstance(normalized_shape, int):
        normalized_shape = (normalized_shape,)
    normalized_shape = tuple(normalized_shape)
    ndim = len(normalized_shape)
    if tuple(input.shape[input.dim() - ndim:]) != normalized_shape or input.dim() < ndim:
        raise RuntimeError(f"Given normalized_shape={list(normalized_shape)}, expected input with shape "
                           f"[*, {', '.join(str(s) for s in normalized_shape)}], but got input of size"
                           f"{list(input.size())}")
    if weight is not None and tuple(weight.shape) != normalized_shape:
        raise RuntimeError(f"Expected weight to be of same shape as normalized_shape, but got weight of shape "
                           f"{list(weight.shape)} and normalized_shape = {list(normalized_shape)}")
    if eps is None:
        eps = torch.finfo(input.dtype).eps
    dims = list(range(input.dim() - ndim, input.dim()))
    result = input.mul(torch.rsqrt(torch.pow(input, 2).mean(dims, keepdim=True).add_(eps)))
    if weight is not None:
        result = result.mul(weight)
    return result


def dropout3d(input, p=0.5, training=True, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    inp_dim = input.dim()
    if inp_dim not in (4, 5):
        import warnings
        warnings.warn(f"dropout3d: Received a {inp_dim}-D input to dropout3d, which is deprecated and will result "
                      "in an error in a future release. To retain the behavior and silence this warning, please "
                      "use dropout instead. Note that dropout3d exists to provide channel-wise dropout on inputs "
                      "with 3 spatial dimensions, a channel dimension, and an optional batch dimension (i.e. 4D "
                      "or 5D inputs).")
    is_batched = inp_dim == 5
    if not is_batched:
        input = input.unsqueeze_(0) if inplace else input.unsqueeze(0)
    result = torch.feature_dropout_(input, p, training) if inplace else torch.feature_dropout(input, p, training)
    if not is_batched:
        result = result.squeeze_(0) if inplace else result.squeeze(0)
    return result


def upsample(input, size=None, scale_factor=None, mode="nearest", align_corners=None):
    import warnings
    warnings.warn("`nn.functional.upsample` is deprecated. Use `nn.functional.interpolate` instead.",
                  stacklevel=2)
    return interpolate(input, size, scale_factor, mode, align_corners)


def upsample_nearest(input, size=None, scale_factor=None):
    import warnings
    warnings.warn("`nn.functional.upsample_nearest` is deprecated. Use `nn.functional.interpolate` instead.",
                  stacklevel=2)
    return interpolate(input, size, scale_factor, mode="nearest")


def upsample_bilinear(input, size=None, scale_factor=None):
    import warnings
    warnings.warn("`nn.functional.upsample_bilinear` is deprecated. Use `nn.functional.interpolate` instead.",
                  stacklevel=2)
    return interpolate(input, size, scale_factor, mode="bilinear", align_corners=True)


def _rrelu_unsupported(name):
    raise NotImplementedError(f"not supported by the playground yet: {name} in training mode (its random "
                              "slopes are not drawn from the generator like PyTorch's)")


def rrelu(input, lower=1.0 / 8, upper=1.0 / 3, training=False, inplace=False):
    # ATen's rrelu_with_noise outside training: leaky_relu with the mean slope, one node
    # RreluWithNoiseBackward0 (gradient 1 for positive inputs, the slope elsewhere).
    if training:
        _rrelu_unsupported("rrelu")
    slope = (lower + upper) / 2
    if inplace:
        if input.requires_grad and torch.is_grad_enabled():
            raise NotImplementedError("not supported by the playground yet: rrelu_ on a tensor that requires grad")
        return leaky_relu(input, slope, inplace=True)
    with torch.no_grad():
        out = leaky_relu(input, slope)

    def backward(grad):
        return (torch.where(input > 0, grad, grad * slope),)

    return _fused_loss("RreluWithNoiseBackward0", backward, (input,), out)


def rrelu_(input, lower=1.0 / 8, upper=1.0 / 3, training=False):
    return rrelu(input, lower, upper, training, True)


def alpha_dropout(input, p=0.5, training=False, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if p == 0 or not training or input.numel() == 0:
        return input
    raise NotImplementedError("not supported by the playground yet: alpha_dropout in training mode (its mask is "
                              "not drawn from the generator like PyTorch's)")


def feature_alpha_dropout(input, p=0.5, training=False, inplace=False):
    if p < 0.0 or p > 1.0:
        raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
    if p == 0 or not training or input.numel() == 0:
        return input
    raise NotImplementedError("not supported by the playground yet: feature_alpha_dropout in training mode (its "
                              "mask is not drawn from the generator like PyTorch's)")


def _adaptive_max_pool2d_impl(input, output_size):
    # ATen's adaptive_max_pool2d CPU kernel: output cell (i, j) takes the window rows
    # [floor(i*H/oh), ceil((i+1)*H/oh)) and columns likewise; the first maximum wins and its flat
    # index h*W + w is the index. One node, AdaptiveMaxPool2DBackward0, scatters the gradient there.
    ndim = input.dim()
    if ndim not in (3, 4):
        raise RuntimeError(f"adaptive_max_pool2d(): Expected 3D or 4D tensor, but got: {list(input.size())}")
    for i in range(1, ndim):
        if input.size(i) <= 0:
            raise RuntimeError("adaptive_max_pool2d(): Expected input to have non-zero size for non-batch "
                               f"dimensions, but input has sizes {list(input.size())} with dimension {i} being "
                               "empty")
    if len(output_size) != 2:
        raise RuntimeError("adaptive_max_pool2d(): internal error: output_size.size() must be 2")
    H, W = input.size(-2), input.size(-1)
    oh, ow = output_size
    lead = list(input.size())[:-2]
    with torch.no_grad():
        rows_v, rows_i = [], []
        for i in range(oh):
            h0 = (i * H) // oh
            h1 = -((-(i + 1) * H) // oh)
            vals, idxs = [], []
            for j in range(ow):
                w0 = (j * W) // ow
                w1 = -((-(j + 1) * W) // ow)
                window = input[..., h0:h1, w0:w1].reshape(lead + [-1])
                v, k = window.max(-1)
                kw = w1 - w0
                idxs.append((h0 + k // kw) * W + w0 + k % kw)
                vals.append(v)
            rows_v.append(torch.stack(vals, -1))
            rows_i.append(torch.stack(idxs, -1))
        out = torch.stack(rows_v, -2)
        indices = torch.stack(rows_i, -2)

    def backward(grad):
        flat = torch.zeros(lead + [H * W], dtype=grad.dtype)
        flat.scatter_add_(-1, indices.reshape(lead + [-1]), grad.reshape(lead + [-1]))
        return (flat.view(input.size()),)

    return _fused_loss("AdaptiveMaxPool2DBackward0", backward, (input,), out), indices


def adaptive_max_pool2d_with_indices(input, output_size, return_indices=False):
    if isinstance(output_size, int):
        output_size = (output_size, output_size)
    output_size = [input.size(-2 + i) if v is None else v for i, v in enumerate(output_size)]
    return _adaptive_max_pool2d_impl(input, output_size)


def adaptive_max_pool2d(input, output_size, return_indices=False):
    out = adaptive_max_pool2d_with_indices(input, output_size)
    return out if return_indices else out[0]


def adaptive_max_pool1d_with_indices(input, output_size, return_indices=False):
    # ATen's adaptive_max_pool1d: adaptive_max_pool2d of input.unsqueeze(-2) with output (1, L),
    # both results squeezed back.
    if isinstance(output_size, (tuple, list)):
        if len(output_size) != 1:
            raise RuntimeError(f"adaptive_max_pool1d() argument 'output_size' should contain one int (got "
                               f"{len(output_size)})")
        output_size = output_size[0]
    if input.dim() not in (2, 3):
        raise RuntimeError(f"Expected 2 to 3 dimensions, but got {input.dim()}-dimensional tensor for argument #1 "
                           "'self' (while checking arguments for adaptive_max_pool1d)")
    out, indices = _adaptive_max_pool2d_impl(input.unsqueeze(-2), [1, output_size])
    return out.squeeze(-2), indices.squeeze(-2)


def adaptive_max_pool1d(input, output_size, return_indices=False):
    out = adaptive_max_pool1d_with_indices(input, output_size)
    return out if return_indices else out[0]


def gumbel_softmax(logits, tau=1, hard=False, eps=1e-10, dim=-1):
    # torch/nn/functional.py's gumbel_softmax (its legacy_contiguous_format is contiguous_format here).
    if eps != 1e-10:
        import warnings
        warnings.warn("`eps` parameter is deprecated and has no effect.")
    gumbels = -torch.empty_like(logits, memory_format=torch.contiguous_format).exponential_().log()
    gumbels = (logits + gumbels) / tau  # ~Gumbel(logits,tau)
    y_soft = gumbels.softmax(dim)
    if hard:
        # Straight through.
        index = y_soft.max(dim, keepdim=True)[1]
        y_hard = torch.zeros_like(logits, memory_format=torch.contiguous_format).scatter_(dim, index, 1.0)
        ret = y_hard - y_soft.detach() + y_soft
    else:
        # Reparametrization trick.
        ret = y_soft
    return ret


# multi_margin_loss / multilabel_margin_loss: ATen's CPU kernels (LossMultiMargin.cpp,
# LossMultiLabelMargin.cpp) run one row at a time; here the same per-row float sums run on all rows
# at once, class by class in the kernel's order. A reduced result sums the rows in double (the
# kernel's accscalar_t) and rounds once. One node each, with the kernels' gradients.
def _margin_rows(input):
    ndims = input.dim()
    if not ((ndims == 2 and input.size(1) != 0) or (ndims == 1 and input.size(0) != 0) or ndims == 0):
        raise RuntimeError("Expected non-empty vector or matrix with optional 0-dim batch size, but got: "
                           f"{list(input.size())}")
    if ndims <= 1:
        return 1, (1 if ndims == 0 else input.size(0))
    return input.size(0), input.size(1)


def _reduce_rows_double(rows, reduction_enum, divide_by, dtype):
    total = rows.double().sum()
    if divide_by is not None:
        total = total / divide_by
    return total.to(dtype)


def multi_margin_loss(input, target, p=1, margin=1.0, weight=None, size_average=None, reduce=None, reduction="mean"):
    reduction_enum = _loss_reduction_enum(size_average, reduce, reduction)
    if p != 1 and p != 2:
        raise ValueError("only p == 1 and p == 2 supported")
    if weight is not None:
        if weight.dim() != 1:
            raise ValueError("weight must be one-dimensional")
    nframe, dim = _margin_rows(input)
    if not (target.dim() <= 1 and target.numel() == nframe):
        raise RuntimeError(f"inconsistent target size, got: {list(target.size())}")
    if weight is not None and not (weight.dim() <= 1 and weight.numel() == dim):
        raise RuntimeError(f"inconsistent weight size, expected {dim} but got {list(weight.size())}")
    with torch.no_grad():
        x = input.reshape(nframe, dim)
        tgt = target.reshape(nframe)
        # The kernel checks the targets as it reads them; nothing to check on Dynamo's fake values.
        if not torch.compiler.is_compiling() and bool(((tgt < 0) | (tgt >= dim)).any()):
            raise RuntimeError("target out of range")
        it = x.gather(1, tgt.unsqueeze(1)).squeeze(1)
        w_t = weight.gather(0, tgt) if weight is not None else None
        total = torch.zeros(nframe, dtype=input.dtype)
        for d in range(dim):
            z = margin - it + x[:, d]
            h = z if p == 1 else z * z
            if w_t is not None:
                h = h * w_t
            total = total + torch.where((z > 0) & (tgt != d), h, torch.zeros_like(h))
        rows = total / dim
        # multi_margin_loss_cpu_out: a (nframe,) output for 'none' with a target of rank > 0.
        if reduction_enum == 0 and target.dim() > 0:
            loss = rows
        else:
            loss = _reduce_rows_double(rows, reduction_enum, nframe if reduction_enum == 1 else None, input.dtype)

    def backward(grad):
        g = 1.0 / (nframe * dim) if reduction_enum == 1 else 1.0 / dim
        gi = torch.zeros(nframe, dim, dtype=input.dtype)
        with torch.no_grad():
            grad_target = torch.zeros(nframe, dtype=input.dtype)
            for d in range(dim):
                z = margin - it + x[:, d]
                h = torch.full_like(z, g) if p == 1 else 2 * g * z
                if w_t is not None:
                    h = h * w_t
                h = torch.where((z > 0) & (tgt != d), h, torch.zeros_like(h))
                grad_target = grad_target - h
                gi[:, d] = h
            gi.scatter_(1, tgt.unsqueeze(1), grad_target.unsqueeze(1))
            if reduction_enum == 0 and grad.dim() > 0:
                gi = gi * grad.reshape(nframe, 1)
            else:
                gi = gi * grad
        return (gi.reshape(input.size()), None, None)

    return _fused_loss("MultiMarginLossBackward0", backward, (input, target, weight), loss)


def multilabel_margin_loss(input, target, size_average=None, reduce=None, reduction="mean"):
    reduction_enum = _loss_reduction_enum(size_average, reduce, reduction)
    nframe, dim = _margin_rows(input)
    if input.dim() <= 1:
        if not (target.dim() <= 1 and target.numel() == dim):
            raise RuntimeError(f"inconsistent size {list(target.size())} for argument #2 'target'")
    elif not (target.dim() == 2 and target.size(0) == nframe and target.size(1) == dim):
        raise RuntimeError(f"inconsistent size {list(target.size())} for argument #2 'target'")
    with torch.no_grad():
        x = input.reshape(nframe, dim)
        tgt = target.reshape(nframe, dim)
        if not torch.compiler.is_compiling() and (bool((tgt < -1).any()) or bool((tgt >= dim).any())):
            raise RuntimeError("argument #2 'target' is out of range")
        valid = (tgt >= 0).long().cumprod(1).bool()
        marks = torch.zeros(nframe, dim + 1, dtype=input.dtype)
        marks.scatter_(1, torch.where(valid, tgt, torch.full_like(tgt, dim)), 1.0)
        is_target = marks[:, :dim].contiguous()
        total = torch.zeros(nframe, dtype=input.dtype)
        for dt in range(dim):
            it = x.gather(1, tgt[:, dt].clamp(min=0).unsqueeze(1)).squeeze(1)
            for d in range(dim):
                z = 1 - it + x[:, d]
                keep = valid[:, dt] & (is_target[:, d] == 0) & (z > 0)
                total = total + torch.where(keep, z, torch.zeros_like(z))
        # multilabel_margin_loss_forward_out_cpu_template: a (nframe,) output for 'none' with a 2-D target.
        if reduction_enum == 0 and target.dim() > 1:
            loss = total / dim
        else:
            t = total.double().sum() / dim
            if reduction_enum == 1:
                t = t / nframe
            loss = t.to(input.dtype)

    def backward(grad):
        g = 1.0 / (nframe * dim) if reduction_enum == 1 else 1.0 / dim
        gi = torch.zeros(nframe, dim, dtype=input.dtype)
        with torch.no_grad():
            for dt in range(dim):
                tcol = tgt[:, dt].clamp(min=0).unsqueeze(1)
                it = x.gather(1, tcol).squeeze(1)
                for d in range(dim):
                    z = 1 - it + x[:, d]
                    keep = (valid[:, dt] & (is_target[:, d] == 0) & (z > 0)).to(input.dtype) * g
                    gi.scatter_add_(1, tcol, -keep.unsqueeze(1))
                    gi[:, d] += keep
            if reduction_enum == 0 and grad.dim() > 0:
                gi = gi * grad.reshape(nframe, 1)
            else:
                gi = gi * grad
        return (gi.reshape(input.size()), None)

    return _fused_loss("MultilabelMarginLossBackward0", backward, (input, target), loss)


def _std_pow(x, e):
    # Vectorized<float>::pow is std::pow per lane (no special cases for integer exponents, unlike
    # torch.pow): computed in double and rounded once.
    return torch.pow(x.double(), e).to(x.dtype)


def pdist(input, p=2):
    # ATen's pdist (Distance.cpp, cpu/DistanceOpsKernel.cpp run_parallel_pdist): for each pair i < j
    # in row-major order, map2_reduce_all over the columns with 8-lane float vectors (the first 8
    # lanes, then whole chunks added lane-wise, then the tail into its lanes, then the lanes summed
    # in order; rows shorter than 8 sum their columns in order), then the norm's finish. One node,
    # PdistBackward0, whose gradient is _pdist_backward's, accumulated pair by pair as the kernel does.
    if input.dim() != 2:
        raise RuntimeError(f"pdist only supports 2D tensors, got: {input.dim()}D")
    if not input.is_floating_point():
        raise RuntimeError("pdist only supports floating-point dtypes")
    if p < 0:
        raise RuntimeError("pdist only supports non-negative p values")
    n, m = input.size(0), input.size(1)
    lanes = 8 if input.dtype == torch.float32 else 4
    with torch.no_grad():
        idx = torch.triu_indices(n, n, 1)
        I, J = idx[0], idx[1]
        diff = (input.index_select(0, I) - input.index_select(0, J)).abs()
        if p == 0:
            mapped = (diff != 0).to(input.dtype)
        elif p == 1 or p == float("inf"):
            mapped = diff
        elif p == 2:
            mapped = diff * diff
        else:
            mapped = _std_pow(diff, p)
        red = (lambda a, b: torch.maximum(a, b)) if p == float("inf") else (lambda a, b: a + b)
        if I.numel() == 0 or m == 0:
            agg = torch.zeros(I.numel(), dtype=input.dtype)
        elif m < lanes:
            agg = mapped[:, 0]
            for c in range(1, m):
                agg = red(agg, mapped[:, c])
        else:
            acc = mapped[:, 0:lanes]
            full = m - m % lanes
            for c in range(lanes, full, lanes):
                acc = red(acc, mapped[:, c:c + lanes])
            if m > full:
                tail = m - full
                acc = torch.cat([red(acc[:, :tail], mapped[:, full:]), acc[:, tail:]], 1)
            agg = acc[:, 0]
            for c in range(1, lanes):
                agg = red(agg, acc[:, c])
        if p == 2:
            dist = agg.sqrt()
        elif p in (0, 1) or p == float("inf"):
            dist = agg
        else:
            # finish: pow(agg, 1 / p) with a double exponent (checked against PyTorch 1.13's last bits).
            dist = _std_pow(agg, 1.0 / p)

    def backward(grad):
        with torch.no_grad():
            d = input.index_select(0, I) - input.index_select(0, J)
            g = grad.unsqueeze(1)
            dd = dist.unsqueeze(1)
            zero = torch.zeros_like(d)
            if p == 0:
                r = zero
            elif p == 1:
                r = g * torch.sign(d)
            elif p == 2:
                r = torch.where(dd == 0, zero, g * d / dd)
            elif p == float("inf"):
                r = g * torch.sign(d) * (d.abs() == dd).to(d.dtype)
            elif p < 2:
                r = torch.where((dd == 0) | ((d == 0) & (p < 1)), zero,
                                torch.sign(d) * _std_pow(d.abs(), p - 1) * g / _std_pow(dd, p - 1))
            else:
                r = torch.where(dd == 0, zero, d * _std_pow(d.abs(), p - 2) * g / _std_pow(dd, p - 1))
            out = torch.zeros_like(input)
            index = torch.stack([I, J], 1).reshape(-1)
            values = torch.stack([r, -r], 1).reshape(-1, m)
            out.index_add_(0, index, values)
        return (out,)

    return _fused_loss("PdistBackward0", backward, (input,), dist)
