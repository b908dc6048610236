# torch.utils.data._utils.collate: default_collate / default_convert, as PyTorch's
# torch/utils/data/_utils/collate.py turns a list of samples into a batch: tensors are stacked on a
# new first dimension, Python ints become an int64 tensor, floats a float64 tensor, strings and
# bytes stay a list, mappings / namedtuples / sequences are collated field by field (a tuple sample
# gives a list, as in PyTorch).
import torch


# (collections.abc is not in the playground's standard library yet: mappings are dicts and their
# subclasses, sequences lists and tuples.)
def _is_mapping(x):
    return isinstance(x, dict)


def _is_sequence(x):
    return isinstance(x, (list, tuple))


def default_convert(data):
    if isinstance(data, torch.Tensor):
        return data
    if _is_mapping(data):
        return type(data)({key: default_convert(data[key]) for key in data}) if type(data) is not dict else \
            {key: default_convert(data[key]) for key in data}
    if isinstance(data, tuple) and hasattr(data, "_fields"):
        return type(data)(*(default_convert(d) for d in data))
    if isinstance(data, tuple):
        return [default_convert(d) for d in data]
    if _is_sequence(data):
        return [default_convert(d) for d in data]
    return data


_ERR = "default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists; found {}"


def default_collate(batch):
    elem = batch[0]
    elem_type = type(elem)
    if isinstance(elem, torch.Tensor):
        return torch.stack(batch, 0)
    if isinstance(elem, bool):
        return torch.tensor(batch)
    if isinstance(elem, float):
        return torch.tensor(batch, dtype=torch.float64)
    if isinstance(elem, int):
        return torch.tensor(batch)
    if isinstance(elem, (str, bytes)):
        return batch
    if _is_mapping(elem):
        if elem_type is dict:
            return {key: default_collate([d[key] for d in batch]) for key in elem}
        try:
            return elem_type({key: default_collate([d[key] for d in batch]) for key in elem})
        except TypeError:
            return {key: default_collate([d[key] for d in batch]) for key in elem}
    if isinstance(elem, tuple) and hasattr(elem, "_fields"):
        return elem_type(*(default_collate(samples) for samples in zip(*batch)))
    if _is_sequence(elem):
        it = iter(batch)
        elem_size = len(next(it))
        if not all(len(e) == elem_size for e in it):
            raise RuntimeError("each element in list of batch should be of equal size")
        transposed = list(zip(*batch))
        if isinstance(elem, tuple):
            return [default_collate(samples) for samples in transposed]
        if elem_type is list:
            return [default_collate(samples) for samples in transposed]
        try:
            return elem_type([default_collate(samples) for samples in transposed])
        except TypeError:
            return [default_collate(samples) for samples in transposed]
    raise TypeError(_ERR.format(elem_type))
