def f(xs):
    return {k: (yield k) for k in xs}
