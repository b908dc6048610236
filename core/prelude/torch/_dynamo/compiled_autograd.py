# torch._dynamo.compiled_autograd: compiled autograd (torch/_dynamo/compiled_autograd.py) traces the
# autograd engine's backward into a graph. The playground runs backward passes eagerly (with the same
# results); `torch._dynamo.config.compiled_autograd = True` is accepted and changes nothing, and
# enable() says that the compiled backward graph is not there.


def enable(compiler_fn):
    raise NotImplementedError("not supported by the playground yet: torch._dynamo.compiled_autograd.enable "
                              "(compiled autograd: the playground runs backward passes eagerly)")
