# torch._dynamo.backends.registry: backends by name. Mirrors torch/_dynamo/backends/registry.py:
# register_backend (a decorator, with or without name= and tags=), lookup_backend (a name to its
# compiler function; InvalidBackend for an unknown name) and list_backends (the names, sorted, minus
# those with an excluded tag). The playground's own backends (eager, aot_eager, inductor, ...) run
# in the core by name; looking one up gives a compiler function that runs the graph the same way.
import torch
from torch._dynamo import exc

# Name -> tags of the backends PyTorch 2.9 registers itself. The debug backends and inductor run the
# graph as it is in the playground; cudagraphs, onnxrt, openxla and tvm need an accelerator or
# another package and fail in the backend (BackendCompilerFailed, "not supported by the playground
# yet").
_BUILTIN_TAGS = {
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
_NEEDS_MORE = ("cudagraphs", "onnxrt", "openxla", "tvm")

# Backends registered with register_backend: name -> compiler function.
_COMPILER_FNS = {}


def register_backend(compiler_fn=None, name=None, tags=()):
    """Registers compiler_fn under name (default: its __name__), so that
    torch.compile(..., backend=name) uses it. Usable as @register_backend or
    @register_backend(name=..., tags=...)."""
    if compiler_fn is None:
        def decorator(fn):
            return register_backend(fn, name=name, tags=tags)
        return decorator
    assert callable(compiler_fn)
    name = name or compiler_fn.__name__
    assert name not in _COMPILER_FNS and name not in _BUILTIN_TAGS, f"duplicate name: {name}"
    _COMPILER_FNS[name] = compiler_fn
    compiler_fn._tags = tuple(tags)
    return compiler_fn


def _builtin_compiler(name):
    def compiler_fn(gm, example_inputs):
        if name in _NEEDS_MORE:
            raise RuntimeError("not supported by the playground yet: the '" + name + "' backend (the playground "
                               "runs graphs with the eager, aot_eager and inductor backends)")
        return gm.forward
    compiler_fn.__name__ = name
    compiler_fn.__qualname__ = name
    compiler_fn._tags = _BUILTIN_TAGS[name]
    return compiler_fn


def lookup_backend(compiler_fn):
    """Expands a backend name into its compiler function; a callable is returned as it is."""
    if isinstance(compiler_fn, str):
        if compiler_fn in _COMPILER_FNS:
            return _COMPILER_FNS[compiler_fn]
        if compiler_fn in _BUILTIN_TAGS:
            return _builtin_compiler(compiler_fn)
        raise exc.InvalidBackend("Invalid backend: " + repr(compiler_fn) +
                                 ", see `torch._dynamo.list_backends()` for available backends.")
    return compiler_fn


def list_backends(exclude_tags=("debug", "experimental")):
    """The names of the registered backends, sorted, without those tagged with one of exclude_tags."""
    exclude = set(exclude_tags or ())
    names = [name for name, tags in _BUILTIN_TAGS.items() if not exclude.intersection(tags)]
    names += [name for name, fn in _COMPILER_FNS.items() if not exclude.intersection(getattr(fn, "_tags", ()))]
    return sorted(names)
