# torch._functorch.vmap (mirrors torch/_functorch/vmap.py): vmap's argument checks and error texts
# are PyTorch's; the transform itself is a loop. Where PyTorch wraps each mapped input in a
# BatchedTensor and runs func once, the playground calls func once per index of the mapped
# dimension on `arg.select(in_dim, i)` and stacks the outputs along out_dim (torch.stack), so the
# values are those of the per-example calls and the outputs are new contiguous tensors (PyTorch's
# may be expanded or strided views). randomness="error" is checked by comparing the default
# generator's state before and after each call; "same" replays the state for every index.
import torch
from torch import Tensor
from torch.utils._pytree import _broadcast_to_and_flatten, tree_flatten, tree_map_, tree_unflatten


def _validate_and_get_batch_size(flat_in_dims, flat_args):
    batch_sizes = [arg.size(in_dim) for in_dim, arg in zip(flat_in_dims, flat_args) if in_dim is not None]
    if len(batch_sizes) == 0:
        raise ValueError("vmap: Expected at least one Tensor to vmap over")
    if batch_sizes and any(size != batch_sizes[0] for size in batch_sizes):
        raise ValueError(
            f"vmap: Expected all tensors to have the same size in the mapped "
            f"dimension, got sizes {batch_sizes} for the mapped dimension"
        )
    return batch_sizes[0]


def _process_batched_inputs(in_dims, args, func):
    if not isinstance(in_dims, int) and not isinstance(in_dims, tuple):
        raise ValueError(
            f"vmap({_get_name(func)}, in_dims={in_dims}, ...)(<inputs>): "
            f"expected `in_dims` to be int or a (potentially nested) tuple "
            f"matching the structure of inputs, got: {type(in_dims)}."
        )
    if len(args) == 0:
        raise ValueError(
            f"vmap({_get_name(func)})(<inputs>): got no inputs. Maybe you forgot to add "
            f"inputs, or you are trying to vmap over a function with no inputs. "
            f"The latter is unsupported."
        )

    flat_args, args_spec = tree_flatten(args)
    flat_in_dims = _broadcast_to_and_flatten(in_dims, args_spec)
    if flat_in_dims is None:
        raise ValueError(
            f"vmap({_get_name(func)}, in_dims={in_dims}, ...)(<inputs>): "
            f"in_dims is not compatible with the structure of `inputs`. "
            f"in_dims has structure {tree_flatten(in_dims)[1]} but inputs "
            f"has structure {args_spec}."
        )

    for i, (arg, in_dim) in enumerate(zip(flat_args, flat_in_dims)):
        if not isinstance(in_dim, int) and in_dim is not None:
            raise ValueError(
                f"vmap({_get_name(func)}, in_dims={in_dims}, ...)(<inputs>): "
                f"Got in_dim={in_dim} for an input but in_dim must be either "
                f"an integer dimension or None."
            )
        if isinstance(in_dim, int) and not isinstance(arg, Tensor):
            raise ValueError(
                f"vmap({_get_name(func)}, in_dims={in_dims}, ...)(<inputs>): "
                f"Got in_dim={in_dim} for an input but the input is of type "
                f"{type(arg)}. We cannot vmap over non-Tensor arguments, "
                f"please use None as the respective in_dim"
            )
        if in_dim is not None and (in_dim < -arg.dim() or in_dim >= arg.dim()):
            raise ValueError(
                f"vmap({_get_name(func)}, in_dims={in_dims}, ...)(<inputs>): "
                f"Got in_dim={in_dim} for some input, but that input is a Tensor "
                f"of dimensionality {arg.dim()} so expected in_dim to satisfy "
                f"-{arg.dim()} <= in_dim < {arg.dim()}."
            )
        if in_dim is not None and in_dim < 0:
            flat_in_dims[i] = in_dim % arg.dim()

    return _validate_and_get_batch_size(flat_in_dims, flat_args), flat_in_dims, flat_args, args_spec


def _check_int_or_none(x, func, out_dims):
    if isinstance(x, int):
        return
    if x is None:
        return
    raise ValueError(
        f"vmap({_get_name(func)}, ..., out_dims={out_dims}): `out_dims` must be "
        f"an int, None or a python collection of ints representing where in the outputs the "
        f"vmapped dimension should appear."
    )


def _check_out_dims_is_int_or_int_pytree(out_dims, func):
    if isinstance(out_dims, int):
        return
    tree_map_(lambda x: _check_int_or_none(x, func, out_dims), out_dims)


