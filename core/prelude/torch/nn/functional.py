# torch.nn.functional: thin wrappers over the registered ops. Dynamo records calls to these as
# torch.nn.functional.* nodes (torch/_dynamo/variables/torch.py treats them as in-graph functions).
import torch


def relu(input, inplace=False):
    if inplace:
        return torch.relu_(input)
    return torch.relu(input)


# PyTorch: torch.nn.functional.relu_ is torch.relu_ itself (a C builtin), so Dynamo records it as
# torch.relu_.
relu_ = torch.relu_


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
    return torch.mse_loss(input, target, reduction=reduction)


def nll_loss(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean"):
    return torch.nll_loss(input, target, weight, ignore_index=ignore_index, reduction=reduction)


def cross_entropy(input, target, weight=None, size_average=None, ignore_index=-100, reduce=None, reduction="mean",
                  label_smoothing=0.0):
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


def max_pool2d(input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False):
    if return_indices:
        raise NotImplementedError("max_pool2d(return_indices=True) is not supported by the playground yet")
    if stride is None:
        stride = []
    return torch.max_pool2d(input, kernel_size, stride, padding, dilation, ceil_mode)


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
    # aten's l1_loss: apply_loss_reduction((input - target).abs(), reduction).
    return _reduce((input - target).abs(), reduction)


def binary_cross_entropy(input, target, weight=None, size_average=None, reduce=None, reduction="mean"):
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
