# torch.linalg (mirrors torch/linalg/__init__.py): the functions the playground has, bound to
# their ops (torch.linalg_qr: core/torch/linalg.cpp); the norms as aten/src/ATen/native/LinearAlgebra.cpp
# composes them (linalg_norm -> linalg_vector_norm / linalg_matrix_norm; the vector norm is the
# `norm` op, whose node is LinalgVectorNormBackward0).
import torch
import torch._linalg

qr = torch.linalg_qr
cross = torch._linalg.linalg_cross


def vector_norm(x, ord=2, dim=None, keepdim=False, *, dtype=None, out=None):
    if isinstance(dim, int):
        dim = [dim]
    result = torch.norm(x, ord, dim, keepdim, dtype=dtype)
    if out is not None:
        out.copy_(result)
        return out
    return result


def matrix_norm(A, ord="fro", dim=(-2, -1), keepdim=False, *, dtype=None, out=None):
    dim = list(dim)
    if len(dim) != 2:
        raise RuntimeError("linalg.matrix_norm: dim must be a 2-tuple. Got " + " ".join(str(d) for d in dim))
    if A.dim() < 2:
        raise RuntimeError("linalg.matrix_norm: The input tensor A must have at least 2 dimensions.")
    if isinstance(ord, str):
        if ord not in ("fro", "nuc"):
            raise RuntimeError("linalg.matrix_norm: Order " + ord + " not supported.")
        if ord == "nuc":
            raise NotImplementedError("not supported by the playground yet: the nuclear norm (it needs an SVD)")
        result = vector_norm(A, 2, dim, keepdim, dtype=dtype)
    else:
        abs_ord = abs(ord)
        if abs_ord not in (2, 1, float("inf")):
            raise RuntimeError("linalg.matrix_norm: Order " + str(ord) + " not supported.")
        if abs_ord == 2:
            raise NotImplementedError("not supported by the playground yet: the spectral norm ord=" + str(ord) +
                                      " (it needs an SVD)")
        n = A.dim()
        dim_ = [d + n if d < 0 else d for d in dim]
        if abs_ord == float("inf"):
            dim_ = [dim_[1], dim_[0]]
        if not keepdim and dim_[0] < dim_[1]:
            dim_[1] -= 1
        if ord > 0:
            result = torch.amax(vector_norm(A, 1, dim_[0], keepdim, dtype=dtype), dim_[1], keepdim)
        else:
            result = torch.amin(vector_norm(A, 1, dim_[0], keepdim, dtype=dtype), dim_[1], keepdim)
    if out is not None:
        out.copy_(result)
        return out
    return result


def norm(A, ord=None, dim=None, keepdim=False, *, dtype=None, out=None):
    if dim is not None:
        if isinstance(dim, int):
            dim = [dim]
        dim = list(dim)
        if len(dim) not in (1, 2):
            raise RuntimeError("linalg.norm: If dim is specified, it must be of length 1 or 2. Got " + str(dim))
    if ord is not None:
        if dim is None and A.dim() not in (1, 2):
            raise RuntimeError("linalg.norm: If dim is not specified but ord is, the input must be 1D or 2D. Got " +
                               str(A.dim()) + "D.")
        ndim = len(dim) if dim is not None else A.dim()
        if isinstance(ord, str) and ndim != 2:
            raise RuntimeError("linalg.norm: If dim is specified, it mut be of length 2 when ord is a string. Got "
                               + str(dim) if dim is not None else "")
        if ndim == 1:
            return vector_norm(A, ord, dim, keepdim, dtype=dtype, out=out)
        return matrix_norm(A, ord, dim if dim is not None else (0, 1), keepdim, dtype=dtype, out=out)
    return vector_norm(A, 2, dim, keepdim, dtype=dtype, out=out)


def det(A, *, out=None):
    return torch.functional.linalg_det(A, out=out)
