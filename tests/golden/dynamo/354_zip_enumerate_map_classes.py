# eager-equal
# Spec: docs/stdlib.md "Generic aliases and iterator classes" — zip, enumerate and map are the
# classes of their objects: in compiled code `type()` of a zip / enumerate / map object made in
# the trace is that class (ZipVariable / EnumerateVariable / MapVariable.python_type()), and
# isinstance against the classes folds, for objects made in the trace and passed in alike.
import torch


@torch.compile(backend="eager", fullgraph=True)
def f(x, z):
    a = zip([1, 2], [3, 4])
    e = enumerate([5])
    m = map(abs, [-1])
    r = iter(range(3))
    return (
        x + 1,
        isinstance(z, zip),
        type(a) is zip,
        isinstance(e, enumerate),
        type(m).__name__,
        type(r).__name__,
        isinstance(z, (map, zip)),
        isinstance(a, map),
        list(a),
    )


print(f(torch.ones(2), zip([1])))
