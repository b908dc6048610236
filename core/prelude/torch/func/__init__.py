# torch.func (functorch's composable transforms: grad, vmap, jacrev, ...), also reached as
# torch.vmap. The playground has no functorch transforms yet: each entry point says so (in a
# compiled function the error surfaces once the frame falls back to eager). The FAQ examples of
# torch.compiler_faq.md ("Does torch.func work with torch.compile") show it:
# tests/golden/eager/60_func_transforms_limits.py.


def _not_supported(name):
    def fn(*args, **kwargs):
        raise NotImplementedError("not supported by the playground yet: torch.func." + name +
                                  " (functorch transforms)")

    fn.__name__ = name
    fn.__qualname__ = name
    return fn


grad = _not_supported("grad")
grad_and_value = _not_supported("grad_and_value")
vmap = _not_supported("vmap")
vjp = _not_supported("vjp")
jvp = _not_supported("jvp")
jacrev = _not_supported("jacrev")
jacfwd = _not_supported("jacfwd")
hessian = _not_supported("hessian")
linearize = _not_supported("linearize")
functionalize = _not_supported("functionalize")
functional_call = _not_supported("functional_call")
stack_module_state = _not_supported("stack_module_state")
