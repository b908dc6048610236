# The TorchScript test classes and operators of the `_TorchScriptTesting` library, written in
# Python for the playground. In PyTorch they are C++ (test/cpp/jit/test_custom_class_registrations.cpp,
# docs/torchbind.md §9.1); user code only sees them as torch.ScriptObject
# instances, whose methods run these bodies. Also registers the fake operator kernels that
# torch.testing._internal.torchbind_impls registers in PyTorch's tests (§9.2), and the
# call_torchbind higher-order operator.
import torch


def _clone_value(v):
    if isinstance(v, torch.Tensor):
        return v.clone()
    if isinstance(v, list):
        return [_clone_value(x) for x in v]
    return v


class _Foo:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def info(self):
        return self.x * self.y

    def increment(self, z):
        self.x = self.x + z
        self.y = self.y + z

    def add(self, z):
        return (self.x + self.y) * z

    def add_tensor(self, z):
        return (self.x + self.y) * z

    def combine(self, other):
        return self.info() + torch._C._script_object_impl(other).info()

    def __eq__(self, other):
        other = torch._C._script_object_impl(other)
        return self.x == other.x and self.y == other.y

    def __obj_flatten__(self):
        return (("x", self.x), ("y", self.y))

    def __getstate__(self):
        return [self.x, self.y]

    def __setstate__(self, state):
        self.x = state[0]
        self.y = state[1]

    def _clone(self):
        return _Foo(self.x, self.y)


class _TensorQueue:
    def __init__(self, init_tensor):
        self.init_tensor = init_tensor
        self.queue = []

    def push(self, x):
        self.queue.append(x)

    def pop(self):
        if len(self.queue) > 0:
            return self.queue.pop(0)
        return self.init_tensor

    def top(self):
        if len(self.queue) > 0:
            return self.queue[0]
        return self.init_tensor

    def size(self):
        return len(self.queue)

    def is_empty(self):
        return len(self.queue) == 0

    def float_size(self):
        return float(len(self.queue))

    def clone_queue(self):
        return [t.clone() for t in self.queue]

    def get_raw_queue(self):
        return list(self.queue)

    def __obj_flatten__(self):
        return (("queue", list(self.queue)),)

    def __getstate__(self):
        return (("init_tensor", self.init_tensor.clone()), ("queue", [t.clone() for t in self.queue]))

    def __setstate__(self, state):
        self.init_tensor = state[0][1]
        self.queue = state[1][1]

    def _clone(self):
        q = _TensorQueue(self.init_tensor.clone())
        q.queue = [t.clone() for t in self.queue]
        return q


class _FlattenWithTensorOp:
    def __init__(self, t):
        self.t = t

    def get(self):
        return self.t

    def __obj_flatten__(self):
        return (("t", self.t.sin()),)

    def _clone(self):
        return _FlattenWithTensorOp(self.t.clone())


class _ContainsTensor:
    def __init__(self, t):
        self.t = t

    def get(self):
        return self.t

    def __obj_flatten__(self):
        return (("t", self.t),)

    def __getstate__(self):
        return self.t

    def __setstate__(self, t):
        self.t = t

    def _clone(self):
        return _ContainsTensor(self.t.clone())


class _ConstantTensorContainer:
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x

    def tracing_mode(self):
        return "real"

    def _clone(self):
        return _ConstantTensorContainer(self.x.clone())


class _ReLUClass:
    def __init__(self):
        pass

    def run(self, t):
        return t.relu()

    def _clone(self):
        return _ReLUClass()


class _OpaquePayload:
    def __init__(self, payload):
        self.payload = payload

    def _clone(self):
        return self


def _register_classes():
    reg = torch.classes._register
    reg("_TorchScriptTesting", "_Foo", _Foo,
        ["info", "increment", "add", "add_tensor", "__eq__", "combine", "__getstate__", "__setstate__", "__obj_flatten__"])
    reg("_TorchScriptTesting", "_TensorQueue", _TensorQueue,
        ["push", "pop", "top", "size", "is_empty", "float_size", "clone_queue", "get_raw_queue",
         "__obj_flatten__", "__getstate__", "__setstate__"])
    reg("_TorchScriptTesting", "_FlattenWithTensorOp", _FlattenWithTensorOp, ["get", "__obj_flatten__"])
    reg("_TorchScriptTesting", "_ContainsTensor", _ContainsTensor,
        ["get", "__obj_flatten__", "__getstate__", "__setstate__"])
    reg("_TorchScriptTesting", "_ConstantTensorContainer", _ConstantTensorContainer, ["get", "tracing_mode"])
    reg("_TorchScriptTesting", "_ReLUClass", _ReLUClass, ["run"])
    reg("aten", "OpaqueObject", _OpaquePayload, [])


def _takes_foo(foo, x):
    return foo.add_tensor(x)


def _takes_foo_list_return(foo, x):
    a = foo.add_tensor(x)
    b = foo.add_tensor(a)
    c = foo.add_tensor(b)
    return [a, b, c]


def _takes_foo_tuple_return(foo, x):
    a = foo.add_tensor(x)
    b = foo.add_tensor(a)
    return (a, b)


def _queue_push(tq, x):
    tq.push(x)


def _queue_pop(tq):
    return tq.pop()


def _queue_size(tq):
    return tq.size()


def _register_ops():
    ns = torch.ops._TorchScriptTesting
    ns._register("takes_foo", _takes_foo)._fake = _takes_foo
    ns._register("takes_foo_list_return", _takes_foo_list_return)._fake = _takes_foo_list_return
    ns._register("takes_foo_tuple_return", _takes_foo_tuple_return)._fake = _takes_foo_tuple_return
    ns._register("queue_push", _queue_push)._fake = _queue_push
    ns._register("queue_pop", _queue_pop)._fake = _queue_pop
    ns._register("queue_size", _queue_size)._fake = _queue_size
    hop = torch.ops.higher_order
    hop._ops["call_torchbind"] = torch._ops.HigherOrderOperator("call_torchbind", torch._ops._call_torchbind)


_register_classes()
_register_ops()
