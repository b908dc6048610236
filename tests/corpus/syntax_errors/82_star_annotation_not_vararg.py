# PEP 646: a starred annotation is allowed only on *args
def f(x: *Ts):
    pass
