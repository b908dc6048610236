# torch._C._nn: the C++ functions of PyTorch's nn namespace that torch.nn.functional calls (this
# module is installed as torch._C._nn; Dynamo records a call of one of its functions as a single
# `torch._C._nn.NAME` node, see core/dynamo/variables/builder.cpp). Mirrors ATen's
# aten/src/ATen/native/PadNd.cpp (pad, _pad_enum, _pad_circular) and Onehot.cpp (one_hot) over the
# registered kernels (core/torch/pad_distance_ops.cpp).
import torch

__dp_hide_frames__ = True  # C functions in PyTorch: no lines of this file in tracebacks

_MODES = ("constant", "reflect", "replicate", "circular")


def pad(input, pad, mode="constant", value=None):
    if not isinstance(input, torch.Tensor):
        raise TypeError("pad(): argument 'input' (position 1) must be Tensor, not " + type(input).__name__)
    # at::pad: the mode by name, then _pad_enum's checks and dispatch.
    # python_arg_parser (2.x texts, as core/torch/python_arg_parser.cpp): pad is an int list
    # (SymInt[]: its first element decides the overload, later ones fail to unpack), mode a str.
    if not isinstance(pad, (list, tuple)):
        raise TypeError("pad(): argument 'pad' (position 2) must be tuple of ints, not " + type(pad).__name__)
    for i, p in enumerate(pad):
        if (isinstance(p, bool) or not isinstance(p, int)) and i == 0:
            raise TypeError("pad(): argument 'pad' (position 2) must be tuple of ints, but found element of type " +
                            type(p).__name__ + " at pos 0")
        if not isinstance(p, int):
            raise TypeError("pad(): argument 'pad' failed to unpack the object at pos " + str(i + 1) +
                            " with error \"type must be tuple of ints,but got " + type(p).__name__ + "\"")
    if not isinstance(mode, str):
        raise TypeError("pad(): argument 'mode' (position 3) must be str, not " + type(mode).__name__)
    if mode not in _MODES:
        raise NotImplementedError("Unrecognised padding mode " + str(mode))
    pad = [int(p) for p in pad]
    input_dim = input.dim()
    if len(pad) % 2 != 0:
        raise RuntimeError("Padding length must be divisible by 2")
    if len(pad) > input_dim * 2:
        raise RuntimeError("Padding length should be less than or equal to two times the input dimension but got "
                           "padding length " + str(len(pad)) + " and input of dimension " + str(input_dim))
    if mode == "constant":
        return torch.constant_pad_nd(input, pad, 0.0 if value is None else value)
    if value is not None and value != 0:
        raise RuntimeError("Padding mode \"" + mode + "\" doesn't take in value argument")
    if len(pad) == 2 and (input_dim == 2 or input_dim == 3):
        if mode == "reflect":
            return torch.reflection_pad1d(input, pad)
        if mode == "replicate":
            return torch.replication_pad1d(input, pad)
        return _pad_circular(input, pad)
    if len(pad) == 4 and (input_dim == 3 or input_dim == 4):
        if mode == "reflect":
            return torch.reflection_pad2d(input, pad)
        if mode == "replicate":
            return torch.replication_pad2d(input, pad)
        return _pad_circular(input, pad)
    if len(pad) == 6 and (input_dim == 4 or input_dim == 5):
        if mode == "reflect":
            return torch.reflection_pad3d(input, pad)
        if mode == "replicate":
            return torch.replication_pad3d(input, pad)
        return _pad_circular(input, pad)
    raise NotImplementedError("Only 2D, 3D, 4D, 5D padding with non-constant padding are supported for now")


def _pad_circular(input, pad):
    # _pad_circular_symint: an empty output, the input copied into its middle, then each padded
    # side copied from the opposite end of the output (corners are written twice); the copies into
    # slices make its grad_fn a CopySlices, as in PyTorch.
    in_shape = list(input.shape)
    ndim = len(in_shape)
    ndim_padded = len(pad) // 2
    ndim_nonpadded = ndim - ndim_padded
    if ndim_nonpadded != 1 and ndim_nonpadded != 2:
        raise RuntimeError("Invalid padding size, expected 1 or 2 non-padded dimensions, which would be equivalent to "
                           "padding of length " + str((ndim - 1) * 2) + " or " + str((ndim - 2) * 2) +
                           " respectively but got " + str(len(pad)))
    out_shape = in_shape[:ndim_nonpadded]
    for i in range(ndim_padded):
        pad_l = pad[2 * (ndim_padded - i - 1)]
        pad_r = pad[2 * (ndim_padded - i - 1) + 1]
        size = in_shape[ndim_nonpadded + i]
        out_shape.append(size + pad_l + pad_r)
        if not (pad_l <= size and pad_r <= size):
            raise RuntimeError("Padding value causes wrapping around more than once.")
        if out_shape[-1] < 0:
            raise RuntimeError("Negative padding value is resulting in an empty dimension")
    out = input.new_empty(out_shape)
    out_slice = out
    in_slice = input
    for i in range(ndim_padded):
        dim = ndim_padded - i + ndim_nonpadded - 1
        pad_l = pad[2 * i]
        pad_r = pad[2 * i + 1]
        out_slice = out_slice.narrow(dim, max(pad_l, 0), out_shape[dim] - max(pad_r, 0) - max(pad_l, 0))
        in_slice = in_slice.narrow(dim, max(-pad_l, 0), in_shape[dim] - max(-pad_r, 0) - max(-pad_l, 0))
    out_slice.copy_(in_slice)
    for i in range(ndim_padded):
        dim = ndim_padded - i + ndim_nonpadded - 1
        pad_l = pad[2 * i]
        pad_r = pad[2 * i + 1]
        if pad_l > 0:
            start = out_shape[dim] - pad_l - max(pad_r, 0)
            out.narrow(dim, 0, pad_l).copy_(out.narrow(dim, start, pad_l))
        if pad_r > 0:
            out.narrow(dim, out_shape[dim] - pad_r, pad_r).copy_(out.narrow(dim, max(pad_l, 0), pad_r))
    return out


