"""Writes core/prelude/_dp_upstream.py: the names PyTorch and Python have that the playground may
lack, so that a missing one is reported as "not supported by the playground yet" instead of an
error that reads as if PyTorch or Python had no such thing (docs/upstream-names.md).

    /usr/bin/python3 tests/oracle/upstream_names.py

Run it with Debian's Python 3.11 and its python3-torch (PyTorch 1.13): the module names under
torch/ and the public attributes of the modules and classes in OWNERS come from that install,
adjusted to PyTorch 2.9 by the hand-kept ADDED_IN_2X and REMOVED_IN_2X below; the standard
library's module names are `sys.stdlib_module_names`.
"""
import importlib
import os
import sys

import torch

OWNERS = [
    "torch", "torch.nn", "torch.nn.functional", "torch.nn.init", "torch.nn.utils", "torch.linalg",
    "torch.special", "torch.fft", "torch.optim", "torch.optim.lr_scheduler", "torch.autograd",
    "torch.autograd.functional", "torch.utils", "torch.utils.data", "torch.distributions", "torch.cuda",
    "torch.backends", "torch.jit", "torch.testing", "torch.random", "torch.amp", "torch.fx",
    "torch.Tensor", "torch.nn.Module",
]

# PyTorch 2.x names that 1.13 does not have (checked against PyTorch 2.9's docs and sources).
ADDED_IN_2X = {
    "torch": "compile compiler export func vmap cond library nested set_default_device get_default_device "
             "float8_e4m3fn float8_e5m2 float8_e4m3fnuz float8_e5m2fnuz uint16 uint32 uint64 "
             "accelerator mps xpu mtia sym_int sym_float sym_max sym_min sym_not sym_ite "
             "unravel_index is_grad_enabled",
    "torch.nn": "RMSNorm Buffer CircularPad1d CircularPad2d CircularPad3d ZeroPad1d ZeroPad3d attention",
    "torch.nn.functional": "scaled_dot_product_attention rms_norm",
    "torch.nn.utils": "parametrize parametrizations stateless get_total_norm clip_grads_with_norm_",
    "torch.optim": "Adafactor",
    "torch.linalg": "vecdot diagonal",
    "torch.Tensor": "module_load dim_order itemsize nbytes untyped_storage",
    "torch.nn.Module": "compile to_empty register_full_backward_pre_hook register_module_full_backward_pre_hook "
                       "set_submodule register_state_dict_post_hook register_load_state_dict_pre_hook",
}
# Modules PyTorch 1.13 does not have, whose PyTorch 2.9 public names (__all__) are listed in full.
OWNERS_2X = {
    "torch.library": "Library impl define fallthrough_kernel impl_abstract register_autocast register_fake "
                     "register_torch_dispatch register_vmap get_ctx custom_op triton_op wrap_triton infer_schema "
                     "register_kernel register_autograd opcheck",
    "torch.compiler": "compile assume_constant_result reset allow_in_graph substitute_in_graph list_backends "
                      "disable set_stance set_enable_guard_collectives cudagraph_mark_step_begin wrap_numpy "
                      "is_compiling is_dynamo_compiling is_exporting save_cache_artifacts load_cache_artifacts "
                      "skip_guard_on_inbuilt_nn_modules_unsafe skip_guard_on_all_nn_modules_unsafe "
                      "keep_tensor_guards_unsafe skip_guard_on_globals_unsafe nested_compile_region config",
    "torch._dynamo": "allow_in_graph assume_constant_result disable disallow_in_graph dont_skip_tracing export "
                     "forbid_in_graph graph_break mark_dynamic mark_static mark_static_address maybe_mark_dynamic "
                     "maybe_mark_dynamic mark_unbacked nonstrict_trace substitute_in_graph optimize optimize_assert "
                     "export explain run replay reset OptimizedModule is_compiling register_backend "
                     "list_backends lookup_backend config set_stance error_on_graph_break skip_frame "
                     "patch_dynamo_config is_inductor_supported on_compile_start on_compile_end reset_code "
                     "utils exc testing backends compiled_autograd eval_frame decorators",
}
ADDED_MODULES_2X = ("torch.compiler torch.export torch.func torch.nested torch.nn.attention "
                    "torch.utils.flop_counter torch.utils.module_tracker torch.distributed.tensor "
                    "torch.distributed.fsdp torch.distributed.checkpoint torch.ao torch.ao.quantization "
                    # torch.compile's stages that tutorials import from (the playground has Dynamo only)
                    "torch._inductor.pattern_matcher torch._inductor.compile_fx torch._inductor.codecache "
                    "torch._functorch torch._functorch.aot_autograd torch._functorch.partitioners "
                    "torch._dynamo.backends.cudagraphs torch._dynamo.backends.debugging "
                    # FakeTensorMode, which torch.library's docs use
                    "torch._subclasses torch._subclasses.fake_tensor")

# Removed before 2.9 (deprecated linear-algebra functions and their Tensor methods).
REMOVED_IN_2X = {
    "torch": "solve eig symeig lstsq matrix_rank chain_matmul _six",
    "torch.Tensor": "solve eig symeig lstsq matrix_rank",
}


def public(names):
    return {n for n in names if not n.startswith("_")}


def owner_names(owner):
    if owner == "torch.Tensor":
        return public(dir(torch.Tensor))
    if owner == "torch.nn.Module":
        return public(dir(torch.nn.Module))
    return public(dir(importlib.import_module(owner)))


def torch_modules():
    root = os.path.dirname(torch.__file__)
    names = set()
    for dirpath, _dirs, files in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        parts = [] if rel == "." else rel.split(os.sep)
        if any(p.startswith("_") or "test" in p for p in parts):
            continue
        for f in files:
            if not f.endswith(".py") or f.startswith("_") and f != "__init__.py" or "test" in f:
                continue
            mod = ["torch"] + parts + ([] if f == "__init__.py" else [f[:-3]])
            # A deeper module is reached through its parent, which is reported first.
            if len(mod) <= 3:
                names.add(".".join(mod))
    return names


def main():
    attrs = {}
    for owner in OWNERS:
        names = owner_names(owner) | set(ADDED_IN_2X.get(owner, "").split())
        names -= set(REMOVED_IN_2X.get(owner, "").split())
        attrs[owner] = sorted(names)
    for owner, names in OWNERS_2X.items():
        attrs[owner] = sorted(set(names.split()))
    modules = sorted(torch_modules() | set(ADDED_MODULES_2X.split()))
    stdlib = sorted(n for n in sys.stdlib_module_names if not n.startswith("_"))
    out = os.path.join(os.path.dirname(__file__), "..", "..", "core", "prelude", "_dp_upstream.py")
    with open(out, "w") as f:
        f.write("# Generated by tests/oracle/upstream_names.py from PyTorch 1.13 adjusted to 2.9 and from CPython\n"
                "# 3.11's sys.stdlib_module_names (docs/upstream-names.md); do not edit. The runtime reads these\n"
                "# sets when an attribute or module is missing, to say that the playground lacks it.\n")
        f.write("ATTRIBUTES = {\n")
        for owner in OWNERS + list(OWNERS_2X):
            f.write("    %r: frozenset(%r.split()),\n" % (owner, " ".join(attrs[owner])))
        f.write("}\n")
        f.write("TORCH_MODULES = frozenset(%r.split())\n" % " ".join(modules))
        f.write("STDLIB_MODULES = frozenset(%r.split())\n" % " ".join(stdlib))
    print(out, sum(len(v) for v in attrs.values()), "attributes,", len(modules), "modules,", len(stdlib), "stdlib")


main()
