# torch._dynamo: the user-facing helpers around the C++ tracer (core/dynamo). Mirrors
# torch/_dynamo/__init__.py: reset, graph_break, disable, explain, config, and the submodules.
import torch
from torch._dynamo import exc
from torch._dynamo import config
from torch._dynamo import eval_frame
from torch._dynamo import testing
from torch._dynamo.eval_frame import explain, OptimizedModule
from torch._dynamo import external_utils
from torch._dynamo import decorators
from torch._dynamo import utils
from torch._dynamo.decorators import mark_dynamic, maybe_mark_dynamic, mark_static
from torch._dynamo.decorators import disable, allow_in_graph, disallow_in_graph, assume_constant_result, graph_break, skip_frame, set_stance, error_on_graph_break, nonstrict_trace


def reset():
    """Clears every compiled entry and the compile-id counters."""
    torch._C._dynamo.reset()


def is_compiling():
    return torch._C._dynamo.is_compiling()


def optimize(backend="inductor", nopython=False, dynamic=None):
    def wrap(fn):
        return torch.compile(fn, backend=backend, fullgraph=nopython, dynamic=dynamic)
    return wrap


# The backend registry (torch/_dynamo/backends/registry.py): name -> tags. The debug backends and
# inductor run the graph as it is in the playground; cudagraphs, onnxrt, openxla and tvm are
# registered as in PyTorch and fail in the backend (BackendCompilerFailed, "not supported by the
# playground yet") since they need an accelerator or another package.
_BACKEND_TAGS = {
    "aot_eager": ("debug",),
    "aot_eager_decomp_partition": ("debug",),
    "aot_eager_default_partitioner": ("debug",),
    "cudagraphs": (),
    "eager": ("debug",),
    "eager_noexcept": ("debug",),
    "inductor": (),
    "onnxrt": (),
    "openxla": (),
    "tvm": (),
}


def list_backends(exclude_tags=("debug", "experimental")):
    exclude = set(exclude_tags or ())
    return sorted(name for name, tags in _BACKEND_TAGS.items() if not exclude.intersection(tags))


def _lookup_backend(backend):
    # lookup_backend: an unknown name fails when torch.compile is called, not at the first call.
    if isinstance(backend, str) and backend not in _BACKEND_TAGS:
        raise exc.InvalidBackend("Invalid backend: " + repr(backend) +
                                 ", see `torch._dynamo.list_backends()` for available backends.")
    return backend
