# torch.distributed in the playground: one process, no communication backend. Mirrors the
# surface of torch/distributed/__init__.py and distributed_c10d.py that single-process code
# touches (is_available, is_initialized, get_rank, ...). Starting a process group is a playground
# limitation and says so; the queries a script makes before that behave as PyTorch's do when no
# process group exists (docs/compiler-api.md, "Distributed").

_NOT_INITIALIZED = "Default process group has not been initialized, please make sure to call init_process_group."


def is_available():
    # PyTorch: whether the build has the distributed package. The playground's has no backend.
    return False


def is_initialized():
    return False


def _unsupported(what):
    raise RuntimeError("not supported by the playground yet: " + what +
                       " (the playground runs one process and has no communication backend)")


def init_process_group(*args, **kwargs):
    _unsupported("torch.distributed.init_process_group")


def get_rank(group=None):
    raise ValueError(_NOT_INITIALIZED)


def get_world_size(group=None):
    raise ValueError(_NOT_INITIALIZED)


def barrier(*args, **kwargs):
    raise ValueError(_NOT_INITIALIZED)


def destroy_process_group(group=None):
    raise ValueError(_NOT_INITIALIZED)
