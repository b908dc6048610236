# torch._functorch.functional_call (mirrors torch/_functorch/functional_call.py, and the
# reparametrization of torch/nn/utils/stateless.py it calls): functional_call runs a module with
# some of its parameters and buffers replaced by the given tensors (by their state_dict names),
# and puts the originals back afterwards; stack_module_state stacks the state of several modules
# of one class for model ensembling with vmap.
import torch


def _named_tensors(module):
    """(name, tensor) for every parameter and buffer, tied ones under each of their names
    (named_parameters(remove_duplicate=False))."""
    out = []

    def walk(m, prefix):
        for n, p in m._parameters.items():
            if p is not None:
                out.append((prefix + n, p))
        for n, b in m._buffers.items():
            if b is not None:
                out.append((prefix + n, b))
        for n, child in m._modules.items():
            if child is not None:
                walk(child, prefix + n + ".")

    walk(module, "")
    return out


def _get_submodule_and_attr(module, name):
    *path, attr = name.split(".")
    mod = module
    for p in path:
        mod = getattr(mod, p)
    return mod, attr


def _swap(module, name, value):
    """Puts value at name (a parameter, a buffer, or a new attribute); returns how to undo it."""
    mod, attr = _get_submodule_and_attr(module, name)
    for slot in ("_parameters", "_buffers"):
        d = mod.__dict__[slot]
        if attr in d:
            old = d[attr]
            d[attr] = value
            return lambda: d.__setitem__(attr, old)
    had = attr in mod.__dict__
    old = mod.__dict__.get(attr)
    mod.__dict__[attr] = value

    def undo():
        if had:
            mod.__dict__[attr] = old
        else:
            del mod.__dict__[attr]

    return undo


def _untie_named_tensors_map(module, parameters_and_buffers):
    # Tied names (one tensor under several names) take the given value for all of them.
    names_of = {}
    for n, t in _named_tensors(module):
        names_of.setdefault(id(t), []).append(n)
    tensor_of = dict(_named_tensors(module))
    result = dict(parameters_and_buffers)
    for name, value in parameters_and_buffers.items():
        if name not in tensor_of:
            continue
        for tied in names_of[id(tensor_of[name])]:
            if tied == name:
                continue
            if tied in parameters_and_buffers and parameters_and_buffers[tied] is not value:
                raise ValueError(f"functional_call got multiple values for keys {sorted([name, tied])}, "
                                 f"which are tied. Consider using tie_weights=False")
            result[tied] = value
    return result


def _functional_call(module, parameters_and_buffers, args=None, kwargs=None, *, tie_weights=True, strict=False):
    if kwargs is None:
        kwargs = {}
    if args is None:
        args = ()
    elif not isinstance(args, tuple):
        args = (args,)
    if strict:
        names = [n for n, _ in _named_tensors(module)]
        missing_keys = [n for n in names if n not in parameters_and_buffers]
        unexpected_keys = [n for n in parameters_and_buffers if n not in names]
        error_msgs = []
        if len(unexpected_keys) > 0:
            error_msgs.append(f"Unexpected key(s): {', '.join(map(repr, unexpected_keys))}.")
        if len(missing_keys) > 0:
            error_msgs.append(f"Missing key(s): {', '.join(map(repr, missing_keys))}.")
        if len(error_msgs) > 0:
            raise RuntimeError("Error(s) in reparametrizing for {}:\n\t{}".format(
                module._get_name(), "\n\t".join(error_msgs)))
    if tie_weights:
        parameters_and_buffers = _untie_named_tensors_map(module, parameters_and_buffers)
    undos = []
    try:
        for name, value in parameters_and_buffers.items():
            undos.append(_swap(module, name, value))
        return module(*args, **kwargs)
    finally:
        for undo in reversed(undos):
            undo()


def functional_call(module, parameter_and_buffer_dicts, args=None, kwargs=None, *, tie_weights=True, strict=False):
    if isinstance(parameter_and_buffer_dicts, dict):
        parameters_and_buffers = parameter_and_buffer_dicts
    elif isinstance(parameter_and_buffer_dicts, (list, tuple)):
        if not all(isinstance(d, dict) for d in parameter_and_buffer_dicts):
            raise ValueError("Expected all elements of parameter_and_buffer_dicts to be dictionaries")
        all_keys = [k for d in parameter_and_buffer_dicts for k in d]
        all_keys_counter = {}
        for k in all_keys:
            v = all_keys_counter.get(k, 0)
            all_keys_counter[k] = v + 1
        repeated_keys = [key for key, n in all_keys_counter.items() if n > 1]
        if len(repeated_keys) > 0:
            raise ValueError(
                f"{repeated_keys} appeared in multiple dictionaries; behavior of functional call is ambiguous")
        parameters_and_buffers = {k: v for d in parameter_and_buffer_dicts for k, v in d.items()}
    else:
        raise ValueError(f"Expected parameter_and_buffer_dicts to be a dict, or a list/tuple of dicts, "
                         f"but got {type(parameter_and_buffer_dicts)}")
    return _functional_call(module, parameters_and_buffers, args, kwargs, tie_weights=tie_weights, strict=strict)


def stack_module_state(models):
    if len(models) == 0:
        raise RuntimeError("stack_module_state: Expected at least one model, got 0.")
    if not (all(m.training for m in models) or all(not m.training for m in models)):
        raise RuntimeError("stack_module_state: Expected all models to have the same training/eval mode.")
    model0_typ = type(models[0])
    if not all(type(m) is model0_typ for m in models):
        raise RuntimeError("stack_module_state: Expected all models to be of the same class.")
    all_params = [dict(model.named_parameters()) for model in models]
    params = {k: construct_stacked_leaf(tuple(params[k] for params in all_params), k) for k in all_params[0]}
    all_buffers = [dict(model.named_buffers()) for model in models]
    buffers = {k: construct_stacked_leaf(tuple(buffers[k] for buffers in all_buffers), k) for k in all_buffers[0]}
    return params, buffers


def construct_stacked_leaf(tensors, name):
    all_requires_grad = all(t.requires_grad for t in tensors)
    none_requires_grad = all(not t.requires_grad for t in tensors)
    if not all_requires_grad and not none_requires_grad:
        raise RuntimeError(f"Expected {name} from each model to have the same .requires_grad")
    result = torch.stack(tensors)
    if all_requires_grad:
        result = result.detach().requires_grad_()
    return result
