# torch._functorch.eager_transforms (mirrors torch/_functorch/eager_transforms.py): grad,
# grad_and_value, vjp, jvp, jacrev, jacfwd, hessian, linearize, with PyTorch's argument checks and
# error texts, computed with torch.autograd.grad instead of functorch's grad levels:
# - the differentiated inputs are replaced by tensors that require grad (a fresh leaf, or, for an
#   input that already requires grad, a `view_as` of it so that an enclosing transform still sees
#   the dependency), func runs with grad enabled, and torch.autograd.grad gives the gradients;
# - the graph is kept (create_graph=True) only while something outside needs it: an enclosing
#   torch.func autograd transform (grad(grad(f)), jacrev(jacrev(f)), hessian), an input that
#   already required grad, or a tensor requiring grad that func captured (_reaches_outside).
#   Otherwise the results are plain tensors (no grad_fn), as PyTorch's outermost transform
#   returns them;
# - forward mode is emulated: jvp is the double-vjp trick (the vjp with respect to a dummy
#   cotangent u, differentiated again with respect to u in the direction of the tangents), and
#   jacfwd pushes the standard basis of the inputs through it column by column (vmap of jvp, as
#   PyTorch does). The values equal forward mode's for the usual ops; a longer product of
#   partial derivatives may round differently.
# - jacrev pulls the standard basis of the outputs back row by row (one vjp per output element)
#   where PyTorch vmaps vjp_fn over it.
import torch
from torch.utils._pytree import tree_flatten, tree_map, tree_unflatten, treespec_pprint
from torch.utils import _pytree as pytree

# How many torch.func autograd transforms (grad, vjp, jvp, jacrev, ...) are running.
_depth = 0


def _enter():
    global _depth
    _depth += 1


def _exit():
    global _depth
    _depth -= 1


def _requires_grad_anywhere(tree):
    return any(isinstance(x, torch.Tensor) and x.requires_grad for x in tree_flatten(tree)[0])


def _reaches_outside(tree, own_leaves):
    """Whether the graph of a tensor in tree reaches a leaf that requires grad other than
    own_leaves (a tensor func captured, e.g. a model's weights): then the transform's result
    depends on it, and keeps its graph (PyTorch's result has a grad_fn then too)."""
    own = [id(t) for t in own_leaves]
    stack = [x.grad_fn for x in tree_flatten(tree)[0] if isinstance(x, torch.Tensor) and x.grad_fn is not None]
    seen = set()
    while stack:
        fn = stack.pop()
        if fn is None or id(fn) in seen:
            continue
        seen.add(id(fn))
        if type(fn).__name__ == "AccumulateGrad":
            if id(fn.variable) not in own:
                return True
            continue
        for nxt, _ in getattr(fn, "next_functions", ()):
            stack.append(nxt)
    return False


def _create_differentiable(inps):
    def create_differentiable(x):
        if isinstance(x, torch.Tensor):
            if x.requires_grad:
                return x.view_as(x)
            return x.detach().requires_grad_()
        raise ValueError(f"Thing passed to transform API must be Tensor, got {type(x)}")

    return tree_map(create_differentiable, inps)


def _undo_create_differentiable(inps, keep):
    def unwrap_tensors(x):
        if isinstance(x, torch.Tensor):
            return x if keep else x.detach()
        raise RuntimeError(f"Expected tensors, got unsupported type {type(x)}")

    return tree_map(unwrap_tensors, inps)


def _as_tuple(val):
    if isinstance(val, tuple):
        return val
    return (val,)


# Version of autograd.grad that handles outputs that don't depend on inputs
def _autograd_grad(outputs, inputs, grad_outputs=None, retain_graph=False, create_graph=True):
    if grad_outputs is None:
        diff_outputs = tuple(out for out in outputs if out.requires_grad)
    else:
        result = tuple((out, go) for out, go in zip(outputs, grad_outputs) if out.requires_grad)
        if len(result) == 0:
            diff_outputs, grad_outputs = (), ()
        else:
            diff_outputs, grad_outputs = zip(*result)
    if len(diff_outputs) == 0:
        return tuple(torch.zeros_like(inp) for inp in inputs)
    grad_inputs = torch.autograd.grad(diff_outputs, inputs, grad_outputs, retain_graph=retain_graph,
                                      create_graph=create_graph, allow_unused=True)
    return tuple(torch.zeros_like(inp) if gi is None else gi for gi, inp in zip(grad_inputs, inputs))


