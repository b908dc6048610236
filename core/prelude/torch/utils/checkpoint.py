# torch.utils.checkpoint (torch/utils/checkpoint.py, PyTorch 2.9): activation checkpointing.
# use_reentrant=True is PyTorch's CheckpointFunction: the function runs under no_grad, its tensor
# inputs are saved, and the backward re-runs it (with the forward's CPU RNG state) and
# backpropagates through the recomputation. use_reentrant=False runs the function with autograd
# recording, as PyTorch's does (same values, gradients and grad_fns); PyTorch then frees the saved
# activations and recomputes them in the backward through saved-tensor hooks, which the playground
# does not have: the function is not re-run in the backward there.
# Inside torch.compile'd code PyTorch traces checkpoint as the tag_activation_checkpoint
# higher-order op; the playground graph-breaks with "not supported by the playground yet"
# (core/dynamo/variables/functions.cpp: this file is skipped, its calls are refused) and the call
# runs eagerly.
__dynamo_skip__ = "torch.utils.checkpoint: refused in compiled code (tag_activation_checkpoint)"
import contextlib
import functools
import warnings

import torch

__all__ = [
    "checkpoint",
    "checkpoint_sequential",
    "CheckpointFunction",
    "check_backward_validity",
    "detach_variable",
    "noop_context_fn",
]


def detach_variable(inputs):
    if isinstance(inputs, tuple):
        out = []
        for inp in inputs:
            if not isinstance(inp, torch.Tensor):
                out.append(inp)
                continue

            x = inp.detach()
            x.requires_grad = inp.requires_grad
            out.append(x)
        return tuple(out)
    else:
        raise RuntimeError(
            f"Only tuple of tensors is supported. Got Unsupported input type: {type(inputs).__name__}"
        )


def check_backward_validity(inputs):
    if not any(inp.requires_grad for inp in inputs if isinstance(inp, torch.Tensor)):
        warnings.warn("None of the inputs have requires_grad=True. Gradients will be None", stacklevel=2)


class CheckpointFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, run_function, preserve_rng_state, *args):
        check_backward_validity(args)
        ctx.run_function = run_function
        ctx.preserve_rng_state = preserve_rng_state
        if preserve_rng_state:
            ctx.fwd_cpu_state = torch.get_rng_state()

        ctx.inputs = []
        ctx.tensor_indices = []
        tensor_inputs = []
        for i, arg in enumerate(args):
            if torch.is_tensor(arg):
                tensor_inputs.append(arg)
                ctx.tensor_indices.append(i)
                ctx.inputs.append(None)
            else:
                ctx.inputs.append(arg)

        ctx.save_for_backward(*tensor_inputs)

        with torch.no_grad():
            outputs = run_function(*args)
        return outputs

    @staticmethod
    def backward(ctx, *args):
        inputs = list(ctx.inputs)
        tensor_indices = ctx.tensor_indices
        tensors = ctx.saved_tensors

        for i, idx in enumerate(tensor_indices):
            inputs[idx] = tensors[i]

        with torch.random.fork_rng(devices=[], enabled=ctx.preserve_rng_state):
            if ctx.preserve_rng_state:
                torch.set_rng_state(ctx.fwd_cpu_state)
            detached_inputs = detach_variable(tuple(inputs))
            with torch.enable_grad():
                outputs = ctx.run_function(*detached_inputs)

        if isinstance(outputs, torch.Tensor):
            outputs = (outputs,)

        outputs_with_grad = []
        args_with_grad = []
        for i in range(len(outputs)):
            if torch.is_tensor(outputs[i]) and outputs[i].requires_grad:
                outputs_with_grad.append(outputs[i])
                args_with_grad.append(args[i])
        if len(outputs_with_grad) == 0:
            raise RuntimeError("none of output has requires_grad=True, this checkpoint() is not necessary")
        torch.autograd.backward(outputs_with_grad, args_with_grad)
        grads = tuple(inp.grad if isinstance(inp, torch.Tensor) else None for inp in detached_inputs)

        return (None, None) + grads


def noop_context_fn():
    return contextlib.nullcontext(), contextlib.nullcontext()


