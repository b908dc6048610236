# torch._dynamo's decorators and compile-time switches. Mirrors torch/_dynamo/decorators.py
# (disable, allow_in_graph, disallow_in_graph, set_stance, error_on_graph_break, graph_break, skip_frame,
# mark_dynamic, maybe_mark_dynamic, mark_static) and the
# DisableContext of torch/_dynamo/eval_frame.py. What the tracer must know is native
# (torch._C._dynamo): the stance, the error_on_graph_break flag, the skipped code objects.
import functools
import torch
from torch._dynamo.external_utils import wrap_dunder_call_ctx_manager, get_nonrecursive_disable_wrapper


def innermost_fn(fn):
    """The function under any number of torch.compile / disable wrappers."""
    while hasattr(fn, "_torchdynamo_orig_callable"):
        fn = fn._torchdynamo_orig_callable
    return fn


class DisableContext:
    """torch._dynamo.disable(recursive=True): fn and everything it calls run without Dynamo."""

    def __init__(self, msg=None):
        self.msg = msg

    def __call__(self, fn):
        if not callable(fn):
            raise RuntimeError("torch._dynamo.disable: expected a callable, got " + repr(fn))

        @functools.wraps(fn)
        def _fn(*args, **kwargs):
            return torch._C._dynamo.run_disabled(fn, args, kwargs)

        _fn._torchdynamo_disable = True
        _fn._torchdynamo_disable_msg = self.msg
        _fn._torchdynamo_orig_callable = fn
        return _fn

    def __enter__(self):
        raise RuntimeError("the playground does not support `with torch._dynamo.disable():` yet; "
                           "decorate a function with @torch.compiler.disable instead")

    def __exit__(self, exc_type, exc_value, traceback):
        return False


def disable(fn=None, recursive=True, *, reason=None, wrapping=True):
    """Decorator (or call) that keeps Dynamo out of fn: a compiled caller graph-breaks at the call
    ("Skip calling `torch.compiler.disable()`d function") and fn runs eagerly. recursive=False
    skips fn's own frame only; the functions it calls are still compiled."""
    if recursive:
        if fn is not None:
            fn = innermost_fn(fn)
            return DisableContext(msg=reason)(fn)
        return DisableContext(msg=reason)

    def wrap(fn):
        fn = innermost_fn(fn)
        if not callable(fn):
            raise AssertionError
        torch._C._dynamo.skip_code(fn)
        nonrecursive_disable_wrapper = get_nonrecursive_disable_wrapper(fn)
        nonrecursive_disable_wrapper._torchdynamo_disable = True
        nonrecursive_disable_wrapper._torchdynamo_disable_msg = reason
        nonrecursive_disable_wrapper._torchdynamo_orig_callable = fn
        nonrecursive_disable_wrapper._torchdynamo_disable_recursive = False
        return nonrecursive_disable_wrapper

    if fn is None:
        return wrap
    return wrap(fn)


def assume_constant_result(fn):
    """Marks fn so that Dynamo calls it while tracing and bakes its result into the graph as a
    constant (decorators.py assume_constant_result: `fn._dynamo_marked_constant = True`)."""
    fn._dynamo_marked_constant = True
    return fn


def allow_in_graph(fn):
    """Puts calls of fn in the graph as one call_function node (run on fake tensors while
    tracing) instead of tracing into it."""
    if isinstance(fn, (list, tuple)):
        return [allow_in_graph(x) for x in fn]
    if not callable(fn):
        raise TypeError("allow_in_graph expects a callable")
    torch._C._dynamo.allow_in_graph(fn)
    return fn


def disallow_in_graph(fn):
    """Keeps an in-graph callable (a torch.* op) out of the graph: a traced call is the graph break
    "Attempted to call function marked as skipped" and the op runs eagerly. A global setting, undone
    by allow_in_graph(fn). Mirrors decorators.py _disallow_in_graph_helper(throw_if_not_allowed=True)."""
    if isinstance(fn, (list, tuple)):
        return [disallow_in_graph(x) for x in fn]
    assert callable(fn), "disallow_in_graph expects a callable"
    if not torch._C._dynamo.disallow_in_graph(fn):
        raise torch._dynamo.exc.IncorrectUsage(
            "disallow_in_graph is expected to be used on an already allowed callable (like torch.* ops). "
            "Allowed callables means callables that TorchDynamo puts as-is in the extracted graph."
        )
    return fn


