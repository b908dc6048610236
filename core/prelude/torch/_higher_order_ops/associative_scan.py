# torch._higher_order_ops.associative_scan: not supported by the playground yet (PyTorch's generic
# mode combines in a tree order that float results depend on; the pointwise mode needs CUDA).
def associative_scan(combine_fn, xs, dim, reverse=False, combine_mode="pointwise"):
    raise NotImplementedError("not supported by the playground yet: torch._higher_order_ops.associative_scan")
