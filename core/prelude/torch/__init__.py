# The Python half of the playground's `torch` package. The native half (Tensor, dtypes, Size and
# one torch.<op> function per registered op) is set up in C++ (core/runtime/torch_module.cpp)
# before this file runs in the same module namespace. Mirrors torch/__init__.py: torch.compile,
# torch.device, grad-mode context managers, and the torch.ops / torch.classes namespaces.
import torch._C
import torch._C._dynamo
from builtins import type as builtins_type, int as builtins_int


# c10/core/Device.cpp: the device types a device string may name, in parse_type's order.
_DEVICE_TYPES = ("cpu", "cuda", "ipu", "xpu", "mkldnn", "opengl", "opencl", "ideep", "hip", "ve", "fpga", "maia",
                 "xla", "lazy", "vulkan", "mps", "meta", "hpu", "mtia", "privateuseone")


class device:
    def __init__(self, type="cpu", index=None):
        if isinstance(type, device):
            if index is not None:
                raise TypeError("device(): argument 'type' must be str, not torch.device")
            self.type = type.type
            self.index = type.index
            return
        if not isinstance(type, str):
            raise TypeError("device(): argument 'type' (position 1) must be str, not " + builtins_type(type).__name__)
        # Device::Device(const std::string&): "type" or "type:index", the index a non-negative integer.
        # The string must match ([a-zA-Z_]+)(?::([1-9]\d*|0))?
        if type == "":
            raise RuntimeError("Device string must not be empty")
        name, sep, idx = type.partition(":")
        parsed = None
        valid = name != ""
        for c in name:  # (all() here would be torch.all)
            if not (c == "_" or ("a" <= c <= "z") or ("A" <= c <= "Z")):
                valid = False
        if sep:
            valid = valid and idx != "" and idx.isascii() and idx.isdigit() and (idx == "0" or idx[0] != "0")
        if not valid:
            raise RuntimeError("Invalid device string: '" + type + "'")
        if sep:
            parsed = builtins_int(idx)
        if name not in _DEVICE_TYPES:
            raise RuntimeError("Expected one of " + ", ".join(_DEVICE_TYPES) +
                               " device type at start of device string: " + name)
        if index is not None:
            if sep:
                raise RuntimeError("type (string) must not include an index because index was passed explicitly: " +
                                   type)
            if index < 0:
                raise RuntimeError("Device index must not be negative")
            parsed = index
        self.type = name
        self.index = parsed

    def __repr__(self):
        if self.index is None:
            return "device(type='" + self.type + "')"
        return "device(type='" + self.type + "', index=" + str(self.index) + ")"

    def __str__(self):
        if self.index is None:
            return self.type
        return self.type + ":" + str(self.index)

    def __eq__(self, other):
        return isinstance(other, device) and other.type == self.type and other.index == self.index

    def __hash__(self):
        return hash(self.type)

    # `with torch.device(...)` (torch/csrc/Device.cpp THPDevice_enter/exit: a DeviceContext mode that
    # gives the factories of torch/utils/_device.py's _device_constructors() that device; the device
    # itself is the `as` value). The CPU is the playground's only device: inside `with
    # torch.device("cuda")` those factories raise the CPU-only build's "Torch not compiled with CUDA
    # enabled" (core/runtime/torch_module.cpp reads torch._dp_default_device); another device says
    # the playground lacks it.
    def __enter__(self):
        if self.type not in ("cpu", "cuda"):
            raise NotImplementedError("not supported by the playground yet: with torch.device(" + repr(str(self)) +
                                      ") (the playground runs on the CPU only)")
        import torch
        torch._dp_device_stack.append(torch._dp_default_device)
        torch._dp_default_device = None if self.type == "cpu" else str(self)
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        import torch
        torch._dp_default_device = torch._dp_device_stack.pop()
        return None


class no_grad:
    def __enter__(self):
        self.prev = is_grad_enabled()
        _set_grad_enabled(False)

    def __exit__(self, exc_type, exc_value, traceback):
        _set_grad_enabled(self.prev)
        return False

    def __call__(self, fn):
        def wrapper(*args, **kwargs):
            with no_grad():
                return fn(*args, **kwargs)
        return wrapper


class enable_grad:
    def __enter__(self):
        self.prev = is_grad_enabled()
        _set_grad_enabled(True)

    def __exit__(self, exc_type, exc_value, traceback):
        _set_grad_enabled(self.prev)
        return False


