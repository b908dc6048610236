# torch.compile'd modules and torch._dynamo.explain. Mirrors torch/_dynamo/eval_frame.py
# (OptimizedModule, explain) and torch/_dynamo/backends/debugging.py (ExplainOutput).
import torch


def _make_optimized_module():
    # torch._dynamo is imported before torch.nn (torch/__init__.py's order), so the class, an
    # nn.Module subclass, is made on the first read of the name (module __getattr__, below).
    class OptimizedModule(torch.nn.Module):
        """What torch.compile returns for an nn.Module (torch/_dynamo/eval_frame.py OptimizedModule): an
        nn.Module whose only submodule is the original, `_orig_mod`, so its parameters, buffers and
        state_dict keys carry the `_orig_mod.` prefix, while other attribute reads and writes go to the
        original module."""

        _opt_mod_attributes = {"_orig_mod", "dynamo_ctx", "_torchdynamo_orig_callable", "get_compiler_config",
                               "forward", "_forward", "__dict__", "named_children_walk", "_super_module_initialized"}

        def __init__(self, mod, backend, fullgraph, dynamic):
            # As PyTorch: `_orig_mod` first (attribute reads and writes of self use it), then
            # Module.__init__, then the registration of `_orig_mod` as the submodule.
            object.__setattr__(self, "_orig_mod", mod)
            self._super_module_initialized = False
            super().__init__()
            self._super_module_initialized = True
            self._orig_mod = mod
            self._forward = torch._C._dynamo.optimize(mod.forward, backend, fullgraph, dynamic)

        @property
        def training(self):
            return self._orig_mod.training

        @training.setter
        def training(self, value):
            # Module.__init__'s default is ignored: the flag mirrors the original module's.
            if self._super_module_initialized:
                self._orig_mod.training = value

        def __call__(self, *args, **kwargs):
            # As PyTorch's OptimizedModule: the module's hooks run outside Dynamo, around the compiled
            # forward frame.
            if "_forward_hooks" in self._orig_mod.__dict__:
                return self._orig_mod._call_with_hooks(self._forward, args, kwargs)
            return self._forward(*args, **kwargs)

        def forward(self, *args, **kwargs):
            return self._forward(*args, **kwargs)

        def __getattr__(self, name):
            if name == "_orig_mod":
                return self._modules["_orig_mod"]
            return getattr(self._orig_mod, name)

        def __setattr__(self, name, val):
            # Allow patching over class attributes
            if hasattr(type(self), name):
                return super().__setattr__(name, val)
            if name in OptimizedModule._opt_mod_attributes:
                return super().__setattr__(name, val)
            return setattr(self._orig_mod, name, val)

        def __delattr__(self, name):
            # This mirrors `__setattr__`
            if hasattr(type(self), name):
                return super().__delattr__(name)
            if name in OptimizedModule._opt_mod_attributes:
                return super().__delattr__(name)
            return delattr(self._orig_mod, name)

        def __repr__(self):
            return "OptimizedModule(\n  (_orig_mod): " + repr(self._orig_mod).replace("\n", "\n  ") + "\n)"

    OptimizedModule.__qualname__ = "OptimizedModule"
    return OptimizedModule


def __getattr__(name):
    if name == "OptimizedModule":
        cls = _make_optimized_module()
        globals()["OptimizedModule"] = cls
        return cls
    raise AttributeError("module 'torch._dynamo.eval_frame' has no attribute '" + name + "'")


class FrameSummary:
    """One frame of a user stack (traceback.FrameSummary)."""

    def __init__(self, filename, lineno, name):
        self.filename = filename
        self.lineno = lineno
        self.name = name

    def __str__(self):
        return "<FrameSummary file " + self.filename + ", line " + str(self.lineno) + " in " + self.name + ">"

    __repr__ = __str__


class GraphCompileReason:
    """Why a graph was compiled (torch._dynamo.output_graph.GraphCompileReason)."""

    def __init__(self, reason, user_stack, graph_break=True):
        self.reason = reason
        self.user_stack = user_stack
        self.graph_break = graph_break


