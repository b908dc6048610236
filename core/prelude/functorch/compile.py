# functorch.compile: the boxed-calling helper of torch/_functorch/_aot_autograd/utils.py that custom
# AOTAutograd backends return (make_boxed_func). AOTAutograd itself does not run in the playground
# (torch._dynamo.backends.common.aot_autograd says so).


def make_boxed_func(f):
    """Wraps f so that it is called with one list of arguments (AOTAutograd's boxed convention)."""
    def g(args):
        return f(*args)
    g._boxed_call = True
    return g


def make_boxed_compiler(compiler):
    def f(fx_g, inps):
        out_f = compiler(fx_g, inps)
        fx_g = make_boxed_func(out_f)
        return fx_g
    return f
