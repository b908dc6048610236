# torch.save / torch.load over an in-memory file system that lives for one run (the playground
# reaches no disk). Mirrors torch/serialization.py's signatures. Dynamo does not trace this file
# (trace_rules skips it): called from compiled code, save and load are the graph break "Attempted to
# call function marked as skipped".
__dynamo_skip__ = "torch/serialization.py is a skipped file of trace_rules"
_files = {}


def _copy(obj):
    import torch
    if isinstance(obj, torch.Tensor):
        return obj.detach().clone()
    if isinstance(obj, list):
        return [_copy(x) for x in obj]
    if isinstance(obj, tuple):
        return tuple(_copy(x) for x in obj)
    if isinstance(obj, dict):
        return {k: _copy(v) for k, v in obj.items()}
    return obj


def save(obj, f, pickle_module=None, pickle_protocol=2, _use_new_zipfile_serialization=True):
    if not isinstance(f, str):
        raise TypeError("the playground's torch.save writes to a path (str), got " + type(f).__name__)
    _files[f] = _copy(obj)


def load(f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None, **pickle_load_args):
    if not isinstance(f, str):
        raise TypeError("the playground's torch.load reads a path (str), got " + type(f).__name__)
    if f not in _files:
        raise FileNotFoundError("[Errno 2] No such file or directory: '" + f + "'")
    return _copy(_files[f])
