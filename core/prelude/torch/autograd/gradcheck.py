# Mirrors torch/autograd/gradcheck.py's slow mode (fast_mode=False, the default): gradcheck compares
# the Jacobian autograd computes (one backward per output element) with central finite differences
# (eps) for every input that requires grad, by torch.allclose(analytical, numerical, rtol, atol);
# gradgradcheck runs gradcheck on the function that returns the first derivatives (create_graph=True)
# with random grad_outputs drawn by randn_like, so both draw from the generator as PyTorch's do.
# Not provided: fast_mode=True, the batched-grad, forward-AD and undefined-grad checks, nondet_tol's
# reentrancy run (the playground's autograd is deterministic).
import warnings

import torch
from torch.autograd.functional import _as_tuple_nocheck as _as_tuple

__all__ = ["gradcheck", "gradgradcheck", "GradcheckError"]


class GradcheckError(RuntimeError):
    r"""Error raised by :func:`gradcheck` and :func:`gradgradcheck`."""


def _differentiable_outputs(x):
    return tuple(o for o in _as_tuple(x) if o.requires_grad)


def _inputs_with_grad(tupled_inputs):
    return [(i, t) for i, t in enumerate(tupled_inputs) if isinstance(t, torch.Tensor) and t.requires_grad]


def _check_inputs(tupled_inputs):
    any_input_requiring_grad = False
    for idx, inp in enumerate(tupled_inputs):
        if isinstance(inp, torch.Tensor) and inp.requires_grad:
            if not (inp.dtype == torch.float64 or inp.dtype == torch.complex128):
                warnings.warn(
                    f"Input #{idx} requires gradient and "
                    "is not a double precision floating point or complex. "
                    "This check will likely fail if all the inputs are "
                    "not of double precision floating point or complex. ")
            any_input_requiring_grad = True
    if not any_input_requiring_grad:
        raise ValueError(
            "gradcheck expects at least one input tensor to require gradient, "
            "but none of the them have requires_grad=True.")
    return True


def _numerical_jacobian(func, tupled_inputs, outputs, eps):
    # jacobians[i][j]: d output j / d input i, shape (input numel, output numel).
    jacobians = []
    for _, inp in _inputs_with_grad(tupled_inputs):
        per_output = [torch.zeros(inp.numel(), o.numel(), dtype=o.dtype) for o in outputs]
        flat = inp.detach().view(-1)
        for k in range(inp.numel()):
            # As _compute_numerical_gradient: the entry is written in place (through a detached
            # view, so autograd does not see it) and the function run at orig - eps and orig + eps.
            orig = flat[k].item()
            flat[k] = orig - eps
            outa = [o.detach().clone() for o in _as_tuple(func(*tupled_inputs))]
            flat[k] = orig + eps
            outb = [o.detach().clone() for o in _as_tuple(func(*tupled_inputs))]
            flat[k] = orig
            for j, (a, b) in enumerate(zip(outa, outb)):
                per_output[j][k] = ((b - a) / (2 * eps)).reshape(-1)
        jacobians.append(per_output)
    return jacobians


def _analytical_jacobian(tupled_inputs, outputs):
    diff_inputs = [t for _, t in _inputs_with_grad(tupled_inputs)]
    jacobians = [[torch.zeros(t.numel(), o.numel(), dtype=t.dtype) for o in outputs] for t in diff_inputs]
    for j, out in enumerate(outputs):
        for k in range(out.numel()):
            grad_out = torch.zeros_like(out).view(-1)
            grad_out[k] = 1.0
            grads = torch.autograd.grad(out, diff_inputs, grad_out.view_as(out), retain_graph=True,
                                        allow_unused=True)
            for i, g in enumerate(grads):
                if g is not None:
                    jacobians[i][j][:, k] = g.reshape(-1)
    return jacobians