def checkpoint(function, *args, use_reentrant=None, context_fn=noop_context_fn, determinism_check="default",
               debug=False, **kwargs):
    r"""Checkpoint a model or part of the model."""
    if use_reentrant is None:
        warnings.warn(
            "torch.utils.checkpoint: the use_reentrant parameter should be "
            "passed explicitly. Starting in PyTorch 2.9, calling checkpoint "
            "without use_reentrant will raise an exception. use_reentrant=False is "
            "recommended, but if you need to preserve the current default "
            "behavior, you can pass use_reentrant=True. Refer to docs for more "
            "details on the differences between the two variants.",
            stacklevel=2,
        )
        use_reentrant = True

    # Hack to mix *args with **kwargs in a python 2.7-compliant way
    preserve = kwargs.pop("preserve_rng_state", True)
    if kwargs and use_reentrant:
        raise ValueError("Unexpected keyword arguments: " + ",".join(arg for arg in kwargs))

    if use_reentrant:
        if context_fn is not noop_context_fn or debug is not False:
            raise ValueError("Passing `context_fn` or `debug` is only supported when use_reentrant=False.")
        return CheckpointFunction.apply(function, preserve, *args)
    else:
        if determinism_check not in ("default", "none"):
            raise ValueError(
                "determinism_check should be one of " + str(["default", "none"]) + ", but got " + str(determinism_check)
            )
        fwd_cpu_state = torch.get_rng_state() if preserve else None
        forward_context, recompute_context = context_fn()
        with forward_context:
            ret = function(*args, **kwargs)
        _recompute_in_backward(ret, function, args, kwargs, fwd_cpu_state, recompute_context)
        return ret


def _recompute_in_backward(ret, function, args, kwargs, fwd_cpu_state, recompute_context):
    # PyTorch re-runs the function when the backward first unpacks a tensor saved inside it (its
    # saved-tensor hooks); the playground keeps the forward's activations and re-runs the function
    # at the same point (when the gradient of its first output that needs one arrives), with the
    # forward's RNG state, for its side effects only. PyTorch stops the re-run early once every
    # saved tensor is recomputed (early_stop=True); here it runs to the end.
    outs = ret if isinstance(ret, (tuple, list)) else (ret,)
    first = None
    for o in outs:
        if isinstance(o, torch.Tensor) and o.requires_grad:
            first = o
            break
    if first is None:
        return

    def hook(grad):
        with torch.random.fork_rng(devices=[], enabled=fwd_cpu_state is not None):
            if fwd_cpu_state is not None:
                torch.set_rng_state(fwd_cpu_state)
            with torch.no_grad(), recompute_context:
                function(*args, **kwargs)
        return None

    first.register_hook(hook)


def checkpoint_sequential(functions, segments, input, use_reentrant=None, **kwargs):
    r"""Checkpoint a sequential model to save memory."""
    if use_reentrant is None:
        warnings.warn(
            "torch.utils.checkpoint.checkpoint_sequential: the use_reentrant "
            "parameter should be passed explicitly. "
            "In version 2.9 we will raise an exception if use_reentrant "
            "is not passed. use_reentrant=False is "
            "recommended, but if you need to preserve the current default "
            "behavior, you can pass use_reentrant=True. Refer to docs for more "
            "details on the differences between the two variants.",
            stacklevel=2,
        )
        use_reentrant = True

    # Hack for keyword-only parameter in a python 2.7-compliant way
    preserve = kwargs.pop("preserve_rng_state", True)
    if kwargs:
        raise ValueError("Unexpected keyword arguments: " + ",".join(arg for arg in kwargs))

    def run_function(start, end, functions):
        def forward(input):
            for j in range(start, end + 1):
                input = functions[j](input)
            return input

        return forward

    if isinstance(functions, torch.nn.Sequential):
        functions = list(functions.children())

    segment_size = len(functions) // segments
    # the last chunk has to be non-volatile
    end = -1
    for start in range(0, segment_size * (segments - 1), segment_size):
        end = start + segment_size - 1
        input = checkpoint(
            run_function(start, end, functions),
            input,
            use_reentrant=use_reentrant,
            preserve_rng_state=preserve,
        )
    return run_function(end + 1, len(functions) - 1, functions)(input)
