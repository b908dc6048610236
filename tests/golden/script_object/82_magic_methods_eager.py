# Spec: torch/csrc/jit/python/script_init.cpp (torch.ScriptObject defines each of its
# magic_method_names: the custom class's method of that name when it has one, _Foo's __eq__;
# otherwise NotImplementedError("'{name}' is not implemented for {qualified name}"), so a queue
# has no ==, len() or []). Eager only: the compiled forms are the hard errors of §4.3.
import torch


tq = torch.classes._TorchScriptTesting._TensorQueue(torch.empty(0).fill_(-1))
foo = torch.classes._TorchScriptTesting._Foo(1, 2)
print(foo == torch.classes._TorchScriptTesting._Foo(1, 2), foo == foo)
print(foo == torch.classes._TorchScriptTesting._Foo(2, 1))
for name, fn in [("eq", lambda: tq == tq), ("len", lambda: len(tq)), ("getitem", lambda: tq[0]),
                 ("lt", lambda: tq < tq), ("reflected", lambda: 1 == tq)]:
    try:
        print(name, fn())
    except NotImplementedError as e:
        print(name, type(e).__name__, e)
print(tq in [tq], str(foo))
