# torch.nn.utils.parametrizations (torch/nn/utils/parametrizations.py, PyTorch 2.9): weight_norm
# and spectral_norm as parametrizations (torch.nn.utils.parametrize). _SpectralNorm draws u and v
# with normal_ on the default generator, as PyTorch does, then runs 15 power iterations.
# Differences: tensors are real (Tensor.H is .t(); torch.vdot is dot with VdotBackward0); orthogonal() needs
# torch.matrix_exp / geqrf / linalg.householder_product, which the playground lacks: it says so.
from enum import auto, Enum

import torch
import torch.nn.functional as F
from torch import Tensor
from torch.nn.modules.module import Module
from torch.nn.utils import parametrize

__all__ = ["orthogonal", "spectral_norm", "weight_norm"]


class _OrthMaps(Enum):
    matrix_exp = auto()
    cayley = auto()
    householder = auto()


def orthogonal(module, name="weight", orthogonal_map=None, *, use_trivialization=True):
    r"""Apply an orthogonal or unitary parametrization to a matrix or a batch of matrices."""
    weight = getattr(module, name, None)
    if not isinstance(weight, Tensor):
        raise ValueError(f"Module '{module}' has no parameter or buffer with name '{name}'")
    if weight.ndim < 2:
        raise ValueError(f"Expected a matrix or batch of matrices. Got a tensor of {weight.ndim} dimensions.")
    if orthogonal_map is None:
        orthogonal_map = "matrix_exp" if weight.size(-2) == weight.size(-1) else "householder"
    orth_enum = getattr(_OrthMaps, orthogonal_map, None)
    if orth_enum is None:
        raise ValueError(
            'orthogonal_map has to be one of "matrix_exp", "cayley", "householder". '
            f"Got: {orthogonal_map}"
        )
    raise NotImplementedError("not supported by the playground yet: torch.nn.utils.parametrizations.orthogonal "
                              "(torch.matrix_exp, torch.geqrf and torch.linalg.householder_product)")


def _norm_except_dim(v, pow, dim):
    # torch.norm_except_dim (aten/src/ATen/native/WeightNorm.cpp): the norm over every dim but `dim`,
    # kept as size-1 dims; dim == -1: the norm of the whole tensor.
    if dim == -1:
        return v.norm(pow)
    if dim == 0:
        return v.contiguous().view(v.size(0), -1).norm(pow, 1).view([v.size(0)] + [1] * (v.dim() - 1))
    if dim == v.dim() - 1:
        return v.contiguous().view(-1, v.size(-1)).norm(pow, 0).view([1] * (v.dim() - 1) + [v.size(-1)])
    return _norm_except_dim(v.transpose(0, dim), pow, 0).transpose(0, dim)


def _weight_norm(v, g, dim=0):
    # torch._weight_norm: v * (g / norm_except_dim(v, 2, dim)). PyTorch's CPU kernel is one op
    # (_weight_norm_interface, grad_fn WeightNormInterfaceBackward0) for dim 0 and dim -1 / last;
    # the value is computed with the composite, the node is named like PyTorch's in eager code.
    w = v * (g / _norm_except_dim(v, 2, dim))
    last = v.dim() - 1
    if torch.compiler.is_compiling() or not (dim == 0 or dim == -1 or dim == last) or dim == -1:
        return w
    if not torch.is_grad_enabled() or not (v.requires_grad or g.requires_grad):
        return w
    with torch.enable_grad():
        vd = v.detach().requires_grad_()
        gd = g.detach().requires_grad_()
        wd = vd * (gd / _norm_except_dim(vd, 2, dim))

    def backward(grad):
        gv, gg = torch.autograd.grad(wd, (vd, gd), grad, retain_graph=True)
        return (gv, gg)

    return torch._autograd_function_record("WeightNormInterfaceBackward0", backward, (v, g), (w.detach(),), (), ())[0]


class _WeightNorm(Module):
    def __init__(self, dim=0):
        super().__init__()
        if dim is None:
            dim = -1
        self.dim = dim

    def forward(self, weight_g, weight_v):
        return _weight_norm(weight_v, weight_g, self.dim)

    def right_inverse(self, weight):
        weight_g = _norm_except_dim(weight, 2, self.dim)
        weight_v = weight

        return weight_g, weight_v


