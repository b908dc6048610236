# torch._dynamo: the user-facing helpers around the C++ tracer (core/dynamo). Mirrors
# torch/_dynamo/__init__.py: reset, graph_break, disable, explain, config, and the submodules.
import torch
from torch._dynamo import exc
from torch._dynamo import config
from torch._dynamo import eval_frame
from torch._dynamo import testing
from torch._dynamo.eval_frame import explain
from torch._dynamo import external_utils
from torch._dynamo import decorators
from torch._dynamo import utils
from torch._dynamo import compiled_autograd
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


# The backend registry (torch/_dynamo/backends/registry.py): the names torch.compile accepts.
from torch._dynamo import backends
from torch._dynamo.backends.registry import register_backend, lookup_backend, list_backends


def _lookup_backend(backend):
    # torch.compile's backend argument: an unknown name fails when torch.compile is called (not at
    # the first call); a name given to register_backend becomes its function; the playground's own
    # backends stay names, which the core runs.
    if isinstance(backend, str):
        if backend in backends.registry._COMPILER_FNS:
            return backends.registry._COMPILER_FNS[backend]
        lookup_backend(backend)
    return backend


def __getattr__(name):
    # torch._dynamo.OptimizedModule: made on first use (torch._dynamo.eval_frame's __getattr__).
    if name == "OptimizedModule":
        return eval_frame.OptimizedModule
    raise AttributeError("module 'torch._dynamo' has no attribute '" + name + "'")
