# torch._functorch (mirrors torch/_functorch/): the torch.func transforms, written on top of the
# playground's autograd (torch.autograd.grad) instead of functorch's C++ levels and BatchedTensors:
# apis.py (vmap, grad, grad_and_value), vmap.py (vmap as a loop over the mapped dimension),
# eager_transforms.py (vjp, jvp, jacrev, jacfwd, hessian, linearize), functional_call.py
# (functional_call, stack_module_state), batch_norm_replacement.py. See docs/autograd.md,
# "torch.func".
