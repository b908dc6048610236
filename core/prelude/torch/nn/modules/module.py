# torch.nn.Module: parameters, buffers and submodules live in the _parameters, _buffers and
# _modules dicts (so Dynamo's sources read L['self']._modules['linear'], as in PyTorch); forward
# pre-hooks and forward hooks as _call_impl runs them (their dicts are made at the first
# registration). Backward hooks and the global hooks are not supported yet. Mirrors
# torch/nn/modules/module.py.
import torch
from collections import OrderedDict, namedtuple


class _IncompatibleKeys(namedtuple("IncompatibleKeys", ["missing_keys", "unexpected_keys"])):
    def __repr__(self):
        if not self.missing_keys and not self.unexpected_keys:
            return "<All keys matched successfully>"
        return "_IncompatibleKeys(missing_keys=" + repr(self.missing_keys) + ", unexpected_keys=" + \
            repr(self.unexpected_keys) + ")"

    __str__ = __repr__


def _addindent(s_, numSpaces):
    s = s_.split("\n")
    if len(s) == 1:
        return s_
    first = s.pop(0)
    s = [(numSpaces * " ") + line for line in s]
    s = "\n".join(s)
    s = first + "\n" + s
    return s


def _typename(obj):
    # torch.typename: "torch.FloatTensor" for a CPU tensor, the type's name otherwise.
    if isinstance(obj, torch.Tensor):
        return obj.type()
    return type(obj).__name__


