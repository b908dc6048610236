#!/usr/bin/env python3
"""Regenerate the expected outputs of the eager oracle corpus from real PyTorch.

tests/oracle/eager/NAME.py are eager PyTorch programs (values printed, errors printed as
`print(type(e).__name__, e)`); NAME.out is what real PyTorch prints for them. Run this with a Python
that has PyTorch (Debian's `/usr/bin/python3` with `python3-torch`, PyTorch 1.13):

    /usr/bin/python3 tests/oracle/regen.py [NAME.py ...]      # default: every program

Each program runs in a fresh process with `ATEN_CPU_CAPABILITY=default` (no AVX2 kernels: the
values docs/eager-oracle.md explains), as `NAME.py` from its directory, with `torch.compile` made
the identity (PyTorch 1.13 has no Dynamo; a compiled call must return what eager returns).

PyTorch 1.13 has no `torch.func` either: its transforms are the `functorch` package, which
torch.func re-exported unchanged in 2.0. The shim makes `torch.func` (and `torch.vmap`, 1.13's
being the older prototype) functorch's grad, grad_and_value, vjp, jvp, jacrev, jacfwd, hessian
and vmap; functional_call is 1.13's torch.nn.utils.stateless.functional_call after merging a
tuple of dicts as 2.x's torch.func.functional_call does; stack_module_state is 2.x's definition
(torch.stack of each parameter and buffer, `detach().requires_grad_()` when they require grad).
1.13 has no linearize: the oracle programs do not use it (docs/autograd.md, "torch.func").

PyTorch 1.13 differs from the PyTorch version our formats follow in a few reviewed places
(tests/oracle/differences.txt: `NAME  what | evidence` lines). For a listed program this script
writes 1.13's output to NAME.out-1.13 and leaves the hand-reviewed NAME.out alone; the test checks
that the two really differ, so the list cannot go stale.

CI never runs this script: the test compares against the checked-in NAME.out files.
"""
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "eager")

# Runs NAME.py with torch.compile as the identity (decorator with or without arguments).
SHIM = r"""
import sys, runpy, torch
def _compile(model=None, **kwargs):
    if model is None:
        return lambda fn: fn
    return model
torch.compile = _compile
if not hasattr(torch, "func"):
    import types, functorch
    from torch.nn.utils import stateless
    func = types.ModuleType("torch.func")
    for n in ("grad", "grad_and_value", "vjp", "jvp", "jacrev", "jacfwd", "hessian", "vmap"):
        setattr(func, n, getattr(functorch, n))
    def functional_call(module, dicts, args=None, kwargs=None, *, tie_weights=True, strict=False):
        if isinstance(dicts, (tuple, list)):
            keys = [k for d in dicts for k in d]
            repeated = [k for k in dict.fromkeys(keys) if keys.count(k) > 1]
            if repeated:
                raise ValueError(f"{repeated} appeared in multiple dictionaries; behavior of functional call is ambiguous")
            dicts = {k: v for d in dicts for k, v in d.items()}
        if args is None:
            args = ()
        return stateless.functional_call(module, dicts, args, kwargs)
    def stack_module_state(models):
        def leaf(ts):
            r = torch.stack(ts)
            return r.detach().requires_grad_() if all(t.requires_grad for t in ts) else r
        ps = [dict(m.named_parameters()) for m in models]
        bs = [dict(m.named_buffers()) for m in models]
        return ({k: leaf([p[k] for p in ps]) for k in ps[0]}, {k: leaf([b[k] for b in bs]) for k in bs[0]})
    func.functional_call = functional_call
    func.stack_module_state = stack_module_state
    torch.func = func
    sys.modules["torch.func"] = func
    torch.vmap = functorch.vmap
sys.argv = [sys.argv[1]]
runpy.run_path(sys.argv[0], run_name="__main__")
"""


def listed_differences():
    names = {}
    path = os.path.join(HERE, "differences.txt")
    if not os.path.exists(path):
        return names
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            name, _, why = line.partition("  ")
            names[name] = why.strip()
    return names


def run(py):
    env = dict(os.environ, ATEN_CPU_CAPABILITY="default", PYTHONHASHSEED="0")
    proc = subprocess.run([sys.executable, "-c", SHIM, os.path.basename(py)], cwd=os.path.dirname(py),
                          env=env, capture_output=True, text=True, timeout=300)
    if proc.returncode != 0:
        # Programs catch their errors and print them; an uncaught one is a bug in the program.
        sys.exit(f"{py}: exit status {proc.returncode}\n{proc.stderr}")
    return proc.stdout


def main(argv):
    import torch  # noqa: F401  (fail early without PyTorch)
    files = [os.path.abspath(a) for a in argv] or sorted(
        os.path.join(CORPUS, n) for n in os.listdir(CORPUS) if n.endswith(".py"))
    differences = listed_differences()
    for py in files:
        name = os.path.splitext(os.path.basename(py))[0]
        out = run(py)
        target = py[:-3] + (".out-1.13" if name in differences else ".out")
        old = open(target, encoding="utf-8").read() if os.path.exists(target) else None
        if old != out:
            with open(target, "w", encoding="utf-8") as f:
                f.write(out)
            print("wrote", os.path.relpath(target))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
