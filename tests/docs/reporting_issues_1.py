# From PyTorch 2.9 docs/source/compile/programming_model.reporting_issues.md, "Ablation": the same
# function under each backend, mode and dynamic setting the page lists. Adapted: fn is a small
# function; each compiled result is compared with eager (the playground runs every backend's
# graph eagerly, so each is equal).
import torch


def fn(x, y):
    return torch.sin(x) * y + x.sum()


x = torch.arange(6.0).reshape(2, 3)
y = torch.linspace(-1, 1, 3)
expected = fn(x, y)

for backend in ["eager", "aot_eager", "aot_eager_decomp_partition", "inductor"]:
    print(backend, torch.allclose(torch.compile(fn, backend=backend)(x, y), expected))

for mode in ["default", "reduce-overhead", "max-autotune"]:
    print(mode, torch.allclose(torch.compile(fn, backend="inductor", mode=mode)(x, y), expected))

for dynamic in [True, False, None]:
    compiled = torch.compile(fn, dynamic=dynamic)
    print(dynamic, torch.allclose(compiled(x, y), expected),
          torch.allclose(compiled(x[:1], y), fn(x[:1], y)))
