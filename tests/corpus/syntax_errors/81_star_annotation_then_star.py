# PEP 646: after *args: *Ts another * argument is plain invalid syntax
def f(*args: *Ts, *more):
    pass
