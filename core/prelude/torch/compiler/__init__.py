# torch.compiler: the public aliases of torch._dynamo's APIs. Mirrors torch/compiler/__init__.py
# (set_stance, reset, is_compiling, is_dynamo_compiling, is_exporting, disable, assume_constant_result, allow_in_graph,
# error_on_graph_break, list_backends).
import torch


def set_stance(stance="default", *, skip_guard_eval_unsafe=False, force_backend=None):
    """Sets the stance of torch.compile: "default", "force_eager", "eager_on_recompile" or
    "fail_on_recompile". A function call, a context manager or a decorator."""
    return torch._dynamo.set_stance(stance, skip_guard_eval_unsafe=skip_guard_eval_unsafe, force_backend=force_backend)


# torch/compiler/__init__.py: set_stance may not be called in traced code (an AssertionError).
set_stance._dynamo_forbidden = True


def reset():
    torch._dynamo.reset()


def is_compiling():
    """True while Dynamo traces (constant-folded into the graph), False when run eagerly."""
    return torch._C._dynamo.is_compiling()


def is_dynamo_compiling():
    """True while Dynamo traces, as is_compiling (the playground has no export tracing)."""
    return torch._C._dynamo.is_compiling()


def is_exporting():
    """True while torch.export traces; the playground has no export tracing, so always False (as in
    PyTorch outside export, and constant under Dynamo)."""
    return False


def disable(fn=None, recursive=True, *, reason=None):
    """Keeps torch.compile out of fn (a decorator or a call); see torch._dynamo.disable."""
    return torch._dynamo.disable(fn, recursive, reason=reason)


def assume_constant_result(fn):
    """Dynamo runs fn while tracing and uses its result as a constant; see
    torch._dynamo.assume_constant_result."""
    return torch._dynamo.assume_constant_result(fn)


def allow_in_graph(fn):
    """Puts fn in the graph as one node instead of tracing into it; see torch._dynamo.allow_in_graph."""
    return torch._dynamo.allow_in_graph(fn)


def error_on_graph_break(error_on_graph_break):
    """Context manager/decorator: while True (and fullgraph=False) graph breaks raise errors."""
    return torch._dynamo.error_on_graph_break(error_on_graph_break)


def list_backends(exclude_tags=("debug", "experimental")):
    return torch._dynamo.list_backends(exclude_tags)


def cudagraph_mark_step_begin():
    """Marks the start of an iteration for CUDA graph trees (torch/compiler/__init__.py); the playground
    has no CUDA graphs, so there is nothing to mark."""


def compile(*args, **kwargs):
    """torch.compiler.compile: an alias of torch.compile."""
    return torch.compile(*args, **kwargs)


def set_enable_guard_collectives(enabled):
    """Whether guard evaluation is synchronized across distributed ranks; the playground has one
    process, so the setting only remembers its value. Returns the previous one."""
    global _guard_collectives
    prior = _guard_collectives
    _guard_collectives = enabled
    return prior


_guard_collectives = False


# The guard filters of torch.compile(options={"guard_filter_fn": ...}) (torch/compiler/__init__.py):
# each takes the list of guard entries and returns one keep/drop flag per entry.
def skip_guard_on_inbuilt_nn_modules_unsafe(guard_entries):
    return [not entry.orig_guard.source.is_unspecialized_builtin_nn_module() for entry in guard_entries]


def skip_guard_on_all_nn_modules_unsafe(guard_entries):
    return [not entry.orig_guard.source.is_unspecialized_nn_module() for entry in guard_entries]


def keep_tensor_guards_unsafe(guard_entries, keep_parameters=False):
    keep_flags = []
    for entry in guard_entries:
        if entry.guard_type == "TENSOR_MATCH":
            if not isinstance(entry.value, torch.nn.Parameter):
                keep_flags.append(True)
            elif keep_parameters:
                keep_flags.append(True)
            else:
                keep_flags.append(False)
        else:
            keep_flags.append(False)
    return keep_flags


def skip_guard_on_globals_unsafe(guard_entries):
    return [not entry.is_global for entry in guard_entries]