def weight_norm(module, name="weight", dim=0):
    r"""Apply weight normalization to a parameter in the given module."""
    _weight_norm_param = _WeightNorm(dim)
    parametrize.register_parametrization(module, name, _weight_norm_param, unsafe=True)

    def _weight_norm_compat_hook(state_dict, prefix, local_metadata, strict, missing_keys, unexpected_keys,
                                 error_msgs):
        g_key = f"{prefix}{name}_g"
        v_key = f"{prefix}{name}_v"
        if g_key in state_dict and v_key in state_dict:
            original0 = state_dict.pop(g_key)
            original1 = state_dict.pop(v_key)
            state_dict[f"{prefix}parametrizations.{name}.original0"] = original0
            state_dict[f"{prefix}parametrizations.{name}.original1"] = original1

    if hasattr(module, "_register_load_state_dict_pre_hook"):
        module._register_load_state_dict_pre_hook(_weight_norm_compat_hook)
    return module


class _SpectralNorm(Module):
    def __init__(self, weight, n_power_iterations=1, dim=0, eps=1e-12):
        super().__init__()
        ndim = weight.ndim
        if dim >= ndim or dim < -ndim:
            raise IndexError(
                "Dimension out of range (expected to be in range of "
                f"[-{ndim}, {ndim - 1}] but got {dim})"
            )

        if n_power_iterations <= 0:
            raise ValueError(
                "Expected n_power_iterations to be positive, but "
                f"got n_power_iterations={n_power_iterations}"
            )
        self.dim = dim if dim >= 0 else dim + ndim
        self.eps = eps
        if ndim > 1:
            self.n_power_iterations = n_power_iterations
            weight_mat = self._reshape_weight_to_matrix(weight)
            h, w = weight_mat.size()

            u = weight_mat.new_empty(h).normal_(0, 1)
            v = weight_mat.new_empty(w).normal_(0, 1)
            self.register_buffer("_u", F.normalize(u, dim=0, eps=self.eps))
            self.register_buffer("_v", F.normalize(v, dim=0, eps=self.eps))

            self._power_method(weight_mat, 15)

    def _reshape_weight_to_matrix(self, weight):
        assert weight.ndim > 1

        if self.dim != 0:
            weight = weight.permute(self.dim, *(d for d in range(weight.dim()) if d != self.dim))

        return weight.flatten(1)

    @torch.no_grad()
    def _power_method(self, weight_mat, n_power_iterations):
        assert weight_mat.ndim > 1

        for _ in range(n_power_iterations):
            self._u = F.normalize(torch.mv(weight_mat, self._v), dim=0, eps=self.eps, out=self._u)
            # PyTorch: weight_mat.H (the conjugate transpose), which the playground's Dynamo lacks
            # (every playground tensor is real: .t()).
            self._v = F.normalize(torch.mv(weight_mat.t(), self._u), dim=0, eps=self.eps, out=self._v)

    def forward(self, weight):
        if weight.ndim == 1:
            return F.normalize(weight, dim=0, eps=self.eps)
        else:
            weight_mat = self._reshape_weight_to_matrix(weight)
            if self.training:
                self._power_method(weight_mat, self.n_power_iterations)
            u = self._u.clone(memory_format=torch.contiguous_format)
            v = self._v.clone(memory_format=torch.contiguous_format)
            sigma = torch.vdot(u, torch.mv(weight_mat, v))
            return weight / sigma

    def right_inverse(self, value):
        return value


def spectral_norm(module, name="weight", n_power_iterations=1, eps=1e-12, dim=None):
    r"""Apply spectral normalization to a parameter in the given module."""
    weight = getattr(module, name, None)
    if not isinstance(weight, Tensor):
        raise ValueError(f"Module '{module}' has no parameter or buffer with name '{name}'")

    if dim is None:
        if isinstance(module, tuple(getattr(torch.nn, n) for n in ("ConvTranspose1d", "ConvTranspose2d",
                                                                     "ConvTranspose3d") if hasattr(torch.nn, n))):
            dim = 1
        else:
            dim = 0
    parametrize.register_parametrization(module, name, _SpectralNorm(weight, n_power_iterations, dim, eps))
    return module