def graph_break(msg=None):
    """A user-inserted graph break: Dynamo stops the graph here (gb0025)."""
    pass


def nonstrict_trace(traceable_fn):
    """torch._dynamo.nonstrict_trace: like allow_in_graph, but a traced call becomes one
    torch.ops.higher_order.flat_apply node over the pytree-flattened arguments (docs/compiler-api.md
    "nonstrict_trace"). Only the returned wrapper is marked; eagerly it calls traceable_fn."""
    assert callable(traceable_fn), "nonstrict_trace expects a callable"

    @functools.wraps(traceable_fn)
    def wrapped(*args, **kwargs):
        return traceable_fn(*args, **kwargs)

    torch._C._dynamo.nonstrict_trace(wrapped)
    return wrapped


def skip_frame(msg=None):
    """Force a skip of the current frame: Dynamo runs the whole frame eagerly."""
    pass


_STANCES = ("default", "force_eager", "eager_on_recompile", "fail_on_recompile")


class set_stance:
    """Sets torch.compile's stance (function call, context manager or decorator)."""

    _dynamo_forbidden = True

    def __init__(self, stance="default", *, skip_guard_eval_unsafe=False, force_backend=None):
        if force_backend is not None and stance != "default":
            raise RuntimeError("non-default stance cannot have force_backend set")
        self.stance = stance
        self.prev = torch._C._dynamo.set_stance(stance)

    def __call__(self, fn):
        torch._C._dynamo.set_stance(self.prev)
        stance = self.stance

        @functools.wraps(fn)
        def _fn(*args, **kwargs):
            prior = torch._C._dynamo.set_stance(stance)
            try:
                return fn(*args, **kwargs)
            finally:
                torch._C._dynamo.set_stance(prior)

        _fn._dynamo_forbidden = True
        return _fn

    def __enter__(self):
        torch._C._dynamo.set_stance(self.stance)

    def __exit__(self, exc_type, exc_value, traceback):
        torch._C._dynamo.set_stance(self.prev)
        return False


class ErrorOnGraphBreakDecoratorContextManager:
    def __init__(self, error_on_graph_break):
        self.error_on_graph_break = error_on_graph_break

    __call__ = wrap_dunder_call_ctx_manager

    def __enter__(self):
        self.prev_error_on_graph_break = torch._C._dynamo.get_error_on_graph_break()
        torch._C._dynamo.set_error_on_graph_break(self.error_on_graph_break)

    def __exit__(self, exc_type, exc_value, traceback):
        torch._C._dynamo.set_error_on_graph_break(self.prev_error_on_graph_break)


def error_on_graph_break(error_on_graph_break):
    """Context manager/decorator toggling torch.compile's `error_on_graph_break` setting at compile
    time: while True (and fullgraph=False), a graph break raises Unsupported instead."""
    return ErrorOnGraphBreakDecoratorContextManager(error_on_graph_break)


def mark_dynamic(t, index, *, min=None, max=None):
    """Marks dim(s) `index` of tensor `t` dynamic: a symbol on the next compile (decorators.py)."""
    torch._C._dynamo.mark_dynamic(t, index, 0)


def maybe_mark_dynamic(t, index):
    """Like mark_dynamic, but specializing the dim later is allowed."""
    torch._C._dynamo.mark_dynamic(t, index, 1)


# decorators.py @forbid_in_graph: calling them in traced code is an AssertionError.
mark_dynamic._dynamo_forbidden = True
maybe_mark_dynamic._dynamo_forbidden = True


def mark_static(t, index=None):
    """Keeps dim(s) `index` of tensor `t` static, even under automatic dynamic or dynamic=True."""
    if index is None:
        index = list(range(t.dim()))
    torch._C._dynamo.mark_dynamic(t, index, 2)
