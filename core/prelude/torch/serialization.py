# torch.save / torch.load over the run's in-memory file system (_dp_files; the playground reaches
# no disk) and over file-like objects (io.BytesIO). Mirrors torch/serialization.py's signatures and
# what a round trip gives back: tensors are copies with the same dtype, shape and requires_grad
# (a Parameter stays a Parameter), containers keep their types (OrderedDict included). The bytes
# written are a playground token, not PyTorch's zip format. Dynamo does not trace this file
# (trace_rules skips it): called from compiled code, save and load are the graph break "Attempted
# to call function marked as skipped".
__dynamo_skip__ = "torch/serialization.py is a skipped file of trace_rules"
import _dp_files

_MAGIC = b"dp-playground torch.save #"
_saved = []


def _copy(obj):
    import torch
    if isinstance(obj, torch.Tensor):
        t = obj.detach().clone()
        if isinstance(obj, torch.nn.Parameter):
            return torch.nn.Parameter(t, requires_grad=obj.requires_grad)
        if obj.requires_grad:
            t.requires_grad_()
        return t
    if isinstance(obj, list):
        return [_copy(x) for x in obj]
    if isinstance(obj, tuple):
        return tuple(_copy(x) for x in obj)
    if isinstance(obj, dict):
        out = type(obj)()
        for k, v in obj.items():
            out[k] = _copy(v)
        return out
    return obj


def save(obj, f, pickle_module=None, pickle_protocol=2, _use_new_zipfile_serialization=True):
    if isinstance(f, str):
        _dp_files.files[f] = _copy(obj)
        return
    if not hasattr(f, "write"):
        raise AttributeError("'" + type(f).__name__ + "' object has no attribute 'write'")
    _saved.append(_copy(obj))
    f.write(_MAGIC + str(len(_saved) - 1).encode())


def load(f, map_location=None, pickle_module=None, *, weights_only=None, mmap=None, **pickle_load_args):
    if isinstance(f, str):
        if f not in _dp_files.files:
            raise FileNotFoundError("[Errno 2] No such file or directory: '" + f + "'")
        return _copy(_dp_files.files[f])
    data = f.read()
    if data[:len(_MAGIC)] != _MAGIC:
        raise NotImplementedError("not supported by the playground yet: torch.load of bytes that the "
                                  "playground's torch.save did not write")
    return _copy(_saved[int(data[len(_MAGIC):].decode())])