def _validate_and_wrap_argnum(argnum, num_args):
    if not isinstance(argnum, int):
        raise RuntimeError(f"argnum must be int, got: {type(argnum)}")
    if argnum >= 0 and argnum < num_args:
        return argnum
    if argnum < 0 and argnum >= -num_args:
        return argnum + num_args
    raise RuntimeError(f"Got argnum={argnum}, but only {num_args} positional inputs")


def _check_unique_non_empty(argnums):
    if isinstance(argnums, tuple):
        if len(argnums) == 0:
            raise RuntimeError("argnums must be non-empty")
        if len(set(argnums)) != len(argnums):
            raise RuntimeError(f"argnums elements must be unique, got {argnums}")


def _validate_and_wrap_argnums(argnums, num_args):
    if isinstance(argnums, int):
        return _validate_and_wrap_argnum(argnums, num_args)
    return tuple(_validate_and_wrap_argnum(argnum, num_args) for argnum in argnums)


def _slice_argnums(args, argnums, as_tuple=True):
    if not isinstance(argnums, int) and not isinstance(argnums, tuple):
        raise RuntimeError(f"argnums must be int or Tuple[int, ...], got: {type(argnums)}")
    argnums = _validate_and_wrap_argnums(argnums, len(args))
    _check_unique_non_empty(argnums)
    if isinstance(argnums, int):
        if as_tuple:
            return (args[argnums],)
        return args[argnums]
    return tuple(args[i] for i in argnums)


def _differentiate_argnums(args, argnums):
    """(args with the argnums replaced by differentiable copies, those copies as _slice_argnums
    gives them)."""
    _slice_argnums(args, argnums, as_tuple=False)  # the checks
    wrapped = _validate_and_wrap_argnums(argnums, len(args))
    args = list(args)
    if isinstance(wrapped, int):
        args[wrapped] = _create_differentiable(args[wrapped])
        return tuple(args), args[wrapped]
    for i in wrapped:
        args[i] = _create_differentiable(args[i])
    return tuple(args), tuple(args[i] for i in wrapped)


def assert_non_empty_tensor_output(output, api):
    if (len(output) == 1 and output[0] is None) or len(output) < 1:
        raise RuntimeError(f"{api}: Expected f to be a function that has non-empty output (got output = {output})")
    for o in output:
        if not isinstance(o, torch.Tensor):
            raise RuntimeError(f"{api}: expected f(*primals) to return only tensors, got unsupported type {type(o)}")


def assert_non_empty_list_of_tensors(output, api, argname):
    if len(output) == 0:
        raise RuntimeError(f"{api}: Expected {argname} to contain at least one Tensor.")
    for out in output:
        if isinstance(out, torch.Tensor):
            continue
        raise RuntimeError(f"{api}: Expected {argname} to only contain Tensors, got {type(out)}")


def error_if_complex(func_name, args, is_input):
    # PyTorch refuses complex inputs and outputs here; the playground has no complex dtypes.
    pass


# ---- grad, grad_and_value ----------------------------------------------------------------------

def grad_and_value_impl(func, argnums, has_aux, args, kwargs):
    keep = _depth > 0 or _requires_grad_anywhere((args, kwargs))
    aux = None
    _enter()
    try:
        # See PyTorch's NOTE [grad and vjp interaction with no_grad]: grad enables grad.
        with torch.enable_grad():
            args, diff_args = _differentiate_argnums(args, argnums)
            output = func(*args, **kwargs)
            if has_aux:
                if not (isinstance(output, tuple) and len(output) == 2):
                    raise RuntimeError("grad_and_value(f)(*args): output of function f should be a tuple: (output, aux) "
                                       "if has_aux is True")
                output, aux = output
            if not isinstance(output, torch.Tensor):
                raise RuntimeError(f"grad_and_value(f)(*args): Expected f(*args) to return a Tensor, got {type(output)}")
            if output.dim() != 0:
                raise RuntimeError("grad_and_value(f)(*args): Expected f(*args) "
                                   "to return a scalar Tensor, got tensor with "
                                   f"{output.dim()} dims. Maybe you wanted to "
                                   "use the vjp or jacrev APIs instead?")
            flat_diff_args, spec = tree_flatten(diff_args)
            keep = keep or _reaches_outside((output, aux), flat_diff_args)
            flat_grad_input = _autograd_grad(_as_tuple(output), flat_diff_args, retain_graph=keep, create_graph=keep)
            grad_input = tree_unflatten(flat_grad_input, spec)
            grad_input = _undo_create_differentiable(grad_input, keep)
            output = _undo_create_differentiable(output, keep)
            if has_aux:
                aux = _undo_create_differentiable(aux, keep)
    finally:
        _exit()
    if has_aux:
        return grad_input, (output, aux)
    return grad_input, output


