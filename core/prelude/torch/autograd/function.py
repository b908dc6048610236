# torch.autograd.Function (mirrors torch/autograd/function.py and the graph part of
# torch/csrc/autograd/python_function.cpp): `apply` runs `forward` with grad mode off, then, when
# grad mode is on and an argument requires grad, records one backward node named
# `<Class>Backward` (torch._autograd_function_record) whose backward calls `backward(ctx, *grads)`
# with one gradient per output (zeros where none flowed) and expects one gradient or None per
# forward argument. docs/autograd.md, "torch.autograd.Function".
import torch


class FunctionCtx:
    def __init__(self):
        self.to_save = ()
        self.dirty_tensors = ()
        self.non_differentiable = ()
        self.materialize_grads = True
        self.needs_input_grad = ()

    def save_for_backward(self, *tensors):
        for t in tensors:
            if t is not None and not isinstance(t, torch.Tensor):
                raise TypeError("save_for_backward can only save variables, but argument " +
                                str(tensors.index(t)) + " is of type " + type(t).__name__)
        self.to_save = tensors

    @property
    def saved_tensors(self):
        return tuple(self.to_save)

    def mark_dirty(self, *args):
        self.dirty_tensors = args

    def mark_non_differentiable(self, *args):
        self.non_differentiable = args

    def set_materialize_grads(self, value):
        if not value:
            raise NotImplementedError("not supported by the playground yet: set_materialize_grads(False)")
        self.materialize_grads = value


class Function:
    def __init__(self, *args, **kwargs):
        pass

    @staticmethod
    def forward(ctx, *args, **kwargs):
        raise NotImplementedError("You must implement the forward function for custom autograd.Function.")

    @staticmethod
    def setup_context(ctx, inputs, output):
        raise NotImplementedError("setup_context is not implemented.")

    @staticmethod
    def backward(ctx, *grad_outputs):
        raise NotImplementedError("You must implement either the backward or vjp method for your custom "
                                  "autograd.Function to use it with backward mode AD.")

    @classmethod
    def apply(cls, *args, **kwargs):
        if kwargs:
            raise NotImplementedError("not supported by the playground yet: keyword arguments to "
                                      "autograd.Function.apply")
        ctx = FunctionCtx()
        requires = tuple(isinstance(a, torch.Tensor) and a.requires_grad for a in args)
        executable = torch.is_grad_enabled() and any(requires)
        ctx.needs_input_grad = tuple(r and executable for r in requires)
        custom_setup = cls.setup_context is not Function.setup_context
        with torch.no_grad():
            if custom_setup:
                output = cls.forward(*args)
                cls.setup_context(ctx, args, output)
            else:
                output = cls.forward(ctx, *args)
        if not executable:
            return output
        name = cls.__name__ + "Backward"
        n = len(args)

        def backward(*grads):
            res = cls.backward(ctx, *grads)
            if not isinstance(res, tuple):
                res = (res,)
            if len(res) != n:
                if len(res) > n and all(r is None for r in res[n:]):
                    res = res[:n]
                else:
                    raise RuntimeError("function " + name + " returned an incorrect number of gradients (expected " +
                                       str(n) + ", got " + str(len(res)) + ")")
            return tuple(r if requires[i] else None for i, r in enumerate(res))

        single = not isinstance(output, tuple)
        outs = (output,) if single else output
        outs = torch._autograd_function_record(name, backward, tuple(args), tuple(outs), tuple(ctx.dirty_tensors),
                                               tuple(ctx.non_differentiable), True)
        return outs[0] if single else outs


class once_differentiable:
    def __new__(cls, fn):
        return fn
