# Mirrors torch/nn/modules/_functions.py's BackwardHookFunction and torch/utils/hooks.py's
# BackwardHook, which nn.Module's full backward hooks run through: the module's tensor inputs and
# outputs pass through an identity Function (grad_fn BackwardHookFunctionBackward); the output's
# backward records grad_output (running the backward pre-hooks), the input's backward calls the
# hooks with (module, grad_input, grad_output) and uses what they return as grad_input. PyTorch
# registers these as hooks on the identity's node; here the node's backward calls them (ctx.hook).
import torch


class BackwardHookFunction(torch.autograd.Function):
    @staticmethod
    def forward(ctx, hook, *args):
        ctx.hook = hook
        ctx.mark_non_differentiable(*[arg for arg in args if not arg.requires_grad])
        return args

    @staticmethod
    def backward(ctx, *args):
        res = ctx.hook(args)
        return (None,) + tuple(args if res is None else res)


class BackwardHook:
    def __init__(self, module, user_hooks, user_pre_hooks):
        self.user_hooks = user_hooks
        self.user_pre_hooks = user_pre_hooks
        self.module = module
        self.grad_outputs = None
        self.n_outputs = -1
        self.output_tensors_index = None
        self.n_inputs = -1
        self.input_tensors_index = None

    def _pack_with_none(self, indices, values, size):
        res = [None] * size
        for idx, val in zip(indices, values):
            res[idx] = val
        return tuple(res)

    def _unpack_none(self, indices, values):
        return tuple(values[idx] for idx in indices)

    def _apply_on_tensors(self, hook, args):
        # Only tensors requiring grad pass through the identity; a module none of whose
        # arguments requires grad calls its hooks from the output's backward.
        if not isinstance(args, tuple):
            args = (args,)
        tensors_idx = [i for i, arg in enumerate(args) if isinstance(arg, torch.Tensor)]
        tensors = [args[i] for i in tensors_idx]
        requires_grad = any(t.requires_grad for t in tensors)
        if not (requires_grad and torch.is_grad_enabled()):
            return args, None
        new_tensors = BackwardHookFunction.apply(hook, *tensors)
        if len(new_tensors) == 0:
            raise RuntimeError("Cannot set Module backward hook for a Module with no input Tensors.")
        arg_list = list(args)
        for idx, val in zip(tensors_idx, new_tensors):
            arg_list[idx] = val
        return tuple(arg_list), tensors_idx

    def setup_input_hook(self, args):
        def hook(grad_input):
            if self.grad_outputs is None:
                # The gradient reached the inputs without passing through the outputs.
                return None
            res = self._pack_with_none(self.input_tensors_index, grad_input, self.n_inputs)
            for user_hook in self.user_hooks:
                out = user_hook(self.module, res, self.grad_outputs)
                if out is None:
                    continue
                if len(out) != len(res):
                    raise RuntimeError("Backward hook returned an invalid number of grad_input, "
                                       f"got {len(out)}, but expected {len(res)}")
                res = out
            self.grad_outputs = None
            return self._unpack_none(self.input_tensors_index, res)

        self.n_inputs = len(args)
        new_args, self.input_tensors_index = self._apply_on_tensors(hook, args)
        return new_args

    def setup_output_hook(self, args):
        def hook(grad_output):
            self.grad_outputs = self._pack_with_none(self.output_tensors_index, grad_output, self.n_outputs)
            if self.user_pre_hooks:
                expected_len = len(self.grad_outputs)
                for user_pre_hook in self.user_pre_hooks:
                    hook_grad_outputs = user_pre_hook(self.module, self.grad_outputs)
                    if hook_grad_outputs is None:
                        continue
                    actual_len = len(hook_grad_outputs)
                    if actual_len != expected_len:
                        raise RuntimeError("Backward pre hook returned an invalid number of grad_output, "
                                           f"got {actual_len}, but expected {expected_len}")
                    self.grad_outputs = hook_grad_outputs
            local_grad_outputs = self.grad_outputs
            # No input requires grad: the hooks are called from here, with None grad_inputs.
            if self.input_tensors_index is None:
                grad_inputs = self._pack_with_none([], [], self.n_inputs)
                for user_hook in self.user_hooks:
                    res = user_hook(self.module, grad_inputs, self.grad_outputs)
                    if res is not None and not (isinstance(res, tuple) and all(el is None for el in res)):
                        raise RuntimeError("Backward hook for Modules where no input requires "
                                           "gradient should always return None or None for all gradients.")
                self.grad_outputs = None
            return tuple(local_grad_outputs[i] for i in self.output_tensors_index)

        is_tuple = True
        if not isinstance(args, tuple):
            args = (args,)
            is_tuple = False
        self.n_outputs = len(args)
        new_args, self.output_tensors_index = self._apply_on_tensors(hook, args)
        if not is_tuple:
            new_args = new_args[0]
        return new_args