def grad_impl(func, argnums, has_aux, args, kwargs):
    results = grad_and_value_impl(func, argnums, has_aux, args, kwargs)
    if has_aux:
        grad, (_, aux) = results
        return grad, aux
    grad, _ = results
    return grad


# ---- vjp ---------------------------------------------------------------------------------------

def _vjp_treespec_compare(primals_out, cotangents):
    _, primals_out_spec = tree_flatten(primals_out)
    _, cotangents_spec = tree_flatten(cotangents)
    if primals_out_spec != cotangents_spec:
        raise RuntimeError(
            f"Expected pytree structure of cotangents to be the same "
            f"as pytree structure of outputs to the function. "
            f"cotangents: {treespec_pprint(cotangents_spec)}, "
            f"primal output: {treespec_pprint(primals_out_spec)}"
        )


def vjp(func, *primals, has_aux=False):
    return _vjp_with_argnums(func, *primals, has_aux=has_aux)


def _vjp_with_argnums(func, *primals, argnums=None, has_aux=False):
    # vjp, and jacrev's vjp with respect to the argnums only (error texts are vjp's).
    keep = _depth > 0 or _requires_grad_anywhere(primals)
    _enter()
    try:
        with torch.enable_grad():
            if not isinstance(argnums, int) and not argnums:
                diff_primals = _create_differentiable(primals)
                primals = diff_primals
            else:
                primals, diff_primals = _differentiate_argnums(primals, argnums)
            primals_out = func(*primals)
            flat_diff_primals, primals_spec = tree_flatten(diff_primals)
            keep = keep or _reaches_outside(primals_out, flat_diff_primals)
            if has_aux:
                if not (isinstance(primals_out, tuple) and len(primals_out) == 2):
                    raise RuntimeError("vjp(f, *primals): output of function f should be a tuple: (output, aux) "
                                       "if has_aux is True")
                primals_out, aux = primals_out
                aux = _undo_create_differentiable(aux, keep)
            flat_primals_out, primals_out_spec = tree_flatten(primals_out)
            assert_non_empty_tensor_output(flat_primals_out, "vjp(f, *primals)")
            results = _undo_create_differentiable(primals_out, keep)
            for primal_out in flat_primals_out:
                if primal_out.is_floating_point():
                    continue
                raise RuntimeError("vjp(f, ...): All outputs of f must be "
                                   "floating-point or complex Tensors, got Tensor "
                                   f"with dtype {primal_out.dtype}")
    finally:
        _exit()

    def wrapper(cotangents, retain_graph=True, create_graph=None):
        flat_cotangents, cotangents_spec = tree_flatten(cotangents)
        _vjp_treespec_compare(primals_out, cotangents)
        if create_graph is None:
            create_graph = torch.is_grad_enabled()
        # The graph is kept only when something outside this vjp differentiates the result.
        create_graph = create_graph and (keep or _depth > 0 or _requires_grad_anywhere(cotangents))
        result = _autograd_grad(flat_primals_out, flat_diff_primals, flat_cotangents,
                                retain_graph=retain_graph, create_graph=create_graph)
        return tree_unflatten(result, primals_spec)

    if has_aux:
        return results, wrapper, aux
    return results, wrapper


# ---- jacrev, jacfwd, hessian -------------------------------------------------------------------

def _jacobian_rows(vjp_fn, flat_output, output_spec, flat_primals):
    """For each primal, the stacked vjps of the standard basis of the outputs (one row per output
    element), as jacrev's vmap(vjp_fn)(basis) gives them."""
    rows = [[] for _ in flat_primals]
    for oi, out in enumerate(flat_output):
        for e in range(out.numel()):
            flat_basis = [torch.zeros_like(o) for o in flat_output]
            flat_basis[oi].view(-1)[e] = 1
            flat_results = pytree.tree_leaves(vjp_fn(tree_unflatten(flat_basis, output_spec)))
            for pi, r in enumerate(flat_results):
                rows[pi].append(r)
    return [torch.stack(r) if r else p.new_zeros((0,) + tuple(p.shape)) for r, p in zip(rows, flat_primals)]


