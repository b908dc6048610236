# The Python half of the playground's `torch` package. The native half (Tensor, dtypes, Size and
# one torch.<op> function per registered op) is set up in C++ (core/runtime/torch_module.cpp)
# before this file runs in the same module namespace. Mirrors torch/__init__.py: torch.compile,
# torch.device, grad-mode context managers, and the torch.ops / torch.classes namespaces.
import torch._C
import torch._C._dynamo
import builtins
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
# torch.conv1d / conv2d with a string padding ('same', 'valid') as well as an int list: the
# registered kernels are kept in torch._variable_functions._conv_native.
torch._variable_functions._conv_native.update(conv1d=conv1d, conv2d=conv2d)
from torch._variable_functions import conv1d, conv2d
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


def typename(obj, /):
    # torch/__init__.py typename: a tensor's type() ('torch.FloatTensor'), else module.qualname of
    # the object (a class or function) or of its class, without a 'builtins.' prefix.
    if isinstance(obj, torch.Tensor):
        return obj.type()
    module = getattr(obj, "__module__", "") or ""
    qualname = ""
    if hasattr(obj, "__qualname__"):
        qualname = obj.__qualname__
    elif hasattr(obj, "__name__"):
        qualname = obj.__name__
    else:
        module = obj.__class__.__module__ or ""
        qualname = obj.__class__.__qualname__
    if module in {"", "builtins"}:
        return qualname
    return f"{module}.{qualname}"


# Process settings of torch/__init__.py and ATen's global context that programs set at the top
# (reproducibility, threads, matmul precision). The playground runs one thread and computes float32
# matmuls in float32 whatever the precision asks (CPU PyTorch does the same); the settings are kept
# and read back as PyTorch's are.
_dp_num_threads = 1
_dp_num_interop_threads = 1
_dp_float32_matmul_precision = "highest"
_dp_deterministic = (False, False)  # (mode, warn_only)
_dp_deterministic_debug_mode = 0
_dp_warn_always = False


def set_num_threads(int):
    global _dp_num_threads
    if not isinstance(int, builtins.int) or isinstance(int, builtins.bool):
        raise TypeError("set_num_threads(): argument 'int' (position 1) must be int, not " + type(int).__name__)
    if int <= 0:
        raise RuntimeError("Expected positive number of threads")
    _dp_num_threads = int


def get_num_threads():
    return _dp_num_threads


def set_num_interop_threads(int):
    global _dp_num_interop_threads
    if int <= 0:
        raise RuntimeError("Expected positive number of threads")
    _dp_num_interop_threads = int


def get_num_interop_threads():
    return _dp_num_interop_threads


def set_float32_matmul_precision(precision):
    global _dp_float32_matmul_precision
    if precision not in ("highest", "high", "medium"):
        raise RuntimeError("Invalid precision " + str(precision))
    _dp_float32_matmul_precision = precision


def get_float32_matmul_precision():
    return _dp_float32_matmul_precision


def use_deterministic_algorithms(mode, *, warn_only=False):
    global _dp_deterministic
    _dp_deterministic = (builtins.bool(mode), builtins.bool(warn_only))


def are_deterministic_algorithms_enabled():
    return _dp_deterministic[0]


def is_deterministic_algorithms_warn_only_enabled():
    return _dp_deterministic[1]


def set_deterministic_debug_mode(debug_mode):
    # torch/__init__.py: "default"/0, "warn"/1, "error"/2 set use_deterministic_algorithms.
    global _dp_deterministic_debug_mode
    if isinstance(debug_mode, str):
        if debug_mode == "default":
            debug_mode = 0
        elif debug_mode == "warn":
            debug_mode = 1
        elif debug_mode == "error":
            debug_mode = 2
        else:
            raise RuntimeError("invalid value of debug_mode, expected one of `default`, `warn`, `error`, but got "
                               + debug_mode)
    elif not isinstance(debug_mode, builtins.int):
        raise TypeError("debug_mode must be str or int, but got " + type(debug_mode).__name__)
    if debug_mode == 0:
        use_deterministic_algorithms(False)
    elif debug_mode == 1:
        use_deterministic_algorithms(True, warn_only=True)
    elif debug_mode == 2:
        use_deterministic_algorithms(True)
    else:
        raise RuntimeError("invalid value of debug_mode, expected 0, 1, or 2, but got " + str(debug_mode))
    _dp_deterministic_debug_mode = debug_mode


def get_deterministic_debug_mode():
    if are_deterministic_algorithms_enabled():
        return 1 if is_deterministic_algorithms_warn_only_enabled() else 2
    return 0


def set_warn_always(b):
    global _dp_warn_always
    _dp_warn_always = builtins.bool(b)


def is_warn_always_enabled():
    return _dp_warn_always


def set_flush_denormal(mode):
    # False: the playground cannot flush denormals (PyTorch's answer on a CPU without SSE3).
    return False


def set_default_dtype(d):
    # Only the default (float32) is supported: the playground's factories and promotion rules are
    # built for it.
    if d is torch.float32:
        return
    if not isinstance(d, torch.dtype):
        raise TypeError("invalid dtype object: only floating-point types are supported as the default type")
    if not d.is_floating_point:
        raise TypeError("only floating-point types are supported as the default type")
    raise NotImplementedError("not supported by the playground yet: torch.set_default_dtype(" + str(d) +
                              ") (the default dtype stays torch.float32)")


def get_device(input):
    return input.get_device()


def is_same_size(input, other):
    return input.is_same_size(other)


def is_storage(obj):
    return False


def is_complex(input):
    return input.is_complex()


def is_signed(input):
    return input.is_signed()


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
