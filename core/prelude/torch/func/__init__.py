# torch.func (mirrors torch/func/__init__.py): functorch's composable transforms, also reached as
# torch.vmap. Implemented in torch._functorch on top of the playground's autograd, with vmap as a
# loop (docs/autograd.md, "torch.func"). functionalize is not done yet. In a compiled function
# each transform is a "not supported by the playground yet" graph break
# (core/dynamo/variables/builder.cpp) and runs eagerly: tests/golden/eager/60_func_transforms_limits.py.
from torch._functorch.apis import grad, grad_and_value, vmap
from torch._functorch.batch_norm_replacement import replace_all_batch_norm_modules_
from torch._functorch.eager_transforms import hessian, jacfwd, jacrev, jvp, linearize, vjp
from torch._functorch.functional_call import functional_call, stack_module_state


def functionalize(func, *, remove="mutations"):
    raise NotImplementedError("not supported by the playground yet: torch.func.functionalize (functorch transforms)")