def _jacobian(name, func, argnums, has_aux, args):
    error_if_complex(name, args, is_input=True)
    vjp_out = _vjp_with_argnums(func, *args, argnums=argnums, has_aux=has_aux)
    if has_aux:
        output, vjp_fn, aux = vjp_out
    else:
        output, vjp_fn = vjp_out
    flat_output, output_spec = tree_flatten(output)
    error_if_complex(name, flat_output, is_input=False)
    flat_output_numels = tuple(out.numel() for out in flat_output)
    primals = _slice_argnums(args, argnums)
    flat_primals, primals_spec = tree_flatten(primals)

    flat_jacobians_per_input = _jacobian_rows(vjp_fn, flat_output, output_spec, flat_primals)
    flat_jacobians_per_input = [result.split(flat_output_numels, dim=0) for result in flat_jacobians_per_input]
    flat_input_flat_output = [
        tuple(split.view(out.shape + primal.shape) for split, out in zip(splits, flat_output))
        for splits, primal in zip(flat_jacobians_per_input, flat_primals)
    ]
    flat_output_flat_input = tuple(zip(*flat_input_flat_output))
    flat_output_input = tuple(tree_unflatten(flat_input, primals_spec) for flat_input in flat_output_flat_input)
    if isinstance(argnums, int):
        flat_output_input = tuple(flat_input[0] for flat_input in flat_output_input)
    output_input = tree_unflatten(flat_output_input, output_spec)
    if has_aux:
        return output_input, aux
    return output_input


def jacrev(func, argnums=0, *, has_aux=False, chunk_size=None, _preallocate_and_copy=False):
    if not (chunk_size is None or chunk_size > 0):
        raise ValueError("jacrev: `chunk_size` should be greater than 0.")

    def wrapper_fn(*args):
        return _jacobian("jacrev", func, argnums, has_aux, args)

    return _wraps(func, wrapper_fn)


def _construct_standard_basis_for(tensors, tensor_numels):
    # The N x N identity (N = sum of the numels) split by columns into one chunk per tensor, each
    # viewed as (N, *tensor.shape), in the tensor's dtype.
    total_numel = sum(tensor_numels)
    chunks = []
    start = 0
    for tensor, tensor_numel in zip(tensors, tensor_numels):
        chunk = tensor.new_zeros(total_numel, tensor_numel)
        for k in range(tensor_numel):
            chunk[start + k, k] = 1
        chunks.append(chunk.view(total_numel, *tensor.shape))
        start += tensor_numel
    return tuple(chunks)


def safe_unflatten(tensor, dim, shape):
    if len(shape) == 0:
        return tensor.squeeze(dim)
    return tensor.unflatten(dim, shape)


def jacfwd(func, argnums=0, has_aux=False, *, randomness="error"):
    from torch._functorch.apis import vmap

    def wrapper_fn(*args):
        error_if_complex("jacfwd", args, is_input=True)
        primals = args if argnums is None else _slice_argnums(args, argnums)
        flat_primals, primals_spec = tree_flatten(primals)
        flat_primals_numels = tuple(p.numel() for p in flat_primals)
        flat_basis = _construct_standard_basis_for(flat_primals, flat_primals_numels)
        basis = tree_unflatten(list(flat_basis), primals_spec)

        def push_jvp(basis):
            output = _jvp_with_argnums(func, args, basis, argnums=argnums, has_aux=has_aux)
            error_if_complex("jacfwd", output[0], is_input=False)
            if has_aux:
                _, jvp_out, aux = output
                return jvp_out, aux
            _, jvp_out = output
            return jvp_out

        results = vmap(push_jvp, randomness=randomness)(basis)
        if has_aux:
            results, aux = results
            # aux is in the standard basis format: its first element is func's aux.
            flat_aux, aux_spec = tree_flatten(aux)
            flat_aux = [value[0] for value in flat_aux]
            aux = tree_unflatten(flat_aux, aux_spec)

        jac_outs, spec = tree_flatten(results)
        jac_outs_ins = tuple(
            tuple(
                safe_unflatten(jac_out_in, -1, primal.shape)
                for primal, jac_out_in in zip(flat_primals, jac_out.movedim(0, -1).split(flat_primals_numels, dim=-1))
            )
            for jac_out in jac_outs
        )
        jac_outs_ins = tuple(tree_unflatten(list(jac_ins), primals_spec) for jac_ins in jac_outs_ins)
        if isinstance(argnums, int):
            jac_outs_ins = tuple(jac_ins[0] for jac_ins in jac_outs_ins)
        if has_aux:
            return tree_unflatten(list(jac_outs_ins), spec), aux
        return tree_unflatten(list(jac_outs_ins), spec)

    return _wraps(func, wrapper_fn)


def hessian(func, argnums=0):
    return jacfwd(jacrev(func, argnums), argnums)


def _wraps(func, wrapper):
    import functools
    return functools.wraps(func)(wrapper)


# ---- jvp, linearize ----------------------------------------------------------------------------

jvp_str = "jvp(f, primals, tangents)"