class set_grad_enabled:
    def __init__(self, mode):
        self.prev = is_grad_enabled()
        _set_grad_enabled(mode)

    def __enter__(self):
        return None

    def __exit__(self, exc_type, exc_value, traceback):
        _set_grad_enabled(self.prev)
        return False


def cond(pred, true_fn, false_fn, operands=()):
    """torch.cond eagerly: the branch the predicate (a bool or a one-element tensor) selects,
    called with the operands (docs/compiler-api.md "torch.cond")."""
    if pred:
        return true_fn(*operands)
    return false_fn(*operands)


# torch.inference_mode: inference mode implies no autograd recording (the playground does not
# model inference tensors). _enter/_exit_inference_mode are what a traced `with
# torch.inference_mode():` calls (docs/compiler-api.md "torch.inference_mode").
_inference_mode_enabled = [False]


def _enter_inference_mode(mode):
    ctx = (is_grad_enabled(), _inference_mode_enabled[0])
    if mode:
        _set_grad_enabled(False)
    _inference_mode_enabled[0] = True if mode else False
    _set_inference_mode_enabled(_inference_mode_enabled[0])
    return ctx


def _exit_inference_mode(ctx):
    _set_grad_enabled(ctx[0])
    _inference_mode_enabled[0] = ctx[1]
    _set_inference_mode_enabled(ctx[1])


# torch.is_inference_mode_enabled: the native state _set_inference_mode_enabled sets (a C builtin,
# as in PyTorch).


class inference_mode:
    def __init__(self, mode=True):
        self.mode = mode

    def __enter__(self):
        self._ctx = _enter_inference_mode(self.mode)

    def __exit__(self, exc_type, exc_value, traceback):
        _exit_inference_mode(self._ctx)
        return False

    def __call__(self, fn):
        mode = self.mode

        def wrapper(*args, **kwargs):
            with inference_mode(mode):
                return fn(*args, **kwargs)
        return wrapper


# torch._inductor.list_mode_options: the modes torch.compile accepts with the inductor backend, in
# PyTorch 2.9's order (the playground runs every mode as the eager backend does).
_INDUCTOR_MODES = ("default", "reduce-overhead", "max-autotune-no-cudagraphs", "max-autotune")


def compile(model=None, *, fullgraph=False, dynamic=None, backend="inductor", mode=None, options=None, disable=False):
    """torch.compile: returns the function (or module) wrapped so that Dynamo traces it."""
    # Decorator mode: nothing is checked until the decorator is applied (as in PyTorch).
    if model is None:
        def fn(model):
            if model is None:
                raise RuntimeError("Model can't be None")
            return compile(model, fullgraph=fullgraph, dynamic=dynamic, backend=backend, mode=mode, options=options,
                           disable=disable)
        return fn
    if mode is not None and options is not None:
        raise RuntimeError("Either mode or options can be specified, but both can't be specified at the same time.")
    if mode is None and options is None:
        mode = "default"
    if backend == "inductor":
        # _TorchCompileInductorWrapper.apply_mode -> list_mode_options(mode)
        if mode and mode not in _INDUCTOR_MODES:
            raise RuntimeError("Unrecognized mode=" + str(mode) + ", should be one of: " + ", ".join(_INDUCTOR_MODES))
    backend = torch._dynamo._lookup_backend(backend)
    if disable:
        return model
    from torch.nn.modules.module import Module
    if isinstance(model, Module):
        return torch._dynamo.eval_frame.OptimizedModule(model, backend, fullgraph, dynamic)
    compiled = torch._C._dynamo.optimize(model, backend, fullgraph, dynamic)
    if compiled is None:
        raise RuntimeError("torch.compile in the playground compiles Python functions and nn.Modules, not " + repr(model))
    return compiled


from torch import _ops
ops = _ops._Ops()
classes = _ops._Classes()

from torch import _script_classes
from torch import _dynamo
from torch import _library
from torch import _subclasses  # torch/__init__.py imports it too (FakeTensorMode)
from torch import library
from torch import compiler
from torch import _logging
from torch import serialization
from torch.serialization import save, load
# torch._C._nn (the C++ nn functions F.pad and F.one_hot call) and the composite torch.* C builtins
# torch.nn.functional aliases; before torch.nn, which binds them.
import torch._nn
torch._C._nn = torch._nn
from torch._variable_functions import cosine_similarity, pairwise_distance
from torch._variable_functions import (max_pool1d, max_pool1d_with_indices, avg_pool1d, adaptive_avg_pool1d,
                                       feature_dropout, feature_dropout_, instance_norm, kl_div, prelu)