class Module:
    def __init__(self, *args, **kwargs):
        if kwargs:
            raise TypeError(type(self).__name__ + ".__init__() got an unexpected keyword argument '" +
                            next(iter(kwargs)) + "'")
        if args:
            raise TypeError(type(self).__name__ + ".__init__() takes 1 positional argument but " + str(len(args) + 1) +
                            " were given")
        object.__setattr__(self, "training", True)
        object.__setattr__(self, "_parameters", {})
        object.__setattr__(self, "_buffers", {})
        object.__setattr__(self, "_modules", {})

    def forward(self, *input):
        raise NotImplementedError("Module [" + type(self).__name__ + "] is missing the required \"forward\" function")

    def __call__(self, *args, **kwargs):
        d = self.__dict__
        forward = d.get("_compiled_call_impl")
        if forward is None:
            forward = self.forward
        if "_forward_hooks" in d:
            return self._call_with_hooks(forward, args, kwargs)
        return forward(*args, **kwargs)

    def _call_with_hooks(self, forward, args, kwargs):
        # Module._call_impl with hooks: pre-hooks may replace the arguments, hooks the result.
        # Dynamo inlines this for a module with hooks called in traced code, so it keeps the shape
        # of PyTorch's _call_impl where that shows in a graph: the forward result and the
        # arguments are cells of an inner function (STORE_DEREF gives no node its name), a hook's
        # result is the local `hook_result`. Attribute reads only (no __dict__).
        result = None

        def inner():
            nonlocal result, args, kwargs
            for hook_id, hook in (*self._forward_pre_hooks.items(),):
                if hook_id in self._forward_pre_hooks_with_kwargs:
                    args_kwargs_result = hook(self, args, kwargs)
                    if args_kwargs_result is not None:
                        if isinstance(args_kwargs_result, tuple) and len(args_kwargs_result) == 2:
                            args, kwargs = args_kwargs_result
                        else:
                            raise RuntimeError("forward pre-hook must return None or a tuple of (new_args, "
                                               "new_kwargs), but got " + str(args_kwargs_result) + ".")
                else:
                    args_result = hook(self, args)
                    if args_result is not None:
                        if not isinstance(args_result, tuple):
                            args_result = (args_result,)
                        args = args_result
            bw_hook = None
            full_backward_hooks = [*self._backward_hooks.values()]
            backward_pre_hooks = [*self._backward_pre_hooks.values()]
            if full_backward_hooks or backward_pre_hooks:
                from torch.nn.modules._functions import BackwardHook
                bw_hook = BackwardHook(self, full_backward_hooks, backward_pre_hooks)
                args = bw_hook.setup_input_hook(args)
            result = forward(*args, **kwargs)
            for hook_id, hook in (*self._forward_hooks.items(),):
                if hook_id in self._forward_hooks_with_kwargs:
                    hook_result = hook(self, args, kwargs, result)
                else:
                    hook_result = hook(self, args, result)
                if hook_result is not None:
                    result = hook_result
            if bw_hook:
                if not isinstance(result, (torch.Tensor, tuple)):
                    import warnings
                    warnings.warn("For backward hooks to be called,"
                                  " module output should be a Tensor or a tuple of Tensors"
                                  f" but received {type(result)}")
                result = bw_hook.setup_output_hook(result)
            return result

        return inner()

    def _hook_dicts(self):
        d = self.__dict__
        if "_forward_hooks" not in d:
            object.__setattr__(self, "_forward_hooks", OrderedDict())
            object.__setattr__(self, "_forward_hooks_with_kwargs", OrderedDict())
            object.__setattr__(self, "_forward_pre_hooks", OrderedDict())
            object.__setattr__(self, "_forward_pre_hooks_with_kwargs", OrderedDict())
            object.__setattr__(self, "_backward_hooks", OrderedDict())
            object.__setattr__(self, "_backward_pre_hooks", OrderedDict())
        return d

    def _add_hook(self, hooks_name, kwargs_name, hook, prepend, with_kwargs):
        d = self._hook_dicts()
        hooks, with_kw = d[hooks_name], d[kwargs_name]

        def remove():
            hooks.pop(handle.id, None)
            with_kw.pop(handle.id, None)

        from torch.utils.hooks import RemovableHandle
        handle = RemovableHandle(remove)
        hooks[handle.id] = hook
        if with_kwargs:
            with_kw[handle.id] = True
        if prepend:
            hooks.move_to_end(handle.id, last=False)
        return handle

    def register_forward_pre_hook(self, hook, *, prepend=False, with_kwargs=False):
        return self._add_hook("_forward_pre_hooks", "_forward_pre_hooks_with_kwargs", hook, prepend, with_kwargs)

    def register_forward_hook(self, hook, *, prepend=False, with_kwargs=False, always_call=False):
        return self._add_hook("_forward_hooks", "_forward_hooks_with_kwargs", hook, prepend, with_kwargs)

    def _add_backward_hook(self, hooks_name, hook, prepend):
        # nn.Module.register_full_backward_(pre_)hook: the hooks run through BackwardHook
        # (torch/nn/modules/_functions.py) in _call_with_hooks.
        hooks = self._hook_dicts()[hooks_name]

        from torch.utils.hooks import RemovableHandle
        handle = RemovableHandle(lambda: hooks.pop(handle.id, None))
        hooks[handle.id] = hook
        if prepend:
            hooks.move_to_end(handle.id, last=False)
        return handle

    def register_full_backward_hook(self, hook, prepend=False):
        return self._add_backward_hook("_backward_hooks", hook, prepend)

    def register_full_backward_pre_hook(self, hook, prepend=False):
        return self._add_backward_hook("_backward_pre_hooks", hook, prepend)

    def register_backward_hook(self, hook):
        raise NotImplementedError("not supported by the playground yet: nn.Module.register_backward_hook")

    def compile(self, *args, **kwargs):
        # nn.Module.compile: this module's calls go through torch.compile (same arguments) from
        # now on; unlike torch.compile(module), the module keeps its class and its state_dict keys.
        # Dynamo captures the forward frame either way.
        object.__setattr__(self, "_compiled_call_impl", torch.compile(self.forward, *args, **kwargs))

    def __setattr__(self, name, value):
        d = self.__dict__
        if "_parameters" not in d:
            # As PyTorch: parameters and submodules need Module.__init__ first, plain values do not
            # (RNN sets self.nonlinearity before calling it).
            if isinstance(value, torch.nn.Parameter):
                raise AttributeError("cannot assign parameters before Module.__init__() call")
            if isinstance(value, Module):
                raise AttributeError("cannot assign module before Module.__init__() call")
            object.__setattr__(self, name, value)
            return
        if isinstance(value, torch.nn.Parameter):
            d["_parameters"][name] = value
            d["_modules"].pop(name, None)
            d["_buffers"].pop(name, None)
            d.pop(name, None)
        elif isinstance(value, Module):
            d["_modules"][name] = value
            d["_parameters"].pop(name, None)
            d.pop(name, None)
        elif name in d["_parameters"]:
            if value is not None:
                raise TypeError("cannot assign '" + type(value).__name__ + "' as parameter '" + name + "' (torch.nn.Parameter or None expected)")
            d["_parameters"][name] = value
        elif name in d["_buffers"]:
            d["_buffers"][name] = value
        else:
            object.__setattr__(self, name, value)

    def __getattr__(self, name):
        d = self.__dict__
        if "_parameters" in d and name in d["_parameters"]:
            return d["_parameters"][name]
        if "_buffers" in d and name in d["_buffers"]:
            return d["_buffers"][name]
        if "_modules" in d and name in d["_modules"]:
            return d["_modules"][name]
        note = ""
        if not name.startswith("_"):
            import _dp_missing
            note = _dp_missing.attribute_note("torch.nn.Module", name)
        raise AttributeError("'" + type(self).__name__ + "' object has no attribute '" + name + "'" + note)

    def register_buffer(self, name, tensor, persistent=True):
        if "_buffers" not in self.__dict__:
            raise AttributeError("cannot assign buffer before Module.__init__() call")
        elif not isinstance(name, str):
            raise TypeError("buffer name should be a string. Got " + type(name).__name__)
        elif "." in name:
            raise KeyError('buffer name can\'t contain "."')
        elif name == "":
            raise KeyError('buffer name can\'t be empty string ""')
        elif hasattr(self, name) and name not in self._buffers:
            raise KeyError("attribute '" + name + "' already exists")
        elif tensor is not None and not isinstance(tensor, torch.Tensor):
            raise TypeError("cannot assign '" + _typename(tensor) + "' object to buffer '" + name +
                            "' (torch Tensor or None required)")
        self.__dict__["_buffers"][name] = tensor
        if not persistent:
            self.__dict__.setdefault("_non_persistent_buffers_set", set()).add(name)

    def register_parameter(self, name, param):
        if "_parameters" not in self.__dict__:
            raise AttributeError("cannot assign parameter before Module.__init__() call")
        elif not isinstance(name, str):
            raise TypeError("parameter name should be a string. Got " + type(name).__name__)
        elif "." in name:
            raise KeyError('parameter name can\'t contain "."')
        elif name == "":
            raise KeyError('parameter name can\'t be empty string ""')
        elif hasattr(self, name) and name not in self._parameters:
            raise KeyError("attribute '" + name + "' already exists")
        if param is not None and not isinstance(param, torch.nn.Parameter):
            tname = _typename(param)
            raise TypeError("cannot assign '" + tname + "' object to parameter '" + name +
                            "' (torch.nn.Parameter or None required)")
        self.__dict__["_parameters"][name] = param

    def __delattr__(self, name):
        d = self.__dict__
        if name in d["_parameters"]:
            del d["_parameters"][name]
        elif name in d["_buffers"]:
            del d["_buffers"][name]
            d.get("_non_persistent_buffers_set", set()).discard(name)
        elif name in d["_modules"]:
            del d["_modules"][name]
        else:
            object.__delattr__(self, name)

    def apply(self, fn):
        for module in self.children():
            module.apply(fn)
        fn(self)
        return self

    def add_module(self, name, module):
        # torch.compile(module) (OptimizedModule) is an nn.Module, so a ModuleList of compiled layers
        # (regional compilation) passes this check.
        if not isinstance(module, Module) and module is not None:
            raise TypeError(_typename(module) + " is not a Module subclass")
        if not isinstance(name, str):
            raise TypeError("module name should be a string. Got " + _typename(name))
        if "." in name:
            raise KeyError('module name can\'t contain ".", got: ' + name)
        if name == "":
            raise KeyError('module name can\'t be empty string ""')
        if hasattr(self, name) and name not in self._modules:
            raise KeyError("attribute '" + name + "' already exists")
        self.__dict__["_modules"][name] = module

    def register_module(self, name, module):
        self.add_module(name, module)

    def get_submodule(self, target):
        if target == "":
            return self
        mod = self
        for item in target.split("."):
            if not hasattr(mod, item):
                raise AttributeError(mod._get_name() + " has no attribute `" + item + "`")
            mod = getattr(mod, item)
            if not isinstance(mod, Module):
                raise AttributeError("`" + item + "` is not an nn.Module")
        return mod

    def get_parameter(self, target):
        module_path, _, param_name = target.rpartition(".")
        mod = self.get_submodule(module_path)
        if not hasattr(mod, param_name):
            raise AttributeError(mod._get_name() + " has no attribute `" + param_name + "`")
        param = getattr(mod, param_name)
        if not isinstance(param, torch.nn.Parameter):
            raise AttributeError("`" + param_name + "` is not an nn.Parameter")
        return param

    def get_buffer(self, target):
        module_path, _, buffer_name = target.rpartition(".")
        mod = self.get_submodule(module_path)
        if not hasattr(mod, buffer_name):
            raise AttributeError(mod._get_name() + " has no attribute `" + buffer_name + "`")
        buffer = getattr(mod, buffer_name)
        if buffer_name not in mod._buffers:
            raise AttributeError("`" + buffer_name + "` is not a buffer")
        return buffer

    def cpu(self):
        return self  # every playground tensor is on the CPU already

    def cuda(self, device=None):
        return self._apply(lambda t: t.cuda(device))  # raises as PyTorch's CPU-only build does

    def share_memory(self):
        return self  # one process: nothing to share

    def named_parameters(self, prefix="", recurse=True):
        out = []
        seen = []
        for name, p in self._parameters.items():
            if p is not None and not any([p is q for q in seen]):
                seen.append(p)
                out.append((prefix + name, p))
        if recurse:
            for mname, m in self._modules.items():
                if m is None:
                    continue
                for n, p in m.named_parameters(prefix + mname + ".", True):
                    if not any([p is q for q in seen]):
                        seen.append(p)
                        out.append((n, p))
        return iter(out)

    def parameters(self, recurse=True):
        return iter([p for _, p in self.named_parameters("", recurse)])

    def buffers(self, recurse=True):
        out = list(self._buffers.values())
        if recurse:
            for m in self._modules.values():
                out.extend(list(m.buffers()))
        return iter(out)

    def named_buffers(self, prefix="", recurse=True):
        out = [(prefix + n, b) for n, b in self._buffers.items() if b is not None]
        if recurse:
            for mname, m in self._modules.items():
                if m is not None:
                    out.extend(list(m.named_buffers(prefix + mname + ".", True)))
        return iter(out)

    def named_modules(self, memo=None, prefix=""):
        out = [(prefix, self)]
        for name, m in self._modules.items():
            if m is not None:
                out.extend(list(m.named_modules(None, prefix + ("." if prefix else "") + name)))
        return iter(out)

    def named_children(self):
        return iter(list(self._modules.items()))

    def children(self):
        return iter(list(self._modules.values()))

    def modules(self):
        out = [self]
        for m in self._modules.values():
            out.extend(list(m.modules()))
        return iter(out)

    def train(self, mode=True):
        object.__setattr__(self, "training", mode)
        for m in self._modules.values():
            m.train(mode)
        return self

    def eval(self):
        return self.train(False)

    def requires_grad_(self, requires_grad=True):
        for p in self.parameters():
            p.requires_grad_(requires_grad)
        return self

    def zero_grad(self, set_to_none=True):
        for p in self.parameters():
            if p.grad is not None:
                if set_to_none:
                    p.grad = None
                else:
                    if p.grad.grad_fn is not None:
                        p.grad.detach_()
                    else:
                        p.grad.requires_grad_(False)
                    p.grad.zero_()

    def _apply(self, fn):
        for module in self.children():
            module._apply(fn)
        for param in self._parameters.values():
            if param is None:
                continue
            with torch.no_grad():
                param_applied = fn(param)
            param.data = param_applied
            if param.grad is not None:
                with torch.no_grad():
                    grad_applied = fn(param.grad)
                param.grad.data = grad_applied
        for key, buf in self._buffers.items():
            if buf is not None:
                self._buffers[key] = fn(buf)
        return self

    def to(self, *args, **kwargs):
        # Only the dtype matters on the playground's one device (torch._C._nn._parse_to); a CUDA
        # device is the CPU-only build's error once a parameter or buffer is moved.
        dtype = kwargs.get("dtype")
        for a in list(args) + [kwargs.get("device")]:
            if isinstance(a, torch.dtype):
                dtype = a
            elif isinstance(a, torch.Tensor):
                dtype = a.dtype
            elif isinstance(a, (str, torch.device)) and str(a).split(":")[0] == "cuda":
                return self._apply(lambda t: t.cuda())
        if dtype is None:
            return self
        if not dtype.is_floating_point:
            raise TypeError("nn.Module.to only accepts floating point or complex dtypes, but got desired dtype="
                            + str(dtype))
        return self._apply(lambda t: t.to(dtype) if t.is_floating_point() else t)

    def float(self):
        return self._apply(lambda t: t.float() if t.is_floating_point() else t)

    def double(self):
        return self._apply(lambda t: t.double() if t.is_floating_point() else t)

    def half(self):
        return self._apply(lambda t: t.half() if t.is_floating_point() else t)

    def bfloat16(self):
        return self._apply(lambda t: t.bfloat16() if t.is_floating_point() else t)

    def _save_to_state_dict(self, destination, prefix, keep_vars):
        for name, param in self._parameters.items():
            if param is not None:
                destination[prefix + name] = param if keep_vars else param.detach()
        skip = self.__dict__.get("_non_persistent_buffers_set", ())
        for name, buf in self._buffers.items():
            if buf is not None and name not in skip:
                destination[prefix + name] = buf if keep_vars else buf.detach()

    def state_dict(self, *args, destination=None, prefix="", keep_vars=False):
        if destination is None:
            destination = OrderedDict()
        self._save_to_state_dict(destination, prefix, keep_vars)
        for name, module in self._modules.items():
            if module is not None:
                module.state_dict(destination=destination, prefix=prefix + name + ".", keep_vars=keep_vars)
        return destination

    def _register_load_state_dict_pre_hook(self, hook, with_module=False):
        # Module._register_load_state_dict_pre_hook: hook(state_dict, prefix, local_metadata, strict,
        # missing_keys, unexpected_keys, error_msgs) (with_module: the module first) runs on a copy of
        # the state_dict before this module's entries are read (parametrizations.weight_norm renames
        # the old weight_g / weight_v keys with one).
        d = self.__dict__
        if "_load_state_dict_pre_hooks" not in d:
            object.__setattr__(self, "_load_state_dict_pre_hooks", OrderedDict())
        from torch.utils.hooks import RemovableHandle
        hooks = d["_load_state_dict_pre_hooks"]
        handle = RemovableHandle(lambda: hooks.pop(handle.id, None))
        hooks[handle.id] = (hook, with_module)
        return handle

    def load_state_dict(self, state_dict, strict=True, assign=False):
        if any("_load_state_dict_pre_hooks" in m.__dict__ for _, m in self.named_modules()):
            state_dict = OrderedDict(state_dict)
            for prefix, m in self.named_modules():
                for hook, with_module in m.__dict__.get("_load_state_dict_pre_hooks", {}).values():
                    args = (state_dict, prefix + "." if prefix else "", {}, strict, [], [], [])
                    if with_module:
                        hook(m, *args)
                    else:
                        hook(*args)
        own = self.state_dict(keep_vars=True)
        missing_keys = []
        error_msgs = []
        for key, param in own.items():
            if key not in state_dict:
                missing_keys.append(key)
                continue
            input_param = state_dict[key]
            if not isinstance(input_param, torch.Tensor):
                error_msgs.append('While copying the parameter named "' + key + '", expected torch.Tensor or '
                                  'Tensor-like object from checkpoint but received ' + str(type(input_param)))
            elif input_param.shape != param.shape:
                error_msgs.append("size mismatch for " + key + ": copying a param with shape " +
                                  str(input_param.shape) + " from checkpoint, the shape in current model is " +
                                  str(param.shape) + ".")
            elif assign:
                # _load_from_state_dict with assign=True: the module takes the state_dict's tensor
                # itself (a Parameter keeps the module's requires_grad) instead of copying into its own.
                owner_path, _, attr = key.rpartition(".")
                owner = self.get_submodule(owner_path) if owner_path else self
                with torch.no_grad():
                    if isinstance(param, torch.nn.Parameter):
                        if not isinstance(input_param, torch.nn.Parameter):
                            input_param = torch.nn.Parameter(input_param, requires_grad=param.requires_grad)
                        else:
                            input_param.requires_grad_(param.requires_grad)
                    setattr(owner, attr, input_param)
            else:
                with torch.no_grad():
                    param.copy_(input_param)
        unexpected_keys = [k for k in state_dict.keys() if k not in own]
        if strict:
            if unexpected_keys:
                error_msgs.insert(0, "Unexpected key(s) in state_dict: " +
                                  ", ".join('"' + k + '"' for k in unexpected_keys) + ". ")
            if missing_keys:
                error_msgs.insert(0, "Missing key(s) in state_dict: " +
                                  ", ".join('"' + k + '"' for k in missing_keys) + ". ")
        if error_msgs:
            raise RuntimeError("Error(s) in loading state_dict for " + self.__class__.__name__ + ":\n\t" +
                               "\n\t".join(error_msgs))
        return _IncompatibleKeys(missing_keys, unexpected_keys)

    def extra_repr(self):
        return ""

    def _get_name(self):
        return type(self).__name__

    def __repr__(self):
        extra_lines = []
        extra_repr = self.extra_repr()
        if extra_repr:
            extra_lines = extra_repr.split("\n")
        child_lines = []
        for key, module in self._modules.items():
            mod_str = repr(module)
            mod_str = _addindent(mod_str, 2)
            child_lines.append("(" + key + "): " + mod_str)
        lines = extra_lines + child_lines
        main_str = self._get_name() + "("
        if lines:
            if len(extra_lines) == 1 and not child_lines:
                main_str += extra_lines[0]
            else:
                main_str += "\n  " + "\n  ".join(lines) + "\n"
        main_str += ")"
        return main_str