def one_hot(tensor, num_classes=-1):
    # python_arg_parser: one_hot(Tensor input, int num_classes=-1).
    if not isinstance(tensor, torch.Tensor):
        raise TypeError("one_hot(): argument 'input' (position 1) must be Tensor, not " + type(tensor).__name__)
    if not isinstance(num_classes, int):
        raise TypeError("one_hot(): argument 'num_classes' (position 2) must be int, not " +
                        type(num_classes).__name__)
    return torch._one_hot(tensor, num_classes)



# The activation kernels PyTorch exposes only here (torch._C._nn.hardswish ...), not as torch.NAME:
# registered ops (core/torch/activation_ops.cpp) taken out of the torch namespace.
def _take(name):
    fn = getattr(torch, name)
    delattr(torch, name)
    return fn


_ops = {n: _take(n) for n in ("hardswish", "hardswish_", "hardsigmoid", "hardsigmoid_", "log_sigmoid", "mish",
                              "mish_", "softshrink")}
del _take


def hardswish(input):
    return _ops["hardswish"](input)


def hardswish_(input):
    return _ops["hardswish_"](input)


def hardsigmoid(input):
    return _ops["hardsigmoid"](input)


def hardsigmoid_(input):
    return _ops["hardsigmoid_"](input)


def log_sigmoid(input):
    return _ops["log_sigmoid"](input)


def mish(input):
    return _ops["mish"](input)


def mish_(input):
    return _ops["mish_"](input)


def softshrink(input, lambd=0.5):
    return _ops["softshrink"](input, lambd)


_ops["smooth_l1_loss"] = getattr(torch, "smooth_l1_loss")
_ops["huber_loss"] = getattr(torch, "huber_loss")
del torch.smooth_l1_loss, torch.huber_loss


def smooth_l1_loss(input, target, reduction="mean", beta=1.0):
    return _ops["smooth_l1_loss"](input, target, reduction, beta)


def huber_loss(input, target, reduction="mean", delta=1.0):
    return _ops["huber_loss"](input, target, reduction, delta)


def l1_loss(input, target, reduction="mean"):
    # aten's l1_loss: apply_loss_reduction((input - target).abs(), reduction).
    loss = (input - target).abs()
    if reduction == "mean":
        return loss.mean()
    if reduction == "sum":
        return loss.sum()
    return loss


_ops["glu"] = getattr(torch, "glu")
del torch.glu


def glu(input, dim=-1):
    return _ops["glu"](input, dim)