from torch._variable_functions import ravel, diagflat, kron, cross, cov, corrcoef, bilinear
from torch import nn
from torch import autograd
from torch import optim
from torch import fx
from torch import testing
from torch import cuda
from torch import linalg
from torch import functional
from torch import distributed
from torch.functional import einsum
from torch.functional import (meshgrid, broadcast_tensors, broadcast_shapes, cartesian_prod, atleast_1d, atleast_2d,
                              atleast_3d, hstack, vstack, row_stack, dstack, column_stack, tensor_split, hsplit,
                              vsplit, split_with_sizes, msort, argwhere, std_mean, var_mean, nansum, nanmean,
                              nanmedian, quantile, diff, trace, masked_select, broadcast_to, take,
                              logcumsumexp, take_along_dim, fmax, fmin, isclose, isposinf, isneginf,
                              float_power, tile, fliplr, flipud, rot90, fix, randint_like, layout,
                              strided, sparse_coo, memory_format, contiguous_format, preserve_format,
                              channels_last, channels_last_3d, cdist, tril_indices,
                              triu_indices, isin, det, bucketize, block_diag, unique_consecutive, vander,
                              combinations, renorm, tensordot, nanquantile,
                              histogram, trapezoid, trapz, cumulative_trapezoid,
                              index_fill, index_copy)
from torch._tensor_str import set_printoptions
from torch._dtype_info import finfo, iinfo
from torch._generator import (Generator, default_generator, manual_seed, initial_seed, seed, get_rng_state,
                              set_rng_state)
from torch import _tensor_methods
from torch._random import bernoulli, multinomial, normal
from torch import utils
from torch import accelerator
from torch import amp
from torch import backends, cpu, mps, xpu, jit, export, random, version, distributions, hub
from torch import func
from torch import _inductor  # torch/__init__.py: a lazy module, imported on first use there
from torch.func import vmap  # torch/__init__.py: `from torch._functorch.apis import vmap`
from torch.version import __version__
from torch.torch_version import TorchVersion
from torch.amp import autocast, is_autocast_available, get_autocast_dtype, is_autocast_enabled
import torch.cuda.amp  # torch/cuda/__init__.py imports its amp package


_dp_default_device = None  # "cuda" / "cuda:N" while a CUDA default device is set, else None
_dp_device_stack = []


def set_default_device(device):
    # torch.set_default_device (torch/__init__.py): None or the CPU: factories make CPU tensors; a
    # CUDA device: they raise the CPU-only build's AssertionError when called (as PyTorch's
    # DeviceContext does); other devices are not in the playground.
    global _dp_default_device
    if device is None:
        _dp_default_device = None
        return
    d = torch.device(device)
    if d.type == "cpu":
        _dp_default_device = None
    elif d.type == "cuda":
        _dp_default_device = str(d)
    else:
        raise NotImplementedError("not supported by the playground yet: torch.set_default_device("
                                  + repr(str(device)) + ") (the playground runs on the CPU only)")


def get_default_device():
    # torch.get_default_device: a device without an index is completed by making a tensor there
    # (torch.tensor([]).device), which raises for CUDA on a CPU-only build.
    if _dp_default_device is None:
        return torch.device("cpu")
    d = torch.device(_dp_default_device)
    if d.index is not None:
        return d
    return torch.tensor([]).device


import torch.utils.data  # torch/__init__.py imports torch.utils.data (torch.utils.data.DataLoader after `import torch`)
import torch.__future__  # torch/__init__.py: `torch.__future__` after `import torch`


# torch/__init__.py: the math constants (`from math import e, inf, nan, pi`) and `newaxis`.
from math import e, inf, nan, pi  # noqa: E402
newaxis = None


def _check(cond, message=None):
    """torch._check: raises RuntimeError when cond is false. Traced, a condition on symbolic sizes
    becomes a guard (and narrows the symbol's range), as in torch/__init__.py."""
    if not cond:
        if message is None:
            raise RuntimeError("Expected cond to be True, but got False. (Could this error message be improved? "
                               "If so, please report an enhancement request to PyTorch.)")
        raise RuntimeError(message())