def _get_name(func):
    if hasattr(func, "__name__"):
        return func.__name__
    # Not all callables have __name__ (functools.partial, an nn.Module).
    return repr(func)


def _check_randomness_arg(randomness):
    if randomness not in ["error", "different", "same"]:
        raise RuntimeError(
            f"Only allowed values for randomness are 'error', 'different', or 'same'. Got {randomness}"
        )


def _flat_out_dims(batched_output, out_dims, func):
    # _unwrap_batched's structure check, on the first index's output.
    flat_outputs, output_spec = tree_flatten(batched_output)

    def incompatible_error():
        raise ValueError(
            f"vmap({_get_name(func)}, ..., out_dims={out_dims})(<inputs>): "
            f"out_dims is not compatible with the structure of `outputs`. "
            f"out_dims has structure {tree_flatten(out_dims)[1]} but outputs "
            f"has structure {output_spec}."
        )

    if isinstance(batched_output, torch.Tensor):
        if isinstance(out_dims, int):
            return [out_dims], output_spec
        if isinstance(out_dims, tuple) and len(out_dims) == 1:
            return list(out_dims), output_spec
        if out_dims is None:
            return [out_dims], output_spec
        incompatible_error()
    flat_out_dims = _broadcast_to_and_flatten(out_dims, output_spec)
    if flat_out_dims is None:
        incompatible_error()
    return flat_out_dims, output_spec


def _stack_outputs(outputs, out_dims, func):
    name = _get_name(func)
    flat_out_dims, output_spec = _flat_out_dims(outputs[0], out_dims, func)
    flat_per_index = [tree_flatten(o)[0] for o in outputs]
    result = []
    for j, out_dim in enumerate(flat_out_dims):
        first = flat_per_index[0][j]
        if out_dim is None:
            # PyTorch refuses a BatchedTensor here: an output that depends on the mapped index.
            if isinstance(first, torch.Tensor) and any(
                    not (isinstance(o[j], torch.Tensor) and o[j].shape == first.shape and torch.equal(o[j], first))
                    for o in flat_per_index[1:]):
                raise ValueError(f"vmap({name}, ...): `{name}` can not return a BatchedTensor when out_dim is None")
            result.append(first)
            continue
        if not isinstance(first, torch.Tensor):
            raise ValueError(
                f"vmap({name}, ...): `{name}` must only return "
                f"Tensors, got type {type(first)}. "
                "Did you mean to set out_dims= to None for output?"
            )
        result.append(torch.stack([o[j] for o in flat_per_index], dim=out_dim))
    return tree_unflatten(result, output_spec)


_RANDOM_ERROR = ("vmap: called random operation while in randomness error mode. Please either use the "
                 "'same' or 'different' randomness flags on vmap or perform the randomness operation out of vmap")


def _flat_vmap(func, batch_size, flat_in_dims, flat_args, args_spec, out_dims, randomness, kwargs):
    if batch_size == 0:
        raise NotImplementedError("not supported by the playground yet: vmap over a dimension of size 0")
    outputs = []
    state = torch.get_rng_state() if randomness != "different" else None
    for i in range(batch_size):
        if randomness == "same":
            torch.set_rng_state(state)
        sliced = [arg if in_dim is None else arg.select(in_dim, i) for in_dim, arg in zip(flat_in_dims, flat_args)]
        out = func(*tree_unflatten(sliced, args_spec), **kwargs)
        if randomness == "error" and not torch.equal(torch.get_rng_state(), state):
            raise RuntimeError(_RANDOM_ERROR)
        outputs.append(out)
    return _stack_outputs(outputs, out_dims, func)


def get_chunk_sizes(total_elems, chunk_size):
    n_chunks = total_elems // chunk_size
    chunk_sizes = [chunk_size] * n_chunks
    remainder = total_elems % chunk_size
    if remainder != 0:
        chunk_sizes.append(remainder)
    return chunk_sizes


def vmap_impl(func, in_dims, out_dims, randomness, chunk_size, *args, **kwargs):
    _check_out_dims_is_int_or_int_pytree(out_dims, func)
    batch_size, flat_in_dims, flat_args, args_spec = _process_batched_inputs(in_dims, args, func)
    # chunk_size only changes how many examples PyTorch batches at once; a loop gives the same
    # values with any chunk size.
    return _flat_vmap(func, batch_size, flat_in_dims, flat_args, args_spec, out_dims, randomness, kwargs)