def _jvp_treespec_compare(primals, tangents):
    _, primals_spec = tree_flatten(primals)
    _, tangents_spec = tree_flatten(tangents)
    if primals_spec != tangents_spec:
        raise RuntimeError(
            f"{jvp_str}: Expected primals and tangents to have the same python "
            f"structure. For example, if primals is a tuple of 3 tensors, "
            f"tangents also must be. Got primals with structure {primals_spec} "
            f"and tangents with structure {tangents_spec}"
        )


def jvp(func, primals, tangents, *, strict=False, has_aux=False):
    return _jvp_with_argnums(func, primals, tangents, argnums=None, strict=strict, has_aux=has_aux)


def _jvp_with_argnums(func, primals, tangents, argnums, *, strict=False, has_aux):
    if not isinstance(primals, tuple):
        raise RuntimeError(f"{jvp_str}: Expected primals to be a tuple. E.g. it should be valid to call f(*primals).")
    diff_args = primals if argnums is None else _slice_argnums(primals, argnums)
    flat_primals, primals_spec = tree_flatten(diff_args)
    flat_tangents, tangents_spec = tree_flatten(tangents)
    _jvp_treespec_compare(diff_args, tangents)
    assert_non_empty_list_of_tensors(flat_primals, jvp_str, "primals")
    assert_non_empty_list_of_tensors(flat_tangents, jvp_str, "tangents")

    keep = _depth > 0 or _requires_grad_anywhere((primals, tangents))
    _enter()
    try:
        with torch.enable_grad():
            if argnums is None:
                primals = _create_differentiable(primals)
                diff_args = primals
            else:
                primals, diff_args = _differentiate_argnums(primals, argnums)
            flat_diff = tree_flatten(diff_args)[0]
            result = func(*primals)
            keep = keep or _reaches_outside(result, flat_diff)
            if has_aux:
                if not (isinstance(result, tuple) and len(result) == 2):
                    raise RuntimeError(f"{jvp_str}: output of function f should be a tuple: (output, aux) "
                                       "if has_aux is True")
                result, aux = result
                aux = _undo_create_differentiable(aux, keep)
            flat_out, spec = tree_flatten(result)
            assert_non_empty_tensor_output(flat_out, jvp_str)
            # J t = d/du <J^T u, t>: the vjp with respect to a dummy cotangent u (kept as a graph),
            # then its vjp with respect to u in the direction t.
            us = [torch.zeros_like(o).requires_grad_() for o in flat_out]
            diff_outs = [(o, u) for o, u in zip(flat_out, us) if o.requires_grad]
            if diff_outs:
                gs = torch.autograd.grad([o for o, _ in diff_outs], flat_diff, [u for _, u in diff_outs],
                                         create_graph=True, allow_unused=True)
            else:
                gs = [None] * len(flat_diff)
            pairs = [(g, t) for g, t in zip(gs, flat_tangents) if g is not None and g.requires_grad]
            if pairs:
                tangents_out = torch.autograd.grad([g for g, _ in pairs], us, [t for _, t in pairs],
                                                   create_graph=keep, allow_unused=True)
            else:
                tangents_out = [None] * len(us)
            flat_tangents_out = []
            for o, t in zip(flat_out, tangents_out):
                if t is None:
                    if strict:
                        raise RuntimeError("jvp(f, primals, tangents, strict=True): The output of f is independent of "
                                           "the inputs. This is not allowed with strict=True.")
                    t = torch.zeros_like(o)
                flat_tangents_out.append(t)
            primals_out = _undo_create_differentiable(tuple(flat_out), keep)
            tangents_out = _undo_create_differentiable(tuple(flat_tangents_out), keep)
    finally:
        _exit()
    primals_out_unflatten = tree_unflatten(list(primals_out), spec)
    tangents_out_unflatten = tree_unflatten(list(tangents_out), spec)
    if has_aux:
        return primals_out_unflatten, tangents_out_unflatten, aux
    return primals_out_unflatten, tangents_out_unflatten


def linearize(func, *primals):
    # PyTorch traces func with make_fx and replays the jvp graph; here every call of jvp_fn runs
    # jvp again (same values).
    output = func(*primals)
    flat_primals, primals_argspec = tree_flatten(primals)

    def jvp_fn(*tangents):
        flat_tangents, tangent_argspec = tree_flatten(tangents)
        if tangent_argspec != primals_argspec:
            raise RuntimeError(f"Expected the tangents {tangent_argspec} to have "
                               f"the same argspec as the primals {primals_argspec}")
        return jvp(func, primals, tangents)[1]

    return output, jvp_fn