# aten/src/ATen/native/Im2Col.cpp / Col2Im.cpp (im2col_shape_check, col2im_shape_check): F.unfold's
# sliding blocks as columns and F.fold's sum of them back into an image, written over slicing,
# stack and in-place adds (values as ATen's; the grad_fn is that of the last view, not
# Im2ColBackward0 / Col2ImBackward0).
def _blocks(size, kernel_size, dilation, padding, stride):
    return [(size[i] + 2 * padding[i] - (dilation[i] * (kernel_size[i] - 1) + 1)) // stride[i] + 1 for i in range(2)]


def _check_fold_args(kernel_size, dilation, padding, stride):
    if kernel_size[0] <= 0 or kernel_size[1] <= 0:
        raise RuntimeError("kernel size should be greater than zero, but got kernel_height: " + str(kernel_size[0]) +
                           " kernel_width: " + str(kernel_size[1]))
    if stride[0] <= 0 or stride[1] <= 0:
        raise RuntimeError("stride should be greater than zero, but got stride_height: " + str(stride[0]) +
                           " stride_width: " + str(stride[1]))
    if dilation[0] <= 0 or dilation[1] <= 0:
        raise RuntimeError("dilation should be greater than zero, but got dilation_height: " + str(dilation[0]) +
                           " dilation_width: " + str(dilation[1]))
    if padding[0] < 0 or padding[1] < 0:
        raise RuntimeError("padding should be non-negative, but got pad_height: " + str(padding[0]) +
                           " pad_width: " + str(padding[1]))


def _size_index_check(input, dim):
    # Tensor.size(dim)'s IndexError for a tensor with fewer dimensions.
    n = input.dim()
    if n == 0:
        raise IndexError("Dimension specified as " + str(min(dim, 1)) + " but tensor has no dimensions")
    if dim >= n:
        raise IndexError("Dimension out of range (expected to be in range of [" + str(-n) + ", " + str(n - 1) +
                         "], but got " + str(n) + ")")


def _pair_text(p):
    return "(" + str(p[0]) + ", " + str(p[1]) + ")"


def im2col(input, kernel_size, dilation, padding, stride):
    _check_fold_args(kernel_size, dilation, padding, stride)
    _size_index_check(input, 2)  # im2col_shape_check reads input.size(1) and size(2) first
    if input.dim() not in (3, 4) or any(s == 0 for s in (input.shape if input.dim() == 3 else input.shape[1:])):
        raise RuntimeError("Expected 3D or 4D (batch mode) tensor input with possibly 0 batch size and non-zero "
                           "dimensions for input, but got: " + str(list(input.shape)))
    batched = input.dim() == 4
    x = input if batched else input.unsqueeze(0)
    n, c, h, w = x.shape
    oh, ow = _blocks((h, w), kernel_size, dilation, padding, stride)
    if oh < 1 or ow < 1:
        raise RuntimeError("Given input with spatial size " + _pair_text((h, w)) + ", kernel_size=" +
                           _pair_text(kernel_size) + ", dilation=" + _pair_text(dilation) + ", padding=" +
                           _pair_text(padding) + ", calculated shape of the array of sliding blocks as " +
                           _pair_text((oh, ow)) + ", but its components must be at least one.")
    if padding[0] or padding[1]:
        x = torch.constant_pad_nd(x, [padding[1], padding[1], padding[0], padding[0]], 0)
    cols = []
    for i in range(kernel_size[0]):
        for j in range(kernel_size[1]):
            top = i * dilation[0]
            left = j * dilation[1]
            cols.append(x[:, :, top:top + stride[0] * (oh - 1) + 1:stride[0],
                          left:left + stride[1] * (ow - 1) + 1:stride[1]])
    out = torch.stack(cols, 2).reshape(n, c * kernel_size[0] * kernel_size[1], oh * ow)
    return out if batched else out.squeeze(0)


def col2im(input, output_size, kernel_size, dilation, padding, stride):
    _check_fold_args(kernel_size, dilation, padding, stride)
    if output_size[0] < 1 or output_size[1] < 1:
        raise RuntimeError("Expected output spatial size to be positive, but got: output_size=" +
                           _pair_text(output_size))
    if input.dim() not in (2, 3) or any(s == 0 for s in input.shape[1:]):
        raise RuntimeError("Expected 2D or 3D (batch mode) tensor for input with possibly 0 batch size and non-zero "
                           "dimensions for input, but got: " + str(list(input.shape)))
    batched = input.dim() == 3
    x = input if batched else input.unsqueeze(0)
    blocks = kernel_size[0] * kernel_size[1]
    if x.shape[1] % blocks != 0:
        raise RuntimeError("Expected size of input's dimension 1 to be divisible by the product of kernel_size, but "
                           "got input.size(1)=" + str(x.shape[1]) + " and kernel_size=" + _pair_text(kernel_size) + ".")
    oh, ow = _blocks(output_size, kernel_size, dilation, padding, stride)
    if oh < 1 or ow < 1 or x.shape[2] != oh * ow:
        raise RuntimeError("Given output_size=" + _pair_text(output_size) + ", kernel_size=" + _pair_text(kernel_size) +
                           ", dilation=" + _pair_text(dilation) + ", padding=" + _pair_text(padding) + ", stride=" +
                           _pair_text(stride) + ", expected size of input's dimension 2 to match the calculated "
                           "number of sliding blocks " + str(oh) + " * " + str(ow) + " = " + str(oh * ow) +
                           ", but got input.size(2)=" + str(x.shape[2]) + ".")
    n = x.shape[0]
    c = x.shape[1] // blocks
    cols = x.reshape(n, c, kernel_size[0], kernel_size[1], oh, ow)
    h = output_size[0] + 2 * padding[0]
    w = output_size[1] + 2 * padding[1]
    out = torch.zeros((n, c, h, w), dtype=x.dtype)
    for i in range(kernel_size[0]):
        for j in range(kernel_size[1]):
            top = i * dilation[0]
            left = j * dilation[1]
            out[:, :, top:top + stride[0] * (oh - 1) + 1:stride[0],
                left:left + stride[1] * (ow - 1) + 1:stride[1]] += cols[:, :, i, j]
    out = out[:, :, padding[0]:padding[0] + output_size[0], padding[1]:padding[1] + output_size[1]]
    return out if batched else out.squeeze(0)