def gradcheck(func, inputs, *, eps=1e-6, atol=1e-5, rtol=1e-3, raise_exception=True, nondet_tol=0.0,
              check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False,
              check_batched_forward_grad=False, check_forward_ad=False, check_backward_ad=True,
              fast_mode=False, masked=None):
    r"""Check gradients computed via small finite differences against analytical
    gradients wrt tensors in :attr:`inputs` that are of floating point or complex type
    and with ``requires_grad=True``."""
    if fast_mode:
        raise NotImplementedError("not supported by the playground yet: torch.autograd.gradcheck(fast_mode=True)")
    tupled_inputs = _as_tuple(inputs)
    _check_inputs(tupled_inputs)
    outputs = _differentiable_outputs(func(*tupled_inputs))
    if not outputs:
        # Every output is non-differentiable: the numerical Jacobian must be zero.
        outs = _as_tuple(func(*tupled_inputs))
        numerical = _numerical_jacobian(func, tupled_inputs, [o for o in outs if isinstance(o, torch.Tensor)], eps)
        for i, per_output in enumerate(numerical):
            for n in per_output:
                if not torch.allclose(n, torch.zeros_like(n)):
                    if not raise_exception:
                        return False
                    raise GradcheckError("Numerical gradient for function expected to be zero")
        return True
    # The analytical Jacobian first: the numerical one writes into the inputs, and here (unlike
    # PyTorch's `.data`, which has its own version counter) those writes bump the version the
    # graph of `outputs` saved.
    analytical = _analytical_jacobian(tupled_inputs, outputs)
    numerical = _numerical_jacobian(func, tupled_inputs, outputs, eps)
    for i, (a_per_output, n_per_output) in enumerate(zip(analytical, numerical)):
        for j, (a, n) in enumerate(zip(a_per_output, n_per_output)):
            if not torch.allclose(a, n.to(a.dtype), rtol, atol):
                if not raise_exception:
                    return False
                raise GradcheckError(f"Jacobian mismatch for output {j} with respect to input {i},\n"
                                     f"numerical:{n}\nanalytical:{a}\n")
    return True


def gradgradcheck(func, inputs, grad_outputs=None, *, eps=1e-6, atol=1e-5, rtol=1e-3,
                  gen_non_contig_grad_outputs=False, raise_exception=True, nondet_tol=0.0,
                  check_undefined_grad=True, check_grad_dtypes=False, check_batched_grad=False,
                  check_fwd_over_rev=False, check_rev_over_rev=True, fast_mode=False, masked=False):
    r"""Check gradients of gradients computed via small finite differences
    against analytical gradients wrt tensors in :attr:`inputs` and
    :attr:`grad_outputs` that are of floating point or complex type and with
    ``requires_grad=True``."""
    tupled_inputs = _as_tuple(inputs)

    if grad_outputs is None:
        # If grad_outputs is not specified, create random Tensors of the same
        # shape, type, and device as the outputs
        def randn_like(x):
            y = torch.randn_like(x if (x.is_floating_point() or x.is_complex()) else x.double())
            return y.requires_grad_()

        outputs = _as_tuple(func(*tupled_inputs))
        tupled_grad_outputs = tuple(randn_like(x) for x in outputs)
    else:
        tupled_grad_outputs = _as_tuple(grad_outputs)

    num_outputs = len(tupled_grad_outputs)

    def new_func(*args):
        input_args = args[:-num_outputs]
        grad_outputs = args[-num_outputs:]
        outputs = _differentiable_outputs(func(*input_args))
        input_args = tuple(x for x in input_args if isinstance(x, torch.Tensor) and x.requires_grad)
        grad_inputs = torch.autograd.grad(outputs, input_args, grad_outputs, create_graph=True, allow_unused=True)
        grad_inputs = tuple(g for g in grad_inputs if g is not None)
        return grad_inputs

    return gradcheck(new_func, tupled_inputs + tupled_grad_outputs, eps=eps, atol=atol, rtol=rtol,
                     raise_exception=raise_exception, nondet_tol=nondet_tol, check_undefined_grad=check_undefined_grad,
                     check_grad_dtypes=check_grad_dtypes, check_batched_grad=check_batched_grad, fast_mode=fast_mode)
