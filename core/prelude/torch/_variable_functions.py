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