class ExplainOutput:
    def __init__(self, graphs, graph_count, graph_break_count, break_reasons, op_count, ops_per_graph, out_guards, compile_times):
        self.graphs = graphs
        self.graph_count = graph_count
        self.graph_break_count = graph_break_count
        self.break_reasons = break_reasons
        self.op_count = op_count
        self.ops_per_graph = ops_per_graph
        self.out_guards = out_guards
        self.compile_times = compile_times

    def __str__(self):
        output = "Graph Count: " + str(self.graph_count) + "\n"
        output += "Graph Break Count: " + str(self.graph_break_count) + "\n"
        output += "Op Count: " + str(self.op_count) + "\n"
        output += "Break Reasons:\n"
        for idx, reason in enumerate(self.break_reasons):
            output += "  Break Reason " + str(idx + 1) + ":\n"
            output += "    Reason: " + reason.reason + "\n"
            output += "    User Stack:\n"
            for frame_summary in reason.user_stack:
                output += "      " + str(frame_summary) + "\n"
        output += "Ops per Graph:\n"
        for idx, ops in enumerate(self.ops_per_graph):
            output += "  Ops " + str(idx + 1) + ":\n"
            for op in ops:
                output += "    " + op + "\n"
        output += "Out Guards:\n"
        for i, guard in enumerate(self.out_guards):
            output += "  Guard " + str(i + 1) + ":\n"
            output += "    " + guard
        output += "Compile Times: TorchDynamo compilation metrics are not measured by the playground\n"
        return output


def _op_str(qualname):
    # str(target): torch functions print as built-in methods, operator.* as built-in functions.
    if qualname.startswith("operator.") or qualname.startswith("_operator."):
        return "<built-in function " + qualname.split(".")[-1] + ">"
    if qualname.startswith("torch.ops.higher_order."):
        # HigherOrderOperator.__str__ is its name (torch/_ops.py): call_torchbind, cond, ...
        return qualname[len("torch.ops.higher_order."):]
    if qualname.startswith("torch.ops."):
        return qualname[len("torch.ops."):]
    name = qualname.split(".")[-1]
    return "<built-in method " + name + " of type object at 0x7f3a00000080>"


def explain(f, *extra_args, **extra_kwargs):
    def inner(*args, **kwargs):
        torch._dynamo.reset()
        start = torch._C._dynamo.record_counts()
        compiled = torch._C._dynamo.optimize(f, "eager", False, None)
        compiled(*args, **kwargs)
        graphs, breaks = torch._C._dynamo.explain_records(start[0], start[1])
        ops_per_graph = [[_op_str(op) for op in ops] for ops in graphs]
        op_count = 0
        for ops in ops_per_graph:
            op_count += len(ops)
        reasons = [GraphCompileReason(b[0], [FrameSummary(b[1], b[2], b[3])]) for b in breaks]
        guard = ("Name: ''\n    Source: global\n    Create Function: DEFAULT_DEVICE\n    Guard Types: ['DEFAULT_DEVICE']\n"
                 "    Code List: ['utils_device.CURRENT_DEVICE == None']\n    Object Weakref: None\n    Guarded Class Weakref: None\n")
        out_guards = [guard for _ in graphs]
        return ExplainOutput(graphs, len(graphs), len(graphs) - 1, reasons, op_count, ops_per_graph, out_guards, "")

    if extra_args or extra_kwargs:
        return inner(*extra_args, **extra_kwargs)
    return inner


def innermost_fn(fn, unaltered_fn_attr="_torchdynamo_orig_callable"):
    """The function a torch.compile / disable wrapper wraps, unwrapped all the way."""
    unaltered_fn = fn
    while hasattr(unaltered_fn, unaltered_fn_attr):
        unaltered_fn = getattr(unaltered_fn, unaltered_fn_attr)
        assert callable(unaltered_fn), f"A callable function is expected, but {type(unaltered_fn)} is provided."
    return unaltered_fn


def _debug_get_cache_entry_list(code):
    # PyTorch reads the cache entries (a guard function and a generated code object each) off the
    # code object; the playground keeps its compiled entries in the core and generates no bytecode.
    raise NotImplementedError("not supported by the playground yet: torch._dynamo.eval_frame._debug_get_cache_entry_list "
                              "(compiled frames run without generated code objects; TORCH_LOGS=guards shows the guards)")
