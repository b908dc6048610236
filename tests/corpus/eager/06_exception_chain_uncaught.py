# An exception raised while handling another: both tracebacks are printed.
def parse(s):
    return int(s)


def load(values):
    out = []
    for v in values:
        try:
            out.append(parse(v))
        except ValueError:
            out.append(None)
            raise RuntimeError("bad value " + repr(v))
    return out


print(load(["1", "2"]))
load(["3", "x"])
