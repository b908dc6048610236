# types (SimpleNamespace and the built-in type names), sys.modules (read through the sys module's
# PEP 562 __getattr__), as CPython 3.11.
import types
ns = types.SimpleNamespace(lr=0.1, epochs=3)
ns.batch = 8
print(ns, ns.lr, ns == types.SimpleNamespace(lr=0.1, epochs=3, batch=8), vars(ns))
def f(): pass
print(isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), isinstance(types, types.ModuleType))
class A:
    def m(self): return 1
print(isinstance(A().m, types.MethodType), types.NoneType, isinstance((x for x in []), types.GeneratorType))
print(types.FunctionType.__name__, types.MethodType.__name__, types.SimpleNamespace)
import sys, json
print('json' in sys.modules, sys.modules[__name__].__name__, type(sys.modules).__name__, 'sys' in sys.modules)
try:
    sys.nothing
except AttributeError as e:
    print(e)
