# The wrappers Dynamo traces through. Mirrors torch/_dynamo/external_utils.py
# (wrap_dunder_call_ctx_manager, get_nonrecursive_disable_wrapper).
import functools


def wrap_dunder_call_ctx_manager(self, func):
    """Applies `self` as a context manager around a call to func (a context manager's __call__)."""

    def inner(*args, **kwargs):
        with self:
            return func(*args, **kwargs)

    return inner


def get_nonrecursive_disable_wrapper(fn):
    """torch._dynamo.disable(recursive=False): a wrapper Dynamo refuses to trace (a graph break);
    fn's own frame then runs without Dynamo, the functions it calls are compiled."""

    @functools.wraps(fn)
    def nonrecursive_disable_wrapper(*args, **kwargs):
        return fn(*args, **kwargs)

    return nonrecursive_disable_wrapper
