# torch.jit (torch/jit/__init__.py): the parts model code uses without TorchScript — the state
# queries (`torch.jit.is_scripting()` is False outside a scripted function), the decorators
# (`@torch.jit.ignore`, `unused`, `export` leave the function as it is when not scripting) and
# `annotate`. Compiling to TorchScript (`script`, `trace`, `save`, `load`, `freeze`) is not supported
# by the playground yet; torchbind script objects are (torch.classes, docs/torchbind.md).


def is_scripting():
    return False


def is_tracing():
    return False


def annotate(the_type, the_value):
    return the_value


def ignore(drop=False, **kwargs):
    if callable(drop):
        return drop

    def decorator(fn):
        return fn

    return decorator


def unused(fn):
    return fn


def export(fn):
    return fn


def _overload_method(func):
    return func


class Final:
    pass


def _not_supported(what):
    def fn(*args, **kwargs):
        raise NotImplementedError("not supported by the playground yet: torch.jit." + what + " (TorchScript)")

    fn.__name__ = what
    return fn


script = _not_supported("script")
trace = _not_supported("trace")
trace_module = _not_supported("trace_module")
save = _not_supported("save")
load = _not_supported("load")
freeze = _not_supported("freeze")
optimize_for_inference = _not_supported("optimize_for_inference")
